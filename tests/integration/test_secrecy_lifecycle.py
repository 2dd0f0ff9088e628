"""The secrecy lifecycle on a real vault: terms by level, the 90-day warning list
(with a controllable clock), extension rules, adjustment, declassification (by
decision and automatic at expiry), highest-level propagation, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from app import attachments, cases, dossiers
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel as L
from app.errors import HosoError
from app.forms import api
from app.forms.service import PrintJob
from app.secrecy import lifecycle as lc
from app.secrecy import terms as terms_mod
from app.secrecy.terms import add_years
from app.store import persons as person_store
from tests.conftest import ADMIN_PW, CLERK_PW, LEADER_PW, OFFICER_PW, ROOT
from tests.forms_helpers import concluded_case, pages_text

TODAY = dt.date.today()
DEC = lc.DecisionInfo("12/QĐ-BTCTU", TODAY, "Ban Thường vụ Tỉnh ủy", "Còn giá trị bảo vệ")


def decision(on: dt.date, number: str = "12/QĐ-BTCTU") -> lc.DecisionInfo:
    return lc.DecisionInfo(number, on, "Ban Thường vụ Tỉnh ủy", "lý do")


def person(session, name: str = "Nguyễn Văn Đức", level: L = L.MAT) -> Person:
    return dossiers.create_person(session, Person(full_name=name, secrecy=level))


def pdf(tmp_path, name: str = "scan.pdf"):
    p = tmp_path / name
    p.write_bytes(b"%PDF-1.4\n" + os.urandom(200))
    return p


def as_user(vault_dir, user: str, password: str):
    from app.vault import open_vault

    return open_vault(vault_dir, user, password)


# -- terms and the warning list ------------------------------------------------------

def test_add_years_keeps_the_day_and_turns_29_february_into_28():
    assert add_years(dt.date(2026, 3, 5), 10) == dt.date(2036, 3, 5)
    assert add_years(dt.date(2024, 2, 29), 10) == dt.date(2034, 2, 28)
    assert add_years(dt.date(2036, 3, 5), -10) == dt.date(2026, 3, 5)


def test_every_kind_gets_the_base_term_of_its_level_from_its_creation(admin, tmp_path):
    p1, p2, p3 = person(admin, "A", L.MAT), person(admin, "B", L.TOI_MAT), person(admin, "C", L.TUYET_MAT)
    for p, years in ((p1, 10), (p2, 20), (p3, 30)):
        it = lc.get_item(admin, "person", p.id)
        assert (it.classified_on, it.expires_on, it.base_years, it.decided) == (TODAY, add_years(TODAY, years), years, False)
        assert it.classified_by == "admin" and it.label == p.full_name
    a = attachments.add_attachment(admin, p2.id, pdf(tmp_path), title="Lý lịch")
    it = lc.get_item(admin, "attachment", a.id)
    assert it.level == L.TOI_MAT and it.expires_on == add_years(TODAY, 20) and "Lý lịch" in it.label
    cid = cases.create_case(admin, p1.id, "appointment").case.id
    assert lc.get_item(admin, "case", cid).expires_on == add_years(TODAY, 10)
    with pytest.raises(HosoError) as e:
        lc.get_item(admin, "person", 999)
    assert e.value.code == "secrecy_item_not_found"
    with pytest.raises(HosoError) as e:
        lc.get_item(admin, "paperclip", 1)
    assert e.value.code == "secrecy_bad_kind"


def test_warning_list_shows_terms_ending_within_90_days(admin, tmp_path):
    mat, toi = person(admin, "Mật", L.MAT), person(admin, "Tối mật", L.TOI_MAT)
    a = attachments.add_attachment(admin, mat.id, pdf(tmp_path), title="Bản khai", secrecy=L.MAT)
    end = add_years(TODAY, 10)
    assert lc.expiring(admin, today=end - dt.timedelta(days=91)).items == []
    r = lc.expiring(admin, today=end - dt.timedelta(days=90))
    assert r.window_days == 90 and not r.truncated
    assert {(i.object_kind, i.object_id) for i in r.items} == {("person", str(mat.id)), ("attachment", str(a.id))}
    assert all(i.days_left(r.as_of) == 90 for i in r.items)
    only = lc.expiring(admin, kind="attachment", today=end - dt.timedelta(days=10))
    assert [(i.object_kind, i.days_left(only.as_of)) for i in only.items] == [("attachment", 10)]
    assert lc.expiring(admin, days=5, today=end - dt.timedelta(days=10)).items == []
    # ended but not yet swept: still listed, days negative, soonest first
    late = lc.expiring(admin, today=end + dt.timedelta(days=3))
    assert [i.days_left(late.as_of) for i in late.items] == [-3, -3]
    # the Tối mật dossier appears ten years later (after the unswept Mật one)
    assert [i.object_id for i in lc.expiring(admin, today=add_years(TODAY, 20)).items if i.object_kind == "person"] == [
        str(mat.id), str(toi.id)]
    assert lc.expiring(admin, today=end, limit=1).truncated


def test_terms_are_data_an_administrator_can_replace(staff, vault_dir):
    p = person(staff, "Đinh Thị Lan", L.MAT)
    t = terms_mod.terms_for(staff)
    assert t.source == "built-in" and t.years(L.MAT) == 10 and "117/2025/QH15" in t.legal_basis
    doc = {**t.to_json(), "base_years": {"mat": 5, "toi_mat": 15, "tuyet_mat": 30}, "warning_days": 30}
    with pytest.raises(HosoError) as e:
        terms_mod.set_terms(staff, {**doc, "base_years": {"mat": 0, "toi_mat": 15, "tuyet_mat": 30}})
    assert e.value.code == "secrecy_terms_invalid"
    officer = as_user(vault_dir, "cv1", OFFICER_PW)
    try:
        with pytest.raises(HosoError) as e:
            terms_mod.set_terms(officer, doc)
        assert e.value.code == "permission_denied"
    finally:
        officer.close()
    assert terms_mod.set_terms(staff, doc).source == "vault"
    assert lc.get_item(staff, "person", p.id).expires_on == add_years(TODAY, 5)
    assert lc.expiring(staff, today=add_years(TODAY, 5) - dt.timedelta(days=31)).items == []  # the window is 30 days now
    assert terms_mod.set_terms(staff, None).source == "built-in"
    assert lc.get_item(staff, "person", p.id).expires_on == add_years(TODAY, 10)


# -- extension --------------------------------------------------------------------------

def test_extension_decided_less_than_60_days_before_expiry_is_refused(admin):
    p = person(admin)
    end = add_years(TODAY, 10)
    late = end - dt.timedelta(days=59)
    with pytest.raises(HosoError) as e:
        lc.extend(admin, "person", p.id, decision(late), years=5, today=late)
    assert e.value.code == "secrecy_extend_too_late" and "60" in e.value.message
    # decided in time but typed in late: the decision date is what counts
    on_time = end - dt.timedelta(days=60)
    it = lc.extend(admin, "person", p.id, decision(on_time), years=5, today=late)
    assert it.expires_on == add_years(end, 5) and it.decided
    assert lc.get_item(admin, "person", p.id).expires_on == add_years(end, 5)


def test_extension_longer_than_the_base_term_is_refused(admin):
    p = person(admin, level=L.TOI_MAT)
    end = add_years(TODAY, 20)
    before = end - dt.timedelta(days=200)
    for kw in ({"years": 21}, {"until": add_years(end, 20) + dt.timedelta(days=1)}):
        with pytest.raises(HosoError) as e:
            lc.extend(admin, "person", p.id, decision(before), today=before, **kw)
        assert e.value.code == "secrecy_extend_too_long"
    with pytest.raises(HosoError) as e:
        lc.extend(admin, "person", p.id, decision(before), until=end, today=before)
    assert e.value.code == "secrecy_extend_not_later"
    with pytest.raises(HosoError) as e:
        lc.extend(admin, "person", p.id, lc.DecisionInfo("", before, "Ban Thường vụ"), years=2, today=before)
    assert e.value.code == "secrecy_decision_incomplete"
    with pytest.raises(HosoError) as e:
        lc.extend(admin, "person", p.id, decision(before + dt.timedelta(days=1)), years=2, today=before)
    assert e.value.code == "secrecy_decision_in_future"
    it = lc.extend(admin, "person", p.id, decision(before, "7/QĐ-TU"), until=add_years(end, 20), today=before)
    assert it.expires_on == add_years(end, 20)
    # extended again later, each time at most the base term
    again = add_years(end, 20) - dt.timedelta(days=61)
    assert lc.extend(admin, "person", p.id, decision(again, "9/QĐ-TU"), years=20, today=again).expires_on == add_years(end, 40)
    h = lc.history(admin, "person", p.id)
    assert [(d.kind, d.decision_no, d.authority, d.new_expires) for d in h.decisions] == [
        ("extend", "7/QĐ-TU", "Ban Thường vụ Tỉnh ủy", add_years(end, 20).isoformat()),
        ("extend", "9/QĐ-TU", "Ban Thường vụ Tỉnh ủy", add_years(end, 40).isoformat())]
    assert h.decisions[0].decision_date == before.isoformat() and h.decisions[0].old_expires == end.isoformat()
    # the warning list follows the extended term, not the derived one
    assert lc.expiring(admin, today=end).items == []
    assert [i.object_id for i in lc.expiring(admin, today=add_years(end, 40)).items] == [str(p.id)]


def test_a_shorter_stated_term(admin):
    p = person(admin)
    with pytest.raises(HosoError) as e:
        lc.set_term(admin, "person", p.id, DEC, years=11)
    assert e.value.code == "secrecy_term_too_long"
    it = lc.set_term(admin, "person", p.id, DEC, years=3)
    assert it.expires_on == add_years(TODAY, 3) and lc.history(admin, "person", p.id).decisions[0].kind == "classify"


def test_only_leaders_decide(staff, vault_dir):
    p = person(staff)
    before = add_years(TODAY, 10) - dt.timedelta(days=100)
    for user, pw in (("cv1", OFFICER_PW), ("vt1", CLERK_PW)):
        s = as_user(vault_dir, user, pw)
        try:
            assert lc.expiring(s, today=before).items == []  # everyone may see the list
            with pytest.raises(HosoError) as e:
                lc.extend(s, "person", p.id, decision(before), years=1, today=before)
            assert e.value.code == "permission_denied"
        finally:
            s.close()
    leader = as_user(vault_dir, "ld1", LEADER_PW)
    try:
        assert lc.extend(leader, "person", p.id, decision(before), years=1, today=before).expires_on == add_years(TODAY, 11)
        assert lc.history(leader, "person", p.id).decisions[0].made_by == "ld1"
    finally:
        leader.close()


# -- adjustment, declassification, propagation ---------------------------------------

def test_raising_a_dossier_raises_its_cases_and_lowering_below_its_parts_is_refused(admin, tmp_path):
    p = person(admin)
    cid = cases.create_case(admin, p.id, "appointment").case.id
    a = attachments.add_attachment(admin, p.id, pdf(tmp_path), title="Bản khai", secrecy=L.MAT)
    version = person_store.get(admin.vault.conn, p.id).version
    later = TODAY + dt.timedelta(days=30)
    it = lc.adjust(admin, "person", p.id, L.TOI_MAT, decision(later), today=later)
    assert it.level == L.TOI_MAT and it.classified_on == later and it.expires_on == add_years(later, 20)
    assert person_store.get(admin.vault.conn, p.id).version == version + 1  # an open editor sees a newer version
    case_item = lc.get_item(admin, "case", cid)
    assert case_item.level == L.TOI_MAT and case_item.expires_on == add_years(later, 20)
    d = lc.history(admin, "case", cid).decisions[-1]
    assert (d.kind, d.automatic, d.old_level, d.new_level, d.decision_no) == ("adjust", True, 1, 2, "12/QĐ-BTCTU")
    # the attachment raised to Tuyệt mật: the dossier and the case follow
    lc.adjust(admin, "attachment", a.id, L.TUYET_MAT, decision(later), today=later)
    assert lc.get_item(admin, "person", p.id).level == L.TUYET_MAT and lc.get_item(admin, "case", cid).level == L.TUYET_MAT
    for kind, oid in (("person", p.id), ("case", cid)):
        with pytest.raises(HosoError) as e:
            lc.adjust(admin, kind, oid, L.MAT, decision(later), today=later)
        assert e.value.code == "secrecy_below_parts"
        with pytest.raises(HosoError) as e:
            lc.declassify(admin, kind, oid, decision(later), today=later)
        assert e.value.code == "secrecy_below_parts"
    with pytest.raises(HosoError) as e:
        lc.adjust(admin, "person", p.id, L.TUYET_MAT, decision(later), today=later)
    assert e.value.code == "secrecy_same_level"
    # parts first, then the whole
    lc.adjust(admin, "attachment", a.id, L.MAT, decision(later), today=later)
    assert lc.adjust(admin, "person", p.id, L.MAT, decision(later), today=later).level == L.MAT
    assert lc.get_item(admin, "case", cid).level == L.TUYET_MAT  # lowering never cascades down by itself


def test_declassify_by_decision_and_automatically_at_expiry(admin):
    p1, p2, p3 = person(admin, "Một"), person(admin, "Hai"), person(admin, "Ba", L.TOI_MAT)
    it = lc.declassify(admin, "person", p1.id, DEC)
    assert it.level == L.NONE and it.expires_on is None
    with pytest.raises(HosoError) as e:
        lc.extend(admin, "person", p1.id, DEC, years=1)
    assert e.value.code == "secrecy_not_classified"
    d = lc.history(admin, "person", p1.id).decisions[-1]
    assert (d.kind, d.automatic, d.new_level, d.decision_no, d.made_by) == ("declassify", False, 0, "12/QĐ-BTCTU", "admin")
    end = add_years(TODAY, 10)
    assert lc.sweep(admin, today=end - dt.timedelta(days=1)) == 0
    assert lc.sweep(admin, today=end) == 1  # the day the term ends
    assert lc.get_item(admin, "person", p2.id).level == L.NONE
    assert person_store.get(admin.vault.conn, p2.id).secrecy == L.NONE
    d = lc.history(admin, "person", p2.id).decisions[-1]
    assert (d.kind, d.automatic, d.old_level, d.new_level, d.made_by) == ("declassify", True, 1, 0, "system")
    assert lc.get_item(admin, "person", p3.id).level == L.TOI_MAT
    assert lc.sweep(admin, today=end) == 0
    assert lc.expiring(admin, today=end).items == []


def test_decisions_outlive_the_item(admin):
    p = person(admin)
    lc.set_term(admin, "person", p.id, DEC, years=2)
    with admin.vault.transaction() as conn:  # as destruction does
        conn.execute("DELETE FROM persons WHERE id = ?", (p.id,))
    h = lc.history(admin, "person", p.id)
    assert h.item is None and [d.kind for d in h.decisions] == ["classify"]
    assert lc.expiring(admin, today=add_years(TODAY, 2)).items == []
    assert lc.sweep(admin, today=add_years(TODAY, 3)) == 0
    with pytest.raises(HosoError) as e:
        lc.extend(admin, "person", p.id, DEC, years=1)
    assert e.value.code == "secrecy_item_not_found"


def test_printing_never_lowers_the_level(admin, tmp_path):
    cid = concluded_case(admin)
    pid = cases.get_case(admin, cid).case.person_id
    first = api.print_form(admin, api.conclusion_draft(admin, cid), tmp_path / "kl.pdf")
    doc_id = first.document_id
    assert lc.get_item(admin, "form_document", doc_id).level == L.MAT
    # the dossier raised by decision: its case and the issued conclusion follow
    lc.adjust(admin, "person", pid, L.TOI_MAT, DEC)
    assert lc.get_item(admin, "form_document", doc_id).level == L.TOI_MAT
    again = api.print_form(admin, api.conclusion_draft(admin, cid), tmp_path / "kl2.pdf", PrintJob(reason="Lưu"))
    assert again.reprint and again.digest == first.digest  # same document, same verification code
    assert "TỐI MẬT" in pages_text(again.pdf)[0] and "TỐI MẬT" not in pages_text(first.pdf)[0]
    # a Tuyệt mật attachment in the dossier: the cover is printed Tuyệt mật
    attachments.add_attachment(admin, pid, pdf(tmp_path), title="Tài liệu xác minh", secrecy=L.TUYET_MAT)
    cover = api.print_form(admin, api.cover_draft(admin, pid), tmp_path / "cover.pdf")
    assert lc.get_item(admin, "form_document", cover.document_id).level == L.TUYET_MAT
    assert "TUYỆT MẬT" in pages_text(cover.pdf)[0]
    # a printed form cannot be lowered below its sources, even by decision
    with pytest.raises(HosoError) as e:
        lc.adjust(admin, "form_document", doc_id, L.MAT, DEC)
    assert e.value.code == "secrecy_below_parts"


# -- the command line ------------------------------------------------------------------

def run(args: list[str], vault, stdin: str = ADMIN_PW + "\n"):
    cmd = [sys.executable, "-m", "ui.launcher", *args, "--vault", str(vault), "--user", "admin", "--password-stdin", "--json"]
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, HOSO_LANG="vi"), timeout=120)
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


def test_cli_list_history_and_decisions(admin, vault_dir):
    p = person(admin, "Vũ Thị Mai")
    end = add_years(TODAY, 10)
    r, js = run(["secrecy", "list", "--as-of", (end - dt.timedelta(days=30)).strftime("%d/%m/%Y")], vault_dir)
    assert r.returncode == 0, r.stderr
    assert js["window_days"] == 90 and [(i["object_kind"], i["object_id"], i["level"], i["days_left"]) for i in js["items"]] == [
        ("person", str(p.id), "mat", 30)]
    assert js["items"][0]["classified_on"] == TODAY.isoformat() and js["items"][0]["expires_on"] == end.isoformat()
    r, js = run(["secrecy", "list", "--expiring-days", "90", "--kind", "case"], vault_dir)
    assert r.returncode == 0 and js["items"] == []
    dmy = TODAY.strftime("%d/%m/%Y")
    r, js = run(["secrecy", "extend", "person", str(p.id), "--years", "11", "--decision", "5/QĐ", "--date", dmy,
                 "--authority", "Ban Thường vụ"], vault_dir)
    assert r.returncode == 1 and js["error"] == "secrecy_extend_too_long"
    r, js = run(["secrecy", "extend", "person", str(p.id), "--years", "2", "--decision", "5/QĐ", "--date", dmy,
                 "--authority", "Ban Thường vụ", "--reason", "Còn giá trị"], vault_dir)
    assert r.returncode == 0 and js["expires_on"] == add_years(end, 2).isoformat()
    r, js = run(["secrecy", "adjust", "person", str(p.id), "--level", "toi_mat", "--decision", "6/QĐ", "--date", dmy,
                 "--authority", "Ban Thường vụ"], vault_dir)
    assert r.returncode == 0 and js["level"] == "toi_mat"
    r, js = run(["secrecy", "declassify", "person", str(p.id), "--decision", "7/QĐ", "--date", dmy, "--authority", "Ban Thường vụ"], vault_dir)
    assert r.returncode == 0 and js["level"] == "none"
    r, js = run(["secrecy", "history", "person", str(p.id)], vault_dir)
    assert r.returncode == 0 and [d["kind"] for d in js["decisions"]] == ["extend", "adjust", "declassify"]
    assert js["decisions"][0]["decision_no"] == "5/QĐ" and js["decisions"][0]["reason"] == "Còn giá trị"
    r, js = run(["secrecy", "sweep"], vault_dir)
    assert r.returncode == 0 and js["declassified"] == 0
    r, js = run(["secrecy", "terms"], vault_dir)
    assert r.returncode == 0 and js["base_years"] == {"mat": 10, "toi_mat": 20, "tuyet_mat": 30} and js["extension_notice_days"] == 60
    r, js = run(["secrecy", "extend", "person", str(p.id), "--years", "2", "--decision", "5/QĐ", "--date", "31/02/2026",
                 "--authority", "X"], vault_dir)
    assert r.returncode == 2 and js["error"] == "usage"
