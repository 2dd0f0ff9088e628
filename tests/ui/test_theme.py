"""Light and dark themes: readable text, a readable secrecy banner, a visible focus ring, the choice remembered."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.secrecy import SecrecyLevel, level_styles
from ui import theme
from ui.banner import MIN_CONTRAST, SecrecyBanner

ROLES = ((QPalette.ColorRole.Text, QPalette.ColorRole.Base), (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button), (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
         (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase), (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
         (QPalette.ColorRole.Link, QPalette.ColorRole.Base))


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK])
def test_text_reads_on_its_background_in_both_palettes(name):
    pal = theme.palette(name)
    for fg, bg in ROLES:
        ratio = theme.contrast(pal.color(fg), pal.color(bg))
        assert ratio >= 4.5, f"{name}: {fg.name} on {bg.name} is {ratio:.2f}:1"


def test_the_two_palettes_differ_where_it_shows():
    light, dark = theme.palette(theme.LIGHT), theme.palette(theme.DARK)
    assert light.color(QPalette.ColorRole.Window).lightnessF() > 0.8
    assert dark.color(QPalette.ColorRole.Window).lightnessF() < 0.25


@pytest.mark.parametrize("level", list(SecrecyLevel))
def test_every_secrecy_banner_colour_pair_reads(level):
    style = level_styles()[level]
    assert theme.contrast(style.foreground, style.background) >= MIN_CONTRAST, style


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK])
def test_banner_keeps_its_colours_under_either_theme(qtbot, qapp, restore_theme, name):
    theme.apply(qapp, name)
    banner = SecrecyBanner()
    qtbot.addWidget(banner)
    banner.resize(400, 40)
    banner.set_level(SecrecyLevel.TOI_MAT)
    banner.show()
    qtbot.waitExposed(banner)
    image = banner.grab().toImage()
    style = level_styles()[SecrecyLevel.TOI_MAT]
    assert image.pixelColor(3, image.height() // 2).name().upper() == style.background.upper()
    assert theme.contrast(banner.foreground, banner.background) >= MIN_CONTRAST


def test_banner_overrides_an_unreadable_foreground():
    assert theme.best_text_on("#FFEB3B").name() == "#000000"
    assert theme.best_text_on("#1A237E").name() == "#ffffff"


def test_a_stamp_colour_is_made_readable_as_text_on_the_dark_base():
    base = theme.palette(theme.DARK).color(QPalette.ColorRole.Base)
    for level, style in level_styles().items():
        assert theme.contrast(theme.readable(style.background, base), base) >= 4.5, level


def _ring_pixels(widget: QWidget, colour) -> int:
    image = widget.grab().toImage()
    target = colour.rgb()
    return sum(1 for x in range(image.width()) for y in (1, 2, image.height() - 2) if image.pixel(x, y) == target)


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK])
def test_keyboard_focus_is_ringed_in_the_highlight_colour(qtbot, qapp, restore_theme, name):
    theme.apply(qapp, name)
    assert theme._style is not None and isinstance(theme._style, theme.FocusStyle)  # under the error-text style sheet
    host = QWidget()
    qtbot.addWidget(host)
    box = QVBoxLayout(host)
    first, second = QPushButton("Một", host), QPushButton("Hai", host)
    box.addWidget(first)
    box.addWidget(second)
    host.show()
    qtbot.waitExposed(host)
    highlight = qapp.palette().color(QPalette.ColorRole.Highlight)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused, other = _ring_pixels(first, highlight), _ring_pixels(second, highlight)
    assert other == 0
    assert focused >= first.width()  # a ring along the top and bottom edges, not a dot


def test_view_menu_switches_and_remembers_the_theme(admin_window, qapp, restore_theme):
    admin_window.theme_actions[theme.DARK].trigger()
    assert theme.current() == theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.palette(theme.DARK).color(QPalette.ColorRole.Window).name()
    assert theme.saved_choice() == theme.DARK
    assert admin_window.theme_actions[theme.DARK].isChecked()
    admin_window.theme_actions[theme.LIGHT].trigger()
    assert theme.current() == theme.LIGHT and theme.saved_choice() == theme.LIGHT
    assert not admin_window.theme_actions[theme.DARK].isChecked()


def test_system_choice_follows_the_platform(qapp, restore_theme):
    theme.save_choice(theme.SYSTEM)
    assert theme.apply(qapp) == theme.system_scheme()
    theme.save_choice("purple")  # anything else stored: back to the system
    assert theme.saved_choice() == theme.SYSTEM


def test_error_texts_read_on_either_theme_and_follow_a_switch(qtbot, qapp, restore_theme):
    label = QLabel("Sai mật khẩu")
    qtbot.addWidget(label)
    theme.mark_error(label)
    window = {n: theme.palette(n).color(QPalette.ColorRole.Window) for n in (theme.LIGHT, theme.DARK)}
    seen = {}
    for name in (theme.LIGHT, theme.DARK):  # one label, the theme switched under it
        theme.apply(qapp, name)
        label.style().unpolish(label)
        label.style().polish(label)
        seen[name] = label.palette().color(QPalette.ColorRole.WindowText)
        assert seen[name].name() == theme.error_colour(name).name()
        assert theme.contrast(seen[name], window[name]) >= 4.5
    assert seen[theme.LIGHT] != seen[theme.DARK]  # the stamp red would be 2.2:1 on the dark window
    theme.mark_error(label, False)
    assert label.palette().color(QPalette.ColorRole.WindowText) != seen[theme.DARK]
