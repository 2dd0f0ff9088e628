"""Forms for verification requests: sending one, and recording its reply."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app import cases
from app.session import Session
from app.store.cases import ItemRow, RequestRow

from ..job_dialog import JobDialog
from .jobs import locked
from .labels import date_text
from .widgets import date_edit, py_date

DEFAULT_REPLY_DAYS = 30


def _row(dialog: JobDialog, text: str, field: QWidget) -> None:
    label = QLabel(text, dialog)
    label.setBuddy(field)
    dialog.form.addRow(label, field)


class RequestDialog(JobDialog):
    def __init__(self, parent: QWidget | None, session: Session, case_id: int, items: list[ItemRow]) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.setWindowTitle(self.tr("Send a verification request"))
        self.set_intro(self.tr("Record the official letter asking another body to verify: who, its number and symbol, "
                               "the date sent and the deadline for the reply."))
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(self.tr("e.g. Commune police, Party committee of the place of origin"))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("e.g. 125-CV/BTC"))
        today = _dt.date.today()
        self.sent_on = date_edit(self, today)
        self.deadline = date_edit(self, today + _dt.timedelta(days=DEFAULT_REPLY_DAYS))
        self.item = QComboBox(self)
        self.item.addItem(self.tr("(not linked to an item)"), None)
        for i in items:
            self.item.addItem(f"{i.code} — {i.title}", i.code)
        self.item.setMinimumContentsLength(30)
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        _row(self, self.tr("&Recipient:"), self.recipient)
        _row(self, self.tr("&Number/symbol:"), self.number)
        _row(self, self.tr("&Sent on:"), self.sent_on)
        _row(self, self.tr("&Deadline:"), self.deadline)
        _row(self, self.tr("Checklist &item:"), self.item)
        self.recipient.textChanged.connect(self.update_ok)
        self.resize(560, 320)
        self.update_ok()

    def can_submit(self) -> bool:
        return bool(self.recipient.text().strip())

    def work(self) -> Callable[[], Any]:
        s, cid = self.session, self.case_id
        recipient, number, sent, deadline = self.recipient.text().strip(), self.number.text().strip(), py_date(self.sent_on), py_date(self.deadline)
        item = self.item.currentData()
        return lambda: locked(lambda: cases.add_request(s, cid, recipient, sent, deadline, number_symbol=number, item_code=item))


class ReplyDialog(JobDialog):
    def __init__(self, parent: QWidget | None, session: Session, request: RequestRow) -> None:
        super().__init__(parent)
        self.session, self.request = session, request
        self.setWindowTitle(self.tr("Record the reply"))
        self.set_intro(self.tr("Reply of {recipient} to request {number} sent on {sent}.").format(
            recipient=request.recipient, number=request.number_symbol or "—", sent=date_text(request.sent_on)))
        self.reply_on = date_edit(self)
        self.finding = QPlainTextEdit(self)
        self.finding.setTabChangesFocus(True)
        self.finding.setPlaceholderText(self.tr("What the reply establishes, in the words of the letter"))
        _row(self, self.tr("&Received on:"), self.reply_on)
        _row(self, self.tr("&Finding:"), self.finding)
        self.finding.textChanged.connect(self.update_ok)
        self.resize(520, 300)
        self.update_ok()

    def can_submit(self) -> bool:
        return bool(self.finding.toPlainText().strip())

    def work(self) -> Callable[[], Any]:
        s, rid = self.session, self.request.id
        reply_on, finding = py_date(self.reply_on), self.finding.toPlainText().strip()
        return lambda: locked(lambda: cases.record_reply(s, rid, reply_on, finding))
