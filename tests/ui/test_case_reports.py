"""The Reports page: figures as the report service computes them, the chart,
filters, and export to .xlsx only after confirmation."""

from __future__ import annotations

from openpyxl import load_workbook

from app import demo, reports
from app.reports import ReportFilter
from app.store import copies
from ui.cases.labels import month_text, state_label

from .case_fixtures import make_person



def show_reports(qtbot, window):
    window.show_area(window.workspace.pages.indexOf(window.workspace.reports))
    page = window.workspace.reports
    assert window.workspace.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    return page


def test_figures_match_the_report_service(admin_window, qtbot):
    session = admin_window.session
    make_person(session)
    demo.fill(session, 300, with_scans=0)
    page = show_reports(qtbot, admin_window)
    rep = reports.case_report(session)
    assert rep.total == 30
    assert page.figures["total"].text() == "30" and page.figures["concluded"].text() == str(rep.concluded)
    assert page.figures["overdue"].text() == str(len(rep.overdue))
    assert page.figures["median"].text() == (f"{rep.median_days:g}".replace(".", ",") if rep.median_days is not None else "—")
    assert page.counts("purpose") == [(page.titles[k], n) for k, n in rep.by_purpose]
    assert page.counts("state") == [(state_label(k), n) for k, n in rep.by_state]
    assert page.counts("outcome") == [(page.outcome_titles.get(k, k), n) for k, n in rep.by_outcome]
    assert page.counts("unit") == [(k or "(không ghi)", n) for k, n in rep.by_unit]
    assert page.counts("month") == [(month_text(k), n) for k, n in rep.by_month]
    assert page.models["overdue"].rowCount() == len(rep.overdue)
    assert page.chart.data == page.counts("purpose")  # the chart draws the table in view
    page.tabs.setCurrentIndex(4)
    assert page.chart.data == page.counts("month")
    assert page.chart.grab().width() > 0

    code, n = rep.by_purpose[-1]
    page.purpose.setCurrentIndex(page.purpose.findData(code))
    qtbot.waitUntil(lambda: page.report.total == n, timeout=10000)
    expected = reports.case_report(session, ReportFilter(purpose=code))
    assert page.counts("state") == [(state_label(k), c) for k, c in expected.by_state]
    unit = next(k for k, _ in reports.case_report(session).by_unit if k)
    page.purpose.setCurrentIndex(0)
    page.unit.setCurrentIndex(page.unit.findData(unit))
    expected = reports.case_report(session, ReportFilter(unit=unit))
    qtbot.waitUntil(lambda: page.flt.unit == unit and page.report.total == expected.total, timeout=10000)


def test_export_asks_first_and_writes_a_readable_workbook(admin_window, qtbot, tmp_path):
    session = admin_window.session
    demo.fill(session, 100, with_scans=0)
    page = show_reports(qtbot, admin_window)
    dest = tmp_path / "bao-cao.xlsx"
    asked, chosen = [], []
    page.prompts.confirm = lambda parent, title, text, yes: asked.append(text) or False
    page.prompts.save_file = lambda parent, title, suggested: chosen.append(suggested) or dest
    page.export_button.click()
    assert asked and "sổ sao chụp" in asked[0] and not chosen and not dest.exists()  # refused: nothing written

    page.prompts.confirm = lambda parent, title, text, yes: True
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_button.click()
    assert chosen[0].endswith(".xlsx")
    wb = load_workbook(dest)
    assert wb["Tổng hợp"]["B2"].value == page.report.total
    assert wb["Quá hạn"].max_row == 1 + len(page.report.overdue)
    assert "sổ sao chụp" in page.status.text()
    assert [(e.kind, e.destination) for e in copies.entries(session.vault.conn)] == [("report_export", str(dest))]
