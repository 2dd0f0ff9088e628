"""Asked when a dossier is saved with another secrecy level (docs/secrecy.md).

Raising: the reason (required) and, if a written decision ordered it, the
decision. Lowering or removing the level: the decision (number, date,
authority) is required. The save runs from here; a refusal is shown inside the
dialog and keeps what was typed.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.domain.secrecy import SecrecyLevel
from app.secrecy.lifecycle import DecisionInfo

from .. import theme
from ..cases.widgets import date_edit, py_date
from ..labels import secrecy_label



class DossierLevelDialog(QDialog):
    """submit(reason, decision or None) starts the save; the editor calls done_ok or show_error."""

    def __init__(self, name: str, old: SecrecyLevel, new: SecrecyLevel, submit: Callable[[str, DecisionInfo | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old, self.new, self.submit = SecrecyLevel(old), SecrecyLevel(new), submit
        self.lowers = self.new < self.old
        self._busy = False
        self.setWindowTitle(self.tr("Lower the secrecy level") if self.lowers else self.tr("Raise the secrecy level"))
        what = QLabel(self.tr("Dossier of {name}: {old} → {new}.").format(
            name=name, old=secrecy_label(self.old), new=secrecy_label(self.new)), self)
        what.setWordWrap(True)
        if self.lowers:
            note = self.tr("Lowering or removing the level needs a decision of the competent authority. The decision is "
                           "recorded in the dossier's secrecy history.")
        else:
            note = self.tr("Raising the level is recorded in the dossier's secrecy history, with your name and the reason. "
                           "If a written decision ordered it, enter the decision too.")
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        self.reason = QLineEdit(self)
        self.by_decision = QCheckBox(self.tr("Ordered by a written &decision"), self)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("e.g. 12-QĐ/TU"))
        self.date = date_edit(self)
        self.authority = QLineEdit(self)
        self.authority.setPlaceholderText(self.tr("e.g. Standing Committee of the Provincial Party Committee"))
        reason_label = QLabel(self.tr("&Reason:") if not self.lowers else self.tr("&Reason (optional):"), self)
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        if self.lowers:
            self.by_decision.setChecked(True)
            self.by_decision.hide()
        else:
            form.addRow(self.by_decision)
            self.by_decision.toggled.connect(self._decision_enabled)
        for text, widget in ((self.tr("Decision &number:"), self.number), (self.tr("Decision da&te:"), self.date),
                             (self.tr("&Authority:"), self.authority)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._decision_enabled(self.by_decision.isChecked())
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record and &save"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(what)
        box.addWidget(self.note)
        box.addLayout(form)
        box.addWidget(self.error_label)
        box.addWidget(self.buttons)
        (self.number if self.lowers else self.reason).setFocus()

    def _decision_enabled(self, on: bool) -> None:
        for w in (self.number, self.date, self.authority):
            w.setEnabled(on)

    def decision(self) -> DecisionInfo | None:
        if not self.by_decision.isChecked():
            return None
        return DecisionInfo(self.number.text(), py_date(self.date), self.authority.text(), self.reason.text())

    def _ok(self) -> None:
        if self._busy:
            return
        if not self.lowers and not self.reason.text().strip():
            self.show_error(self.tr("Give the reason for raising the level."))
            self.reason.setFocus()
            return
        if self.by_decision.isChecked() and (not self.number.text().strip() or not self.authority.text().strip()):
            self.show_error(self.tr("Enter the decision number and the authority that decided."))
            (self.number if not self.number.text().strip() else self.authority).setFocus()
            return
        self._busy = True
        self.error_label.hide()
        self.buttons.setEnabled(False)
        self.submit(self.reason.text().strip(), self.decision())

    def show_error(self, text: str) -> None:
        self._busy = False
        self.error_label.setText(text)
        self.error_label.show()
        self.buttons.setEnabled(True)

    def reject(self) -> None:
        if not self._busy:  # the save is being written: it ends by itself
            super().reject()
