"""The Conflicts tab: a record changed on both sides comes back as a conflict, the tab counts it, the two
versions are compared side by side, and the officer's decision keeps both versions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from app import dossiers
from app.exchange import bundles, conflicts
from app.exchange.media import Medium
from app.vault import open_vault

from .conftest import ADMIN_PW
from .exchange_fixtures import OTHER_CODE, other, other_unit, show_exchange, trust_both, usb, use_prompts  # noqa: F401 (fixtures)
from .case_fixtures import make_person


def tr(context: str, text: str) -> str:
    """The text as the GUI shows it (Vietnamese once the lead has imported the translations)."""
    return QCoreApplication.translate(context, text)


def no_count() -> str:  # translated when asked (after the GUI language is installed), not at import
    return tr("ExchangePage", "C&onflicts")


def one() -> str:
    return tr("ExchangePage", "C&onflicts ({n})").format(n=1)


def _change(session, person_id, **values):
    p = dossiers.get_person(session, person_id)
    for k, v in values.items():
        setattr(p, k, v)
    dossiers.update_person(session, p)


def _conflict_on_the_stick(here, other, usb):
    """A dossier goes from the province to us, both sides change it, the province sends it again."""
    theirs = make_person(other, "Hoàng Văn Nam")
    first = bundles.export_bundle(other, ["DV01"], usb, person_ids=[theirs.id], carrier="USB-TINH-02")
    bundles.import_bundle(here, first.path, receipt_dir=usb.parent)  # the stick holds only the second bundle
    first.path.unlink()
    mine = dossiers.search_persons(here, "").rows[0].id
    _change(here, mine, notes="Ghi chú của đơn vị", position="Phó trưởng phòng")
    _change(other, theirs.id, notes="Ghi chú của tỉnh")
    again = bundles.export_bundle(other, ["DV01"], usb, person_ids=[theirs.id], carrier="USB-TINH-02")
    return mine, again


def _tab_text(page):
    return page.tabs.tabText(page.tabs.indexOf(page.conflicts))


def test_import_counts_the_conflict_and_the_officer_takes_theirs(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    session = admin_window.session
    mine, again = _conflict_on_the_stick(session, other, usb)
    prompts = use_prompts(admin_window)
    prompts.answers["folder"] = usb
    page, tab = show_exchange(qtbot, admin_window, "receive")
    page.conflicts.prompts = prompts
    assert _tab_text(page) == no_count()
    qtbot.waitUntil(tab.media.refresh_button.isEnabled, timeout=10000)
    tab.media.other_button.click()
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.path == again.path, timeout=10000)
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10000)
    assert tab.table.item(0, 1).text() == "Xung đột: giữ lại để xem xét"
    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=20000)
    assert tab.result.conflicts == 1 and tr("ReceiveTab", "They are listed in the Conflicts tab, where an officer compares "
                                                       "the two versions side by side and decides which one stands.") in tab.outcome.text()
    qtbot.waitUntil(lambda: _tab_text(page) == one(), timeout=10000)
    assert page.tabs.tabBar().tabTextColor(page.tabs.indexOf(page.conflicts)).name().lower() == "#b71c1c"

    assert tab.review_button.isVisible() and tab.review_button.hasFocus()
    tab.review_button.click()
    ct = page.conflicts
    assert page.tabs.currentWidget() is ct
    qtbot.waitUntil(lambda: ct.comparison is not None, timeout=10000)
    assert ct.table.rowCount() == 1
    row = [ct.table.item(0, c).text() for c in range(6)]
    assert row[0] == "Hoàng Văn Nam" and row[1] == tr("ConflictLabels", "Dossier") and OTHER_CODE in row[2]
    assert row[3] == tr("ConflictsTab", "No. {sequence}").format(sequence=2) + " " + tr(
        "ConflictsTab", "(incoming register {number})").format(number=tab.result.register_number)
    assert row[4].count("/") == 2 and row[5] == tr("ConflictLabels", "Awaiting a decision")
    # Only the differing fields, highlighted, with their Vietnamese labels.
    assert set(ct.differing_keys()) == {"notes", "position"}
    labels = {ct.detail.item(r, 0).text(): (ct.detail.item(r, 1).text(), ct.detail.item(r, 2).text())
              for r in range(ct.detail.rowCount())}
    assert labels["Ghi chú"] == ("Ghi chú của đơn vị", "Ghi chú của tỉnh")
    assert ct.detail.item(0, 1).background().color().name().lower() == "#fff3c4"
    assert ct.caption.text() == tr("ConflictsTab", "Changed both here and at {unit} since the last exchange: {n} field(s) "
                                   "differ (highlighted).").format(unit=OTHER_CODE, n=2)
    ct.only_differences.setChecked(False)  # the whole dossier, dates as dd/mm/yyyy
    everything = {ct.detail.item(r, 0).text(): ct.detail.item(r, 2).text() for r in range(ct.detail.rowCount())}
    assert everything["Ngày sinh"] == "02/04/1990" and len(everything) > 20
    assert set(ct.differing_keys()) == {"notes", "position"}

    # A "no" changes nothing; a "yes" takes theirs, and ours stays in the history.
    prompts.answers["confirm"] = False
    ct.take_button.click()
    assert prompts.asked[-1][0] == "confirm" and tr("ConflictsTab", "Both versions stay in the dossier's history (tab Changes), "
                                                    "where they can be compared at any time.") in prompts.asked[-1][2]
    assert conflicts.count_open(session) == 1
    prompts.answers["confirm"] = True
    ct.take_button.click()
    qtbot.waitUntil(lambda: _tab_text(page) == no_count(), timeout=10000)
    assert conflicts.count_open(session) == 0
    now = dossiers.get_person(session, mine)
    assert now.notes == "Ghi chú của tỉnh"
    assert dossiers.person_version(session, mine, now.version - 1).notes == "Ghi chú của đơn vị"
    qtbot.waitUntil(ct.empty.isVisible, timeout=10000)
    assert not ct.keep_button.isEnabled() and not ct.take_button.isEnabled()

    # The resolved conflict can still be looked at, both versions as they were.
    ct.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: ct.comparison is not None and ct.table.rowCount() == 1, timeout=10000)
    assert ct.table.item(0, 5).text() == tr("ConflictLabels", "Took theirs") and "admin" in ct.caption.text()
    assert ("Ghi chú của đơn vị", "Ghi chú của tỉnh") in [
        (ct.detail.item(r, 1).text(), ct.detail.item(r, 2).text()) for r in range(ct.detail.rowCount())]
    assert not ct.take_button.isEnabled()


def test_an_officer_keeps_ours_by_keyboard(officer_window, vault, tmp_path, qtbot, usb):
    # The units are trusted and the bundle imported by the administrator; the officer decides.
    admin = open_vault(vault.path, "admin", ADMIN_PW)
    other = other_unit(tmp_path)
    try:
        from .exchange_fixtures import introduce

        introduce(admin, other, tmp_path)
        introduce(other, admin, tmp_path)
        mine, again = _conflict_on_the_stick(admin, other, usb)
        assert bundles.import_bundle(admin, again.path).conflicts == 1
    finally:
        admin.close()
        other.close()
    prompts = use_prompts(officer_window)
    page, ct = show_exchange(qtbot, officer_window, "conflicts")
    assert page.receive is None  # an officer does not carry bundles, but decides conflicts
    ct.prompts = prompts
    qtbot.waitUntil(lambda: ct.comparison is not None, timeout=10000)
    assert _tab_text(page) == one() and not ct.rights_note.isVisible()
    assert ct.keep_button.isEnabled()
    ct.table.setFocus()
    text = ct.keep_button.text()
    key = text[text.index("&") + 1]  # the button's mnemonic, whichever language it speaks
    qtbot.keyClick(ct.table, key.lower(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _tab_text(page) == no_count(), timeout=10000)
    assert prompts.asked[-1][0] == "confirm"
    session = officer_window.session
    now = dossiers.get_person(session, mine)
    assert now.notes == "Ghi chú của đơn vị"
    versions = [dossiers.person_version(session, mine, v.version).notes for v in dossiers.person_history(session, mine)]
    assert "Ghi chú của tỉnh" in versions  # theirs in the dossier's history too


def test_a_newly_inserted_stick_is_selected_by_itself(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    out = bundles.export_bundle(other, ["DV01"], usb, person_ids=[make_person(other, "Lò Thị Mai").id])
    page, tab = show_exchange(qtbot, admin_window, "receive")
    qtbot.waitUntil(tab.media.refresh_button.isEnabled, timeout=10000)
    assert tab.media._watch.isActive()
    # What the watcher reads from the system: first no stick, then one.
    tab.media._polled([])
    tab.media._polled([Medium(usb, "USB-TINH-02", True, 1 << 30, 2 << 30)])
    assert tab.media.current_path() == usb
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.path == out.path, timeout=10000)
    page.tabs.setCurrentWidget(page.units)
    assert not tab.media._watch.isActive()


def test_ticking_fields_merges_the_two_versions(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    session = admin_window.session
    mine, again = _conflict_on_the_stick(session, other, usb)
    bundles.import_bundle(session, again.path)
    prompts = use_prompts(admin_window)
    page, ct = show_exchange(qtbot, admin_window, "conflicts")
    ct.prompts = prompts
    qtbot.waitUntil(lambda: ct.comparison is not None, timeout=10000)
    assert ct.merge_hint.isVisible() and not ct.merge_button.isEnabled()  # nothing ticked yet
    # Space on the selected row of their column ticks it.
    row = next(r for r in range(ct.detail.rowCount()) if ct.detail.item(r, 2).data(Qt.ItemDataRole.UserRole) == "notes")
    ct.detail.setFocus()
    ct.detail.setCurrentCell(row, 2)
    qtbot.keyClick(ct.detail, Qt.Key.Key_Space)
    assert ct.take_keys == {"notes"} and ct.merge_button.isEnabled()
    ct.merge_button.click()
    assert prompts.asked[-1][0] == "confirm" and tr("DossierFields", "Notes") in prompts.asked[-1][2]
    qtbot.waitUntil(lambda: _tab_text(page) == no_count(), timeout=10000)
    now = dossiers.get_person(session, mine)
    assert now.notes == "Ghi chú của tỉnh" and now.position == "Phó trưởng phòng"  # theirs for notes, ours for the post
    assert dossiers.person_version(session, mine, now.version - 1).position == "Chuyên viên"  # theirs whole, in the history
    ct.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: ct.comparison is not None and ct.table.rowCount() == 1, timeout=10000)
    assert ct.table.item(0, 5).text() == tr("ConflictLabels", "Merged")
    assert tr("DossierFields", "Notes") in ct.caption.text()
    assert not ct.merge_hint.isVisible() and not ct.merge_button.isEnabled()


def test_a_case_conflict_offers_no_merge(admin_window, other, qtbot, tmp_path, usb):
    from app import cases as case_svc
    from app.workflow.states import ItemStatus

    from .case_fixtures import make_case

    trust_both(admin_window, other, tmp_path)
    session = admin_window.session
    person = make_person(other, "Hoàng Văn Nam")
    case_id = make_case(other, person.id)
    first = bundles.export_bundle(other, ["DV01"], usb, person_ids=[person.id], case_ids=[case_id])
    bundles.import_bundle(session, first.path, receipt_dir=tmp_path)
    here = case_svc.list_cases(session)[0][0].id
    code = case_svc.get_case(other, case_id).items[0].code
    case_svc.check_item(other, case_id, code, ItemStatus.DONE, "tỉnh xác minh xong")
    case_svc.check_item(session, here, code, ItemStatus.FAILED, "đơn vị thấy thiếu giấy tờ")
    again = bundles.export_bundle(other, ["DV01"], usb, person_ids=[person.id], case_ids=[case_id])
    assert bundles.import_bundle(session, again.path, receipt_dir=tmp_path).conflicts == 1
    prompts = use_prompts(admin_window)
    page, ct = show_exchange(qtbot, admin_window, "conflicts")
    ct.prompts = prompts
    qtbot.waitUntil(lambda: ct.comparison is not None, timeout=10000)
    assert ct.table.item(0, 1).text() == tr("ConflictLabels", "Case") and "Hoàng Văn Nam" in ct.table.item(0, 0).text()
    assert "items" in ct.differing_keys() and not ct.merge_hint.isVisible() and not ct.merge_button.isEnabled()
    checklist = next(r for r in range(ct.detail.rowCount()) if ct.detail.item(r, 0).data(Qt.ItemDataRole.UserRole) == "items")
    assert "đơn vị thấy thiếu giấy tờ" in ct.detail.item(checklist, 1).text()
    assert "tỉnh xác minh xong" in ct.detail.item(checklist, 2).text()
    ct.keep_button.click()
    assert tr("ConflictsTab", "The other version stays with this conflict (Show resolved conflicts too) and the decision "
                              "is written in the case's timeline.") in prompts.asked[-1][2]
    qtbot.waitUntil(lambda: _tab_text(page) == no_count(), timeout=10000)
    assert case_svc.get_case(session, here).events[-1].kind == "conflict"
