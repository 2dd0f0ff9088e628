"""The yearly report's row labels follow the GUI language on screen; the printed and exported report stays Vietnamese.

The printed/exported report is an official document for the superior party committee, in the official form:
its labels are the Vietnamese ones whatever language the officer reads the screen in.
"""

from __future__ import annotations

from io import BytesIO

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app import yearly_report as Y
from app.vault import open_vault
from ui import i18n
from ui.compliance.yearly_tab import YearlyTab

from .conftest import ADMIN_PW


def _row_texts(tab: YearlyTab) -> dict[str, str]:
    return {tab.model.item(r, 0).data(Qt.ItemDataRole.UserRole): tab.model.item(r, 0).text().strip()
            for r in range(tab.model.rowCount())}


def test_every_row_has_an_english_label_of_its_own():
    rows = Y.config().rows
    assert {r.key for r in rows} == set(Y.ROW_KEYS)
    for r in rows:
        assert r.label_en and r.label_en != r.label and r.label_en != r.key, r.key
        assert r.label_in("en") == r.label_en and r.label_in("vi") == r.label


def _shown(qtbot, qapp, vault, lang: str) -> tuple[YearlyTab, dict[str, str]]:
    session = open_vault(vault.path, "admin", ADMIN_PW)
    i18n.install(qapp, lang)
    tab = YearlyTab(session)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.show()
    return tab, _row_texts(tab)


def test_english_gui_shows_english_row_labels_and_the_draft_stays_vietnamese(qtbot, vault, qapp):
    try:
        tab, shown = _shown(qtbot, qapp, vault, "en")
        rows = {r.key: r for r in Y.config().rows}
        assert shown == {k: r.label_en for k, r in rows.items()}
        assert shown["incidents"] == "Losses or leaks of state secrets"
        # The printed and the exported report of the same figures: Vietnamese labels
        vi_labels, en_labels = {r.label for r in rows.values()}, {r.label_en for r in rows.values()}
        printed = {cell for row in Y.pdf_draft(tab.session, tab.report).table.rows for cell in row}
        assert vi_labels <= printed and not en_labels & printed
        sheet = load_workbook(BytesIO(Y._workbook(tab.report, "admin"))).active
        exported = {c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)}
        assert vi_labels <= exported and not en_labels & exported
        tab.session.close()
    finally:
        i18n.install(qapp, "vi")


def test_vietnamese_gui_shows_vietnamese_row_labels(qtbot, vault, qapp):
    tab, shown = _shown(qtbot, qapp, vault, "vi")
    assert shown == {r.key: r.label for r in Y.config().rows}
    assert shown["received"] == "Tài liệu mật tiếp nhận (sổ đến)"
    tab.session.close()
