"""Checking a paper copy: type (or paste) the check code printed beside its QR code."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.forms.verify import Verification, verify
from app.session import Session

from ..cases.labels import date_text
from ..dialogs import error_text
from .jobs import run_write

GOOD = ("#E8F5E9", "#2E7D32")
BAD = ("#FFEBEE", "#B71C1C")


class VerifyDialog(QDialog):
    checked = Signal(object)  # the Verification, or the exception when the code could not be read

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: Verification | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Verify a printed document"))
        intro = QLabel(self.tr(
            "Type the check code printed beside the QR code at the foot of each page, e.g. "
            "\"15-KL/TU 7K3M-Q9XZ-2F4A\", or paste what a scanner read from the QR code. "
            "Case, spaces and the letters O/I/L for 0/1/1 do not matter."), self)
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        self.code.setFont(mono)
        self.code.setAccessibleName(self.tr("Check code"))
        self.code.setClearButtonEnabled(True)
        label = QLabel(self.tr("Check &code:"), self)
        label.setBuddy(self.code)
        self.check_button = QPushButton(self.tr("C&heck"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.code.textChanged.connect(self._update)
        self.code.returnPressed.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(row)
        box.addWidget(self.verdict)
        box.addStretch(1)
        box.addWidget(buttons)
        self.resize(620, 340)
        self._update()

    def _update(self) -> None:
        self.check_button.setEnabled(not self.busy and bool(self.code.text().strip()))

    def check(self) -> None:
        code = self.code.text().strip()
        if self.busy or not code:
            return
        self.busy = True
        self._update()
        s = self.session
        run_write(lambda: verify(s, code), self._done, self._failed, owner=self)

    def _done(self, v: Verification) -> None:
        self.busy = False
        self.result = v
        headline = {
            "valid": self.tr("Genuine: this document was issued here and is unchanged."),
            "foreign_valid": self.tr("Genuine signature of unit {unit}: its content is kept by that unit.").format(unit=v.unit),
            "unknown": self.tr("Not found: no document issued here matches this code."),
            "altered": self.tr("Altered: the stored document no longer matches its code."),
            "bad_signature": self.tr("Signature wrong: this copy was not issued by the unit it names, or was changed."),
        }.get(v.status, v.status)
        facts = [(self.tr("Number"), v.number), (self.tr("Document"), v.title), (self.tr("Issued on"), date_text(v.issued_on) if v.issued_on else ""),
                 (self.tr("Copies issued"), str(v.copies_issued) if v.copies_issued else ""),
                 (self.tr("Copy"), str(v.copy) if v.copy else "")]
        lines = [f"<b>{html.escape(k)}:</b> {html.escape(x)}" for k, x in facts if x]
        self._show(v.ok, headline, v.message, lines)
        self._update()
        self.checked.emit(v)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.result = None
        self._show(False, self.tr("The code could not be read."), error_text(exc), [])
        self._update()
        self.code.setFocus()
        self.checked.emit(exc)

    def _show(self, ok: bool, headline: str, message: str, lines: list[str]) -> None:
        background, colour = GOOD if ok else BAD
        mark = "✔" if ok else "✘"
        body = "<br>".join([html.escape(message), *lines])
        self.verdict.setText(f"<p style='font-size:13pt; color:{colour}'><b>{mark} {html.escape(headline)}</b></p><p>{body}</p>")
        self.verdict.setStyleSheet(f"QLabel {{ background: {background}; border: 2px solid {colour}; padding: 10px; color: #212121; }}")
        self.verdict.setAccessibleDescription(headline)
        self.verdict.show()
