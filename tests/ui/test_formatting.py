"""Counts with the separators of the GUI language, dates dd/mm/yyyy, plurals through %Ln."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from ui import formatting, i18n


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "vi")


def test_vietnamese_counts_use_dots():
    assert formatting.number(1_000_000) == "1.000.000"
    assert formatting.number(999) == "999"
    assert formatting.number(None) == ""
    assert formatting.decimal(1234.5) == "1.234,5"
    assert formatting.size(1_500_000) == "1,4 MB"


def test_english_counts_use_commas(english):
    assert formatting.number(1_000_000) == "1,000,000"
    assert formatting.decimal(1234.5) == "1,234.5"
    assert formatting.size(1_500_000) == "1.4 MB"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_dates_are_day_month_year_in_both_languages(qapp, lang):
    i18n.install(qapp, lang)
    try:
        assert formatting.date(dt.date(2026, 3, 7)) == "07/03/2026"
        assert formatting.date("2026-03-07") == "07/03/2026"
        assert formatting.date("") == "" and formatting.date(None) == ""
        assert formatting.date("not a date") == "not a date"
        assert formatting.date_time(dt.datetime(2026, 3, 7, 9, 5)) == "07/03/2026 09:05"
        assert formatting.date_time(dt.datetime(2026, 3, 7, 9, 5).timestamp()) == "07/03/2026 09:05"
    finally:
        i18n.install(qapp, "vi")


def test_plural_sources_localise_the_count(qapp):
    """%Ln takes the locale i18n.install set: the count in a sentence reads like the count alone."""
    text = QCoreApplication.translate("FormattingTest", "%Ln dossier(s)", None, 1_000_000)
    assert text.startswith("1.000.000")


def test_dossier_count_shows_separators(admin_window, qtbot):
    page = admin_window.workspace.dossiers
    qtbot.waitUntil(lambda: page.model.total is not None, timeout=10000)
    page.model.total_known.emit(1_234_567)  # as the counting worker reports a large vault
    page.model.total = 1_234_567
    page._update_state()
    assert "1.234.567" in page.count_label.text()


def test_count_sources_in_the_gui_use_localised_plurals():
    """A count in a translated sentence is %Ln (with the n argument), not %n (which prints 1000000)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    checked = {"dossiers/page.py": ("dossier(s) found", "dossier(s) in the vault"), "registers/page.py": ("entry(ies)",),
               "cases/page.py": ("case(s)",), "compliance/terms_tab.py": ("item(s)",)}
    for rel, sources in checked.items():
        text = (root / rel).read_text("utf-8")
        for source in sources:  # counts that can pass a thousand (days and copies stay small)
            assert f'"%Ln {source}"' in text and f'"%n {source}"' not in text, (rel, source)
