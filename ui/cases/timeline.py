"""The case's journal of events, oldest first, newest at the bottom."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.store.cases import EventRow

from .labels import event_label, timestamp_text


class TimelinePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Event"), self.tr("Detail")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Timeline"))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 130), (1, 100), (2, 170)):
            self.table.setColumnWidth(col, width)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.table)

    def set_events(self, events: list[EventRow]) -> None:
        self.table.setRowCount(len(events))
        for row, e in enumerate(events):
            for col, text in enumerate((timestamp_text(e.ts), e.user, event_label(e.kind), e.detail)):
                cell = QTableWidgetItem(text)
                if col == 3:
                    cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.table.scrollToBottom()

    def kinds(self) -> list[str]:
        return [self.table.item(r, 2).text() for r in range(self.table.rowCount())]
