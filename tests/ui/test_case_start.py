"""The start page: the user's open cases, overdue ones, proposals awaiting a
leader's decision and new arrivals, each opening with Enter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app import cases
from app.workflow.states import CaseState

from .case_fixtures import make_case, make_person

S = CaseState


def loaded(qtbot, page, predicate=lambda d: True):
    qtbot.waitUntil(lambda: page.data is not None and predicate(page.data), timeout=10000)
    return page.data


def test_empty_start_page_says_what_to_do(officer_window, qtbot):
    page = officer_window.workspace.start
    d = loaded(qtbot, page)
    assert not d.any_cases and page.empty.isVisible()
    assert "Vụ việc mới" in page.empty.text()
    assert not page.awaiting.isVisible() and "awaiting" not in page.headings  # an officer does not decide
    assert page.mine.count() == 1 and page.mine.case_ids() == []  # the line says there is nothing
    page.cases_button.click()
    assert officer_window.workspace.pages.currentWidget() is officer_window.workspace.cases


def test_lists_overdue_and_awaiting_decision(admin_window, qtbot):
    session = admin_window.session
    person = make_person(session)
    late = make_case(session, person.id, "review", S.VERIFYING, due_on=dt.date.today() - dt.timedelta(days=5))
    waiting = make_case(session, person.id, "abroad", S.AWAITING_DECISION)
    fresh = make_case(session, person.id, "admission")
    others = make_case(session, person.id, "appointment", S.COLLECTING, officer="canbo")
    page = admin_window.workspace.start
    page.refresh()
    d = loaded(qtbot, page, lambda d: d.recent_total == 1)
    assert page.overdue.case_ids() == [late]
    assert page.awaiting.case_ids() == [waiting]
    assert page.recent.case_ids() == [fresh]
    assert sorted(page.mine.case_ids()) == sorted([late, waiting, fresh]) and others not in page.mine.case_ids()
    assert page.headings["overdue"].text() == "Vụ việc &quá hạn (1)"
    assert page.headings["awaiting"].text() == "Chờ tôi quyết đị&nh (1)"
    assert page.overdue.item(0).foreground().color().name().upper() == "#B71C1C"
    assert d.mine_total == 3 and not page.empty.isVisible()

    page.awaiting.setFocus()
    page.awaiting.setCurrentRow(0)
    qtbot.keyClick(page.awaiting, Qt.Key.Key_Return)
    windows = admin_window.workspace.cases.windows.windows
    assert waiting in windows
    qtbot.waitUntil(lambda: windows[waiting].view is not None, timeout=10000)
    assert "approve" in windows[waiting].actions_panel.buttons


def test_refreshes_after_a_change_in_a_case_window(admin_window, qtbot):
    session = admin_window.session
    person = make_person(session)
    cid = make_case(session, person.id, "review")
    page = admin_window.workspace.start
    page.refresh()
    loaded(qtbot, page, lambda d: d.recent_total == 1)
    win = admin_window.workspace.cases.windows.open(cid)
    qtbot.waitUntil(lambda: win.view is not None, timeout=10000)
    win.actions_panel.buttons["start_collecting"].click()
    qtbot.waitUntil(lambda: page.data.recent_total == 0, timeout=10000)  # no longer "not yet started"
    assert cases.get_case(session, cid).case.state is S.COLLECTING
    assert page.recent.case_ids() == []
