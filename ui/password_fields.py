"""New-password entry: password, confirmation and a live strength meter.

The rules are the core's (app.passwords.assess); the widget only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from app.passwords import assess

from . import theme

_COLOURS = ("#C62828", "#C62828", "#E65100", "#2E7D32", "#1B5E20")


def password_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class StrengthMeter(QWidget):
    """A five-step bar with a word, and the core's reasons when too weak."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.word = QLabel(self)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        theme.mark_error(self.problems)
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.word)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.problems)
        self.acceptable = False
        self.show_for("", "")

    def show_for(self, password: str, username: str) -> None:
        words = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong"))
        s = assess(password, username)
        self.acceptable = s.acceptable
        score = s.score if s.acceptable else min(s.score, 1)
        self.bar.setValue(score if password else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[score]}; }}")
        self.word.setText(words[score] if password else "")
        # The reasons come from the core in Vietnamese (it has no Qt catalogue).
        self.problems.setText("; ".join(s.problems) if password else "")
        self.problems.setVisible(bool(password and s.problems))
        self.bar.setAccessibleDescription(self.word.text())


class NewPasswordFields(QObject):
    """Adds 'password', 'confirm' and 'strength' rows to a form; `changed` on each keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget, form: QFormLayout, username: str = "") -> None:
        super().__init__(parent)
        self._username = username
        self.password = password_edit(parent)
        self.confirm = password_edit(parent)
        self.meter = StrengthMeter(parent)
        self.mismatch = QLabel(self.tr("The two passwords differ."), parent)
        theme.mark_error(self.mismatch)
        self.mismatch.hide()
        label = QLabel(self.tr("New &password:"), parent)
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        form.addRow(self.tr("Strength:"), self.meter)
        label = QLabel(self.tr("&Repeat password:"), parent)
        label.setBuddy(self.confirm)
        form.addRow(label, self.confirm)
        form.addRow("", self.mismatch)
        self.password.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)

    def set_username(self, username: str) -> None:
        self._username = username
        self._update()

    def _update(self) -> None:
        self.meter.show_for(self.password.text(), self._username)
        self.mismatch.setVisible(bool(self.confirm.text()) and self.confirm.text() != self.password.text())
        self.changed.emit()

    def is_acceptable(self) -> bool:
        return self.meter.acceptable and self.password.text() == self.confirm.text()

    def text(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.confirm.clear()

    def set_enabled(self, enabled: bool) -> None:
        self.password.setEnabled(enabled)
        self.confirm.setEnabled(enabled)
