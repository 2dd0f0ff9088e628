"""Change password: the user's own, checked against the old one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app import users
from app.session import Session

from .. import theme
from ..dialogs import error_text, notify
from ..password_fields import NewPasswordFields, password_edit
from ..worker import Job, run_job


class ChangePasswordTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = QLabel(self.tr(
            "Change your own password. Your data is not re-encrypted; only the key that opens it "
            "is wrapped again, so this takes a second."
        ), self)
        intro.setWordWrap(True)
        self.old = password_edit(self)
        form = QFormLayout()
        label = QLabel(self.tr("&Current password:"), self)
        label.setBuddy(self.old)
        form.addRow(label, self.old)
        self.new = NewPasswordFields(self, form, session.user.username)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        theme.mark_error(self.error, bold=True)
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.button = QPushButton(self.tr("C&hange password"), self)
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.old.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self.new.confirm.returnPressed.connect(self.submit)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.busy)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.job: Job | None = None
        self._update()

    def _update(self) -> None:
        self.button.setEnabled(self.job is None and bool(self.old.text()) and self.new.is_acceptable())

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        s, old, new = self.session, self.old.text(), self.new.text()
        self.error.hide()
        self.busy.show()
        self.job = run_job(lambda: users.change_own_password(s, old, new), self._done, self._failed, owner=self)
        self._update()

    def _done(self, _: object) -> None:
        self.job = None
        self.busy.hide()
        self.old.clear()
        self.new.clear()
        self._update()
        notify(self, self.tr("Your password was changed. Use the new one from the next login on."))

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.busy.hide()
        self.error.setText(error_text(exc))
        self.error.show()
        self.old.clear()
        self.old.setFocus()
        self._update()
