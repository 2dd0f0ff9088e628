"""A form dialog whose OK runs a service call in the background.

While the call runs the form is disabled and a busy bar shows; a failure is
shown inline (the user corrects and retries), success closes the dialog.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from . import theme
from .dialogs import error_text
from .worker import Job, run_job


class JobDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label, bold=True)
        self.error_label.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: the services report no steps
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.job: Job | None = None
        self.result_value: Any = None

    # -- to override -------------------------------------------------------
    def can_submit(self) -> bool:
        return True

    def work(self) -> Callable[[], Any]:
        """Return the call to run in the background (read the fields here, on the GUI thread)."""
        raise NotImplementedError

    def succeeded(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    # -- machinery ---------------------------------------------------------
    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.job is None and self.can_submit())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def submit(self) -> None:
        if self.job is not None or not self.can_submit():
            return
        self.show_error("")
        fn = self.work()
        self._set_busy(True)
        self.job = run_job(fn, self._done, self._failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in self.findChildren(QWidget):
            if w not in (self.busy, self.intro, self.error_label) and w.parent() is self:
                w.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.update_ok()

    def _done(self, result: Any) -> None:
        self.job = None
        self._set_busy(False)
        self.succeeded(result)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._set_busy(False)
        self.show_error(error_text(exc))

    def reject(self) -> None:
        # A running call cannot be cancelled half-way; closing waits for it.
        if self.job is not None:
            return
        super().reject()
