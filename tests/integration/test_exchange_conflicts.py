"""Conflicts between two real vaults: what the officer's list shows, the two versions side by side,
and that whatever is decided both versions stay (the dossier's history, the conflict row)."""

import pytest

from app import audit, dossiers
from app import cases as case_svc
from app.errors import HosoError
from app.exchange import bundles, conflicts
from app.vault import open_vault
from app.workflow.states import ItemStatus
from tests.conftest import CLERK_PW
from tests.exchange_helpers import commune_and_province


@pytest.fixture
def net(tmp_path):
    yield from commune_and_province(tmp_path, 3)


def _send(xa, tinh, usb, **what):
    return bundles.import_bundle(tinh, bundles.export_bundle(xa, ["TINH-TQ"], usb, **what).path)


def _person_conflict(xa, tinh, usb, mine="Ghi chú của tỉnh", theirs="Ghi chú của xã"):
    """Person 1 travels to the province, then both change it and it travels again."""
    if not dossiers.search_persons(tinh, "").rows:
        _send(xa, tinh, usb, person_ids=[1])
    here = dossiers.search_persons(tinh, "").rows[0].id
    m = dossiers.get_person(tinh, here)
    m.notes, m.position = mine, "Trưởng ban"
    dossiers.update_person(tinh, m)
    t = dossiers.get_person(xa, 1)
    t.notes = theirs
    dossiers.update_person(xa, t)
    res = _send(xa, tinh, usb, person_ids=[1])
    assert res.conflicts == 1
    return here, res


def test_the_list_says_whose_record_from_which_unit_and_bundle_and_when(net):
    xa, tinh, usb = net
    here, res = _person_conflict(xa, tinh, usb)
    assert conflicts.count_open(tinh) == 1
    [entry] = conflicts.overview(tinh)
    assert entry.person_name == dossiers.get_person(tinh, here).full_name and entry.case_purpose == ""
    assert entry.conflict.sender == "XA-MX" and entry.sender_name == "Đảng ủy xã Minh Xuân"
    assert entry.sequence == 2 and entry.register_number == res.register_number and entry.received_at
    assert entry.conflict.kind == "person" and entry.conflict.status == "open"


def test_the_comparison_shows_both_versions_and_what_differs(net):
    xa, tinh, usb = net
    here, _ = _person_conflict(xa, tinh, usb)
    c = conflicts.list_conflicts(tinh)[0]
    cmp = conflicts.compare(tinh, c.id)
    assert cmp.ours["notes"] == "Ghi chú của tỉnh" and cmp.theirs["notes"] == "Ghi chú của xã"
    assert set(cmp.differing) == {"notes", "position"}
    assert audit.query(tinh.vault.conn)[0].action == "conflict_viewed"  # looking at a dossier is recorded


def test_keeping_ours_puts_theirs_in_the_dossier_history_too(net):
    xa, tinh, usb = net
    here, _ = _person_conflict(xa, tinh, usb)
    before = dossiers.get_person(tinh, here)
    c = conflicts.list_conflicts(tinh)[0]
    done = conflicts.resolve(tinh, c.id, take_incoming=False)
    now = dossiers.get_person(tinh, here)
    assert now.notes == "Ghi chú của tỉnh" and now.position == "Trưởng ban"  # ours stands
    history = dossiers.person_history(tinh, here)
    kept = [dossiers.person_version(tinh, here, v.version).notes for v in history]
    assert "Ghi chú của xã" in kept and "Ghi chú của tỉnh" in kept  # both versions in the history
    assert now.version == before.version + 2 and "xung đột số" in history[-1].summary
    assert done.status == "kept_local" and done.local_at_resolution["notes"] == "Ghi chú của tỉnh"
    assert conflicts.count_open(tinh) == 0
    # The same version of theirs does not conflict again; a later change of theirs alone is taken.
    again = _send(xa, tinh, usb, person_ids=[1])
    assert again.conflicts == 0 and dossiers.get_person(tinh, here).notes == "Ghi chú của tỉnh"
    t = dossiers.get_person(xa, 1)
    t.notes = "Ghi chú mới của xã"
    dossiers.update_person(xa, t)
    assert _send(xa, tinh, usb, person_ids=[1]).counts["persons_updated"] == 1
    assert dossiers.get_person(tinh, here).notes == "Ghi chú mới của xã"


def test_taking_theirs_keeps_ours_as_the_version_before(net):
    xa, tinh, usb = net
    here, _ = _person_conflict(xa, tinh, usb)
    c = conflicts.list_conflicts(tinh)[0]
    done = conflicts.resolve(tinh, c.id, take_incoming=True)
    now = dossiers.get_person(tinh, here)
    assert now.notes == "Ghi chú của xã" and now.position != "Trưởng ban"
    previous = dossiers.person_version(tinh, here, now.version - 1)
    assert previous.notes == "Ghi chú của tỉnh" and previous.position == "Trưởng ban"
    assert done.status == "took_incoming" and done.incoming["content"]["notes"] == "Ghi chú của xã"
    cmp = conflicts.compare(tinh, c.id)  # a resolved conflict still shows both, as they were
    assert cmp.ours["notes"] == "Ghi chú của tỉnh" and cmp.theirs["notes"] == "Ghi chú của xã"
    assert [e.conflict.id for e in conflicts.overview(tinh, include_resolved=True)] == [c.id]
    assert conflicts.overview(tinh) == []
    with pytest.raises(HosoError) as e:
        conflicts.resolve(tinh, c.id, take_incoming=False)
    assert e.value.code == "conflict_resolved" and "admin" in e.value.message


def _case_conflict(xa, tinh, usb, mine="tỉnh thấy thiếu giấy tờ", theirs="xã xác minh xong"):
    """Person 1's case travels to the province, both check its first item differently, it travels again."""
    case_id = case_svc.list_cases(xa, person_id=1)[0][0].id
    _send(xa, tinh, usb, person_ids=[1], case_ids=[case_id])
    here = case_svc.list_cases(tinh)[0][0].id
    code = case_svc.get_case(xa, case_id).items[0].code
    case_svc.check_item(xa, case_id, code, ItemStatus.DONE, theirs)
    case_svc.check_item(tinh, here, code, ItemStatus.FAILED, mine)
    return here, code, _send(xa, tinh, usb, person_ids=[1], case_ids=[case_id])


def test_a_case_conflict_keeps_both_versions(net):
    xa, tinh, usb = net
    theirs_case, code_x, res = _case_conflict(xa, tinh, usb)
    assert res.conflicts == 1
    [entry] = conflicts.overview(tinh)
    assert entry.conflict.kind == "case" and entry.case_purpose and entry.person_name
    cmp = conflicts.compare(tinh, entry.conflict.id)
    assert "items" in cmp.differing
    item = lambda content: next(i for i in content["items"] if i["code"] == code_x)  # noqa: E731
    assert item(cmp.ours)["note"] == "tỉnh thấy thiếu giấy tờ" and item(cmp.theirs)["note"] == "xã xác minh xong"
    done = conflicts.resolve(tinh, entry.conflict.id, take_incoming=True)
    view = case_svc.get_case(tinh, theirs_case)
    assert next(i for i in view.items if i.code == code_x).note == "xã xác minh xong"
    assert item(done.local_at_resolution)["note"] == "tỉnh thấy thiếu giấy tờ"  # ours is kept in the conflict
    assert view.events[-1].kind == "conflict"


def test_a_clerk_may_look_but_not_decide(net):
    from app import users
    from app.domain.roles import Role
    from app.errors import PermissionDenied
    from crypto.kdf import fast_params_for_tests

    xa, tinh, usb = net
    here, _ = _person_conflict(xa, tinh, usb)
    users.add_user(tinh, "vanthu", CLERK_PW, Role.CLERK, "Văn thư", kdf=fast_params_for_tests())
    clerk = open_vault(tinh.vault.path, "vanthu", CLERK_PW)
    try:
        [entry] = conflicts.overview(clerk)
        assert conflicts.compare(clerk, entry.conflict.id).theirs["notes"] == "Ghi chú của xã"
        with pytest.raises(PermissionDenied):
            conflicts.resolve(clerk, entry.conflict.id, take_incoming=True)
    finally:
        clerk.close()
    assert conflicts.count_open(tinh) == 1 and dossiers.get_person(tinh, here).notes == "Ghi chú của tỉnh"


def test_the_cli_lists_shows_and_resolves(net):
    """`hoso conflict ...` as app/cli.py wires it (the session comes from the CLI's own unlock)."""
    import argparse
    import contextlib
    import types

    from app.exchange.conflicts_cli import add_commands

    xa, tinh, usb = net
    here, _ = _person_conflict(xa, tinh, usb)
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    add_commands(parser.add_subparsers(dest="cmd"), common, types.SimpleNamespace(unlocked=lambda args: contextlib.nullcontext(tinh)))

    def run(*argv):
        args = parser.parse_args(list(argv))
        return args.func(args)

    listed = run("conflict", "list")
    assert listed["open"] == 1 and listed["conflicts"][0]["sender"] == "XA-MX" and "XA-MX" in listed["_text"]
    cid = listed["conflicts"][0]["id"]
    shown = run("conflict", "show", str(cid))
    assert set(shown["differing"]) == {"notes", "position"} and shown["theirs"]["notes"] == "Ghi chú của xã"
    done = run("conflict", "resolve", str(cid), "--keep", "ours")
    assert done["status"] == "kept_local" and dossiers.get_person(tinh, here).notes == "Ghi chú của tỉnh"
    assert run("conflict", "list")["conflicts"] == [] and len(run("conflict", "list", "--all")["conflicts"]) == 1
    with pytest.raises(SystemExit):
        run("conflict", "resolve", str(cid), "--keep", "both")
    _person_conflict(xa, tinh, usb, mine="tỉnh 2", theirs="xã 2")
    cid = run("conflict", "list")["conflicts"][0]["id"]
    merged = run("conflict", "resolve", str(cid), "--take", "notes")
    assert merged["decision"] == "merged" and merged["taken_fields"] == ["notes"]
    assert dossiers.get_person(tinh, here).notes == "xã 2" and run("conflict", "list", "--all")["conflicts"][0]["decision"] == "merged"


def test_a_field_by_field_merge_keeps_both_versions_and_says_what_was_taken(net):
    xa, tinh, usb = net
    here, _ = _person_conflict(xa, tinh, usb)
    before = dossiers.get_person(tinh, here)
    c = conflicts.list_conflicts(tinh)[0]
    done = conflicts.merge(tinh, c.id, ["notes"])
    now = dossiers.get_person(tinh, here)
    assert now.notes == "Ghi chú của xã" and now.position == "Trưởng ban"  # theirs for one field, ours for the other
    assert now.version == before.version + 2
    history = dossiers.person_history(tinh, here)
    assert "ghi chú" in history[-1].summary and "Gộp" in history[-1].summary
    theirs_then = dossiers.person_version(tinh, here, before.version + 1)
    assert theirs_then.notes == "Ghi chú của xã" and theirs_then.position != "Trưởng ban"  # theirs whole, in the history
    assert dossiers.person_version(tinh, here, before.version).notes == "Ghi chú của tỉnh"  # ours before the merge
    assert done.status == "kept_local" and done.decision == "merged" and done.taken_fields == ("notes",)
    assert "gộp" in next(e for e in audit.query(tinh.vault.conn) if e.action == "conflict_resolved").summary
    # The merged dossier is ours now: theirs unchanged does not conflict again.
    assert _send(xa, tinh, usb, person_ids=[1]).conflicts == 0


def test_a_merge_of_everything_or_nothing_is_taking_or_keeping(net):
    xa, tinh, usb = net
    here, _ = _person_conflict(xa, tinh, usb)
    c = conflicts.list_conflicts(tinh)[0]
    assert conflicts.merge(tinh, c.id, ["position", "notes"]).decision == "took_incoming"
    assert dossiers.get_person(tinh, here).notes == "Ghi chú của xã"
    _person_conflict(xa, tinh, usb, mine="tỉnh 2", theirs="xã 2")
    c = conflicts.list_conflicts(tinh)[0]
    assert conflicts.merge(tinh, c.id, []).decision == "kept_local"
    assert dossiers.get_person(tinh, here).notes == "tỉnh 2"


def test_a_merge_that_does_not_fit_together_is_refused_and_changes_nothing(net):
    from app.domain.ids import Sex
    from app.domain.partial_date import PartialDate

    xa, tinh, usb = net
    _send(xa, tinh, usb, person_ids=[1])
    here = dossiers.search_persons(tinh, "").rows[0].id
    m = dossiers.get_person(tinh, here)
    m.notes = "Ghi chú của tỉnh"
    dossiers.update_person(tinh, m)
    t = dossiers.get_person(xa, 1)
    t.birth_date, t.sex, t.id_number, t.id_override_reason = PartialDate(1985, 3, 1), Sex.MALE, "001085123456", ""
    dossiers.update_person(xa, t)
    assert _send(xa, tinh, usb, person_ids=[1]).conflicts == 1
    c = conflicts.list_conflicts(tinh)[0]
    before = dossiers.get_person(tinh, here)
    assert before.birth_date != PartialDate(1985, 3, 1)
    with pytest.raises(HosoError) as e:
        conflicts.merge(tinh, c.id, ["id_number"])  # their number with our birth date
    assert e.value.code == "conflict_merge_invalid" and "CCCD" in e.value.message
    with pytest.raises(HosoError) as e:
        conflicts.merge(tinh, c.id, ["unit"])  # the same on both sides
    assert e.value.code == "conflict_bad_fields" and "đơn vị" in e.value.message
    after = dossiers.get_person(tinh, here)
    assert after.version == before.version and conflicts.count_open(tinh) == 1
    assert conflicts.merge(tinh, c.id, ["id_number", "birth_date", "sex"]).decision in ("merged", "took_incoming")
    assert dossiers.get_person(tinh, here).id_number == "001085123456"


def test_cases_are_not_merged_field_by_field(net):
    xa, tinh, usb = net
    theirs_case, code, res = _case_conflict(xa, tinh, usb, mine="tỉnh", theirs="xã")
    assert res.conflicts == 1
    c = conflicts.list_conflicts(tinh)[0]
    with pytest.raises(HosoError) as e:
        conflicts.merge(tinh, c.id, ["items"])
    assert e.value.code == "conflict_merge_case"
    assert conflicts.resolve(tinh, c.id, take_incoming=False).status == "kept_local"
    assert next(i for i in case_svc.get_case(tinh, theirs_case).items if i.code == code).note == "tỉnh"


def test_a_newer_version_sent_before_the_decision_is_the_one_decided(net):
    xa, tinh, usb = net
    here, _ = _person_conflict(xa, tinh, usb, theirs="xã lần 1")
    t = dossiers.get_person(xa, 1)
    t.notes = "xã lần 2"
    dossiers.update_person(xa, t)
    assert _send(xa, tinh, usb, person_ids=[1]).conflicts == 1
    older, newer = sorted(c.id for c in conflicts.list_conflicts(tinh))
    with pytest.raises(HosoError) as e:
        conflicts.resolve(tinh, older, take_incoming=True)  # an outdated version of theirs is never taken
    assert e.value.code == "conflict_superseded" and str(newer) in e.value.message
    assert dossiers.get_person(tinh, here).notes == "Ghi chú của tỉnh"
    conflicts.resolve(tinh, newer, take_incoming=True)
    assert dossiers.get_person(tinh, here).notes == "xã lần 2" and conflicts.count_open(tinh) == 0
    done = {c.id: c for c in conflicts.list_conflicts(tinh, include_resolved=True)}
    assert done[older].decision == "superseded" and done[older].incoming["content"]["notes"] == "xã lần 1"  # still kept
