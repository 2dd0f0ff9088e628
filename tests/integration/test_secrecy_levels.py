"""A dossier's secrecy level changed by saving the dossier goes through the
lifecycle: a plain save never lowers it, a raise is recorded with its reason,
a lower level needs a recorded decision. And the sweep at expiry keeps a
version per dossier without touching the search index."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from app import attachments, cases, dossiers
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel as L
from app.errors import HosoError
from app.secrecy import lifecycle as lc
from app.secrecy.terms import add_years
from app.store import persons as person_store
from app.store.persons import PersonFilter
from tests.conftest import OFFICER_PW, LEADER_PW

TODAY = dt.date.today()


def _decision(on: dt.date = TODAY, number: str = "7-QĐ/TU") -> lc.DecisionInfo:
    return lc.DecisionInfo(number, on, "Ban Thường vụ Tỉnh ủy", "")


def _as(vault_dir, user: str, password: str):
    from app.vault import open_vault

    return open_vault(vault_dir, user, password)


def _audit(session, pid: int) -> list[str]:
    return [r[0] for r in session.vault.conn.execute(
        "SELECT action FROM audit WHERE object_kind = 'person' AND object_id = ? ORDER BY seq", (str(pid),))]


def _edit(session, pid: int, **changes) -> Person:
    p = person_store.get(session.vault.conn, pid)
    for k, v in changes.items():
        setattr(p, k, v)
    return p


def test_a_plain_save_never_lowers_the_level(staff, vault_dir):
    p = dossiers.create_person(staff, Person(full_name="Nguyễn Văn Đức", secrecy=L.TOI_MAT))
    for who, pw in (("admin", None), ("cv1", OFFICER_PW)):
        s = staff if pw is None else _as(vault_dir, who, pw)
        try:
            for level in (L.MAT, L.NONE):
                with pytest.raises(HosoError) as e:
                    dossiers.update_person(s, _edit(s, p.id, secrecy=level, unit="Sở Nội vụ"), level_reason="nhập nhầm")
                assert e.value.code == "secrecy_lower_needs_decision"
                assert "quyết định" in e.value.message and "TỐI MẬT" in e.value.message
        finally:
            if pw is not None:
                s.close()
    stored = person_store.get(staff.vault.conn, p.id)  # nothing of the refused saves is stored
    assert (stored.secrecy, stored.version, stored.unit) == (L.TOI_MAT, 1, "")
    assert lc.history(staff, "person", p.id).decisions == []
    # the other fields save as before when the level is left alone
    saved = dossiers.update_person(staff, _edit(staff, p.id, unit="Sở Nội vụ"))
    assert saved.version == 2 and saved.secrecy == L.TOI_MAT and lc.history(staff, "person", p.id).decisions == []


def test_an_officer_raises_the_level_with_a_reason_and_it_is_recorded(staff, vault_dir):
    p = dossiers.create_person(staff, Person(full_name="Trần Thị Lan", secrecy=L.MAT))
    cid = cases.create_case(staff, p.id, "appointment").case.id
    s = _as(vault_dir, "cv1", OFFICER_PW)
    try:
        with pytest.raises(HosoError) as e:  # a raise needs its reason
            dossiers.update_person(s, _edit(s, p.id, secrecy=L.TOI_MAT))
        assert e.value.code == "secrecy_raise_needs_reason"
        assert person_store.get(s.vault.conn, p.id).version == 1
        saved = dossiers.update_person(s, _edit(s, p.id, secrecy=L.TOI_MAT, position="Phó Giám đốc"),
                                       level_reason="Được quy hoạch chức danh Tỉnh ủy quản lý")
    finally:
        s.close()
    assert saved.version == 2
    stored = person_store.get(staff.vault.conn, p.id)
    assert (stored.secrecy, stored.position, stored.version) == (L.TOI_MAT, "Phó Giám đốc", 2)  # one version for the save
    [d] = lc.history(staff, "person", p.id).decisions
    assert (d.kind, d.automatic, d.old_level, d.new_level, d.made_by) == ("adjust", False, 1, 2, "cv1")
    assert (d.decision_no, d.decision_date, d.authority) == ("", None, "")
    assert d.reason == "Được quy hoạch chức danh Tỉnh ủy quản lý"
    it = lc.get_item(staff, "person", p.id)
    assert (it.level, it.classified_on, it.classified_by, it.expires_on) == (L.TOI_MAT, TODAY, "cv1", add_years(TODAY, 20))
    # what holds the dossier follows (a combined item takes the highest level of its parts)
    assert lc.get_item(staff, "case", cid).level == L.TOI_MAT
    cd = lc.history(staff, "case", cid).decisions[-1]
    assert (cd.kind, cd.automatic, cd.new_level) == ("adjust", True, 2)
    assert _audit(staff, p.id)[-2:] == ["secrecy_adjusted", "person_updated"]  # one transaction


def test_a_raise_ordered_by_a_decision_records_the_decision(admin):
    p = dossiers.create_person(admin, Person(full_name="Lê Văn Nam", secrecy=L.NONE))
    with pytest.raises(HosoError) as e:
        dossiers.update_person(admin, _edit(admin, p.id, secrecy=L.MAT),
                               decision=_decision(TODAY + dt.timedelta(days=3)), level_reason="x")
    assert e.value.code == "secrecy_decision_in_future"
    with pytest.raises(HosoError) as e:  # half a decision is no decision
        dossiers.update_person(admin, _edit(admin, p.id, secrecy=L.MAT), level_reason="x",
                               decision=lc.DecisionInfo("9-QĐ/TU", TODAY, "  "))
    assert e.value.code == "secrecy_decision_incomplete"
    on = TODAY - dt.timedelta(days=5)
    dossiers.update_person(admin, _edit(admin, p.id, secrecy=L.MAT), decision=lc.DecisionInfo("9-QĐ/TU", on, "Tỉnh ủy", "Hồ sơ nhân sự chủ chốt"))
    [d] = lc.history(admin, "person", p.id).decisions
    assert (d.kind, d.old_level, d.new_level, d.decision_no, d.decision_date, d.authority, d.reason) == (
        "adjust", 0, 1, "9-QĐ/TU", on.isoformat(), "Tỉnh ủy", "Hồ sơ nhân sự chủ chốt")
    it = lc.get_item(admin, "person", p.id)
    assert (it.classified_on, it.expires_on) == (on, add_years(on, 10))  # a first level counts from its decision


def test_lowering_needs_a_decision_and_the_right_to_decide(staff, vault_dir, tmp_path):
    p = dossiers.create_person(staff, Person(full_name="Phạm Văn Hùng", secrecy=L.TUYET_MAT))
    s = _as(vault_dir, "cv1", OFFICER_PW)  # may edit dossiers, may not decide secrecy
    try:
        with pytest.raises(HosoError) as e:
            dossiers.update_person(s, _edit(s, p.id, secrecy=L.MAT), decision=_decision())
        assert e.value.code == "permission_denied"
    finally:
        s.close()
    s = _as(vault_dir, "ld1", LEADER_PW)  # may decide secrecy, may not edit dossiers (uses `hoso secrecy adjust`)
    try:
        with pytest.raises(HosoError) as e:
            dossiers.update_person(s, _edit(s, p.id, secrecy=L.MAT), decision=_decision())
        assert e.value.code == "permission_denied"
    finally:
        s.close()
    assert person_store.get(staff.vault.conn, p.id).version == 1
    # an attachment at Tối mật: the dossier cannot go below it
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(100))
    attachments.add_attachment(staff, p.id, scan, title="Bản khai", secrecy=L.TOI_MAT)
    with pytest.raises(HosoError) as e:
        dossiers.update_person(staff, _edit(staff, p.id, secrecy=L.MAT), decision=_decision())
    assert e.value.code == "secrecy_below_parts"
    dossiers.update_person(staff, _edit(staff, p.id, secrecy=L.TOI_MAT), decision=_decision(number="8-QĐ/TU"))
    d = lc.history(staff, "person", p.id).decisions[-1]
    assert (d.kind, d.old_level, d.new_level, d.decision_no, d.made_by, d.automatic) == ("adjust", 3, 2, "8-QĐ/TU", "admin", False)
    assert lc.get_item(staff, "person", p.id).expires_on == add_years(TODAY, 20)
    assert _audit(staff, p.id)[-2:] == ["secrecy_adjusted", "person_updated"]


def test_declassifying_in_the_editor_is_a_declassify_decision(admin):
    p = dossiers.create_person(admin, Person(full_name="Hoàng Thị Mai", secrecy=L.MAT))
    lc.extend(admin, "person", p.id, _decision(), years=2)  # a state row, removed by declassification
    dossiers.update_person(admin, _edit(admin, p.id, secrecy=L.NONE), decision=_decision(number="10-QĐ/TU"))
    d = lc.history(admin, "person", p.id).decisions[-1]
    assert (d.kind, d.old_level, d.new_level, d.decision_no) == ("declassify", 1, 0, "10-QĐ/TU")
    it = lc.get_item(admin, "person", p.id)
    assert it.level == L.NONE and it.expires_on is None and not it.decided
    assert _audit(admin, p.id)[-2:] == ["secrecy_declassified", "person_updated"]


def test_sweep_keeps_a_version_per_dossier_and_search_still_finds_them(admin):
    people = [dossiers.create_person(admin, Person(full_name=f"Nguyễn Văn An {i}", unit="Sở Tài chính", secrecy=L.MAT))
              for i in range(3)]
    other = dossiers.create_person(admin, Person(full_name="Nguyễn Văn An", secrecy=L.TOI_MAT))
    ranks = admin.vault.conn.execute("SELECT id, sort_rank FROM persons ORDER BY id").fetchall()
    end = add_years(TODAY, 10)
    assert lc.sweep(admin, today=end) == 3
    for p in people:
        stored = person_store.get(admin.vault.conn, p.id)
        assert (stored.secrecy, stored.version, stored.full_name, stored.unit) == (L.NONE, 2, p.full_name, "Sở Tài chính")
        [v] = person_store.versions(admin.vault.conn, p.id)
        assert v.version == 1 and "Giải mật" in v.summary
        assert person_store.get_version(admin.vault.conn, p.id, 1).secrecy == L.MAT  # the version kept is the old dossier
    assert admin.vault.conn.execute("SELECT id, sort_rank FROM persons ORDER BY id").fetchall() == ranks
    found = dossiers.search_persons(admin, "nguyen van an", limit=10)
    assert sorted(r.id for r in found.rows) == sorted([other.id] + [p.id for p in people])
    assert [r.id for r in dossiers.search_persons(admin, "an", PersonFilter(secrecy=L.NONE)).rows] == [p.id for p in people]
    assert person_store.get(admin.vault.conn, other.id).version == 1
