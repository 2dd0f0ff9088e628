"""Incidents of loss or leak: recorded with the immediate report, checked, numbered, cancelled, listed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from app import incidents
from app.domain.secrecy import SecrecyLevel as L
from app.errors import HosoError
from app.incidents import IncidentKind, NewIncident
from app.session import Session
from app.users import get_user
from tests.conftest import ADMIN_PW, ROOT

FOUND = dt.datetime(2025, 3, 5, 14, 30)
GOOD = NewIncident(IncidentKind.LOSS, L.TOI_MAT, FOUND, "Nguyễn Văn Phát", "Bản số 2/3 Công văn 15-CV/BTCTU",
                   circumstances="Để quên trên xe công vụ", report_no="3-BC/BTCTU", report_date=dt.date(2025, 3, 5),
                   reported_to="Thường trực Tỉnh ủy", measures="Rà soát, thu hồi các bản còn lại")


def _count(s) -> int:
    return s.vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0]


def _as(s, user: str) -> Session:
    return Session(s.vault, get_user(s.vault.conn, user))


def test_record_an_incident_with_its_report(admin):
    r = incidents.add(admin, GOOD)
    assert (r.year, r.number, r.kind, r.secrecy, r.status) == (2025, 1, "loss", L.TOI_MAT, "active")
    assert r.discovered_at == FOUND.timestamp() and r.discovered_by == "Nguyễn Văn Phát"
    assert (r.report_no, r.report_date, r.reported_to) == ("3-BC/BTCTU", "2025-03-05", "Thường trực Tỉnh ủy")
    assert r.circumstances == "Để quên trên xe công vụ" and r.measures.startswith("Rà soát")
    # numbered within the year of discovery
    second = incidents.add(admin, dataclasses.replace(GOOD, kind=IncidentKind.LEAK, discovered_at=FOUND + dt.timedelta(days=30),
                                                       report_date=dt.date(2025, 4, 4)))
    other_year = incidents.add(admin, dataclasses.replace(GOOD, discovered_at=dt.datetime(2026, 1, 2, 8, 0), report_date=dt.date(2026, 1, 2)))
    assert (second.year, second.number, second.kind) == (2025, 2, "leak")
    assert (other_year.year, other_year.number) == (2026, 1)
    audit = admin.vault.conn.execute("SELECT count(*) FROM audit WHERE action = 'incident_recorded'").fetchone()[0]
    assert audit == 3


@pytest.mark.parametrize("change, code", [
    ({"items": "  "}, "incident_missing"),
    ({"discovered_by": ""}, "incident_missing"),
    ({"secrecy": L.NONE}, "incident_not_secret"),
    ({"kind": "stolen"}, "incident_bad_kind"),
    ({"discovered_at": dt.datetime.now() + dt.timedelta(days=2)}, "incident_future"),
    ({"report_date": dt.date(2025, 3, 4)}, "incident_report_before"),
    ({"report_date": None}, "incident_missing"),  # a number and addressee without a date
    ({"reported_to": ""}, "incident_missing"),  # a dated report to nobody
    ({"items": "x" * 5000}, "incident_too_long"),
])
def test_bad_input_changes_nothing(admin, change, code):
    before = _count(admin)
    with pytest.raises(HosoError) as e:
        incidents.add(admin, dataclasses.replace(GOOD, **change))
    assert e.value.code == code and e.value.message and e.value.message != code
    assert _count(admin) == before


def test_report_can_follow_and_an_entry_is_cancelled_not_deleted(admin):
    r = incidents.add(admin, dataclasses.replace(GOOD, report_no="", report_date=None, reported_to="", measures=""))
    assert r.report_no == "" and r.report_date is None
    r = incidents.record_report(admin, r.id, report_no="4-BC/BTCTU", report_date=dt.date(2025, 3, 6),
                                reported_to="Ban Tổ chức Trung ương", measures="Khoanh vùng, thu hồi")
    assert (r.report_no, r.report_date, r.reported_to, r.measures) == ("4-BC/BTCTU", "2025-03-06", "Ban Tổ chức Trung ương",
                                                                        "Khoanh vùng, thu hồi")
    with pytest.raises(HosoError) as e:
        incidents.cancel(admin, r.id, " ")
    assert e.value.code == "incident_missing"
    c = incidents.cancel(admin, r.id, "Ghi trùng")
    assert (c.status, c.cancel_reason) == ("cancelled", "Ghi trùng")
    for call in (lambda: incidents.cancel(admin, r.id, "lần nữa"),
                 lambda: incidents.record_report(admin, r.id, report_no="", report_date=None, reported_to="", measures="x")):
        with pytest.raises(HosoError) as e:
            call()
        assert e.value.code == "incident_cancelled"
    assert [x.status for x in incidents.list_incidents(admin)] == ["cancelled"]
    with pytest.raises(HosoError) as e:
        incidents.get(admin, 999)
    assert e.value.code == "incident_not_found"


def test_list_by_report_year_window(admin):
    edge_in = incidents.add(admin, dataclasses.replace(GOOD, discovered_at=dt.datetime(2024, 12, 15, 0, 0), report_date=dt.date(2024, 12, 15)))
    edge_out = incidents.add(admin, dataclasses.replace(GOOD, discovered_at=dt.datetime(2024, 12, 14, 23, 59), report_date=dt.date(2024, 12, 15)))
    mid = incidents.add(admin, GOOD)
    assert [r.id for r in incidents.list_incidents(admin, year=2025)] == [mid.id, edge_in.id]
    assert [r.id for r in incidents.list_incidents(admin, year=2024)] == [edge_out.id]
    assert [r.id for r in incidents.list_incidents(admin)] == [mid.id, edge_in.id, edge_out.id]


def test_who_may_record(staff):
    before = _count(staff)
    with pytest.raises(HosoError) as e:
        incidents.add(_as(staff, "cv1"), GOOD)
    assert e.value.code == "permission_denied" and _count(staff) == before
    r = incidents.add(_as(staff, "vt1"), GOOD)  # the clerk keeps the registers
    assert r.created_by == "vt1"
    assert len(incidents.list_incidents(_as(staff, "ld1"))) == 1  # everyone may read


def _hoso(args: list[str], vault, stdin: str = ADMIN_PW + "\n"):
    cmd = [sys.executable, "-m", "ui.launcher", *args, "--vault", str(vault), "--user", "admin", "--password-stdin", "--json"]
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, HOSO_LANG="vi"), timeout=180)
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


def test_cli_incident_commands(created, vault_dir):
    add = ["incident", "add", "--kind", "leak", "--secrecy", "mat", "--discovered", "05/03/2025 14:30",
           "--discovered-by", "Nguyễn Văn Phát", "--items", "Tệp kết luận số 15-KL/TU", "--how", "Gửi nhầm thư điện tử",
           "--report-no", "3-BC/BTCTU", "--report-date", "05/03/2025", "--reported-to", "Thường trực Tỉnh ủy"]
    r, js = _hoso(add, vault_dir)
    assert r.returncode == 0, r.stderr
    assert (js["kind"], js["secrecy"], js["discovered_at"], js["number"], js["year"]) == ("leak", "mat", "2025-03-05T14:30", 1, 2025)
    r, js = _hoso(["incident", "report", str(js["id"]), "--report-no", "3-BC/BTCTU", "--report-date", "05/03/2025",
                   "--reported-to", "Thường trực Tỉnh ủy", "--measures", "Thu hồi thư"], vault_dir)
    assert r.returncode == 0 and js["measures"] == "Thu hồi thư"
    r, js = _hoso(["incident", "list"], vault_dir)
    assert r.returncode == 0 and [i["items"] for i in js["incidents"]] == ["Tệp kết luận số 15-KL/TU"]
    r, js = _hoso(["report", "yearly", "--year", "2025"], vault_dir)
    assert js["counts"]["incidents"] == {"mat": 1, "toi_mat": 0, "tuyet_mat": 0, "total": 1}
    assert js["counts"]["incidents_by_kind"]["leak"]["total"] == 1
    r, js = _hoso(["incident", "cancel", "1", "--reason", "Ghi nhầm"], vault_dir)
    assert r.returncode == 0 and js["status"] == "cancelled"
    r, js = _hoso(["report", "yearly", "--year", "2025"], vault_dir)
    assert js["counts"]["incidents"]["total"] == 0
    r, js = _hoso([*add[:6], "--discovered", "hôm qua", *add[8:]], vault_dir)
    assert r.returncode == 2 and js["error"] == "usage"
    future = (dt.datetime.now() + dt.timedelta(days=3)).strftime("%d/%m/%Y %H:%M")
    r, js = _hoso([*add[:6], "--discovered", future, *add[8:12]], vault_dir)
    assert r.returncode == 1 and js["error"] == "incident_future" and "Traceback" not in r.stderr
    r, js = _hoso(["incident", "list", "--year", "2025"], vault_dir)
    assert [i["status"] for i in js["incidents"]] == ["cancelled"]
