"""Helpers for the printed-forms GUI tests (no tests here): a concluded case, answers to the prompts, pixels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from tests.forms_helpers import concluded_case
from ui.forms.preview_dialog import PreviewDialog
from ui.forms.prompts import FormPrompts
from ui.worker import wait_all

from .case_fixtures import open_case


class Answers(FormPrompts):
    """Scripted answers; records what was asked."""

    def __init__(self, save_to: Path | None = None, printer: QPrinter | None = None, yes: bool = True) -> None:
        self.save_to, self.the_printer, self.yes = save_to, printer, yes
        self.asked: list[str] = []

    def confirm(self, parent, title, text, yes_text) -> bool:
        self.asked.append(text)
        return self.yes

    def save_pdf(self, parent, title, suggested) -> Path | None:
        self.asked.append(f"save:{suggested}")
        return self.save_to

    def printer(self, parent, title) -> QPrinter | None:
        self.asked.append("printer")
        return self.the_printer


def pdf_printer(path: Path, dpi: int = 100) -> QPrinter:
    """A real QPrinter writing PDF (works offscreen); low resolution keeps the test quick."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def concluded_case_window(qtbot, window):
    wait_all()  # the window's own reads share this connection
    cid = concluded_case(window.session)
    return cid, open_case(qtbot, window, cid)


def open_conclusion(qtbot, case_window) -> PreviewDialog:
    box = case_window.forms_box
    box.conclusion.trigger()
    dialog = box.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view.image is not None and not dialog.view.loading, timeout=10000)
    return dialog


def wait_shown(qtbot, dialog: PreviewDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.loading and not dialog.panel.issuing and dialog.view.image is not None
                    and not dialog.view.loading, timeout=10000)


def save_pdf(qtbot, dialog: PreviewDialog, path: Path, timeout: int = 15000) -> str:
    """Save the previewed document as `path` (the save dialog answered) and return its text, whitespace folded."""
    dialog.panel.prompts = Answers(save_to=path)
    with qtbot.waitSignal(dialog.printed, timeout=timeout):
        dialog.panel.save_button.click()
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def pixels(image: QImage, width: float = 1.0, height: float = 1.0):
    """(r, g, b) of every second pixel of every second row, in the top-left `width` × `height` of the image."""
    img = image.convertToFormat(QImage.Format.Format_RGB888)
    data, stride = bytes(img.constBits()), img.bytesPerLine()
    for y in range(0, int(img.height() * height), 2):
        row = data[y * stride: y * stride + int(img.width() * width) * 3]
        for x in range(0, len(row) - 2, 6):
            yield row[x], row[x + 1], row[x + 2]
