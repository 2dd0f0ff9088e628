"""The Verification cases area: opening a case through the dialog, the list, its filters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app import cases, demo
from app.workflow.states import CaseState

from .case_fixtures import make_case, make_person

CASES_AREA = 2


def show_cases(qtbot, window):
    window.show_area(CASES_AREA)
    page = window.workspace.cases
    assert window.workspace.pages.currentWidget() is page
    qtbot.waitUntil(lambda: not page._dirty and page.count_label.text() != "", timeout=10000)
    return page


def test_areas_start_with_the_start_page(officer_window):
    titles = officer_window.workspace.area_titles()
    assert titles[:3] == ["Trang đầu", "Hồ sơ", "Vụ việc thẩm tra"] and titles[6] == "Báo cáo"
    assert officer_window.workspace.pages.currentWidget() is officer_window.workspace.start


def test_empty_list_says_what_to_do(officer_window, qtbot):
    page = show_cases(qtbot, officer_window)
    assert page.stack.currentWidget() is page.empty_label
    assert "Vụ việc mới" in page.empty_label.text()


def test_new_case_through_the_dialog(officer_window, qtbot):
    person = make_person(officer_window.session)
    page = show_cases(qtbot, officer_window)
    page.new_button.click()
    dialog = page.dialog
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()  # no person chosen yet
    qtbot.keyClicks(dialog.search, "nguyen van duc")  # marks are optional
    qtbot.waitUntil(lambda: dialog.results.count() == 1 and dialog.results.item(0).data(Qt.ItemDataRole.UserRole) is not None, timeout=10000)
    dialog.results.setCurrentRow(0)
    assert dialog.person.id == person.id
    assert dialog.unit.text() == "Chi bộ Phòng Tổ chức" and dialog.post.text() == "Chuyên viên"  # taken from the dossier
    dialog.set_purpose("admission")
    due = dialog.templates["admission"].due_days
    assert dialog.due.date().toPython() == dt.date.today() + dt.timedelta(days=due)
    dialog.unit.setText("Chi bộ 3")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(page.windows.windows) == 1, timeout=10000)
    win = next(iter(page.windows.windows.values()))
    qtbot.waitUntil(lambda: win.view is not None, timeout=10000)
    c = win.view.case
    assert (c.purpose, c.requesting_unit, c.officer, c.state) == ("admission", "Chi bộ 3", "canbo", CaseState.RECEIVED)
    assert win.view.person_name == "Nguyễn Văn Đức"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.entries[0].person == "Nguyễn Văn Đức"
    assert page.model.data(page.model.index(0, 3)) == "Tiếp nhận"


def test_filters_overdue_mark_and_enter_opens(admin_window, qtbot):
    session = admin_window.session
    person = make_person(session)
    late = make_case(session, person.id, "review", due_on=dt.date.today() - dt.timedelta(days=3))
    demo.fill(session, 100, with_scans=0)  # ten more cases, in every state
    page = show_cases(qtbot, admin_window)
    _, total = cases.list_cases(session)
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=10000)
    row = next(r for r, e in enumerate(page.model.entries) if e.row.id == late)
    assert page.model.data(page.model.index(row, 7)) == "Quá hạn 3 ngày"
    assert page.model.data(page.model.index(row, 7), Qt.ItemDataRole.ForegroundRole).name().upper() == "#B71C1C"

    page.state.setCurrentIndex(page.state.findData(CaseState.VERIFYING.value))
    _, verifying = cases.list_cases(session, state=CaseState.VERIFYING)
    qtbot.waitUntil(lambda: page.model.rowCount() == verifying and all(
        e.row.state is CaseState.VERIFYING for e in page.model.entries), timeout=10000)
    page.state.setCurrentIndex(0)
    page.overdue.setChecked(True)
    overdue_rows, overdue = cases.list_cases(session, overdue=True)
    qtbot.waitUntil(lambda: sorted(e.row.id for e in page.model.entries) == sorted(r.id for r in overdue_rows), timeout=10000)
    assert late in [e.row.id for e in page.model.entries] and overdue == page.total

    page.table.setFocus()
    page.table.selectRow(0)
    chosen = page.selected_case_id()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert chosen in page.windows.windows
    win = page.windows.windows[chosen]
    qtbot.waitUntil(lambda: win.view is not None, timeout=10000)
    assert win.isVisible() and win.view.case.id == chosen


def test_my_cases_only(admin_window, qtbot):
    session = admin_window.session
    person = make_person(session)
    mine = make_case(session, person.id, "review")
    make_case(session, person.id, "abroad", officer="canbo")
    page = show_cases(qtbot, admin_window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    page.mine.setChecked(True)
    qtbot.waitUntil(lambda: [e.row.id for e in page.model.entries] == [mine], timeout=10000)
    assert page.count_label.text() == "1 vụ việc"
