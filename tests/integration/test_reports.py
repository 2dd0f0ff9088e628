"""Report figures checked against hand-computed values, and the .xlsx export."""

import datetime as dt

import pytest

from app import cases, dossiers, reports
from app.domain.person import Person
from app.errors import HosoError
from app.store import copies
from app.workflow.states import CaseState, ItemStatus

TODAY = dt.date.today()


def _conclude(s, cid, outcome="meets", codes=()):
    cases.advance(s, cid, CaseState.COLLECTING)
    cases.advance(s, cid, CaseState.VERIFYING)
    for i in cases.get_case(s, cid).items:
        cases.check_item(s, cid, i.code, ItemStatus.DONE, "ok")
    cases.advance(s, cid, CaseState.APPRAISING)
    cases.advance(s, cid, CaseState.AWAITING_DECISION, outcome=outcome, note="đề xuất", issue_codes=list(codes),
                  limit="Không bố trí vị trí cơ mật" if outcome == "meets_with_limit" else "")
    cases.advance(s, cid, CaseState.CONCLUDED)


@pytest.fixture
def book(admin):
    a = dossiers.create_person(admin, Person(full_name="Nguyễn Văn An")).id
    b = dossiers.create_person(admin, Person(full_name="Trần Thị Bình")).id
    # 1) admission, received 20 days ago, concluded today -> 20 days
    c1 = cases.create_case(admin, a, "review", requesting_unit="Chi bộ 1", received_on=TODAY - dt.timedelta(days=20)).case.id
    _conclude(admin, c1)
    # 2) review, received 10 days ago, concluded today with a limit -> 10 days
    c2 = cases.create_case(admin, b, "review", requesting_unit="Chi bộ 2", received_on=TODAY - dt.timedelta(days=10)).case.id
    _conclude(admin, c2, "meets_with_limit", ["LS-NT"])
    # 3) abroad, open and overdue by 3 days
    c3 = cases.create_case(admin, b, "abroad", requesting_unit="Chi bộ 2", received_on=TODAY - dt.timedelta(days=30),
                           due_on=TODAY - dt.timedelta(days=3)).case.id
    # 4) abroad, open, not due
    cases.create_case(admin, a, "abroad", requesting_unit="Chi bộ 1")
    return admin, (c1, c2, c3)


def test_figures_match_hand_count(book):
    s, (c1, c2, c3) = book
    r = reports.case_report(s)
    assert r.total == 4
    assert dict(r.by_purpose) == {"review": 2, "abroad": 2}
    assert dict(r.by_state) == {"concluded": 2, "received": 2}
    assert dict(r.by_outcome) == {"meets": 1, "meets_with_limit": 1}
    assert dict(r.by_unit) == {"Chi bộ 1": 2, "Chi bộ 2": 2}
    assert r.concluded == 2 and r.mean_days == 15.0 and r.median_days == 15.0
    assert [(o["id"], o["days_late"], o["person"]) for o in r.overdue] == [(c3, 3, "Trần Thị Bình")]


def test_filters(book):
    s, _ = book
    assert reports.case_report(s, reports.ReportFilter(purpose="abroad")).total == 2
    assert reports.case_report(s, reports.ReportFilter(unit="Chi bộ 1")).total == 2
    recent = reports.case_report(s, reports.ReportFilter(since=TODAY - dt.timedelta(days=15)))
    assert recent.total == 2 and recent.concluded == 1 and recent.median_days == 10.0


def test_a_corrected_case_counts_once(book):
    s, (c1, _, _) = book
    cases.correct_case(s, c1, "đính chính")
    assert reports.case_report(s).total == 4


def test_xlsx_export_is_confirmed_registered_and_readable(book, tmp_path):
    from openpyxl import load_workbook

    s, (_, _, c3) = book
    r = reports.case_report(s)
    out = tmp_path / "bao-cao.xlsx"
    with pytest.raises(HosoError):
        reports.export_xlsx(s, r, out, confirmed=False)
    reports.export_xlsx(s, r, out, confirmed=True)
    wb = load_workbook(out)
    assert wb["Tổng hợp"]["B2"].value == 4
    overdue = list(wb["Quá hạn"].iter_rows(min_row=2, values_only=True))
    assert overdue[0][0] == c3 and overdue[0][1] == "Trần Thị Bình" and overdue[0][5] == 3
    assert {row[0] for row in wb["Theo trạng thái"].iter_rows(min_row=2, values_only=True)} == {"Đã kết luận", "Tiếp nhận"}
    assert copies.entries(s.vault.conn)[0].kind == "report_export"
