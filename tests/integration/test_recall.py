"""Recall when a user leaves: open cases assigned, printed copies not destroyed, exports, carriers out."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app import carriers, cases, destruction, users
from app.destruction import ItemKind, ItemSpec, Member
from app.errors import HosoError, PermissionDenied
from app.forms import api
from app.forms.service import PrintJob
from app.recall import recall_list
from app.vault import open_vault
from tests.conftest import ADMIN_PW, OFFICER_PW, run_hoso
from tests.forms_helpers import advance_to, make_person
from app.workflow.states import CaseState as S

TODAY = dt.date.today()
COUNCIL = [Member("Lê Văn Lãnh", "Chủ tịch"), Member("Phạm Thị Văn", "Văn thư")]


def _holdings(staff, vault_dir):
    """cv1 works two cases (one concluded), prints a cover twice, and takes a carrier out."""
    person = make_person(staff)
    open_case = cases.create_case(staff, person.id, "appointment", officer="cv1").case.id
    done = cases.create_case(staff, person.id, "appointment", officer="cv1").case.id
    advance_to(staff, done, S.CONCLUDED)
    cases.create_case(staff, person.id, "appointment", officer="ld1")  # someone else's
    officer = open_vault(vault_dir, "cv1", OFFICER_PW)
    try:
        res = api.print_form(officer, api.cover_draft(officer, person.id), None, PrintJob(copies=3))
    finally:
        officer.close()
    carriers.register_carrier(staff, "USB-20", "S-20")
    carriers.take_out(staff, "USB-20", "cv1", "4/GP", TODAY, "Trưởng ban", "Hồ sơ đi thẩm tra")
    return person, open_case, done, res


def test_recall_lists_what_the_user_holds(staff, vault_dir):
    person, open_case, done, res = _holdings(staff, vault_dir)
    r = recall_list(staff, "cv1")
    assert r.user == "cv1" and r.active and not r.empty
    assert [c.id for c in r.cases] == [open_case]  # the concluded case is not held any more
    [copy] = r.copies
    assert copy.kind == "print" and copy.copy_numbers == [1, 2, 3] and copy.object_kind == "person" and copy.object_id == str(person.id)
    [(carrier, use)] = r.carriers
    assert carrier.label == "USB-20" and use.permit_no == "4/GP"
    # The administrator disables the account: the list stays, to be collected.
    users.deactivate_user(staff, "cv1")
    r = recall_list(staff, "cv1")
    assert not r.active and len(r.cases) == 1 and r.carriers
    # Copy 2 destroyed, the carrier returned: they leave the list.
    proc = destruction.propose(staff, [ItemSpec(ItemKind.FORM_COPY, str(res.document_id), copy_number="2")], COUNCIL, "Đốt")
    destruction.decide(staff, proc.id, "1-QĐ", TODAY, "Trưởng ban")
    destruction.execute(staff, proc.id, confirmed=True)
    carriers.return_carrier(staff, "USB-20")
    r = recall_list(staff, "cv1")
    assert r.copies[0].copy_numbers == [1, 3] and r.carriers == []
    assert recall_list(staff, "vt1").empty


def test_recall_is_for_the_administrator(staff, vault_dir):
    officer = open_vault(vault_dir, "cv1", OFFICER_PW)
    try:
        with pytest.raises(PermissionDenied):
            recall_list(officer, "ld1")
    finally:
        officer.close()
    with pytest.raises(HosoError) as e:
        recall_list(staff, "khongco")
    assert e.value.code == "unknown_user"


@pytest.mark.real_kdf
def test_cli_user_recall(staff, vault_dir):
    _, open_case, _, _ = _holdings(staff, vault_dir)
    staff.close()
    r = run_hoso(["user", "recall", "cv1", "--vault", str(vault_dir), "--user", "admin", "--password-stdin", "--json"], ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["user"] == "cv1" and out["active"] is True
    assert [c["id"] for c in out["cases"]] == [open_case]
    assert out["copies"][0]["copy_numbers"] == [1, 2, 3]
    assert out["carriers"][0]["label"] == "USB-20"


def _text(pdf: bytes) -> str:
    from tests.forms_helpers import pages_text

    return "\n".join(pages_text(pdf))


def test_recall_list_prints_and_reads_back(staff, vault_dir, tmp_path):
    from app.recall import print_recall
    from app.store import copies

    person, open_case, done, res = _holdings(staff, vault_dir)
    out = tmp_path / "thu-hoi-cv1.pdf"
    printed = print_recall(staff, "cv1", out)
    assert printed.path == out and out.read_bytes()[:5] == b"%PDF-"
    text = _text(out.read_bytes())
    flat = " ".join(text.split())
    assert "DANH SÁCH TÀI LIỆU, VẬT MANG BÍ MẬT NHÀ NƯỚC CẦN THU HỒI" in flat
    assert f"Vụ việc số {open_case}" in flat and f"Vụ việc số {done}" not in flat  # the concluded case is not held
    assert person.full_name in flat
    assert "bản số 1, 2, 3" in flat  # the three printed copies of the cover
    assert "USB-20" in flat and "S-20" in flat and "4/GP" in flat and "Hồ sơ đi thẩm tra" in flat
    assert "NGƯỜI BÀN GIAO" in flat and "NGƯỜI NHẬN LẠI" in flat
    assert "1 vụ việc, 1 bản in, bản sao, 1 vật mang tin" in flat
    # Printing it is a copy like any other: numbered, in the copying register, in the audit trail.
    entry = copies.entries(staff.vault.conn, 1)[0]
    assert (entry.kind, entry.object_kind, entry.object_id) == ("print", "user", "cv1")
    assert printed.register_number == entry.number
    actions = [a for (a,) in staff.vault.conn.execute("SELECT action FROM audit WHERE object_kind = 'user' AND object_id = 'cv1'")]
    assert "form_printed" in actions


def test_an_empty_recall_list_says_so(staff, tmp_path):
    from app.recall import print_recall

    res = print_recall(staff, "vt1", tmp_path / "vt1.pdf")
    flat = " ".join(_text(res.pdf).split())
    assert "không giữ tài liệu, vật mang bí mật nhà nước nào cần thu hồi" in flat
    assert "I. Vụ việc" not in flat and "III. Vật mang tin" not in flat


def test_printing_the_recall_list_is_for_the_administrator(staff, vault_dir, tmp_path):
    from app.recall import print_recall

    officer = open_vault(vault_dir, "cv1", OFFICER_PW)
    try:
        with pytest.raises(PermissionDenied):
            print_recall(officer, "ld1", tmp_path / "x.pdf")
    finally:
        officer.close()
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.real_kdf
def test_cli_user_recall_pdf(staff, vault_dir, tmp_path):
    _, open_case, _, _ = _holdings(staff, vault_dir)
    staff.close()
    out = tmp_path / "recall.pdf"
    r = run_hoso(["user", "recall", "cv1", "--pdf", str(out), "--vault", str(vault_dir), "--user", "admin", "--password-stdin",
                  "--json"], ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["pdf"]["path"] == str(out) and got["pdf"]["pages"] >= 1 and [c["id"] for c in got["cases"]] == [open_case]
    flat = " ".join(_text(out.read_bytes()).split())
    assert f"Vụ việc số {open_case}" in flat and "USB-20" in flat
