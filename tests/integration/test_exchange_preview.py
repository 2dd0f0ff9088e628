"""The import preview between two real vaults: every record of the bundle (dossiers, cases, attachment
files, a receipt) with what the import will do, and the import then doing exactly that."""

import pytest

from app import attachments, audit, dossiers
from app import cases as case_svc
from app.errors import HosoError
from app.exchange import bundles, conflicts
from app.store import cases as case_store
from app.workflow.states import ItemStatus
from tests.exchange_helpers import commune_and_province


@pytest.fixture
def net(tmp_path):
    yield from commune_and_province(tmp_path, 3)  # person 1 has a case and scanned attachments


def _digest(session):
    conn = session.vault.conn
    tables = ("persons", "person_versions", "cases", "case_items", "case_events", "attachments", "registers",
              "incoming_bundles", "exchange_conflicts", "sync_marks", "outgoing_bundles")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _export(xa, usb, **what):
    return bundles.export_bundle(xa, ["TINH-TQ"], usb, **what).path


def _case_of_person_1(xa):
    return case_svc.list_cases(xa, person_id=1)[0][0].id


def _by_kind(preview):
    return {kind: [(x.name, x.detail, x.action) for x in preview.of(kind)] for kind in ("person", "case", "attachment", "receipt")}


def test_a_first_bundle_lists_every_record_as_new_and_changes_nothing(net):
    xa, tinh, usb = net
    case_id = _case_of_person_1(xa)
    person = dossiers.get_person(xa, 1)
    case = case_svc.get_case(xa, case_id).case
    other = dossiers.get_person(xa, 2)
    files = [(person.full_name, a) for a in attachments.list_attachments(xa, 1)]
    files += [(other.full_name, a) for a in attachments.list_attachments(xa, 2)]
    assert files  # the demo's scans travel with their dossiers
    path = _export(xa, usb, person_ids=[2], case_ids=[case_id])
    before = _digest(tinh)
    p = bundles.preview_bundle(tinh, path)
    assert _digest(tinh) == before  # a preview writes nothing
    got = _by_kind(p)
    assert sorted(got["person"]) == sorted([(person.full_name, "", "create"), (other.full_name, "", "create")])
    assert got["case"] == [(person.full_name, case.purpose, "create")]
    assert sorted(got["attachment"]) == sorted((name, a.title or a.filename, "create") for name, a in files)
    assert got["receipt"] == []
    assert (p.cases, p.attachments, p.conflicts) == (1, len(files), 0)
    assert p.persons == [(x.name, x.action) for x in p.of("person")]  # the CLI's view stays as it was
    assert [x.uid for x in p.of("case")] == [case_store.uid_of(xa.vault.conn, case_id)]

    res = bundles.import_bundle(tinh, path)
    assert (res.counts["persons_created"], res.counts["cases_created"], res.conflicts) == (2, 1, 0)
    here = {r.full_name: r.id for r in dossiers.search_persons(tinh, "").rows}
    assert sum(len(attachments.list_attachments(tinh, i)) for i in here.values()) == len(files)


def test_a_case_changed_on_both_sides_is_a_conflict_in_the_preview_and_after_import(net):
    xa, tinh, usb = net
    case_id = _case_of_person_1(xa)
    bundles.import_bundle(tinh, _export(xa, usb, person_ids=[1], case_ids=[case_id]))
    here = case_svc.list_cases(tinh)[0][0].id
    code = case_svc.get_case(xa, case_id).items[0].code
    case_svc.check_item(xa, case_id, code, ItemStatus.DONE, "xã xác minh xong")
    case_svc.check_item(tinh, here, code, ItemStatus.FAILED, "tỉnh thấy thiếu giấy tờ")
    path = _export(xa, usb, person_ids=[1], case_ids=[case_id])

    p = bundles.preview_bundle(tinh, path)
    name = dossiers.get_person(xa, 1).full_name
    [line] = p.of("case")
    assert (line.name, line.detail, line.action) == (name, case_svc.get_case(xa, case_id).case.purpose, "conflict")
    assert [x.action for x in p.of("person")] == ["same"]  # the dossier itself did not change
    assert {x.action for x in p.of("attachment")} == {"same"}  # its files are here already
    assert p.conflicts == 1

    res = bundles.import_bundle(tinh, path)
    assert res.conflicts == 1 and res.counts["cases_updated"] == 0
    [entry] = conflicts.overview(tinh)
    assert entry.conflict.kind == "case" and entry.conflict.uid == line.uid and entry.person_name == name
    assert next(i for i in case_svc.get_case(tinh, here).items if i.code == code).note == "tỉnh thấy thiếu giấy tờ"


def test_taken_kept_and_unchanged_cases_are_said_before_and_done_after(net):
    xa, tinh, usb = net
    case_id = _case_of_person_1(xa)
    bundles.import_bundle(tinh, _export(xa, usb, person_ids=[1], case_ids=[case_id]))
    here = case_svc.list_cases(tinh)[0][0].id
    codes = [i.code for i in case_svc.get_case(xa, case_id).items]

    # Nothing changed anywhere.
    path = _export(xa, usb, case_ids=[case_id])
    assert [x.action for x in bundles.preview_bundle(tinh, path).of("case")] == ["same"]
    assert bundles.import_bundle(tinh, path).counts["cases_updated"] == 0

    # Changed over there only: taken.
    case_svc.check_item(xa, case_id, codes[0], ItemStatus.DONE, "xã xong")
    path = _export(xa, usb, case_ids=[case_id])
    assert [x.action for x in bundles.preview_bundle(tinh, path).of("case")] == ["take"]
    assert bundles.import_bundle(tinh, path).counts["cases_updated"] == 1
    assert next(i for i in case_svc.get_case(tinh, here).items if i.code == codes[0]).note == "xã xong"

    # Changed here only: ours is newer and stays.
    case_svc.check_item(tinh, here, codes[1], ItemStatus.FAILED, "tỉnh bổ sung")
    path = _export(xa, usb, case_ids=[case_id])
    assert [x.action for x in bundles.preview_bundle(tinh, path).of("case")] == ["keep"]
    res = bundles.import_bundle(tinh, path)
    assert res.counts["cases_updated"] == 0 and res.conflicts == 0
    assert next(i for i in case_svc.get_case(tinh, here).items if i.code == codes[1]).note == "tỉnh bổ sung"


def test_attachments_not_carried_are_said_so(net):
    xa, tinh, usb = net
    path = _export(xa, usb, person_ids=[1], with_attachments=False)
    p = bundles.preview_bundle(tinh, path)
    assert p.attachments and {x.action for x in p.of("attachment")} == {"absent"}
    bundles.import_bundle(tinh, path)
    assert attachments.list_attachments(tinh, dossiers.search_persons(tinh, "").rows[0].id) == []


def test_a_receipt_names_the_bundle_it_marks_delivered(net):
    xa, tinh, usb = net
    sent = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[2])
    receipt = bundles.import_bundle(tinh, sent.path).receipt_path
    p = bundles.preview_bundle(xa, receipt)
    [line] = p.lines
    assert (line.kind, line.action, line.detail, line.uid) == ("receipt", "deliver", sent.path.name, sent.bundle_id)
    assert line.register_number == sent.register_number
    bundles.import_bundle(xa, receipt)
    row = xa.vault.conn.execute("SELECT delivered_by FROM outgoing_bundles WHERE bundle_id = ?", (sent.bundle_id,)).fetchone()
    assert row[0] == "TINH-TQ"


def test_a_receipt_for_a_bundle_not_sent_from_here_is_refused_in_the_preview_too(net, tmp_path):
    xa, tinh, usb = net
    sent = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[2])
    receipt = bundles.import_bundle(tinh, sent.path).receipt_path
    xa.vault.conn.execute("DELETE FROM outgoing_bundles WHERE bundle_id = ?", (sent.bundle_id,))
    before = _digest(xa)
    for attempt in (bundles.preview_bundle, bundles.import_bundle):
        with pytest.raises(HosoError) as e:
            attempt(xa, receipt)
        assert e.value.code == "bundle_tampered"
        assert audit.query(xa.vault.conn)[0].action == "bundle_refused"
    assert _digest(xa) == before
