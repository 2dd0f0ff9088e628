"""Error texts use the theme's error red, which reads on the dark palette; the stamp red stays only where it belongs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from ui import theme
from ui.cases import labels as case_labels
from ui.dossiers.fields import FieldNote
from ui.exchange import texts as exchange_texts

UI = Path(__file__).resolve().parents[2] / "ui"

# Files that may still name the stamp red, and why.
ALLOWED = {
    "theme.py": "defines ERROR_RED, from which error_colour() is made readable",
    "forms/verify_dialog.py": "a result box with its own light background (#FFEBEE), so the red reads in both themes",
    "cases/labels.py": "the case status colours, for the light palette; shown through on_screen()",
    "exchange/texts.py": "the exchange status colours, for the light palette; shown through on_screen()",
}


def test_no_stamp_red_for_error_text_outside_the_allowed_files():
    found = {str(p.relative_to(UI)) for p in UI.rglob("*.py")
             if re.search(r"#B71C1C|GlobalColor\.darkRed", p.read_text("utf-8"), re.IGNORECASE)}
    assert found - set(ALLOWED) == set()


@pytest.mark.parametrize("level", ["error", "warning", "ok"])
def test_field_notes_read_on_both_palettes(qapp, qtbot, restore_theme, level):
    note = FieldNote()
    qtbot.addWidget(note)
    for name in (theme.LIGHT, theme.DARK):
        theme.apply(qapp, name)
        note.set_message("Ngày sinh không hợp lệ.", level)
        colour = re.search(r"color: (#[0-9a-fA-F]{6})", note.styleSheet()).group(1)
        assert theme.contrast(colour, theme.palette(name).color(QPalette.ColorRole.Window)) >= 4.5, (level, name)
        if level == "error":
            assert colour.lower() == theme.error_colour(name).name().lower()


def test_status_colours_read_on_both_palettes_and_stay_as_they_were_on_the_light_one(qapp, restore_theme):
    colours = [case_labels.OVERDUE_COLOUR, case_labels.SOON_COLOUR, case_labels.DONE_COLOUR, case_labels.MUTED_COLOUR,
               exchange_texts.BAD_COLOUR, exchange_texts.WARN_COLOUR, exchange_texts.GOOD_COLOUR]
    for name in (theme.LIGHT, theme.DARK):
        theme.apply(qapp, name)
        window = theme.palette(name).color(QPalette.ColorRole.Window)
        for colour in colours:
            for shown in (case_labels.on_screen(colour), exchange_texts.on_screen(colour)):
                assert theme.contrast(shown, window) >= 4.5, (name, colour.name())
                if name == theme.LIGHT:
                    assert shown.name() == colour.name()
