"""The questions the cases area asks the user, in one replaceable place.

Tests give their answers by replacing these methods on the instance instead
of patching QMessageBox or QFileDialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..dialogs import confirm

translate = QCoreApplication.translate


class CasePrompts:
    def confirm(self, parent: QWidget, title: str, text: str, yes_text: str) -> bool:
        return confirm(parent, title, text, yes_text)

    def open_files(self, parent: QWidget, title: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent, title, "", translate("CasePrompts", "Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)"))
        return [Path(n) for n in names]

    def save_file(self, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, translate("CasePrompts", "Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
