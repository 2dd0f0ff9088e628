"""The secrecy banner across the top of the main window (colours are data)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.secrecy import SecrecyLevel, level_styles

from .labels import secrecy_label
from .theme import best_text_on, contrast

MIN_CONTRAST = 4.5  # WCAG AA: the level must read at a glance, in either theme


class SecrecyBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(30)
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 110)
        self.setFont(font)
        self.level: SecrecyLevel | None = None

    def set_level(self, level: SecrecyLevel) -> None:
        style = level_styles()[level]
        self.level = level
        foreground = style.foreground
        if contrast(foreground, style.background) < MIN_CONTRAST:  # colours an administrator chose badly
            foreground = best_text_on(style.background).name().upper()
        self.background, self.foreground = style.background, foreground
        self.setText(secrecy_label(level, style))
        self.setStyleSheet(f"QLabel {{ background: {style.background}; color: {foreground}; padding: 4px; }}")
        self.setAccessibleName(self.tr("Secrecy level: {level}").format(level=self.text()))
