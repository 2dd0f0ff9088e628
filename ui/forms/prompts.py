"""The questions the forms area asks the user, in one replaceable place.

Tests give their answers by replacing these methods on the instance instead
of patching QMessageBox, QFileDialog or QPrintDialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from ..dialogs import confirm

translate = QCoreApplication.translate


class FormPrompts:
    def confirm(self, parent: QWidget, title: str, text: str, yes_text: str) -> bool:
        return confirm(parent, title, text, yes_text)

    def save_pdf(self, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, translate("FormPrompts", "PDF documents (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def printer(self, parent: QWidget, title: str) -> QPrinter | None:
        """The printer the user chose, or None. Every page is printed: the copies are registered whole."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        for option in (QAbstractPrintDialog.PrintDialogOption.PrintSelection, QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
                       QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies):
            dialog.setOption(option, False)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
