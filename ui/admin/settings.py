"""Vault settings: idle lock, secrecy level of the vault, failed logins allowed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app import settings
from app.domain.secrecy import SecrecyLevel
from app.session import Session
from app.settings import Settings

from .. import theme
from ..dialogs import error_text
from ..labels import secrecy_label


class SettingsTab(QWidget):
    saved = Signal(object)  # Settings

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.secrecy = QComboBox(self)
        for level in SecrecyLevel:
            self.secrecy.addItem(secrecy_label(level), level.value)
        self.failures = QSpinBox(self)
        self.failures.setRange(1, 20)
        form = QFormLayout()
        for text, w, hint in (
            (self.tr("Lock after &idle time:"), self.idle, self.tr("HoSo locks itself when nobody touches it for this long.")),
            (self.tr("Vault &secrecy level:"), self.secrecy, self.tr("Shown in the banner; the highest level of the data kept here.")),
            (self.tr("&Wrong passwords before lock-out:"), self.failures, self.tr("After this many wrong passwords an account is locked until an administrator unlocks it.")),
        ):
            label = QLabel(text, self)
            label.setBuddy(w)
            w.setToolTip(hint)
            form.addRow(label, w)
        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.status)
        box.addStretch(1)
        self.load()

    def load(self) -> None:
        try:
            s = settings.get_settings(self.session)
        except Exception as exc:
            self.status.setText(error_text(exc))
            return
        self.idle.setValue(s.idle_lock_minutes)
        self.secrecy.setCurrentIndex(self.secrecy.findData(s.vault_secrecy.value))
        self.failures.setValue(s.max_failures)

    def save(self) -> None:
        try:
            s: Settings = settings.update_settings(
                self.session,
                idle_lock_minutes=self.idle.value(),
                vault_secrecy=SecrecyLevel(self.secrecy.currentData()),
                max_failures=self.failures.value(),
            )
        except Exception as exc:
            theme.mark_error(self.status)
            self.status.setText(error_text(exc))
            return
        theme.mark_error(self.status, False)
        self.status.setText(self.tr("Settings saved."))
        self.saved.emit(s)
