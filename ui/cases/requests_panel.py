"""Verification requests of a case: sent letters, deadlines and replies; overdue in red."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app import cases
from app.cases import CaseView
from app.forms import api
from app.session import Session
from app.store.cases import RequestRow

from ..forms.launch import can_print, open_preview
from .. import theme
from ..job_dialog import JobDialog
from .labels import OVERDUE_COLOUR, date_text, on_screen
from .request_dialogs import ReplyDialog, RequestDialog


class RequestsPanel(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view: CaseView | None = None
        self.editable = False
        self.dialog: JobDialog | None = None
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Recipient"), self.tr("Number/symbol"), self.tr("Sent on"),
                                              self.tr("Deadline"), self.tr("Reply on"), self.tr("Finding")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Verification requests"))
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 220), (1, 120), (2, 95), (3, 95), (4, 95)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.record_reply())
        self.empty = QLabel(self.tr("No verification request has been sent for this case yet."), self)
        self.summary = QLabel(self)
        self.add_button = QPushButton(self.tr("Send a &request…"), self)
        self.reply_button = QPushButton(self.tr("Record the repl&y…"), self)
        self.print_button = QPushButton(self.tr("Print the l&etter…"), self)
        self.print_button.setToolTip(self.tr("Preview and print the request letter with its reply slip"))
        self.add_button.clicked.connect(self.add_request)
        self.reply_button.clicked.connect(self.record_reply)
        self.print_button.clicked.connect(self.print_letter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reply_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty)
        box.addLayout(buttons)
        self._update_buttons()

    def set_view(self, view: CaseView, editable: bool) -> None:
        self.view, self.editable = view, editable
        late = {r.id for r in cases.overdue_requests(view.requests)}
        self.table.setRowCount(len(view.requests))
        for row, r in enumerate(view.requests):
            cells = (r.recipient, r.number_symbol, date_text(r.sent_on), date_text(r.deadline), date_text(r.reply_on), r.finding)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if r.id in late:
                    cell.setForeground(QBrush(on_screen(OVERDUE_COLOUR)))
                    cell.setToolTip(self.tr("No reply and the deadline has passed"))
                elif col == 5:
                    cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.table.setVisible(bool(view.requests))
        self.empty.setVisible(not view.requests)
        waiting = sum(1 for r in view.requests if r.reply_on is None)
        text = self.tr("%n request(s) sent", "", len(view.requests)) + "; " + self.tr("%n waiting for a reply", "", waiting)
        if late:
            text += f"; <span style='color:{theme.error_colour().name()}'><b>" + self.tr("%n overdue", "", len(late)) + "</b></span>"
        self.summary.setText(text)
        self._update_buttons()

    def current_request(self) -> RequestRow | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if self.view is None or not rows:
            return None
        return self.view.requests[min(rows)]

    def select_request(self, request_id: int) -> None:
        for row, r in enumerate(self.view.requests if self.view else []):
            if r.id == request_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        self.add_button.setVisible(self.editable)
        self.reply_button.setVisible(self.editable)
        r = self.current_request()
        self.reply_button.setEnabled(r is not None and r.reply_on is None)
        self.print_button.setVisible(can_print(self.session) and self.view is not None and bool(self.view.requests))
        self.print_button.setEnabled(r is not None)

    def add_request(self) -> None:
        if not self.editable or self.view is None:
            return
        self._open(RequestDialog(self, self.session, self.view.case.id, self.view.items))

    def record_reply(self) -> None:
        r = self.current_request()
        if not self.editable or r is None or r.reply_on is not None:
            return
        self._open(ReplyDialog(self, self.session, r))

    def print_letter(self) -> None:
        r = self.current_request()
        if r is None or not can_print(self.session):
            return
        rid = r.id
        open_preview(self.window(), self.session, self.tr("Request letter to {recipient}").format(recipient=r.recipient),
                     lambda s: api.request_draft(s, rid))

    def _open(self, dialog: JobDialog) -> None:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the previous form, done with
        self.dialog = dialog
        dialog.accepted.connect(self.changed)
        dialog.open()
