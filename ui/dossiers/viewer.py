"""Viewing an attachment inside HoSo: images and PDF pages drawn from memory.

Nothing is written to disk: images load from the bytes, PDF pages arrive as
pixels rendered by the core. Reading is recorded in the audit by the core.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from app import attachments
from app.pdfpages import RenderedPage
from app.session import Session
from app.store.attachments import Attachment

from ..dialogs import error_text
from ..page_image import page_image
from .jobs import run_write

PDF_SCALE = 1.4  # about 100 dpi: an A4 page readable at 100 % and as wide as the window
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class AttachmentViewer(QDialog):
    shown_changed = Signal()  # a page or image is on screen (or a message instead)

    def __init__(self, session: Session, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.attachment = attachment
        self.setWindowTitle(self.tr("{title} — attachment").format(title=attachment.title or attachment.filename))
        self.image: QImage | None = None
        self.page_index = 0
        self.page_count = 0
        self.zoom = 1.0
        self.loading = False
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setStyleSheet("QLabel { background: #5F6368; color: white; font-size: 12pt; padding: 16px; }")
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev_button = QPushButton(self.tr("&Previous page"), self)
        self.next_button = QPushButton(self.tr("&Next page"), self)
        self.page_label = QLabel(self)
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.zoom_label = QLabel(self)
        self.prev_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(+1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, lambda: self.show_page(self.page_index + 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, lambda: self.show_page(self.page_index - 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self._zoom(+1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self._zoom(-1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addStretch(1)
        bar.addWidget(buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.scroll, 1)
        box.addLayout(bar)
        self.resize(960, 800)
        self.is_pdf = attachment.kind == "pdf"
        for w in (self.prev_button, self.next_button, self.page_label):
            w.setVisible(self.is_pdf)
        self._message(self.tr("Loading…"))
        if self.is_pdf:
            self.show_page(0)
        elif attachment.kind in ("jpeg", "png", "tiff"):
            self._load_image()
        else:
            self._message(self.tr("HoSo cannot show {kind} files. Export a copy to open it in another program.").format(
                kind=attachment.kind.upper()))
            self._update_controls()

    # -- loading -------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if not self.is_pdf or self.loading or (self.page_count and not 0 <= index < self.page_count):
            return
        self.loading = True
        self._update_controls()
        session, aid, scale = self.session, self.attachment.id, PDF_SCALE * self.zoom
        run_write(lambda: attachments.render_pdf_page(session, aid, index, scale),
                  lambda page: self._page_arrived(index, page), self._failed, owner=self)

    def _page_arrived(self, index: int, page: RenderedPage) -> None:
        self.loading = False
        self.page_index, self.page_count = index, page.page_count
        self._set_image(page_image(page))

    def _load_image(self) -> None:
        self.loading = True
        session, aid = self.session, self.attachment.id
        run_write(lambda: attachments.read_bytes(session, aid), self._bytes_arrived, self._failed, owner=self)

    def _bytes_arrived(self, data: bytes) -> None:
        self.loading = False
        image = QImage.fromData(data)
        if image.isNull():
            self._message(self.tr("This image cannot be shown: the file may be damaged or of an unsupported kind. "
                                  "Export a copy to open it in another program."))
            self._update_controls()
            return
        self._set_image(image)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self._message(error_text(exc))
        self._update_controls()

    # -- showing -------------------------------------------------------------
    def _set_image(self, image: QImage) -> None:
        self.image = image
        shown = image
        if not self.is_pdf and self.zoom != 1.0:
            shown = image.scaledToWidth(max(1, int(image.width() * self.zoom)), Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(shown))
        self._update_controls()
        self.shown_changed.emit()

    def _message(self, text: str) -> None:
        self.image = None
        self.picture.setPixmap(QPixmap())
        self.picture.setText(text)
        self.shown_changed.emit()

    def _zoom(self, step: int) -> None:
        i = min(range(len(ZOOMS)), key=lambda k: abs(ZOOMS[k] - self.zoom))
        new = ZOOMS[max(0, min(len(ZOOMS) - 1, i + step))]
        if new == self.zoom or self.loading:
            return
        self.zoom = new
        if self.is_pdf:
            self.show_page(self.page_index)  # re-rendered sharp at the new size
        elif self.image is not None:
            self._set_image(self.image)

    def _update_controls(self) -> None:
        self.page_label.setText(self.tr("Page {n} of {total}").format(n=self.page_index + 1, total=self.page_count or "?"))
        self.prev_button.setEnabled(not self.loading and self.page_index > 0)
        self.next_button.setEnabled(not self.loading and self.page_index + 1 < self.page_count)
        self.zoom_label.setText(f"{self.zoom:.0%}")
        has_image = self.image is not None
        self.zoom_in_button.setEnabled(has_image and not self.loading and self.zoom < ZOOMS[-1])
        self.zoom_out_button.setEnabled(has_image and not self.loading and self.zoom > ZOOMS[0])

    def done(self, result: int) -> None:
        self.picture.setPixmap(QPixmap())  # the pixels of a secret page go with the window
        self.image = None
        super().done(result)
