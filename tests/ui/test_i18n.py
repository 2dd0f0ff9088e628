"""The catalogues: complete, current, and faithful to placeholders and mnemonics."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from ui import i18n, i18n_tool
from ui.login import LoginDialog

VI = i18n_tool.I18N / "hoso_vi.ts"


def _pairs():
    root = ET.parse(VI).getroot()
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
            yield ctx.findtext("name"), m.findtext("source"), forms


def test_vietnamese_catalogue_is_complete():
    assert i18n_tool.untranslated(VI) == []


def test_catalogue_matches_the_code():
    assert not i18n_tool.is_stale(VI), "run: python -m ui.i18n_tool"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_compiled_catalogues_are_current(lang):
    assert i18n.qm_path(lang).is_file()
    assert i18n_tool.qm_is_current(i18n_tool.I18N / f"hoso_{lang}.ts"), "run: python -m ui.i18n_tool"


def test_placeholders_and_mnemonics_survive_translation():
    for ctx, source, forms in _pairs():
        for text in forms:
            assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", text)), (ctx, source)
            assert ("%n" in source) == ("%n" in text), (ctx, source)
            if re.search(r"&[^&]", source.replace("&&", "")):
                # A mnemonic one can type on any keyboard: an ASCII letter or digit.
                assert re.search(r"&[A-Za-z0-9{]", text.replace("&&", "")), (ctx, source, text)


def test_no_accidental_english_left():
    same = [(c, s) for c, s, f in _pairs() if f == [s] and s.strip() not in ("HoSo", "HoSo — {unit}", "{person} — {purpose}")]
    assert same == []


def test_english_switch_and_back(qtbot, vault, qapp):
    try:
        i18n.install(qapp, "en")
        dlg = LoginDialog(vault.path)
        qtbot.addWidget(dlg)
        assert dlg.ok_button.text() == "&Log in"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        i18n.install(qapp, "vi")
    dlg = LoginDialog(vault.path)
    qtbot.addWidget(dlg)
    assert dlg.ok_button.text() == "Đăng &nhập"
    assert dlg.cancel_button.text() == "Th&oát"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_english_plural_forms(qapp):
    try:
        i18n.install(qapp, "en")
        one = QCoreApplication.translate("DossiersPage", "%Ln dossier(s) in the vault", "", 1)
        many = QCoreApplication.translate("DossiersPage", "%Ln dossier(s) in the vault", "", 1200)
        assert one == "1 dossier in the vault" and many == "1,200 dossiers in the vault"
    finally:
        i18n.install(qapp, "vi")
    assert QCoreApplication.translate("DossiersPage", "%Ln dossier(s) in the vault", "", 1200).startswith("1.200 ")
