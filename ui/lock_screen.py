"""What the window shows while locked: no data, only a way back in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.session import Session
from app.vault import open_vault

from . import theme
from .dialogs import error_text
from .password_fields import password_edit
from .worker import Job, run_job


class LockScreen(QWidget):
    unlocked = Signal(object)  # Session
    logout_requested = Signal()
    CARD_WIDTH = 480

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir: Path | None = None
        self.username = ""
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(self.CARD_WIDTH)
        self.title = QLabel(self.tr("HoSo is locked"), card)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel(card)
        self.message.setWordWrap(True)
        self.password = password_edit(card)
        label = QLabel(self.tr("&Password:"), card)
        label.setBuddy(self.password)
        self.error = QLabel(card)
        self.error.setWordWrap(True)
        theme.mark_error(self.error, bold=True)
        self.error.hide()
        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(self.tr("Log &out"), card)
        form = QFormLayout()
        form.addRow(label, self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.logout_button)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(self.title)
        inner.addWidget(self.message)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.password.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.logout_button.clicked.connect(self.logout_requested)
        self.job: Job | None = None

    def prepare(self, vault_dir: Path, username: str, full_name: str = "") -> None:
        self.vault_dir, self.username = Path(vault_dir), username
        who = f"{full_name} ({username})" if full_name else username
        self.message.setText(self.tr("The session of {user} was locked and the vault closed. Enter the password to continue.").format(user=who))
        # A wrapped label in a fixed-width card: give it the height its text needs.
        self.message.setMinimumHeight(self.message.heightForWidth(self.CARD_WIDTH - 48))
        self.password.clear()
        self.error.hide()
        self.password.setFocus()

    def unlock(self) -> None:
        if self.job is not None or not self.password.text():
            return
        path, user, pw = self.vault_dir, self.username, self.password.text()
        self.password.clear()
        self._busy(True)
        self.job = run_job(lambda: open_vault(path, user, pw), self._done, self._failed, owner=self)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.password, self.unlock_button, self.logout_button):
            w.setEnabled(not busy)

    def _done(self, session: Session) -> None:
        self.job = None
        self._busy(False)
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._busy(False)
        self.error.setText(error_text(exc))
        self.error.show()
        self.password.setFocus()
