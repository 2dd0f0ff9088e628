"""A short form asking for reasons or a note, whose OK runs the service call."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ..job_dialog import JobDialog
from .jobs import locked


class NoteDialog(JobDialog):
    """`action(note)` runs in the background under the write lock; a refusal shows inline."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, label: str, action: Callable[[str], Any],
                 *, required: bool = True, ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.set_intro(intro)
        self.required = required
        self.action = action
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        self.note.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label, self)
        caption.setBuddy(self.note)
        self.form.addRow(caption, self.note)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.note.textChanged.connect(self.update_ok)
        self.resize(460, 260)
        self.update_ok()
        self.note.setFocus()

    def can_submit(self) -> bool:
        return not self.required or bool(self.note.toPlainText().strip())

    def work(self) -> Callable[[], Any]:
        note, action = self.note.toPlainText().strip(), self.action
        return lambda: locked(lambda: action(note))
