"""The questions the Excel wizard and export ask, in one replaceable place.

Tests give their answers by replacing these methods on the instance instead
of patching QMessageBox or QFileDialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..dialogs import confirm

translate = QCoreApplication.translate


def with_xlsx(path: Path) -> Path:
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class ExcelPrompts:
    def confirm(self, parent: QWidget, title: str, text: str, yes_text: str) -> bool:
        return confirm(parent, title, text, yes_text)

    def open_spreadsheet(self, parent: QWidget, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, title, "", translate("ExcelPrompts", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)"))
        return Path(name) if name else None

    def save_xlsx(self, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, translate("ExcelPrompts", "Excel workbook (*.xlsx)"))
        return with_xlsx(Path(name)) if name else None
