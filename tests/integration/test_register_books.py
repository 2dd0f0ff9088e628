"""Registers as real books over a real vault: numbering per year (never reused), cancellations and corrections kept
visible, closed volumes refusing changes, Tuyệt mật abstracts only with an authorisation, printed books and the
hand-over slip read back from the PDF, and the `hoso register` / `hoso bundle slip` commands as subprocesses."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app import handover, registers
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError, PermissionDenied
from app.exchange import bundles, units
from app.forms import api
from app.store import copies
from app.store import registers as store
from app.vault import open_vault
from tests.conftest import ADMIN_PW, CLERK_PW, OFFICER_PW, run_hoso
from tests.exchange_helpers import unit as _unit
from tests.forms_helpers import make_person, pages_text


def ts(y, m, d, hh=10, mm=0) -> float:
    return dt.datetime(y, m, d, hh, mm).timestamp()


def squeeze(text: str) -> str:
    return "".join(text.split())


def paper(session, kind="incoming", abstract="Công văn về nhân sự", now=None, secrecy=SecrecyLevel.MAT, **extra):
    fields = {"incoming": {"date_received": "2025-12-30", "sender": "Công an tỉnh", "number_symbol": "12-CV/CAT", "abstract": abstract},
              "outgoing": {"number_symbol": "15-CV/BTCTU", "date": "2025-12-30", "abstract": abstract, "copies": "2"}}[kind]
    return registers.add_entry(session, kind, secrecy, {**fields, **extra}, now=now)


def test_numbering_runs_per_year_across_the_boundary_and_never_reuses_a_cancelled_number(admin):
    a = paper(admin, now=ts(2025, 12, 31, 23, 50))
    b = paper(admin, now=ts(2025, 12, 31, 23, 55))
    registers.cancel_entry(admin, "incoming", b.id, "Ghi nhầm sổ")
    c = paper(admin, now=ts(2025, 12, 31, 23, 59))  # after a cancellation: the cancelled number stays taken
    d = paper(admin, now=ts(2026, 1, 1, 0, 1))
    e = paper(admin, now=ts(2026, 1, 1, 8, 0))
    assert [(x.year, x.number) for x in (a, b, c, d, e)] == [(2025, 1), (2025, 2), (2025, 3), (2026, 1), (2026, 2)]
    listed = registers.list_register(admin, "incoming")
    assert [(x.year, x.number) for x in listed] == [(2026, 2), (2026, 1), (2025, 3), (2025, 2), (2025, 1)]  # newest first
    cancelled = next(x for x in listed if x.id == b.id)
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "Ghi nhầm sổ" and cancelled.cancelled_by == "admin"
    # Other registers number on their own; the copying register too.
    out = paper(admin, "outgoing", now=ts(2026, 1, 1, 9))
    assert (out.year, out.number) == (2026, 1)
    with admin.vault.transaction() as conn:
        first = copies.register(conn, "admin", "print", "case", 1, SecrecyLevel.MAT, now=ts(2025, 12, 31, 12))
        second = copies.register(conn, "admin", "print", "case", 1, SecrecyLevel.MAT, now=ts(2026, 1, 2, 12))
    assert (first.year, first.number, second.year, second.number) == (2025, 1, 2026, 1)
    # A cancelled entry is refused a second cancellation or a correction; it keeps its content.
    with pytest.raises(HosoError) as err:
        registers.correct_entry(admin, "incoming", b.id, "sender", "Khác", "thử")
    assert err.value.code == "register_entry_cancelled"
    with pytest.raises(HosoError) as err:
        registers.cancel_entry(admin, "incoming", a.id, "   ")
    assert err.value.code == "register_reason_required"


def test_corrections_keep_the_old_value_and_show_old_to_new_on_paper(admin, tmp_path):
    e = paper(admin, now=ts(2026, 3, 2))
    fixed = registers.correct_entry(admin, "incoming", e.id, "sender", "Công an tỉnh Tuyên Quang", "Ghi thiếu tên tỉnh")
    fixed = registers.correct_entry(admin, "incoming", e.id, "date_received", "03/03/2026", "Sai ngày đến")
    assert fixed.fields["sender"] == "Công an tỉnh Tuyên Quang" and fixed.fields["date_received"] == "2026-03-03"
    assert [(c.field, c.old, c.new, c.reason) for c in fixed.corrections] == [
        ("sender", "Công an tỉnh", "Công an tỉnh Tuyên Quang", "Ghi thiếu tên tỉnh"),
        ("date_received", "2025-12-30", "2026-03-03", "Sai ngày đến")]
    with pytest.raises(HosoError) as err:
        registers.correct_entry(admin, "incoming", e.id, "sender", "Công an tỉnh Tuyên Quang", "lần nữa")
    assert err.value.code == "register_same_value"
    with pytest.raises(HosoError) as err:
        registers.correct_entry(admin, "incoming", e.id, "secrecy_level", "x", "y")
    assert err.value.code == "register_field_unknown"
    with pytest.raises(HosoError) as err:
        registers.correct_entry(admin, "incoming", e.id, "document_date", "31/02/2026", "ngày sai")
    assert err.value.code == "register_bad_value" and registers.get_entry(admin, "incoming", e.id).fields.get("document_date") is None
    gone = paper(admin, now=ts(2026, 3, 4), abstract="Ghi nhầm")
    registers.cancel_entry(admin, "incoming", gone.id, "Trùng mục số 1")
    pdf = api.print_form(admin, api.register_draft(admin, "incoming"), tmp_path / "den.pdf").pdf
    text = squeeze(" ".join(pages_text(pdf)))  # narrow columns wrap anywhere
    assert squeeze("Công an tỉnh → Công an tỉnh Tuyên Quang") in text and squeeze("Ghi thiếu tên tỉnh") in text
    assert squeeze("30/12/2025 → 03/03/2026") in text
    assert squeeze("ĐÃ HỦY: Trùng mục số 1") in text and squeeze("Ghi nhầm") in text  # cancelled, still there
    actions = [r[0] for r in admin.vault.conn.execute("SELECT action FROM audit WHERE action LIKE 'register_%'")]
    assert actions.count("register_entry_corrected") == 2 and "register_entry_cancelled" in actions


def test_a_closed_volume_refuses_entries_cancellations_and_corrections_and_prints_as_a_book(admin, tmp_path):
    with pytest.raises(HosoError) as err:
        registers.close_volume(admin, "incoming")
    assert err.value.code == "register_volume_empty"
    first = [paper(admin, now=ts(2026, 1, 5 + i), abstract=f"Tài liệu số {i}") for i in range(3)]
    registers.cancel_entry(admin, "incoming", first[1].id, "Ghi nhầm")
    vol = registers.close_volume(admin, "incoming", "Hết quyển")
    assert vol.volume == 1 and vol.closed and vol.closed_by == "admin"
    for action in (lambda: registers.cancel_entry(admin, "incoming", first[0].id, "muộn"),
                   lambda: registers.correct_entry(admin, "incoming", first[0].id, "sender", "Khác", "muộn"),
                   lambda: registers.close_volume(admin, "incoming")):
        with pytest.raises(HosoError) as err:
            action()
        assert err.value.code in ("register_volume_closed", "register_volume_empty")
    with admin.vault.transaction() as conn:  # no entry can be written into the closed volume: it goes to the next
        auto = store.add(conn, "incoming", "admin", SecrecyLevel.MAT, {"sender": "XA-MX", "abstract": "Gói tin"}, now=ts(2026, 2, 1))
    later = paper(admin, now=ts(2026, 2, 2))
    assert (auto.volume, auto.number, later.volume, later.number) == (2, 4, 2, 5)  # numbers run on across volumes
    assert [v.volume for v in registers.volumes(admin, "incoming")] == [1, 2]
    assert len(registers.list_register(admin, "incoming", volume=1)) == 3
    res = api.print_form(admin, api.register_draft(admin, "incoming", volume=1), tmp_path / "quyen1.pdf")
    pages = pages_text(res.pdf)
    text = " ".join(pages).replace("\n", " ")
    assert "quyển số 1" in text and "Tài liệu số 0" in text and "Gói tin" not in text
    assert "Khóa sổ: quyển số 1 gồm 3 mục (từ số 1/2026 đến số 3/2026; trong đó 1 mục đã hủy)" in text
    assert "NGƯỜI GHI SỔ" in text and "THỦ TRƯỞNG ĐƠN VỊ" in text and "Hết quyển" in text
    assert f"Trang {len(pages)}/{len(pages)}" in pages[-1]
    open_book = " ".join(pages_text(api.print_form(admin, api.register_draft(admin, "incoming", volume=2), tmp_path / "q2.pdf").pdf))
    assert "Khóa sổ" not in open_book and "NGƯỜI GHI SỔ" not in open_book  # an open volume has no closing line yet


def test_the_copying_register_has_volumes_entries_by_hand_and_cancellations(admin, tmp_path):
    e = registers.add_entry(admin, "print", SecrecyLevel.TOI_MAT, {"object": "Công văn 15-CV/TU (bản giấy)", "copies": "3",
                                                                     "reason": "Đồng chí Phó Bí thư cho phép", "destination": "Lưu"})
    assert e.kind == "paper_copy" and e.copies == 3 and e.manual and e.volume == 1
    fixed = registers.correct_entry(admin, "copy", e.id, "copies", "2", "Chỉ sao 2 bản")
    assert fixed.copies == 2 and fixed.corrections[0].old == "3"
    registers.close_volume(admin, "copy")
    with pytest.raises(HosoError) as err:
        registers.cancel_entry(admin, "copy", e.id, "muộn")
    assert err.value.code == "register_volume_closed"
    res = api.print_form(admin, api.register_draft(admin, "copy", volume=1), tmp_path / "sao.pdf")
    text = " ".join(pages_text(res.pdf)).replace("\n", " ")
    assert "Công văn 15-CV/TU" in text and "3 → 2" in text and "Khóa sổ: quyển số 1 gồm 1 mục" in text
    assert copies.entries(admin.vault.conn)[0].volume == 2  # the book's own print went into the next volume


def test_top_secret_abstract_only_with_an_authorisation(admin):
    with admin.vault.transaction() as conn:
        auto = store.add(conn, "outgoing", "admin", SecrecyLevel.TUYET_MAT, {"abstract": "Nội dung tuyệt mật", "number_symbol": "1-GT/X"})
    assert auto.fields["abstract"] == ""
    with pytest.raises(HosoError) as err:
        paper(admin, "outgoing", secrecy=SecrecyLevel.TUYET_MAT, abstract="Về nhân sự")
    assert err.value.code == "register_abstract_not_authorised"
    bare = paper(admin, "outgoing", secrecy=SecrecyLevel.TUYET_MAT, abstract="")
    with pytest.raises(HosoError) as err:
        registers.correct_entry(admin, "outgoing", bare.id, "abstract", "Về nhân sự", "bổ sung")
    assert err.value.code == "register_abstract_not_authorised"
    kept = registers.add_entry(admin, "outgoing", SecrecyLevel.TUYET_MAT, {"number_symbol": "2-CV/TU", "abstract": "Về nhân sự"},
                               authorised_by="Đồng chí Bí thư", authorisation="Ý kiến ngày 02/03/2026")
    assert kept.fields["abstract"] == "Về nhân sự"
    assert registers.authorisation(admin, kept.id).authorised_by == "Đồng chí Bí thư"
    later = registers.authorise_abstract(admin, auto.id, "Đồng chí Bí thư", "Văn bản 3-CV/TU", "Hồ sơ 3 người")
    assert later.fields["abstract"] == "Hồ sơ 3 người" and later.corrections[-1].old == ""
    assert registers.authorisation(admin, auto.id).decision == "Văn bản 3-CV/TU"
    with pytest.raises(HosoError) as err:
        registers.authorise_abstract(admin, bare.id, "", "", "x")
    assert err.value.code == "register_authorisation_required"


def test_keeping_registers_needs_the_permission(staff, vault_dir):
    e = paper(staff)
    officer = open_vault(vault_dir, "cv1", OFFICER_PW)
    try:
        assert len(registers.list_register(officer, "incoming")) == 1  # reading is for everyone
        for action in (lambda: paper(officer), lambda: registers.cancel_entry(officer, "incoming", e.id, "x"),
                       lambda: registers.correct_entry(officer, "incoming", e.id, "sender", "y", "x"),
                       lambda: registers.close_volume(officer, "incoming")):
            with pytest.raises(PermissionDenied):
                action()
    finally:
        officer.close()
    clerk = open_vault(vault_dir, "vt1", CLERK_PW)
    try:
        registers.cancel_entry(clerk, "incoming", e.id, "Văn thư hủy")
        assert registers.close_volume(clerk, "incoming").closed
    finally:
        clerk.close()


def test_every_book_prints_with_its_official_columns(admin, tmp_path):
    with admin.vault.transaction() as conn:
        store.add(conn, "carrier", "admin", SecrecyLevel.MAT, {"carrier_label": "USB-07", "carrier_serial": "SN123", "taken_by": "Lê Văn A"})
        store.add(conn, "destruction", "admin", SecrecyLevel.TOI_MAT, {"procedure_no": "01/BB", "method": "Nghiền", "council": "Ông A, bà B"})
    for kind, title, value in (("carrier", "Người cho phép", "USB-07"), ("destruction", "Hình thức tiêu hủy", "Nghiền"),
                               ("handover", "Người giao", "")):
        text = " ".join(pages_text(api.print_form(admin, api.register_draft(admin, kind), tmp_path / f"{kind}.pdf").pdf))
        assert squeeze(title) in squeeze(text) and value in text
    cols = [c.key for c in registers.input_columns(admin.vault.conn, "handover")]
    assert cols[:3] == ["date", "number_symbol", "document_date"] and "number" not in cols and "secrecy" not in cols


@pytest.fixture
def sent(tmp_path):
    """A real bundle sent from XA-MX to TINH-TQ: its outgoing entry."""
    xa = _unit(tmp_path, "XA-MX", "Đảng ủy xã Minh Xuân")
    tinh = _unit(tmp_path, "TINH-TQ", "Ban Tổ chức Tỉnh ủy Tuyên Quang")
    card = units.export_card(tinh, tmp_path / "t.card")
    units.trust_unit(xa, (tmp_path / "t.card").read_bytes(), card.fingerprint)
    person = make_person(xa)
    usb = tmp_path / "usb"
    usb.mkdir()
    bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[person.id], carrier="USB-03 (SN 99)")
    yield xa, registers.list_register(xa, "outgoing")[0]
    xa.close()
    tinh.close()


def test_hand_over_slip_is_entered_in_the_register_and_printed_for_signatures(sent, tmp_path):
    xa, out = sent
    slip = handover.print_slip(xa, out.id, tmp_path / "bb.pdf", "Nguyễn Văn Giao", "Trần Thị Nhận")
    h = slip.entry
    assert h.register == "handover" and h.number == 1 and h.object_id == str(out.id)
    assert h.fields["giver"] == "Nguyễn Văn Giao" and h.fields["number_symbol"] == out.fields["number_symbol"]
    text = " ".join(pages_text((tmp_path / "bb.pdf").read_bytes())).replace("\n", " ")
    for part in ("BIÊN BẢN GIAO NHẬN", f"Số {h.number}/{h.year}", "BÊN GIAO", "BÊN NHẬN", "Nguyễn Văn Giao", "Trần Thị Nhận",
                 out.fields["number_symbol"], "TINH-TQ", "USB-03 (SN 99)", "MẬT", f"sổ văn bản mật đi số {out.number}/{out.year}"):
        assert part in text, part
    again = handover.print_slip(xa, out.id, tmp_path / "bb2.pdf", "Nguyễn Văn Giao", "Trần Thị Nhận")
    assert again.entry.id == h.id and len(registers.list_register(xa, "handover")) == 1  # a reprint, not a second hand-over
    assert copies.entries(xa.vault.conn)[0].reason.startswith(f"Biên bản giao nhận số {h.number}/{h.year}")
    with pytest.raises(HosoError) as err:
        handover.record(xa, out.id, "  ", "B")
    assert err.value.code == "handover_names_required"
    with pytest.raises(HosoError) as err:
        handover.record(xa, h.id, "A", "B")
    assert err.value.code == "handover_not_outgoing"


def test_register_and_slip_commands(sent, tmp_path):
    xa, out = sent
    vault = str(xa.vault.path)

    def run(*args):
        r = run_hoso([*args, "--vault", vault, "--user", "admin", "--password-stdin", "--json"], stdin=ADMIN_PW + "\n")
        return r, json.loads(r.stdout) if r.stdout.strip() else {}

    r, js = run("bundle", "slip", str(out.id), "-o", str(tmp_path / "slip.pdf"), "--giver", "Người Giao", "--receiver", "Người Nhận")
    assert r.returncode == 0, r.stderr
    assert js["handover_number"].startswith("1/") and js["pages"] >= 1 and (tmp_path / "slip.pdf").exists()
    r, js = run("register", "add", "--kind", "incoming", "--set", "sender=Công an tỉnh", "--set", "abstract=Về nhân sự",
                "--set", "date_received=02/03/2026")
    assert r.returncode == 0, r.stderr
    entry_id = js["id"]
    assert js["fields"]["date_received"] == "2026-03-02" and js["volume"] == 1 and js["manual"]
    r, js = run("register", "correct", "--kind", "incoming", str(entry_id), "--field", "sender", "--value", "Công an tỉnh TQ",
                "--reason", "Ghi rõ")
    assert r.returncode == 0 and js["corrections"][0]["old"] == "Công an tỉnh"
    r, js = run("register", "list", "--kind", "incoming")
    e = js["entries"][0]
    assert {"number", "year", "volume", "date", "secrecy", "status", "fields", "corrections"} <= set(e) and e["sender"] == "Công an tỉnh TQ"
    r, js = run("register", "close", "--kind", "incoming")
    assert r.returncode == 0 and js["closed"] and js["volume"] == 1
    r, js = run("register", "cancel", "--kind", "incoming", str(entry_id), "--reason", "muộn")
    assert r.returncode == 1 and js["error"] == "register_volume_closed" and "Traceback" not in r.stderr
    r, js = run("register", "print", "--kind", "incoming", "--volume", "1", "-o", str(tmp_path / "den.pdf"))
    assert r.returncode == 0 and "Khóa sổ" in " ".join(pages_text((tmp_path / "den.pdf").read_bytes()))
    r, js = run("register", "list", "--kind", "print")  # the old name of the copying register
    assert r.returncode == 0 and js["entries"][0]["kind"] == "print" and js["kind"] == "print"
    r, js = run("register", "list", "--kind", "handover")
    assert len(js["entries"]) == 1 and js["entries"][0]["giver"] == "Người Giao"
    r, _ = run("register", "list", "--kind", "nope")
    assert r.returncode == 2
