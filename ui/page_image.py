"""A rendered PDF page (app.pdfpages.RenderedPage) as a QImage, for every viewer."""

from __future__ import annotations

from PySide6.QtGui import QImage

from app.pdfpages import RenderedPage


def page_image(page: RenderedPage) -> QImage:
    # QImage only borrows the buffer: copy before the bytes go away.
    return QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()
