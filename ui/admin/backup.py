"""Backup to a chosen folder, and restore from one (which ends the session)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from app.permissions import Permission
from app.session import Session
from app.vault.backup import BackupInfo, backup, read_manifest

from ..dialogs import confirm, error_text, show_error
from ..job_dialog import JobDialog
from ..password_fields import password_edit
from ..worker import Job, run_job


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


class RestoreCredentialsDialog(JobDialog):
    """Asks which administrator unlocks the backup; runs nothing itself."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.ok_button.setText(self.tr("&Restore"))
        self.set_intro(self.tr("Enter an administrator account of the backup and the password that was valid when the backup was made."))
        self.username = QLineEdit(username, self)
        self.password = password_edit(self)
        for text, w in ((self.tr("&User name:"), self.username), (self.tr("&Password:"), self.password)):
            label = QLabel(text, self)
            label.setBuddy(w)
            self.form.addRow(label, w)
        self.username.textChanged.connect(self.update_ok)
        self.password.textChanged.connect(self.update_ok)
        self.password.setFocus()
        self.update_ok()

    def can_submit(self) -> bool:
        return bool(self.username.text().strip() and self.password.text())

    def submit(self) -> None:
        if self.can_submit():
            self.accept()


class BackupTab(QWidget):
    # (backup folder, username, password): the main window closes the session and restores.
    restore_requested = Signal(Path, str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        box = QVBoxLayout(self)
        self.backup_group = QGroupBox(self.tr("Backup"), self)
        g = QVBoxLayout(self.backup_group)
        text = QLabel(self.tr(
            "A backup is an encrypted, verified copy of the vault in a folder you choose, for example "
            "on a USB stick kept in the safe. It opens only with a password valid at backup time."
        ), self.backup_group)
        text.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up to folder…"), self.backup_group)
        self.busy = QProgressBar(self.backup_group)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.result = QLabel(self.backup_group)
        self.result.setWordWrap(True)
        g.addWidget(text)
        g.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        g.addWidget(self.busy)
        g.addWidget(self.result)
        box.addWidget(self.backup_group)
        self.restore_group = QGroupBox(self.tr("Restore"), self)
        r = QVBoxLayout(self.restore_group)
        text = QLabel(self.tr(
            "Restoring replaces the vault with a backup. The current data is moved aside, not deleted. "
            "You will be logged out."
        ), self.restore_group)
        text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore from backup…"), self.restore_group)
        r.addWidget(text)
        r.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.restore_group)
        box.addStretch(1)
        self.backup_group.setVisible(session.can(Permission.BACKUP))
        self.restore_group.setVisible(session.can(Permission.RESTORE))
        self.backup_button.clicked.connect(self.choose_backup_folder)
        self.restore_button.clicked.connect(self.choose_restore_folder)
        self.job: Job | None = None
        self.last_backup: BackupInfo | None = None

    # -- backup ------------------------------------------------------------
    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the backup"))
        if folder:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        if self.job is not None:
            return
        self.backup_button.setEnabled(False)
        self.busy.show()
        self.result.clear()
        s = self.session
        self.job = run_job(lambda: backup(s, folder), self._backed_up, self._backup_failed, owner=self)

    def _backed_up(self, info: BackupInfo) -> None:
        self.job = None
        self.last_backup = info
        self.busy.hide()
        self.backup_button.setEnabled(True)
        self.result.setText(self.tr("Backup written and verified: {path} ({size}, {entries} audit entries).").format(
            path=str(info.path), size=human_size(info.bytes), entries=info.audit_entries))

    def _backup_failed(self, exc: BaseException) -> None:
        self.job = None
        self.busy.hide()
        self.backup_button.setEnabled(True)
        self.result.setText(error_text(exc))

    # -- restore -----------------------------------------------------------
    def choose_restore_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder (hoso-backup-…)"))
        if not folder:
            return
        try:
            manifest = read_manifest(Path(folder))
        except Exception as exc:
            show_error(self, exc)
            return
        made = time.strftime("%d/%m/%Y %H:%M", time.localtime(float(manifest.get("created_at", 0))))
        if not confirm(
            self,
            self.tr("Restore from backup?"),
            self.tr(
                "The vault will be replaced by the backup of unit {unit} made on {date}. Everything "
                "entered after that moment will no longer be visible (the current data is moved to the "
                "vault's backups folder). You will be logged out and must log in again.\n\nRestore now?"
            ).format(unit=manifest.get("unit_code", "?"), date=made),
            self.tr("&Restore"),
        ):
            return
        dlg = RestoreCredentialsDialog(self.session.user.username, self)
        if dlg.exec() == JobDialog.DialogCode.Accepted:
            self.restore_requested.emit(Path(folder), dlg.username.text().strip().lower(), dlg.password.text())
        dlg.password.clear()
