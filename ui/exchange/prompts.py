"""The questions the exchange area asks the user, in one replaceable place.

Tests give their answers by replacing these methods on the instance instead
of patching QMessageBox or QFileDialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..dialogs import confirm

translate = QCoreApplication.translate
CARD_SUFFIX = ".hosocard"


class ExchangePrompts:
    def confirm(self, parent: QWidget, title: str, text: str, yes_text: str) -> bool:
        return confirm(parent, title, text, yes_text)

    def open_card(self, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("ExchangePrompts", "Choose the unit card"), "",
            translate("ExchangePrompts", "HoSo unit cards (*.hosocard *.card *.json);;All files (*)"))
        return Path(name) if name else None

    def save_card(self, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested,
                                              translate("ExchangePrompts", "HoSo unit cards (*.hosocard)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_name(path.name + CARD_SUFFIX)

    def open_bundle(self, parent: QWidget, start: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("ExchangePrompts", "Choose the bundle"), start,
            translate("ExchangePrompts", "HoSo bundles (*.hoso);;All files (*)"))
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None
