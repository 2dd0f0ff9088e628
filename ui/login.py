"""Logging in to the vault, and getting back in with the recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QDialogButtonBox, QWidget

from app.session import Session
from app.users import reset_password
from app.vault import open_vault, open_with_recovery

from .job_dialog import JobDialog
from .password_fields import NewPasswordFields, password_edit


class LoginDialog(JobDialog):
    """Username and password; `session` holds the open Session after accept()."""

    def __init__(self, vault_dir: Path, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HoSo — log in"))
        self.ok_button.setText(self.tr("&Log in"))
        self.cancel_button.setText(self.tr("&Quit"))
        self.vault_dir = Path(vault_dir)
        self.session: Session | None = None
        self.set_intro(self.tr("Enter your user name and password to open the vault."))
        self.username = QLineEdit(username, self)
        self.username.setMaxLength(32)
        self.password = password_edit(self)
        for text, edit in ((self.tr("&User name:"), self.username), (self.tr("&Password:"), self.password)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        where = QLabel(self.tr("Vault: {path}").format(path=str(self.vault_dir)), self)
        where.setStyleSheet("color: palette(mid);")
        where.setWordWrap(True)
        self.form.addRow(where)
        self.recovery_button = QPushButton(self.tr("Use &recovery key…"), self)
        self.buttons.addButton(self.recovery_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.recovery_button.clicked.connect(self.use_recovery_key)
        self.username.textChanged.connect(self.update_ok)
        self.password.textChanged.connect(self.update_ok)
        self.update_ok()
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(420)

    def can_submit(self) -> bool:
        return bool(self.username.text().strip() and self.password.text())

    def work(self) -> Callable[[], Any]:
        path, user, pw = self.vault_dir, self.username.text().strip().lower(), self.password.text()
        return lambda: open_vault(path, user, pw)

    def succeeded(self, session: Session) -> None:
        self.password.clear()
        self.session = session
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self.password.clear()
        self.password.setFocus()

    def use_recovery_key(self) -> None:
        dlg = RecoveryDialog(self.vault_dir, self.username.text().strip().lower(), self)
        dlg.finished.connect(lambda result: self._after_recovery(dlg, result))
        dlg.open()

    def _after_recovery(self, dlg: "RecoveryDialog", result: int) -> None:
        if result == JobDialog.DialogCode.Accepted:
            self.username.setText(dlg.username.text().strip().lower())
            self.show_error("")
            self.set_intro(self.tr("The password was reset. Log in with the new password."))
            self.password.setFocus()


class RecoveryDialog(JobDialog):
    """Recovery key + account + new password: resets and unlocks that account."""

    def __init__(self, vault_dir: Path, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use the recovery key"))
        self.ok_button.setText(self.tr("&Reset password"))
        self.vault_dir = Path(vault_dir)
        self.set_intro(self.tr(
            "Type the recovery key from the sealed paper sheet. It lets you set a new password "
            "for one account and unlocks it; nothing else can be done with it here."
        ))
        self.key = QLineEdit(self)
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key.setStyleSheet("font-family: monospace;")
        self.key.setMaxLength(80)
        self.username = QLineEdit(username, self)
        for text, edit in ((self.tr("Recovery &key:"), self.key), (self.tr("&Account:"), self.username)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.new_password = NewPasswordFields(self, self.form, username)
        self.username.textChanged.connect(lambda t: self.new_password.set_username(t.strip().lower()))
        for signal in (self.key.textChanged, self.username.textChanged, self.new_password.changed):
            signal.connect(self.update_ok)
        self.update_ok()
        self.setMinimumWidth(520)

    def can_submit(self) -> bool:
        return bool(self.key.text().strip() and self.username.text().strip() and self.new_password.is_acceptable())

    def work(self) -> Callable[[], Any]:
        path, key = self.vault_dir, self.key.text()
        user, pw = self.username.text().strip().lower(), self.new_password.text()

        def run() -> None:
            session = open_with_recovery(path, key)
            try:
                reset_password(session, user, pw)
            finally:
                session.close()

        return run

    def succeeded(self, result: object) -> None:
        self.key.clear()
        self.new_password.clear()
        self.accept()
