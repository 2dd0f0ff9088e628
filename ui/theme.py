"""Light and dark appearance: the Fusion style with our palettes and a focus ring that is always visible.

The choice (system / light / dark) is a preference of this computer's user,
kept in QSettings under "appearance/theme" (a word, never data). "System"
follows the desktop's colour scheme when the platform reports one, else light.
Colours were chosen for contrast: normal text and the text of selections reach
WCAG AA (4.5:1) on their backgrounds in both palettes; the secrecy banner keeps
its own colours (resources/secrecy_levels.json) in both.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from app.resources import resource_path

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)
KEY = "appearance/theme"
FOCUS_WIDTH = 2

_LIGHT = {
    "Window": "#EFEFEF", "WindowText": "#1A1A1A", "Base": "#FFFFFF", "AlternateBase": "#F5F5F5", "Text": "#1A1A1A",
    "Button": "#E8E8E8", "ButtonText": "#1A1A1A", "BrightText": "#FFFFFF", "Highlight": "#1E5FA8", "HighlightedText": "#FFFFFF",
    "Link": "#0B57A4", "LinkVisited": "#5B2C91", "ToolTipBase": "#FFFFDC", "ToolTipText": "#1A1A1A", "PlaceholderText": "#6B6B6B",
    "Light": "#FFFFFF", "Midlight": "#E3E3E3", "Mid": "#A0A0A0", "Dark": "#9F9F9F", "Shadow": "#767676",
}
_DARK = {
    "Window": "#2B2B2B", "WindowText": "#E8E8E8", "Base": "#1F1F1F", "AlternateBase": "#2A2A2A", "Text": "#E8E8E8",
    "Button": "#3A3A3A", "ButtonText": "#E8E8E8", "BrightText": "#FFFFFF", "Highlight": "#2F6DB5", "HighlightedText": "#FFFFFF",
    "Link": "#8AB4F8", "LinkVisited": "#C58AF9", "ToolTipBase": "#3C3C3C", "ToolTipText": "#E8E8E8", "PlaceholderText": "#A0A0A0",
    "Light": "#505050", "Midlight": "#444444", "Mid": "#9A9A9A", "Dark": "#202020", "Shadow": "#141414",
}
_DISABLED = {LIGHT: "#8A8A8A", DARK: "#8C8C8C"}  # greyed text, still legible (3:1) on the window


def palette(name: str) -> QPalette:
    """The palette of LIGHT or DARK."""
    colours = _DARK if name == DARK else _LIGHT
    pal = QPalette()
    for role, colour in colours.items():
        pal.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED[DARK if name == DARK else LIGHT]))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(colours["Mid"]))
    return pal


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    la, lb = sorted((lum(QColor(a)), lum(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(colour: QColor | str, background: QColor | str, minimum: float = 4.5) -> QColor:
    """`colour`, lightened or darkened just enough to read on `background` (a stamp colour as text in the dark palette)."""
    c, bg = QColor(colour), QColor(background)
    towards = QColor("#FFFFFF") if bg.lightnessF() < 0.5 else QColor("#000000")
    for step in range(21):
        t = step / 20
        mixed = QColor.fromRgbF(c.redF() + (towards.redF() - c.redF()) * t, c.greenF() + (towards.greenF() - c.greenF()) * t,
                                c.blueF() + (towards.blueF() - c.blueF()) * t)
        if contrast(mixed, bg) >= minimum:
            return mixed
    return towards


def best_text_on(background: QColor | str) -> QColor:
    """Black or white, whichever reads better on `background`."""
    return max((QColor("#000000"), QColor("#FFFFFF")), key=lambda c: contrast(c, background))


class FocusStyle(QProxyStyle):
    """Fusion, plus a 2-pixel ring in the highlight colour on whatever has keyboard focus.

    Fusion marks focus faintly (a light outline, nothing at all on a check box
    until the keyboard was used); an officer working by keyboard must see at a
    glance where the next key goes, in either palette.
    """

    RINGED = (QStyle.PrimitiveElement.PE_PanelButtonCommand, QStyle.PrimitiveElement.PE_FrameLineEdit,
              QStyle.PrimitiveElement.PE_FrameFocusRect)
    RINGED_COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    @staticmethod
    def _ring(option: QStyleOption, painter: QPainter, rect: QRect | None = None) -> None:
        pen = QPen(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), FOCUS_WIDTH)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = rect or option.rect
        painter.drawRect(r.adjusted(1, 1, -FOCUS_WIDTH + 1, -FOCUS_WIDTH + 1))
        painter.restore()

    @staticmethod
    def _focused(option: QStyleOption) -> bool:
        return bool(option.state & QStyle.StateFlag.State_HasFocus) and bool(option.state & QStyle.StateFlag.State_Enabled)

    def drawPrimitive(self, element, option, painter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._ring(option, painter)  # check boxes, radio buttons, tabs, the current cell of a list
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in self.RINGED and self._focused(option):
            self._ring(option, painter)

    def drawComplexControl(self, control, option, painter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in self.RINGED_COMPLEX and self._focused(option):
            self._ring(option, painter)


_style: FocusStyle | None = None  # kept alive: the application does not own a Python reference


def saved_choice() -> str:
    value = QSettings().value(KEY, SYSTEM)
    return value if value in CHOICES else SYSTEM


def save_choice(choice: str) -> None:
    s = QSettings()
    s.setValue(KEY, choice if choice in CHOICES else SYSTEM)
    s.sync()


def system_scheme() -> str:
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def effective(choice: str) -> str:
    return system_scheme() if choice == SYSTEM else (DARK if choice == DARK else LIGHT)


def apply(app: QApplication | None = None, choice: str | None = None) -> str:
    """Style and palette for `choice` (default: the saved one); returns LIGHT or DARK."""
    global _style
    app = app or QApplication.instance()
    choice = saved_choice() if choice is None else choice
    name = effective(choice)
    if _style is None:
        _style = FocusStyle()
        app.setStyle(_style)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    app.setPalette(palette(name))
    app.setProperty("hoso_theme", name)
    # Error texts: one rule for the whole application, in a red that reads on this palette's window
    # (the stamp red #B71C1C is 2.2:1 on the dark one). Widgets opt in with mark_error().
    app.setStyleSheet(f'*[hoso_role="error"] {{ color: {error_colour(name).name()}; }}')
    return name


ERROR_RED = "#B71C1C"


def error_colour(name: str | None = None) -> QColor:
    """The error red, made readable (≥ 4.5:1) on the window colour of the palette `name` (default: current)."""
    return readable(ERROR_RED, palette(name or current()).color(QPalette.ColorRole.Window))


def on_screen(colour: QColor | str) -> QColor:
    """A status colour chosen for the light palette, made readable on the current one (about 2:1 on the dark
    window as it is). On the light palette: unchanged."""
    return readable(colour, palette(current()).color(QPalette.ColorRole.Window))


def mark_error(widget, on: bool = True, bold: bool = False) -> None:
    """Show `widget`'s text as an error (or no longer), in the theme's error colour, which follows a theme change."""
    widget.setProperty("hoso_role", "error" if on else "")
    if bold:
        widget.setStyleSheet("font-weight: bold;")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _follow_system(app: QApplication) -> None:
    if saved_choice() == SYSTEM:
        apply(app, SYSTEM)


def icon_path(name: str):
    """resources/icons/nav-<name>.svg (or <name>.svg): every icon of the GUI is an SVG."""
    path = resource_path("icons", f"nav-{name}.svg")
    return path if path.exists() else resource_path("icons", f"{name}.svg")


def icon(name: str) -> QIcon:
    """An icon drawn from its SVG at the size and pixel ratio asked (crisp on HiDPI screens).

    The two-tone drawings (a light body, a dark outline) read on the light and the dark palette alike."""
    return QIcon(str(icon_path(name)))


def current() -> str:
    """LIGHT or DARK as applied (LIGHT before any apply)."""
    app = QApplication.instance()
    value = app.property("hoso_theme") if app is not None else None
    return DARK if value == DARK else LIGHT
