"""Issuing copies (print_form) and painting their PDF onto a printer, off the GUI thread.

The PDF from print_form holds every copy, each with its own "Bản số x/y", so
it goes to the printer as one job with a copy count of 1: a driver that
multiplied it would make copies nobody registered.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.forms import api
from app.forms.drafts import Draft
from app.forms.preview import render_page
from app.forms.service import PrintJob, PrintResult
from app.session import Session

from .jobs import locked

log = logging.getLogger("hoso.ui")

MAX_PRINT_DPI = 600  # a 600 dpi A4 page is ~100 MB of pixels; more gains nothing on paper

Progress = Callable[[int, int, str], None]


class PrintFailed(Exception):
    """The copies were issued and registered, but the printer did not take them."""

    def __init__(self, result: PrintResult, detail: str) -> None:
        super().__init__(detail)
        self.result, self.detail = result, detail


def prepare_printer(printer: QPrinter, landscape: bool) -> None:
    """One copy (the PDF holds them all), A4 without margins, the page's orientation."""
    printer.setCopyCount(1)
    printer.setCollateCopies(False)
    printer.setFullPage(True)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))


def paint_pdf(pdf: bytes, printer: QPrinter, progress: Progress, page_text: str, refused_text: str = "printer error") -> int:
    """Render each page at the printer's resolution (at most MAX_PRINT_DPI) and paint it on the whole sheet."""
    scale = min(printer.resolution(), MAX_PRINT_DPI) / 72
    first = locked(lambda: render_page(pdf, 0, scale))
    total = first.page_count
    prepare_printer(printer, first.width > first.height)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(refused_text)
    try:
        for i in range(total):
            page = first if i == 0 else locked(lambda i=i: render_page(pdf, i, scale))
            if i:
                printer.newPage()
            image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)  # borrows page.rgb
            sheet = QRectF(painter.viewport())
            fit = min(sheet.width() / page.width, sheet.height() / page.height)
            target = QRectF(0, 0, page.width * fit, page.height * fit)
            target.moveCenter(sheet.center())
            painter.drawImage(target, image)
            progress(i + 1, total, page_text.format(n=i + 1, total=total))
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise OSError(refused_text)
    return total


def print_to_printer(session: Session, draft: Draft, job: PrintJob, printer: QPrinter, page_text: str,
                     refused_text: str) -> Callable[[Progress, Callable[[], bool]], PrintResult]:
    """The background call of Print…: issue and register the copies, then paint them (texts made on the GUI thread)."""

    def work(progress: Progress, _cancel: Callable[[], bool]) -> PrintResult:
        result = locked(lambda: api.print_form(session, draft, None, job))
        try:
            paint_pdf(result.pdf, printer, progress, page_text, refused_text)
        except OSError as exc:  # the printer's refusal (our own sentence) or the system's reason
            raise PrintFailed(result, exc.strerror or str(exc)) from exc
        except Exception as exc:  # the copies exist in the register: say so, whatever broke
            log.error("printing failed", exc_info=exc)  # type and lines only (app/logfile.py), never on screen
            raise PrintFailed(result, refused_text) from exc
        return result

    return work


def save_to_file(session: Session, draft: Draft, job: PrintJob, path: Path) -> Callable[[], PrintResult]:
    """The background call of Save as PDF…: the file is a registered copy like a printed one."""
    return lambda: locked(lambda: api.print_form(session, draft, path, job))
