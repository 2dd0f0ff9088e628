"""Printing over a real vault: refusals, numbering, copies, register, reprints, verify."""

import datetime as dt
import json

import pytest

from app import cases
from app.errors import HosoError, PermissionDenied
from app.exchange.units import own_unit
from app.forms import api, seal
from app.forms.preview import preview
from app.forms.service import PrintJob
from app.forms.verify import verify
from app.store import copies
from app.vault import open_vault
from app.workflow.states import CaseState as S
from tests.conftest import OFFICER_PW
from tests.forms_helpers import NAME, RELATIVE, advance_to, concluded_case, make_person, pages_text, pdftotext


def test_conclusion_of_an_open_case_is_refused(admin):
    p = make_person(admin)
    cid = cases.create_case(admin, p.id, "appointment").case.id
    advance_to(admin, cid, S.AWAITING_DECISION)
    with pytest.raises(HosoError) as e:
        api.conclusion_draft(admin, cid)
    assert e.value.code == "case_not_concluded" and "chưa kết luận" in e.value.message and "Chờ quyết định" in e.value.message


def test_print_three_copies_registers_them(admin, tmp_path):
    cid = concluded_case(admin)
    out = tmp_path / "kl.pdf"
    res = api.print_form(admin, api.conclusion_draft(admin, cid), out, PrintJob(copies=3))
    assert res.number == "1-KL/TU" and (res.first_copy, res.last_copy, res.copies) == (1, 3, 3)
    texts = pages_text(out.read_bytes())
    assert len(texts) == res.pages == 3 * res.pages_per_copy
    for i, t in enumerate(texts):
        assert "MẬT" in t and f"Bản số: {i // res.pages_per_copy + 1}/3" in t
    first = texts[0]
    for s in ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 1-KL/TU", f"đồng chí {NAME}", NAME.upper(), "bảo đảm tiêu chuẩn chính trị", res.code):
        assert s in first.replace("\n", " ") or s in "\n".join(texts), s
    layout_text = pdftotext(out)
    if layout_text:
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in layout_text and "Số 1-KL/TU" in layout_text
    entry = copies.entries(admin.vault.conn)[0]
    assert (entry.kind, entry.object_kind, entry.object_id, entry.copies) == ("print", "case", str(cid), 3)
    assert "1-KL/TU" in entry.reason and "bản số 1–3/3" in entry.reason and "người cho phép: admin" in entry.reason
    assert entry.destination == str(out)
    actions = [r[0] for r in admin.vault.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 3")]
    assert "form_printed" in actions


def test_reprint_needs_a_reason_and_continues_the_copies(admin, tmp_path):
    cid = concluded_case(admin)
    a = api.print_form(admin, api.conclusion_draft(admin, cid), tmp_path / "a.pdf", PrintJob(copies=2))
    with pytest.raises(HosoError) as e:
        api.print_form(admin, api.conclusion_draft(admin, cid), tmp_path / "b.pdf", PrintJob(copies=2))
    assert e.value.code == "reason_required" and not (tmp_path / "b.pdf").exists()
    b = api.print_form(admin, api.conclusion_draft(admin, cid), tmp_path / "b.pdf", PrintJob(copies=2, reason="Bổ sung hồ sơ lưu"))
    assert b.reprint and b.number == a.number and b.digest == a.digest and (b.first_copy, b.last_copy) == (3, 4)
    texts = pages_text((tmp_path / "b.pdf").read_bytes())
    assert "Bản số: 3/4" in texts[0] and "Bản số: 4/4" in texts[-1]
    assert "lý do: Bổ sung hồ sơ lưu" in copies.entries(admin.vault.conn)[0].reason


def test_numbers_are_per_body_type_term_and_never_reused(admin, tmp_path):
    c1, c2 = concluded_case(admin), concluded_case(admin, make_person(admin, "Lê Văn Tám"))
    n1 = api.print_form(admin, api.conclusion_draft(admin, c1), tmp_path / "1.pdf").number
    with pytest.raises(HosoError):  # a write that fails undoes the number with everything else
        api.print_form(admin, api.conclusion_draft(admin, c2), tmp_path / "missing" / "2.pdf")
    n2 = api.print_form(admin, api.conclusion_draft(admin, c2), tmp_path / "2.pdf").number
    assert (n1, n2) == ("1-KL/TU", "2-KL/TU")
    req = cases.get_case(admin, c1).requests[0]
    assert api.print_form(admin, api.request_draft(admin, req.id), tmp_path / "cv.pdf").number == "1-CV/BTCTU"
    assert api.print_form(admin, api.report_draft(admin, c1), tmp_path / "bc.pdf").number == "1-BC/BTCTU"
    assert api.print_form(admin, api.appraisal_draft(admin, c1), tmp_path / "ttr.pdf").number == "1-TTr/BTCTU"
    symbols = [r[0] for r in admin.vault.conn.execute("SELECT symbol FROM form_documents WHERE symbol IS NOT NULL")]
    assert len(symbols) == len(set(symbols)) == 5
    assert admin.vault.conn.execute("SELECT last FROM form_counters WHERE doc_type = 'KL'").fetchone()[0] == 2


def test_request_letter_names_the_relative_and_has_a_reply_slip(admin, tmp_path):
    p = make_person(admin)
    cid = cases.create_case(admin, p.id, "admission").case.id
    cases.advance(admin, cid, S.COLLECTING)
    cases.advance(admin, cid, S.VERIFYING)
    item = next(i for i in cases.get_case(admin, cid).items if i.relative_id)
    today = dt.date.today()
    r = cases.add_request(admin, cid, "Công an xã Thái Hòa", today, today + dt.timedelta(days=20), item_code=item.code)
    res = api.print_form(admin, api.request_draft(admin, r.id), tmp_path / "cv.pdf")
    texts = pages_text((tmp_path / "cv.pdf").read_bytes())
    assert res.pages == 2 and "V/v thẩm tra, xác minh lý lịch" in texts[0] and "Kính gửi: Công an xã Thái Hòa" in texts[0]
    assert RELATIVE.upper() in texts[0] and "Bố" in texts[0]
    assert "PHIẾU TRẢ LỜI THẨM TRA, XÁC MINH" in texts[1] and f"văn bản số {res.number}" in texts[1]
    assert (today + dt.timedelta(days=20)).strftime("%d/%m/%Y") in texts[0]


def test_report_and_appraisal_follow_the_case(admin, tmp_path):
    p = make_person(admin)
    cid = cases.create_case(admin, p.id, "appointment").case.id
    advance_to(admin, cid, S.VERIFYING)
    with pytest.raises(HosoError) as e:
        api.report_draft(admin, cid)
    assert e.value.code == "case_not_ready"
    advance_to(admin, cid, S.AWAITING_DECISION, outcome="meets_with_limit", limit="Không bố trí vào vị trí cơ mật", issues=["LS-NT"])
    ttr = api.print_form(admin, api.appraisal_draft(admin, cid), tmp_path / "t.pdf")
    text = "\n".join(pages_text((tmp_path / "t.pdf").read_bytes()))
    assert "TỜ TRÌNH" in text and "Không bố trí vào vị trí cơ mật" in text and "LS-NT" in text and "TRƯỞNG BAN" in text
    # the same case, unchanged: printing again is a reprint of the same number
    with pytest.raises(HosoError):
        api.print_form(admin, api.appraisal_draft(admin, cid), tmp_path / "t2.pdf")
    # returned and proposed again: a new submission with a new number
    cases.advance(admin, cid, S.APPRAISING, note="Làm rõ thêm")
    cases.advance(admin, cid, S.AWAITING_DECISION, outcome="meets", note="Đã làm rõ")
    assert api.print_form(admin, api.appraisal_draft(admin, cid), tmp_path / "t3.pdf").number == "2-TTr/BTCTU"


def test_verify_typed_code_and_qr(admin, tmp_path):
    cid = concluded_case(admin)
    res = api.print_form(admin, api.conclusion_draft(admin, cid), tmp_path / "kl.pdf", PrintJob(copies=2))
    v = verify(admin, res.code)
    assert v.status == "valid" and v.number == res.number and v.copies_issued == 2 and NAME in v.title
    number, groups = res.code.split(" ")
    v = verify(admin, f"Số {number.lower()} {groups.lower().replace('-', ' ')}")
    assert v.ok
    unit = own_unit(admin.vault.conn)
    payload = seal.qr_payload(unit.code, res.number, 2, 2, bytes.fromhex(res.digest), unit.identity.sign)
    v = verify(admin, payload)
    assert v.status == "valid" and v.copy == 2 and v.signature_ok
    forged = payload.replace(":2/2:", ":3/3:")
    assert verify(admin, forged).status == "bad_signature"
    assert verify(admin, f"{res.number} 0000-0000-0000").status == "unknown"
    admin.vault.conn.execute("UPDATE form_documents SET content = replace(content, 'bảo đảm', 'không bảo đảm')")
    assert verify(admin, res.code).status == "altered"


def test_preview_is_not_a_copy_and_renders_to_rgb(admin):
    cid = concluded_case(admin)
    before = len(copies.entries(admin.vault.conn))
    pv = preview(admin, api.conclusion_draft(admin, cid))
    assert pv.number == "" and pv.page_count >= 1
    page = pv.page(0, scale=0.5)
    assert page.width == round(595 * 0.5) and len(page.rgb) >= page.height * page.width * 3
    assert "BẢN XEM TRƯỚC" in pages_text(pv.pdf)[0] and "-KL/TU" in pages_text(pv.pdf)[0]
    assert len(copies.entries(admin.vault.conn)) == before
    assert admin.vault.conn.execute("SELECT count(*) FROM form_documents").fetchone()[0] == 0


def test_cover_fingerprint_and_books(admin, tmp_path):
    p = make_person(admin)
    concluded_case(admin, p)
    cover = api.print_form(admin, api.cover_draft(admin, p.id), tmp_path / "cover.pdf")
    assert cover.number == "" and NAME.upper() in pages_text((tmp_path / "cover.pdf").read_bytes())[0]
    fp = api.print_form(admin, api.fingerprint_draft(admin), tmp_path / "fp.pdf")
    text = pages_text((tmp_path / "fp.pdf").read_bytes())[0]
    assert own_unit(admin.vault.conn).card().fingerprint in text and "MẬT" not in text and "Bản số: 1/1" in text
    for n in range(70):  # enough rows for several pages
        with admin.vault.transaction() as conn:
            copies.register(conn, "admin", "print", "case", n, 1, 1, "máy in", f"Bản in thử số {n} của tài liệu")
    book = api.print_form(admin, api.register_draft(admin, "copy"), tmp_path / "book.pdf")
    pages = pages_text((tmp_path / "book.pdf").read_bytes())
    assert book.pages == len(pages) >= 2
    for i, t in enumerate(pages, 1):
        assert "Số bản, người cho phép, lý do" in t and f"Trang {i}/{len(pages)}" in t and "Ngày in:" in t and "MẬT" in t
    assert "Bản in thử số 69" in pages[-1]
    for kind in ("outgoing", "incoming"):
        api.print_form(admin, api.register_draft(admin, kind), tmp_path / f"{kind}.pdf")


def test_recovery_sheet_needs_the_real_key_and_an_admin(admin, created, vault_dir, tmp_path, staff):
    with pytest.raises(HosoError) as e:
        api.recovery_draft(admin, "0000-0000-0000-0000-0000-0000-0000-0000-0000")
    assert e.value.code == "bad_recovery_key"
    res = api.print_form(admin, api.recovery_draft(admin, created.recovery_key), tmp_path / "rk.pdf")
    text = pages_text((tmp_path / "rk.pdf").read_bytes())[0].replace("\n", " ")
    assert "TỐI MẬT" in text and created.recovery_key.replace("-", "")[:20] in text.replace("-", "").replace(" ", "")
    row = admin.vault.conn.execute("SELECT content, digest FROM form_documents WHERE form = 'recovery'").fetchone()
    assert row == (None, "")  # the key is never kept
    assert res.register_number > 0
    officer = open_vault(vault_dir, "cv1", OFFICER_PW)
    try:
        with pytest.raises(PermissionDenied):
            api.recovery_draft(officer, created.recovery_key)
        api.print_form(officer, api.fingerprint_draft(officer), tmp_path / "fp.pdf")  # officers print forms
    finally:
        officer.close()


def test_template_import_changes_the_wording(admin, tmp_path):
    cid = concluded_case(admin)
    text = api.template_text(admin, "conclusion").replace("version = 1", "version = 2").replace(
        "Xét đề nghị và kết quả thẩm định", "Xét Tờ trình và kết quả thẩm định")
    f = tmp_path / "conclusion.toml"
    f.write_text(text, "utf-8")
    assert api.import_template(admin, f) == ("conclusion", 2)
    with pytest.raises(HosoError) as e:
        api.import_template(admin, f)
    assert "không mới hơn" in e.value.message
    f.write_text(text.replace("version = 2", "version = 3").replace("{name}", "{ho_ten}", 1), "utf-8")
    with pytest.raises(HosoError) as e:
        api.import_template(admin, f)
    assert e.value.code == "bad_form_template" and "ho_ten" in e.value.message
    api.print_form(admin, api.conclusion_draft(admin, cid), tmp_path / "kl.pdf")
    assert "Xét Tờ trình và kết quả thẩm định" in "\n".join(pages_text((tmp_path / "kl.pdf").read_bytes()))
    assert {r["name"]: r["version"] for r in api.template_versions(admin)}["conclusion"] == 2
    stored = admin.vault.conn.execute("SELECT content FROM form_documents").fetchone()[0]
    assert json.loads(stored)["number"] == "1-KL/TU"
