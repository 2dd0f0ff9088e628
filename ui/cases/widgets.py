"""Small widgets shared by the list pages: date fields, headings, a list table and its frame."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QLabel, QStackedWidget, QTableView, QWidget

from .. import theme

DATE_FORMAT = "dd/MM/yyyy"


def date_edit(parent: QWidget, value: _dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(QDate(value or _dt.date.today()))
    return edit


def py_date(edit: QDateEdit) -> _dt.date:
    return edit.date().toPython()


def heading(text: str, parent: QWidget, scale: float = 1.4) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def banner(parent: QWidget, background: str, border: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"QLabel {{ background: {background}; border: 1px solid {border}; padding: 8px; color: #212121; }}")
    label.hide()
    return label


class ListFrame:
    """What a list page shows around its table: the sentence that replaces an
    empty list (what to do next), the count line and the error line."""

    def __init__(self, parent: QWidget, table: QWidget) -> None:
        self.empty_label = QLabel(parent)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: palette(placeholder-text); font-size: 12pt; padding: 40px; }")
        self.stack = QStackedWidget(parent)
        self.stack.addWidget(table)
        self.stack.addWidget(self.empty_label)
        self.count_label = QLabel(parent)
        self.error_label = QLabel(parent)
        theme.mark_error(self.error_label)
        self.error_label.setWordWrap(True)
        self.error_label.hide()


class ListTable(QTableView):
    """A read-only row table; Enter (on every platform) and double-click open the current row."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.doubleClicked.connect(lambda _: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)
