"""One page of a form at true size: 100 % is 210 mm on the screen, whatever its resolution.

Pages are rendered in the background at the screen's logical DPI × zoom ×
device pixel ratio, so they stay sharp; the pixels live only in memory.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from app.forms.preview import render_page
from app.pdfpages import RenderedPage

from ..dialogs import error_text
from ..page_image import page_image
from .jobs import run_write

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0, 3.0)
A4_POINTS = (595.28, 841.89)  # until the first page says otherwise
MARGIN = 24  # grey around the sheet, in pixels


class PageView(QScrollArea):
    shown = Signal()  # a page (or a message instead) is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = b""
        self.count = 0
        self.index = 0
        self.zoom = 1.0
        self.fit_width = False
        self.loading = False
        self.image: QImage | None = None
        self.page_points = A4_POINTS
        self._seq = 0
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setStyleSheet("QLabel { background: #6B6F75; color: white; font-size: 12pt; padding: %dpx; }" % MARGIN)
        self.picture.setAccessibleName(self.tr("Page preview"))
        self.setWidget(self.picture)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._refit = QTimer(self, singleShot=True, interval=120)
        self._refit.timeout.connect(self._apply_fit)

    # -- what to show ------------------------------------------------------------
    def true_scale(self) -> float:
        """PDF points to logical pixels at 100 %: the screen's logical DPI over 72."""
        return self.logicalDpiX() / 72

    def set_pdf(self, pdf: bytes, count: int) -> None:
        self.pdf, self.count = pdf, count
        self.show_page(min(self.index, count - 1), force=True)

    def show_page(self, index: int, force: bool = False) -> None:
        if not self.pdf or not 0 <= index < self.count or (index == self.index and not force and self.image is not None):
            return
        self.index = index
        self._render()

    def message(self, text: str) -> None:
        self.image = None
        self.picture.setPixmap(QPixmap())
        self.picture.setText(text)
        self.shown.emit()

    def clear(self) -> None:
        """The pixels of a secret page go with the window."""
        self._seq += 1
        self.pdf, self.image = b"", None
        self.picture.setPixmap(QPixmap())

    # -- zoom ------------------------------------------------------------------------
    def set_zoom(self, zoom: float, fit: bool = False) -> None:
        zoom = max(ZOOMS[0], min(ZOOMS[-1], zoom))
        self.fit_width = fit
        if abs(zoom - self.zoom) > 1e-3:
            self.zoom = zoom
            self._render()
        else:
            self.shown.emit()

    def step_zoom(self, step: int) -> None:
        i = min(range(len(ZOOMS)), key=lambda k: abs(ZOOMS[k] - self.zoom))
        if step > 0 and ZOOMS[i] <= self.zoom + 1e-3:
            i += 1
        elif step < 0 and ZOOMS[i] >= self.zoom - 1e-3:
            i -= 1
        self.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, i))])

    def fit_zoom(self) -> float:
        bar = self.verticalScrollBar()
        room = self.viewport().width() + (bar.width() if bar.isVisible() else 0)
        width = room - bar.sizeHint().width() - 2 * MARGIN - 4  # the same with or without the scroll bar
        return width / (self.page_points[0] * self.true_scale())

    def start_zoom(self) -> None:
        """True size if the page fits the width, else as wide as the view (set before the first page)."""
        fit = self.fit_zoom()
        self.zoom, self.fit_width = (1.0, False) if fit >= 1.0 else (max(ZOOMS[0], fit), True)

    def fit_to_width(self) -> None:
        self.set_zoom(self.fit_zoom(), fit=True)

    def _apply_fit(self) -> None:
        if self.fit_width and self.pdf:
            self.set_zoom(self.fit_zoom(), fit=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width:
            self._refit.start()

    # -- rendering ---------------------------------------------------------------------
    def _render(self) -> None:
        if not self.pdf:
            return
        self._seq += 1
        seq, pdf, index = self._seq, self.pdf, self.index
        dpr = self.devicePixelRatioF()
        scale = self.true_scale() * self.zoom * dpr
        self.loading = True
        run_write(lambda: render_page(pdf, index, scale), lambda page: self._arrived(seq, scale, dpr, page), self._failed, owner=self)

    def _arrived(self, seq: int, scale: float, dpr: float, page: RenderedPage) -> None:
        if seq != self._seq:
            return  # a newer page or zoom is on its way
        self.loading = False
        self.page_points = (page.width / scale, page.height / scale)
        if self.fit_width and abs(self.fit_zoom() - self.zoom) > 0.01:
            self._refit.start()  # a landscape book: fit its real width
        self.image = page_image(page)
        pixmap = QPixmap.fromImage(self.image)
        pixmap.setDevicePixelRatio(dpr)
        self.picture.setText("")
        self.picture.setPixmap(pixmap)
        self.shown.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.message(error_text(exc))
