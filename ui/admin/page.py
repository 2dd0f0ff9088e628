"""The Administration area: one tab per task, only those the role may use."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from app.permissions import Permission
from app.session import Session

from .audit import AuditTab
from .backup import BackupTab
from .password import ChangePasswordTab
from .settings import SettingsTab
from .users import UsersTab


def _narrow(form: QWidget, width: int = 720) -> QWidget:
    """Forms read better at a bounded width than stretched across a wide window."""
    holder = QWidget()
    form.setMaximumWidth(width)
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(form, 1)
    box.addStretch(0)
    return holder


class AdministrationPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.users: UsersTab | None = None
        self.password: ChangePasswordTab | None = None
        self.backup: BackupTab | None = None
        self.audit: AuditTab | None = None
        self.settings: SettingsTab | None = None
        # The services refuse anyway; hiding only spares the user a dead end.
        if session.can(Permission.MANAGE_USERS):
            self.users = UsersTab(session, self)
            self.tabs.addTab(self.users, self.tr("&Users && roles"))
        if session.can(Permission.CHANGE_OWN_PASSWORD) and not session.user.is_recovery:
            self.password = ChangePasswordTab(session, self)
            self.tabs.addTab(_narrow(self.password), self.tr("Change &password"))
        if session.can(Permission.BACKUP) or session.can(Permission.RESTORE):
            self.backup = BackupTab(session, self)
            self.tabs.addTab(_narrow(self.backup), self.tr("&Backup && restore"))
        if session.can(Permission.VIEW_AUDIT):
            self.audit = AuditTab(session, self)
            self.tabs.addTab(self.audit, self.tr("&Audit log"))
        if session.can(Permission.CHANGE_SETTINGS):
            self.settings = SettingsTab(session, self)
            self.tabs.addTab(_narrow(self.settings), self.tr("&Settings"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)

    def show_tab(self, tab: QWidget) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is tab or tab.parent() is page:
                self.tabs.setCurrentIndex(i)

    def tab_names(self) -> list[str]:
        return [name for name in ("users", "password", "backup", "audit", "settings") if getattr(self, name) is not None]
