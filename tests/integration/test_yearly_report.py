"""The yearly secrets report: figures against a hand count, with rows placed on the
window's edges (14/12 23:59:59 out, 15/12 00:00 in), and its .xlsx and PDF read back."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys

import pytest

from app import dossiers, incidents, yearly_report
from app.attachments import add_attachment
from app.cases import create_case
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel as L
from app.errors import HosoError
from app.incidents import IncidentKind, NewIncident
from app.store import copies, registers
from tests.conftest import ADMIN_PW, ROOT
from tests.forms_helpers import pdftotext

YEAR = 2025


def at(*parts) -> float:
    return dt.datetime(*parts).timestamp()


BEFORE = at(2024, 12, 14, 23, 59, 59)  # last second of the previous window: not counted
START = at(2024, 12, 15, 0, 0, 0)  # first second of the window
MID = at(2025, 6, 1, 10, 0, 0)
LAST = at(2025, 12, 14, 23, 59, 59)  # last second of the window
AFTER = at(2025, 12, 15, 0, 0, 0)  # first second of the next window: not counted


def _set(s, sql: str, *args) -> None:
    with s.vault.transaction() as c:
        c.execute(sql, args)


def _person(s, name: str, level: L, when: float) -> int:
    pid = dossiers.create_person(s, Person(full_name=name, secrecy=level)).id
    _set(s, "UPDATE persons SET created_at = ? WHERE id = ?", when, pid)
    return pid


def _attachment(s, pid: int, level: L, when: float, tmp_path, n: int) -> None:
    f = tmp_path / f"tep{n}.pdf"
    f.write_bytes(b"%PDF-1.4\n% tep " + str(n).encode() + b"\n%%EOF\n")
    a = add_attachment(s, pid, f, secrecy=level)
    _set(s, "UPDATE attachments SET added_at = ? WHERE id = ?", when, a.id)


def _case(s, pid: int, level: L, when: float) -> None:
    cid = create_case(s, pid, "review").case.id
    _set(s, "UPDATE cases SET secrecy = ?, created_at = ? WHERE id = ?", int(level), when, cid)


def _document(s, level: L, when: float, n: int) -> None:
    _set(s, "INSERT INTO form_documents(form, object_kind, object_id, issued_on, secrecy, created_at, created_by)"
            " VALUES ('cover', 'person', ?, '2025-06-01', ?, ?, 'admin')", str(n), int(level), when)


def _entry(s, register: str, level: L, when: float, cancelled: bool = False) -> None:
    with s.vault.transaction() as c:
        e = registers.add(c, register, "admin", level, {"abstract": f"{register} {when}", "number_symbol": "1-CV"})
        c.execute("UPDATE registers SET created_at = ?, status = ? WHERE id = ?", (when, "cancelled" if cancelled else "active", e.id))


def _copy(s, level: L, n: int, when: float) -> None:
    with s.vault.transaction() as c:
        e = copies.register(c, "admin", "print", "case", "1", level, n)
        c.execute("UPDATE copy_register SET made_at = ? WHERE id = ?", (when, e.id))


def _decision(s, kind: str, old: int, when: float) -> None:
    _set(s, "INSERT INTO secrecy_decisions(object_kind, object_id, kind, old_level, new_level, made_at, made_by)"
            " VALUES ('person', '1', ?, ?, ?, ?, 'admin')", kind, old, 0 if kind == "declassify" else old, when)


def _incident(s, kind: str, level: L, when: float, cancel: bool = False) -> None:
    r = incidents.add(s, NewIncident(IncidentKind(kind), level, dt.datetime.fromtimestamp(when), "Nguyễn Văn Phát",
                                     "Bản số 2 công văn 15-CV/BTCTU", report_no="3-BC/BTCTU",
                                     report_date=dt.datetime.fromtimestamp(when).date(), reported_to="Thường trực Tỉnh ủy"))
    if cancel:
        incidents.cancel(s, r.id, "Ghi nhầm")


@pytest.fixture
def year_book(admin, tmp_path):
    s = admin
    an = _person(s, "Nguyễn Văn An", L.MAT, START)
    _person(s, "Trần Thị Bình", L.TOI_MAT, LAST)
    _person(s, "Lê Văn Cường", L.MAT, BEFORE)
    _person(s, "Phạm Thị Dung", L.TUYET_MAT, AFTER)
    _person(s, "Hoàng Văn Em", L.NONE, MID)
    _person(s, "Vũ Thị Giang", L.TUYET_MAT, MID)
    for n, (level, when) in enumerate([(L.TOI_MAT, MID), (L.MAT, LAST), (L.MAT, AFTER), (L.NONE, MID)]):
        _attachment(s, an, level, when, tmp_path, n)
    _case(s, an, L.TOI_MAT, START)
    _case(s, an, L.MAT, BEFORE)
    for n, (level, when) in enumerate([(L.MAT, MID), (L.TUYET_MAT, LAST), (L.MAT, AFTER)]):
        _document(s, level, when, n)
    _entry(s, "incoming", L.MAT, START)
    _entry(s, "incoming", L.TOI_MAT, MID, cancelled=True)
    _entry(s, "incoming", L.TOI_MAT, MID)
    _entry(s, "incoming", L.MAT, BEFORE)
    _entry(s, "incoming", L.NONE, MID)
    _entry(s, "outgoing", L.TUYET_MAT, LAST)
    _entry(s, "outgoing", L.MAT, AFTER)
    _entry(s, "outgoing", L.MAT, MID)
    _entry(s, "destruction", L.MAT, MID)
    _entry(s, "destruction", L.MAT, MID, cancelled=True)
    _entry(s, "destruction", L.TOI_MAT, LAST)
    for level, n, when in [(L.MAT, 3, START), (L.TOI_MAT, 2, MID), (L.MAT, 5, BEFORE), (L.NONE, 1, MID), (L.MAT, 1, LAST)]:
        _copy(s, level, n, when)
    if "status" in {r[1] for r in s.vault.conn.execute("PRAGMA table_info(copy_register)")}:  # once the register can cancel
        _copy(s, L.TOI_MAT, 7, MID)
        _set(s, "UPDATE copy_register SET status = 'cancelled' WHERE id = (SELECT max(id) FROM copy_register)")
    _decision(s, "declassify", 2, MID)
    _decision(s, "declassify", 1, LAST)
    _decision(s, "declassify", 3, AFTER)
    _decision(s, "extend", 2, MID)
    _decision(s, "declassify", 1, BEFORE)
    _incident(s, "loss", L.MAT, START)
    _incident(s, "leak", L.TOI_MAT, MID)
    _incident(s, "leak", L.TOI_MAT, LAST)
    _incident(s, "loss", L.TUYET_MAT, AFTER)
    _incident(s, "leak", L.MAT, MID, cancel=True)
    _incident(s, "loss", L.MAT, BEFORE)
    return s


# Counted by hand from the fixture: (Mật, Tối mật, Tuyệt mật, total).
EXPECTED = {
    "created_persons": (1, 1, 1, 3),
    "created_attachments": (1, 1, 0, 2),
    "created_cases": (0, 1, 0, 1),
    "created_documents": (1, 0, 1, 2),
    "created": (3, 3, 2, 8),
    "received": (1, 1, 0, 2),
    "sent": (1, 0, 1, 2),
    "copied": (4, 2, 0, 6),
    "copy_entries": (2, 1, 0, 3),
    "destroyed": (1, 1, 0, 2),
    "declassified": (1, 1, 0, 2),
    "incidents_loss": (1, 0, 0, 1),
    "incidents_leak": (0, 2, 0, 2),
    "incidents": (1, 2, 0, 3),
}


def test_window_of_a_year():
    w = yearly_report.window(2026)
    assert (w.first_day, w.last_day) == (dt.date(2025, 12, 15), dt.date(2026, 12, 14))
    assert w.start_ts == at(2025, 12, 15) and w.end_ts == at(2026, 12, 15)
    assert w.contains(dt.datetime(2026, 12, 14, 23, 59, 59)) and not w.contains(dt.datetime(2026, 12, 15))
    assert w.contains(dt.datetime(2025, 12, 15)) and not w.contains(dt.datetime(2025, 12, 14, 23, 59, 59))
    assert w.as_dict() == {"from": "2025-12-15", "to": "2026-12-14"}
    assert yearly_report.year_of(dt.date(2026, 12, 14)) == 2026
    assert yearly_report.year_of(dt.date(2026, 12, 15)) == 2027
    assert yearly_report.year_of(dt.date(2026, 1, 3)) == 2026
    with pytest.raises(HosoError) as e:
        yearly_report.window(1800)
    assert e.value.code == "yearly_bad_year"


def test_the_window_is_data(tmp_path, monkeypatch):
    res = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", res)
    doc = json.loads((res / "yearly_report.json").read_text("utf-8"))
    doc["window"] = {"start": {"month": 1, "day": 1, "years_before": 0}, "end": {"month": 12, "day": 31, "years_before": 0}}
    (res / "yearly_report.json").write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("HOSO_RESOURCES", str(res))
    w = yearly_report.window(2026)
    assert (w.first_day, w.last_day) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    doc["window"]["end"]["month"] = 13
    (res / "yearly_report.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(HosoError) as e:
        yearly_report.window(2026)
    assert e.value.code == "yearly_bad_config"


def test_figures_match_the_hand_count(year_book):
    rep = yearly_report.compute(year_book, YEAR)
    got = {k: tuple(c.values()) for k, c in rep.counts.items()}
    assert got == EXPECTED
    js = rep.as_json()
    assert js["year"] == YEAR and js["window"] == {"from": "2024-12-15", "to": "2025-12-14"}
    assert js["counts"]["incidents"] == {"mat": 1, "toi_mat": 2, "tuyet_mat": 0, "total": 3}
    assert js["counts"]["copied"] == {"mat": 4, "toi_mat": 2, "tuyet_mat": 0, "total": 6}
    assert js["counts"]["created_by_kind"]["persons"]["total"] == 3
    # The neighbouring years see the rows on the other side of each edge.
    before = yearly_report.compute(year_book, YEAR - 1)
    assert tuple(before.counts["created_persons"].values()) == (1, 0, 0, 1)  # Cường, 14/12/2024 23:59:59
    assert tuple(before.counts["incidents"].values()) == (1, 0, 0, 1)
    after = yearly_report.compute(year_book, YEAR + 1)
    assert after.counts["created_persons"].tuyet_mat == 1 and after.counts["declassified"].tuyet_mat == 1


def test_progress_and_cancel(year_book):
    seen = []
    yearly_report.compute(year_book, YEAR, progress=lambda d, t, m: seen.append((d, t)))
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)
    with pytest.raises(HosoError) as e:
        yearly_report.compute(year_book, YEAR, cancel=lambda: True)
    assert e.value.code == "cancelled"


def _row(ws, label: str) -> list:
    for r in ws.iter_rows(min_row=yearly_report.HEADER_ROW + 1, values_only=True):
        if r[1] == label:
            return list(r[2:6])
    raise AssertionError(label)


def test_xlsx_export_is_registered_and_reads_back(year_book, tmp_path):
    from openpyxl import load_workbook

    s = year_book
    rep = yearly_report.compute(s, YEAR)
    out = tmp_path / "thong-ke-2025.xlsx"
    with pytest.raises(HosoError) as e:
        yearly_report.export_xlsx(s, rep, out, confirmed=False)
    assert e.value.code == "confirmation_required" and not out.exists()
    res = yearly_report.export_xlsx(s, rep, out, confirmed=True)
    assert res.secrecy is L.MAT
    ws = load_workbook(out).active
    assert ws["A1"].value == "MẬT" and ws["A2"].value == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    assert "NĂM 2025" in ws["A3"].value and "15/12/2024" in ws["A4"].value and "14/12/2025" in ws["A4"].value
    assert [c.value for c in ws[yearly_report.HEADER_ROW]] == ["STT", "Nội dung", "Mật", "Tối mật", "Tuyệt mật", "Cộng"]
    assert _row(ws, "Bí mật nhà nước được tạo ra") == [3, 3, 2, 8]
    assert _row(ws, "Tài liệu mật tiếp nhận (sổ đến)") == [1, 1, 0, 2]
    assert _row(ws, "Số bản sao, chụp, in, xuất tệp") == [4, 2, 0, 6]
    assert _row(ws, "Tài liệu được giải mật") == [1, 1, 0, 2]
    assert _row(ws, "Vụ lộ, mất bí mật nhà nước") == [1, 2, 0, 3]
    assert "MẬT" in ws.oddHeader.center.text
    entry = copies.entries(s.vault.conn, 1)[0]
    assert (entry.kind, entry.object_kind, entry.object_id, entry.secrecy, entry.destination) == (
        "report_export", "yearly_report", "2025", L.MAT, str(out))
    assert res.register_number == f"{entry.number}/{entry.year}"
    n = s.vault.conn.execute("SELECT count(*) FROM audit WHERE action = 'yearly_report_exported' AND object_id = '2025'").fetchone()[0]
    assert n == 1


def test_a_failed_write_leaves_no_register_entry(year_book, tmp_path):
    s = year_book
    rep = yearly_report.compute(s, YEAR)
    before = len(copies.entries(s.vault.conn))
    with pytest.raises(HosoError) as e:
        yearly_report.export_xlsx(s, rep, tmp_path / "no-such-dir" / "x.xlsx", confirmed=True)
    assert e.value.code == "disk_error"
    assert len(copies.entries(s.vault.conn)) == before


def test_pdf_export_carries_the_figures_and_the_stamp(year_book, tmp_path):
    from pypdf import PdfReader

    s = year_book
    rep = yearly_report.compute(s, YEAR)
    out = tmp_path / "thong-ke-2025.pdf"
    res = yearly_report.export_pdf(s, rep, out)
    assert res.path == out and res.pages == 1
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "MẬT" in text and "NĂM 2025" in text and "15/12/2024" in text and "14/12/2025" in text
    layout = pdftotext(out)
    if layout:  # poppler present: check the figures row by row
        def figures(label: str) -> list[int]:
            line = next(ln for ln in layout.splitlines() if label in ln)
            return [int(x) for x in line.split(label, 1)[1].split()]

        assert figures("Bí mật nhà nước được tạo ra") == [3, 3, 2, 8]
        assert figures("Tài liệu mật đã tiêu hủy") == [1, 1, 0, 2]
        assert figures("Vụ lộ, mất bí mật nhà nước") == [1, 2, 0, 3]
    entry = copies.entries(s.vault.conn, 1)[0]
    assert (entry.kind, entry.object_kind, entry.object_id, entry.secrecy) == ("print", "yearly_report", "2025", L.MAT)
    assert res.register_number == entry.number


def test_every_role_may_read_the_report(staff):
    from app.session import Session
    from app.users import get_user

    officer = Session(staff.vault, get_user(staff.vault.conn, "cv1"))
    assert yearly_report.compute(officer, YEAR).counts["created"].total == 0


def _hoso(args: list[str], vault, stdin: str = ADMIN_PW + "\n"):
    cmd = [sys.executable, "-m", "ui.launcher", *args, "--vault", str(vault), "--user", "admin", "--password-stdin", "--json"]
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, HOSO_LANG="vi"), timeout=180)
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


def test_cli_report_yearly(year_book, vault_dir, tmp_path):
    x, p = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    r, js = _hoso(["report", "yearly", "--year", str(YEAR), "--xlsx", str(x), "--pdf", str(p)], vault_dir)
    assert r.returncode == 0, r.stderr
    assert js["year"] == YEAR and js["window"] == {"from": "2024-12-15", "to": "2025-12-14"}
    assert set(js["counts"]) >= {"created", "received", "sent", "copied", "destroyed", "declassified", "incidents"}
    for key in ("created", "received", "sent", "copied", "destroyed", "declassified", "incidents"):
        m, t, u, total = EXPECTED[key]
        assert js["counts"][key] == {"mat": m, "toi_mat": t, "tuyet_mat": u, "total": total}, key
    assert x.exists() and p.exists() and js["xlsx"]["path"] == str(x) and js["pdf"]["pages"] == 1
    r, js = _hoso(["report", "yearly", "--year", "abc"], vault_dir)
    assert r.returncode == 2 and js["error"] == "usage"
    r, js = _hoso(["report", "yearly", "--year", "1200"], vault_dir)
    assert r.returncode == 1 and js["error"] == "yearly_bad_year" and "Traceback" not in r.stderr


def test_pdf_ends_with_the_signature_block(year_book, tmp_path):
    """Người lập biểu and thủ trưởng đơn vị sign under the table, with the place and the date."""
    from pypdf import PdfReader

    s = year_book
    out = tmp_path / "ky.pdf"
    res = yearly_report.export_pdf(s, yearly_report.compute(s, YEAR), out)
    reader = PdfReader(str(out))
    last = reader.pages[res.pages_per_copy - 1].extract_text()
    assert "NGƯỜI LẬP BIỂU" in last and "THỦ TRƯỞNG ĐƠN VỊ" in last
    today = dt.date.today()
    assert f"ngày {today.day:02d} tháng {today.month:02d} năm {today.year}" in last
    signer = s.user.full_name or s.user.username
    assert signer in last.split("NGƯỜI LẬP BIỂU", 1)[1]  # the name under the signature, not only in the footer
