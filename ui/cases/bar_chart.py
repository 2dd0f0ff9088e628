"""A small horizontal bar chart painted with QPainter (QtCharts is not shipped)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#3F6DB3")


class BarChart(QWidget):
    """One bar per (label, value); labels on the left, the value at the end of the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def set_data(self, data: list[tuple[str, int]], empty_text: str = "") -> None:
        self.data = list(data)
        self.empty_text = empty_text
        # The chart is a picture: assistive tools read the same figures as text.
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in self.data) or empty_text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        row = self.fontMetrics().height() + 8
        return QSize(420, max(120, len(self.data) * row + 16))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        if not self.data:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            p.end()
            return
        margin = 8
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in self.data) + 12, int(self.width() * 0.45))
        labels = [fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8) for label, _ in self.data]
        value_w = fm.horizontalAdvance(str(max(v for _, v in self.data))) + 10
        row_h = min(fm.height() + 12, max(fm.height() + 2, (self.height() - 2 * margin) // len(self.data)))
        bar_h = max(4, row_h - 6)
        span = max(1, max(v for _, v in self.data))
        avail = max(10, self.width() - 2 * margin - label_w - value_w)
        text_colour = pal.color(QPalette.ColorRole.Text)
        for i, ((_, value), label) in enumerate(zip(self.data, labels)):
            y = margin + i * row_h
            p.setPen(text_colour)
            p.drawText(QRectF(margin, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            w = avail * value / span
            p.fillRect(QRectF(margin + label_w, y + (row_h - bar_h) / 2, max(w, 1 if value else 0), bar_h), BAR_COLOUR)
            p.drawText(QRectF(margin + label_w + w + 4, y, value_w, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value))
        p.end()
