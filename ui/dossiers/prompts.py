"""The questions the Dossiers area asks the user, in one replaceable place.

Tests give their answers by replacing these methods on the page's instance
instead of patching QMessageBox or QFileDialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..dialogs import confirm

translate = QCoreApplication.translate

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Prompts:
    def unsaved(self, parent: QWidget, name: str) -> str:
        """Closing an editor with changes: SAVE, DISCARD or CANCEL (the default)."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("Prompts", "Unsaved changes"),
                          translate("Prompts", "The dossier of {name} has unsaved changes. Save them?").format(
                              name=name or translate("Prompts", "the new person")),
                          QMessageBox.StandardButton.NoButton, parent)
        save = box.addButton(translate("Prompts", "&Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("Prompts", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(translate("Prompts", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL

    def confirm(self, parent: QWidget, title: str, text: str, yes_text: str) -> bool:
        return confirm(parent, title, text, yes_text)

    def open_file(self, parent: QWidget, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, title, "", translate("Prompts", "Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)"))
        return Path(name) if name else None

    def save_file(self, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested)
        return Path(name) if name else None
