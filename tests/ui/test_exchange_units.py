"""The Units tab: this unit's card, trusting a unit from its card and the fingerprint on paper, revoking."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.domain.roles import Role
from app.exchange import units
from app.exchange.cards import parse_card
from app.users import add_user
from app.vault import open_vault
from crypto.kdf import fast_params_for_tests
from ui.main_window import MainWindow
from ui.worker import wait_all

from .conftest import ADMIN_PW, message_boxes
from .exchange_fixtures import OTHER_CODE, OTHER_NAME, card_file, introduce, other, show_exchange, use_prompts  # noqa: F401 (fixture)


CLERK_PW = "Van-Thu-Gui-Nhan-5%"


def _units_tab(qtbot, window):
    prompts = use_prompts(window)
    _, tab = show_exchange(qtbot, window, "units")
    qtbot.waitUntil(lambda: tab.data is not None, timeout=10000)
    return tab, prompts


def test_own_card_shows_the_fingerprint_and_exports(admin_window, qtbot, tmp_path):
    tab, prompts = _units_tab(qtbot, admin_window)
    own = units.own_unit(admin_window.session.vault.conn).card()
    assert tab.own_label.text().startswith("DV01")
    assert tab.fingerprint.text().replace("  ", "-").replace("\n", "-") == own.fingerprint
    assert tab.table.rowCount() == 0 and "Chưa" in tab.empty_label.text()
    prompts.answers["save_card"] = tmp_path / "out" / "DV01.hosocard"
    (tmp_path / "out").mkdir()
    tab.export_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10000)
    assert parse_card((tmp_path / "out" / "DV01.hosocard").read_bytes()).fingerprint == own.fingerprint
    assert own.fingerprint in message_boxes()[0].text()


def test_trust_refuses_a_mistyped_fingerprint_then_accepts_the_paper_one(admin_window, other, qtbot, tmp_path):
    tab, prompts = _units_tab(qtbot, admin_window)
    path, fingerprint = card_file(other, tmp_path)
    prompts.answers["card"] = path
    tab.trust_button.click()
    dialog = tab.dialog
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()
    dialog.choose_button.click()
    assert OTHER_CODE in dialog.unit_label.text() and OTHER_NAME in dialog.unit_label.text()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    groups = fingerprint.split("-")
    assert not any(g in shown for g in groups[1:])  # the file's fingerprint is not there to copy

    wrong = groups[:]
    wrong[3] = "AAAA" if wrong[3] != "AAAA" else "BBBB"
    qtbot.keyClicks(dialog.typed, "-".join(wrong))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert "Dấu vân tay không khớp" in dialog.error_label.text() or "không khớp" in dialog.error_label.text()
    assert not dialog.matched and units.list_units(admin_window.session) == []

    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, fingerprint.lower().replace("-", " "))  # case and separators do not matter
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.matched, timeout=10000)
    assert dialog.match_label.isVisible() and groups[1] in dialog.match_label.text()
    dialog.ok_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10000)
    assert tab.table.item(0, 0).text() == OTHER_CODE and tab.table.item(0, 2).text() == fingerprint
    assert tab.selected_code() == OTHER_CODE


def test_revoke_a_unit(admin_window, other, qtbot, tmp_path):
    introduce(admin_window.session, other, tmp_path)
    tab, _ = _units_tab(qtbot, admin_window)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10000)
    assert not tab.revoke_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.revoke_button.isEnabled()
    tab.revoke_button.click()
    dialog = tab.dialog
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.reason.setText("Mất khóa đơn vị")  # QTest types ASCII only
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.table.item(0, 5) is not None and tab.table.item(0, 5).text() == "Mất khóa đơn vị", timeout=10000)
    assert not dialog.isVisible()
    assert units.list_units(admin_window.session)[0].status == "revoked"
    assert not tab.revoke_button.isEnabled()


def test_rotate_keys_saves_the_new_card(admin_window, qtbot, tmp_path):
    tab, prompts = _units_tab(qtbot, admin_window)
    old = tab.fingerprint.text()
    prompts.answers["save_card"] = tmp_path / "DV01-new.hosocard"
    tab.rotate_button.click()
    assert prompts.asked[0][0] == "confirm"
    qtbot.waitUntil(lambda: tab.fingerprint.text() not in ("", old), timeout=10000)
    card = parse_card((tmp_path / "DV01-new.hosocard").read_bytes())
    assert card.card_version == 2 and card.rotation_signature and card.previous_fingerprint


def test_rotation_declined_changes_nothing(admin_window, qtbot):
    tab, prompts = _units_tab(qtbot, admin_window)
    prompts.answers["confirm"] = False
    tab.rotate_button.click()
    assert units.own_unit(admin_window.session.vault.conn).card_version == 1
    assert [a[0] for a in prompts.asked] == ["confirm"]


def test_officer_sees_cards_but_neither_trust_nor_bundles(officer_window, qtbot):
    page, tab = show_exchange(qtbot, officer_window, "units")
    qtbot.waitUntil(lambda: tab.data is not None, timeout=10000)
    assert tab.export_button.isVisible()
    assert not tab.trust_button.isVisible() and not tab.revoke_button.isVisible() and not tab.rotate_button.isVisible()
    assert page.send is None and page.receive is None and page.tabs.count() == 2  # Units, Conflicts


def test_clerk_sends_and_receives_but_does_not_manage_trust(qtbot, vault):
    admin = open_vault(vault.path, "admin", ADMIN_PW)
    try:
        add_user(admin, "vanthu", CLERK_PW, Role.CLERK, "Lê Thị Văn Thư", kdf=fast_params_for_tests())
    finally:
        admin.close()
    window = MainWindow(open_vault(vault.path, "vanthu", CLERK_PW))
    qtbot.addWidget(window)
    window.show()
    try:
        page, tab = show_exchange(qtbot, window, "units")
        qtbot.waitUntil(lambda: tab.data is not None, timeout=10000)
        assert not tab.trust_button.isVisible() and not tab.rotate_button.isVisible()
        assert page.send is not None and page.receive is not None and page.tabs.count() == 4  # + Conflicts
    finally:
        wait_all()
        window.session.close()
