"""First start: create the vault, its unit identity and the first administrator.

Pages: unit -> administrator (commit: "Create vault") -> creating (worker)
-> recovery key -> confirm two groups of it (commit) -> fingerprint.
After accept(), `session` is the administrator's open Session.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
    QWizard, QWizardPage,
)

from app.errors import HosoError
from app.session import Session
from app.users import check_username, get_user
from app.vault import create_vault
from app.vault.vault import UNIT_CODE_CHARS

from crypto.recovery import normalise

from . import theme
from .dialogs import confirm, error_text, wizard_buttons
from .recovery_sheet import KeyGroupsView, RecoverySheet, key_groups
from .password_fields import NewPasswordFields
from .worker import Job, run_job

UNIT_CODE_PATTERN = rf"[A-Za-z0-9{re.escape(UNIT_CODE_CHARS)}]{{1,32}}"  # as app.vault.check_unit_code


def _form_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    theme.mark_error(label, bold=True)
    label.hide()
    return label


class UnitPage(QWizardPage):
    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your unit"))
        self.setSubTitle(self.tr(
            "This computer has no HoSo vault yet. The vault is an encrypted store that "
            "belongs to one unit; enter that unit's code and name."
        ))
        self.code = QLineEdit(self)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(UNIT_CODE_PATTERN), self.code))
        self.code.setPlaceholderText(self.tr("e.g. BTC-HN"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Ban Tổ chức Thành ủy Hà Nội"))
        form = QFormLayout(self)
        form.addRow(_form_label(self.tr("Unit &code:"), self.code, self), self.code)
        form.addRow(_form_label(self.tr("Unit &name:"), self.name, self), self.name)
        hint = QLabel(self.tr("Letters without accents, digits, '-', '_' or '.', at most 32 characters."), self)
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        where = QLabel(self.tr("The vault will be created in: {path}").format(path=str(vault_dir)), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(where)
        self.code.textChanged.connect(self.completeChanged)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.code.hasAcceptableInput() and bool(self.name.text().strip())


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr(
            "The administrator manages accounts, backups and settings. Choose a long password "
            "that nobody else knows; it protects every dossier in the vault."
        ))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self.username = QLineEdit("admin", self)
        self.username.setMaxLength(32)
        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(200)
        form = QFormLayout(self)
        form.addRow(_form_label(self.tr("&User name:"), self.username, self), self.username)
        self.username_error = _error_label(self)
        form.addRow("", self.username_error)
        form.addRow(_form_label(self.tr("&Full name:"), self.full_name, self), self.full_name)
        self.passwords = NewPasswordFields(self, form, "admin")
        self.username.textChanged.connect(self._username_changed)
        self.passwords.changed.connect(self.completeChanged)

    def user(self) -> str:
        return self.username.text().strip().lower()

    def _username_changed(self) -> None:
        try:
            check_username(self.user())
            self.username_error.hide()
        except HosoError as exc:
            self.username_error.setText(exc.message)
            self.username_error.show()
        self.passwords.set_username(self.user())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.username_error.isHidden() and bool(self.user()) and self.passwords.is_acceptable()


class CreatePage(QWizardPage):
    """Runs create_vault in a worker (Argon2id calibration takes a second or two)."""

    def __init__(self, wizard: "FirstStartWizard") -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Creating the vault"))
        self.setCommitPage(True)  # nothing before this page can be changed any more
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Continue"))
        self.status = QLabel(self.tr(
            "Creating the encrypted vault and the unit's keys. HoSo first measures this "
            "computer's speed to make passwords hard to guess; this takes a few seconds."
        ), self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.error = _error_label(self)
        self.retry = QPushButton(self.tr("&Try again"), self)
        self.retry.hide()
        self.retry.clicked.connect(self._start)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.busy)
        box.addWidget(self.error)
        box.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.job: Job | None = None

    def initializePage(self) -> None:
        if self._wizard.session is None and self.job is None:
            self._start()

    def _start(self) -> None:
        w = self._wizard
        unit, admin = w.unit_page, w.admin_page
        args = (w.vault_dir, unit.code.text().strip(), unit.name.text().strip(), admin.user(), admin.passwords.text(), admin.full_name.text().strip())
        self.error.hide()
        self.retry.hide()
        self.busy.show()
        self.job = run_job(lambda: _create(*args), self._created, self._failed, owner=self)

    def _created(self, result: tuple) -> None:
        self.job = None
        self.busy.hide()
        created, session = result
        w = self._wizard
        w.admin_page.passwords.clear()  # the password is no longer needed in the GUI
        w.recovery_key, w.fingerprint, w.session = created.recovery_key, created.fingerprint, session
        self.status.setText(self.tr("The vault was created."))
        self.completeChanged.emit()
        w.next()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.busy.hide()
        self.error.setText(error_text(exc))
        self.error.show()
        self.retry.show()

    def isComplete(self) -> bool:
        return self._wizard.session is not None


def _create(vault_dir: Path, code: str, name: str, admin: str, password: str, full_name: str) -> tuple:
    created = create_vault(vault_dir, code, name, admin, password, full_name)
    try:
        return created, Session(created.vault, get_user(created.vault.conn, admin))
    except BaseException:
        created.vault.close()
        raise


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: "FirstStartWizard") -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr(
            "Write this key on paper now, or print it, and keep it sealed in the safe. If every "
            "administrator password is lost it is the only way back into the vault. "
            "HoSo will not show it again."
        ))
        self.groups = KeyGroupsView(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as text file…"), self)
        self.written = QCheckBox(self.tr("I have &written the recovery key down and will keep it in the safe"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.groups)
        box.addLayout(buttons)
        box.addStretch(1)
        box.addWidget(self.written)
        self.print_button.clicked.connect(lambda: self._sheet().print(self))
        self.save_button.clicked.connect(lambda: self._sheet().save_as_text(self))
        self.written.toggled.connect(self.completeChanged)

    def _sheet(self) -> RecoverySheet:
        w = self._wizard
        return RecoverySheet(w.unit_page.code.text().strip(), w.unit_page.name.text().strip(), w.recovery_key, w.fingerprint, self)

    def initializePage(self) -> None:
        self.groups.set_key(self._wizard.recovery_key)

    def isComplete(self) -> bool:
        return self.written.isChecked()


class ConfirmKeyPage(QWizardPage):
    """Two groups chosen at random must be typed back before the wizard ends."""

    def __init__(self, wizard: "FirstStartWizard") -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check your copy"))
        self.setSubTitle(self.tr("Type the two groups asked for from your written copy of the recovery key."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("C&heck"))
        self.group_indices: list[int] = []
        self.labels = [QLabel(self), QLabel(self)]
        self.inputs = [QLineEdit(self), QLineEdit(self)]
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(16, int(mono.pointSize() * 1.5)))
        form = QFormLayout(self)
        for label, edit in zip(self.labels, self.inputs):
            edit.setFont(mono)
            edit.setMaxLength(6)
            edit.setMaximumWidth(160)
            label.setBuddy(edit)
            edit.textChanged.connect(self.completeChanged)
            form.addRow(label, edit)
        self.error = _error_label(self)
        form.addRow(self.error)

    def initializePage(self) -> None:
        count = len(key_groups(self._wizard.recovery_key))
        self.group_indices = sorted(secrets.SystemRandom().sample(range(count), 2))
        for label, edit, index in zip(self.labels, self.inputs, self.group_indices):
            label.setText(self.tr("Group &{n}:").format(n=index + 1))  # Alt+digit reaches it
            edit.clear()
        self.error.hide()

    def isComplete(self) -> bool:
        return all(normalise(e.text()) for e in self.inputs)

    def validatePage(self) -> bool:
        groups = key_groups(self._wizard.recovery_key)
        # The same lenient reading as the recovery prompt: case, O/0 and I/L/1.
        fold = str.maketrans({"O": "0", "I": "1", "L": "1"})
        ok = all(
            normalise(edit.text()).translate(fold) == groups[i].translate(fold)
            for edit, i in zip(self.inputs, self.group_indices)
        )
        if not ok:
            self.error.setText(self.tr(
                "These groups do not match the recovery key. Check your written copy; "
                "use Back to see the key again."
            ))
            self.error.show()
        return ok


class DonePage(QWizardPage):
    def __init__(self, wizard: "FirstStartWizard") -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The vault is ready"))
        self.setSubTitle(self.tr(
            "Other units check this fingerprint before they trust your unit's public card. "
            "Note it in the handover record."
        ))
        self.unit = QLabel(self)
        self.fingerprint = QLabel(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(14, int(mono.pointSize() * 1.3)))
        self.fingerprint.setFont(mono)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        form = QFormLayout(self)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Unit fingerprint:"), self.fingerprint)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        u = self._wizard.unit_page
        self.unit.setText(f"{u.code.text().strip()} — {u.name.text().strip()}")
        self.fingerprint.setText(self._wizard.fingerprint)


class FirstStartWizard(QWizard):
    UNIT, ADMIN, CREATE, RECOVERY, CONFIRM, DONE = range(6)

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.session: Session | None = None
        self.recovery_key = ""
        self.fingerprint = ""
        self.setWindowTitle(self.tr("HoSo — first start"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        wizard_buttons(self, self.tr("&Open HoSo"))
        self.unit_page = UnitPage(self.vault_dir, self)
        self.admin_page = AdminPage(self)
        self.create_page = CreatePage(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmKeyPage(self)
        self.done_page = DonePage(self)
        for pid, page in enumerate((self.unit_page, self.admin_page, self.create_page, self.recovery_page, self.confirm_page, self.done_page)):
            self.setPage(pid, page)
        self.setMinimumSize(680, 520)

    def reject(self) -> None:
        if self.create_page.job is not None:
            return  # creation cannot be stopped half-way
        if self.session is not None:
            if not confirm(
                self,
                self.tr("Leave without confirming the recovery key?"),
                self.tr("The vault exists already. If you close now, the recovery key will never be shown again."),
                self.tr("&Close anyway"),
            ):
                return
            self.session.close()
            self.session = None
        super().reject()
