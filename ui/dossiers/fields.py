"""Small field widgets of the editor: partial dates and the notes beside fields."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.partial_date import PartialDate
from app.errors import HosoError

from .. import theme

COLOURS = {"error": theme.ERROR_RED, "warning": "#8A5300", "ok": "#1B5E20"}  # as on the light palette


class PartialDateEdit(QLineEdit):
    """A date known in part, typed as dd/mm/yyyy, mm/yyyy or yyyy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy, mm/yyyy or yyyy"))
        self.setMaxLength(12)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("dd/mm/yyyy, mm/yyyy or yyyy") + 16)

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(value.display() if value else "")

    def value(self) -> PartialDate | None:
        """The date, None when empty; raises InvalidInput (a Vietnamese message) when unreadable."""
        text = self.text().strip()
        return PartialDate.parse(text) if text else None

    def error(self) -> str:
        try:
            self.value()
        except HosoError as exc:
            return exc.message
        return ""


class FieldNote(QLabel):
    """The message beside a field: an error to fix, a warning to weigh, or a confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.level = ""
        self.hide()

    def set_message(self, text: str, level: str = "error") -> None:
        self.level = level if text else ""
        self.setText(text)
        # made readable on the current palette's window (the light colours are 2:1 on the dark one)
        window = theme.palette(theme.current()).color(QPalette.ColorRole.Window)
        self.setStyleSheet(f"QLabel {{ color: {theme.readable(COLOURS.get(level, COLOURS['error']), window).name()}; }}")
        self.setVisible(bool(text))


def with_note(widget: QWidget, note: FieldNote) -> QWidget:
    """The field and its note stacked, as one cell of a form."""
    holder = QWidget(widget.parentWidget())
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(note)
    return holder
