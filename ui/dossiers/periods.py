"""One history section (work history, training, ...) as an inline-editable table."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.domain.partial_date import PartialDate
from app.domain.person import Period
from app.errors import HosoError

from .labels import date_text

BAD_DATE = QColor("#FFCDD2")


class PeriodTable(QWidget):
    changed = Signal()

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        place = {"training": self.tr("Institution"), "stays_abroad": self.tr("Country")}.get(section, self.tr("Place"))
        text = {"training": self.tr("Course, qualification"), "awards": self.tr("Award"),
                "discipline": self.tr("Discipline and reason")}.get(section, self.tr("Content"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), text, place])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        width = self.fontMetrics().horizontalAdvance("00/00/0000") + 28
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 220)
        self.table.setToolTip(self.tr("Dates as dd/mm/yyyy, mm/yyyy or yyyy; leave “To” empty for “until now”."))
        self.add_button = QPushButton(self.tr("&Add row"), self)
        self.remove_button = QPushButton(self.tr("&Remove row"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(self._item_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self.read_only = False

    def load(self, periods: list[Period]) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for p in periods:
                self._append((date_text(p.start), date_text(p.end), p.text, p.place))
        self.table.resizeRowsToContents()

    def _append(self, values: tuple[str, str, str, str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(value))
        return row

    def add_row(self) -> None:
        row = self._append(("", "", "", ""))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (0, 1):
            error = self._date_error(item.text())
            with QSignalBlocker(self.table):  # colouring the cell is itself a change
                item.setBackground(QBrush(BAD_DATE) if error else QBrush())
                item.setToolTip(error)
        self.changed.emit()

    @staticmethod
    def _date_error(text: str) -> str:
        try:
            if text.strip():
                PartialDate.parse(text)
        except HosoError as exc:
            return exc.message
        return ""

    def state(self) -> list[tuple[str, ...]]:
        return [tuple(self._text(r, c) for c in range(4)) for r in range(self.table.rowCount())]

    def apply(self) -> tuple[list[Period], list[str]]:
        """The periods typed, skipping empty rows; and the messages of unreadable dates."""
        periods, errors = [], []
        for row, (start, end, text, place) in enumerate(self.state(), 1):
            if not any((start, end, text, place)):
                continue
            try:
                periods.append(Period(PartialDate.parse(start) if start else None, PartialDate.parse(end) if end else None, text, place))
            except HosoError as exc:
                errors.append(self.tr("row {row}: {message}").format(row=row, message=exc.message))
        return periods, errors

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                   QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
