"""The Receive tab's preview lists every record the bundle brings (dossiers, cases with their person and purpose,
attachment files) with what the import will do, before the officer presses Import; a case changed on both sides
shows as a conflict there and becomes one after the import; the area tells its open-conflict count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import attachments, cases
from app.exchange import bundles, conflicts
from app.workflow.states import ItemStatus
from ui.cases.queries import purpose_titles
from ui.worker import wait_all

from .case_fixtures import make_case, make_person
from .exchange_fixtures import other, show_exchange, trust_both, use_prompts, usb  # noqa: F401 (fixtures)


def tr(context: str, text: str) -> str:
    """The text as the GUI shows it (Vietnamese once the lead has imported the translations)."""
    return QCoreApplication.translate(context, text)


def _rows(tab):
    return [tuple(tab.table.item(r, c).text() for c in range(3)) for r in range(tab.table.rowCount())]


def _preview(qtbot, window, usb, path):
    prompts = use_prompts(window)
    prompts.answers["folder"] = usb
    page, tab = show_exchange(qtbot, window, "receive")
    qtbot.waitUntil(tab.media.refresh_button.isEnabled, timeout=10000)
    tab.media.other_button.click()
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.path == path, timeout=10000)
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10000)
    return page, tab


def test_new_cases_and_attachment_files_are_listed_with_person_and_purpose(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    person = make_person(other, "Hoàng Văn Nam")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    attachments.add_attachment(other, person.id, scan, title="Bản quét lý lịch")
    cid = make_case(other, person.id)
    sent = bundles.export_bundle(other, ["DV01"], usb, case_ids=[cid], with_attachments=False, carrier="USB-TINH-02")
    page, tab = _preview(qtbot, admin_window, usb, sent.path)

    title = purpose_titles(admin_window.session)[cases.get_case(other, cid).case.purpose]
    rows = _rows(tab)
    assert rows[0] == ("Hoàng Văn Nam", tr("ExchangeLabels", "New dossier"), tr("ReceiveTab", "Dossier"))
    assert rows[1] == ("Hoàng Văn Nam", tr("ReceiveTab", "New case"), tr("ReceiveTab", "Case: {purpose}").format(purpose=title))
    assert rows[2] == ("Hoàng Văn Nam", tr("ReceiveTab", "Not carried in this bundle"),
                       tr("ReceiveTab", "Attachment: {title}").format(title="Bản quét lý lịch"))
    assert len(rows) == 3 and tab.table.isVisible()
    assert tab.table.item(1, 1).foreground().color().name().lower() == "#1b5e20"
    summary = tab.summary.text()
    assert tr("ReceiveTab", "Cases: {new} new, {updated} to update, {same} unchanged, {kept} where ours is newer.").format(
        new=1, updated=0, same=0, kept=0) in summary
    assert tr("ReceiveTab", "{n} attachment(s) are listed but their files were not sent in this bundle.").format(n=1) in summary
    assert cases.list_cases(admin_window.session)[0] == []  # nothing is imported by a preview
    assert tab.import_button.isEnabled() and tab.import_button.hasFocus()


def test_a_case_changed_on_both_sides_is_a_conflict_before_and_after_the_import(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    here = admin_window.session
    person = make_person(other, "Lò Thị Mai")
    cid = make_case(other, person.id)
    first = bundles.export_bundle(other, ["DV01"], usb, case_ids=[cid], carrier="USB-TINH-02")
    bundles.import_bundle(here, first.path, receipt_dir=usb.parent)
    first.path.unlink()  # the stick holds only the second bundle
    mine = cases.list_cases(here)[0][0].id
    code = cases.get_case(other, cid).items[0].code
    cases.check_item(other, cid, code, ItemStatus.DONE, "tỉnh xác minh xong")
    cases.check_item(here, mine, code, ItemStatus.FAILED, "đơn vị thấy thiếu giấy tờ")
    again = bundles.export_bundle(other, ["DV01"], usb, case_ids=[cid], carrier="USB-TINH-02")
    wait_all()

    page, tab = _preview(qtbot, admin_window, usb, again.path)
    seen: list[int] = []
    page.conflicts_changed.connect(seen.append)
    title = purpose_titles(here)[cases.get_case(other, cid).case.purpose]
    rows = _rows(tab)
    assert rows[0] == ("Lò Thị Mai", tr("ExchangeLabels", "Already identical here"), tr("ReceiveTab", "Dossier"))
    assert rows[1] == ("Lò Thị Mai", tr("ExchangeLabels", "Conflict: kept for review"),
                       tr("ReceiveTab", "Case: {purpose}").format(purpose=title))
    assert tab.table.item(1, 1).foreground().color().name().lower() == "#b71c1c"
    assert tab.table.item(1, 1).toolTip()
    assert tr("ReceiveTab", "{n} record(s) ({persons} dossier(s), {cases} case(s)) changed both here and at the sending "
              "unit since the last exchange: they will be kept for review in the Conflicts tab and nothing of ours will "
              "be overwritten.").format(n=1, persons=0, cases=1) in tab.summary.text()
    assert conflicts.count_open(here) == 0  # said before anything is done
    assert page.nav_title() == tr("ExchangePage", "USB exchange")

    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=20000)
    assert tab.result.conflicts == 1 and conflicts.count_open(here) == 1
    [entry] = conflicts.overview(here)
    assert entry.conflict.kind == "case" and entry.conflict.uid == tab.preview.of("case")[0].uid
    assert entry.person_name == "Lò Thị Mai"
    qtbot.waitUntil(lambda: seen == [1], timeout=10000)
    assert page.nav_title() == tr("ExchangePage", "USB exchange ({n})").format(n=1)
    assert next(i for i in cases.get_case(here, mine).items if i.code == code).note == "đơn vị thấy thiếu giấy tờ"


def test_a_receipt_preview_names_the_bundle_it_answers(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    person = make_person(admin_window.session, "Nguyễn Văn Đức")
    sent = bundles.export_bundle(admin_window.session, ["TINH-TQ"], usb, person_ids=[person.id], carrier="USB-07")
    receipt = bundles.import_bundle(other, sent.path).receipt_path
    sent.path.unlink()
    _, tab = _preview(qtbot, admin_window, usb, receipt)
    assert not tab.table.isVisible()
    assert tr("ReceiveTab", "It is for {file}, outgoing register number {number}.").format(
        file=sent.path.name, number=sent.register_number) in tab.summary.text()
