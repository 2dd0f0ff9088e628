"""An honest page for an area that a later version will fill."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(purpose, self)
        body.setWordWrap(True)
        notice = QLabel(self.tr("This area is not available yet: it will come in a later version of HoSo."), self)
        notice.setWordWrap(True)
        notice.setStyleSheet("QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 10px; }")
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 24, 24, 24)
        box.addWidget(heading)
        box.addWidget(body)
        box.addWidget(notice)
        box.addStretch(1)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft)
