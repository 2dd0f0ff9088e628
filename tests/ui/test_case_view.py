"""The case window: the guided checklist, evidence, requests, and the lifecycle
through to a conclusion, with refusals shown in the service's words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app import attachments, cases, demo
from app.errors import HosoError
from app.workflow.states import CaseState, ItemStatus

from .case_fixtures import leader_session, make_case, make_person, open_case, reloaded, standalone_case_window, type_text
from .conftest import message_boxes

S = CaseState


def status_of(view, code: str) -> ItemStatus:
    return next(i.status for i in view.items if i.code == code)


def test_checking_items_with_buttons_and_keys(officer_window, qtbot):
    person = make_person(officer_window.session)
    cid = make_case(officer_window.session, person.id, "review", S.COLLECTING)
    win = open_case(qtbot, officer_window, cid)
    panel = win.checklist
    assert panel.current_item().code == "XX01"  # the next required step is selected and highlighted
    assert panel.table.item(0, 1).background().color().name().upper() == "#FFF3C4"
    assert "XX01" in panel.next_label.text()
    assert panel.details.toPlainText().count("Hướng dẫn") == 1  # guidance beside the item

    panel.done_button.click()
    reloaded(qtbot, win, lambda v: status_of(v, "XX01") is ItemStatus.DONE)
    assert panel.current_item().code == "XX01"  # the selection stays
    assert "XX02" in panel.next_label.text()

    panel.select_code("XX02")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_I)  # "in progress" from the keyboard
    reloaded(qtbot, win, lambda v: status_of(v, "XX02") is ItemStatus.IN_PROGRESS)

    panel.failed_button.click()
    dialog = panel.dialog
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()  # a reason is required
    type_text(dialog.note, "Đơn thư không có căn cứ")
    dialog.ok_button.click()
    reloaded(qtbot, win, lambda v: status_of(v, "XX02") is ItemStatus.FAILED)
    assert "Đơn thư không có căn cứ" in panel.details.toPlainText()

    panel.select_code("XX03")
    panel.na_button.click()
    type_text(panel.dialog.note, "Người được xem xét đã chuyển công tác")
    panel.dialog.ok_button.click()
    reloaded(qtbot, win, lambda v: status_of(v, "XX03") is ItemStatus.NA)
    assert panel.table.item(2, 4).text() == "Không áp dụng"
    assert "Mọi mục" in panel.next_label.text()
    assert [k for k in win.timeline.kinds() if k == "Mục danh mục"] == ["Mục danh mục"] * 4


def test_refused_transition_shows_the_services_message(officer_window, qtbot):
    person = make_person(officer_window.session)
    cid = make_case(officer_window.session, person.id, "review", S.VERIFYING)
    win = open_case(qtbot, officer_window, cid)
    required = ", ".join(i.code for i in win.view.items if i.required)
    expected = HosoError("checklist_incomplete", items=required).message
    assert "3 mục bắt buộc" in win.actions_panel.hint.text()
    win.actions_panel.buttons["start_appraising"].click()
    qtbot.waitUntil(lambda: any(expected == b.text() for b in message_boxes()), timeout=10000)
    assert win.error_label.text() == expected and win.view.case.state is S.VERIFYING


def test_admission_flow_to_a_read_only_conclusion(officer_window, qtbot, vault):
    officer = officer_window.session
    person = make_person(officer)
    cid = cases.create_case(officer, person.id, "admission", requesting_unit="Chi bộ 3").case.id
    win = open_case(qtbot, officer_window, cid)
    assert "approve" not in win.actions_panel.buttons  # only what the role may do
    for action, state in (("start_collecting", S.COLLECTING), ("start_verifying", S.VERIFYING)):
        win.actions_panel.buttons[action].click()
        reloaded(qtbot, win, lambda v, s=state: v.case.state is s)
    panel = win.checklist
    panel.table.setFocus()
    for n in range(len(win.view.items)):
        code = win.view.items[n].code
        panel.select_code(code)
        qtbot.keyClick(panel.table, Qt.Key.Key_D)
        reloaded(qtbot, win, lambda v, c=code: status_of(v, c) is ItemStatus.DONE)
    win.actions_panel.buttons["start_appraising"].click()
    reloaded(qtbot, win, lambda v: v.case.state is S.APPRAISING)

    win.actions_panel.buttons["propose"].click()
    propose = win.dialog
    propose.set_outcome("meets_with_limit")
    assert propose.limit.isVisible()
    type_text(propose.reasons, "Đủ điều kiện, có người thân ở nước ngoài")
    assert not propose.ok_button.isEnabled()  # the limit must be written out
    type_text(propose.limit, "Không bố trí vào vị trí cơ mật")
    propose.ok_button.click()  # no issue code: the service refuses, shown in the dialog
    qtbot.waitUntil(lambda: propose.error_label.isVisible(), timeout=10000)
    assert "mã vấn đề" in propose.error_label.text() and propose.isVisible()
    propose.check_issue("LS-NT")
    propose.ok_button.click()
    reloaded(qtbot, win, lambda v: v.case.state is S.AWAITING_DECISION)
    assert not win.actions_panel.buttons or set(win.actions_panel.buttons) == {"suspend"}
    assert "Bảo đảm tiêu chuẩn chính trị, có giới hạn" in win.conclusion.text()

    leader = leader_session(vault.path)
    try:
        lwin = standalone_case_window(qtbot, leader, cid)
        assert {"approve", "return"} <= set(lwin.actions_panel.buttons)
        lwin.actions_panel.buttons["return"].click()
        back = lwin.dialog
        assert not back.ok_button.isEnabled()  # returning asks for reasons
        type_text(back.note, "Bổ sung nhận xét nơi cư trú")
        back.ok_button.click()
        reloaded(qtbot, lwin, lambda v: v.case.state is S.APPRAISING)
        assert "Bổ sung nhận xét nơi cư trú" in lwin.conclusion.text()

        win.load()
        reloaded(qtbot, win, lambda v: v.case.state is S.APPRAISING)
        win.actions_panel.buttons["propose"].click()
        again = win.dialog
        again.set_outcome("meets")
        type_text(again.reasons, "Đã bổ sung nhận xét nơi cư trú")
        again.ok_button.click()
        reloaded(qtbot, win, lambda v: v.case.state is S.AWAITING_DECISION)

        lwin.load()
        reloaded(qtbot, lwin, lambda v: v.case.state is S.AWAITING_DECISION)
        lwin.actions_panel.buttons["approve"].click()
        approve = lwin.dialog
        assert approve.ok_button.isEnabled()  # the decision note is optional
        approve.ok_button.click()
        reloaded(qtbot, lwin, lambda v: v.case.state is S.CONCLUDED)
        assert lwin.view.case.decided_by == "lanhdao"
    finally:
        from ui.worker import wait_all
        wait_all()
        leader.close()

    win.load()
    reloaded(qtbot, win, lambda v: v.case.state is S.CONCLUDED)
    assert win.banner.isVisible() and "chỉ được xem" in win.banner.text()
    panel = win.checklist
    assert not panel.done_button.isVisible() and not panel.attach_button.isVisible() and not panel.table.accept_files
    assert not win.requests.add_button.isVisible()
    assert set(win.actions_panel.buttons) == {"archive", "correct"}
    assert "lanhdao phê duyệt" in win.conclusion.text()
    qtbot.keyClick(panel.table, Qt.Key.Key_F)  # the shortcuts do nothing either
    assert panel.dialog is None


def test_correction_opens_a_new_case(officer_window, qtbot, vault):
    officer = officer_window.session
    person = make_person(officer)
    cid = make_case(officer, person.id, "review", S.AWAITING_DECISION)
    leader = leader_session(vault.path)
    cases.advance(leader, cid, S.CONCLUDED)
    leader.close()
    win = open_case(qtbot, officer_window, cid)
    win.actions_panel.buttons["correct"].click()
    type_text(win.dialog.note, "Sai năm sinh của người thân")
    win.dialog.ok_button.click()
    windows = officer_window.workspace.cases.windows.windows
    qtbot.waitUntil(lambda: len(windows) == 2, timeout=10000)
    new = next(w for k, w in windows.items() if k != cid)
    qtbot.waitUntil(lambda: new.view is not None, timeout=10000)
    assert new.view.case.corrects_case_id == cid and new.view.case.state is S.APPRAISING
    assert "đính chính vụ việc số" in new.banner.text()


def _drop(widget, pos: QPoint, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, buttons, mods = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def make(kind):
        # Qt 6.11 takes a QPoint for enter/move events and a QPointF for drops; later releases vary.
        for p in (pos, pos.toPointF()):
            try:
                return kind(p, action, mime, buttons, mods)
            except TypeError:
                continue
        raise TypeError(kind.__name__)

    for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
        QApplication.sendEvent(widget, make(kind))


def test_evidence_by_drag_and_drop(officer_window, qtbot, tmp_path):
    person = make_person(officer_window.session)
    cid = make_case(officer_window.session, person.id, "review", S.COLLECTING)
    win = open_case(qtbot, officer_window, cid)
    scan = tmp_path / "bien-ban-lam-viec.pdf"
    scan.write_bytes(demo.demo_scan_pdf(person))
    table = win.checklist.table
    assert table.accept_files
    pos = table.visualRect(table.model().index(2, 1)).center()
    _drop(table.viewport(), pos, [scan])
    item = win.view.items[2]
    reloaded(qtbot, win, lambda v: len(v.evidence.get(item.id, [])) == 1)
    stored = attachments.list_attachments(officer_window.session, person.id)
    assert [a.filename for a in stored] == ["bien-ban-lam-viec.pdf"]
    assert win.view.evidence[item.id] == [stored[0].id]
    assert win.checklist.current_item().code == "XX03" and table.item(2, 3).text() == "1"
    assert "bien-ban-lam-viec.pdf" in win.checklist.details.toPlainText()


def test_evidence_through_the_file_dialog(officer_window, qtbot, tmp_path):
    person = make_person(officer_window.session)
    cid = make_case(officer_window.session, person.id, "review", S.COLLECTING)
    win = open_case(qtbot, officer_window, cid)
    scan = tmp_path / "don-thu.pdf"
    scan.write_bytes(demo.demo_scan_pdf(person))
    win.checklist.prompts.open_files = lambda parent, title: [scan]
    win.checklist.attach_button.click()
    first = win.view.items[0]
    reloaded(qtbot, win, lambda v: len(v.evidence.get(first.id, [])) == 1)


def test_request_and_reply(officer_window, qtbot):
    person = make_person(officer_window.session)
    cid = make_case(officer_window.session, person.id, "review", S.VERIFYING)
    win = open_case(qtbot, officer_window, cid)
    win.tabs.setCurrentWidget(win.requests)
    panel = win.requests
    assert panel.empty.isVisible()
    panel.add_button.click()
    dialog = panel.dialog
    today = dt.date.today()
    type_text(dialog.recipient, "Công an xã Minh Xuân")
    type_text(dialog.number, "125-CV/BTC")
    dialog.sent_on.setDate(today - dt.timedelta(days=40))
    dialog.deadline.setDate(today - dt.timedelta(days=10))
    dialog.item.setCurrentIndex(dialog.item.findData("XX02"))
    dialog.ok_button.click()
    reloaded(qtbot, win, lambda v: len(v.requests) == 1)
    r = win.view.requests[0]
    assert (r.recipient, r.number_symbol, r.deadline) == ("Công an xã Minh Xuân", "125-CV/BTC", (today - dt.timedelta(days=10)).isoformat())
    assert panel.table.item(0, 3).text() == (today - dt.timedelta(days=10)).strftime("%d/%m/%Y")
    assert panel.table.item(0, 0).foreground().color().name().upper() == "#B71C1C"  # overdue, no reply
    assert "1 quá hạn" in panel.summary.text() and "⚠" in win.tabs.tabText(1)

    assert not panel.reply_button.isEnabled()
    panel.table.selectRow(0)
    panel.reply_button.click()
    reply = panel.dialog
    type_text(reply.finding, "Không có vấn đề về chính trị")
    reply.ok_button.click()
    reloaded(qtbot, win, lambda v: v.requests[0].reply_on == today.isoformat())
    assert panel.table.item(0, 5).text() == "Không có vấn đề về chính trị"
    assert panel.table.item(0, 0).foreground().color().name().upper() != "#B71C1C"
    assert "⚠" not in win.tabs.tabText(1)


def test_suspend_and_reopen_ask_for_reasons(officer_window, qtbot):
    person = make_person(officer_window.session)
    cid = make_case(officer_window.session, person.id, "review", S.VERIFYING)
    win = open_case(qtbot, officer_window, cid)
    win.actions_panel.buttons["suspend"].click()
    assert not win.dialog.ok_button.isEnabled()
    type_text(win.dialog.note, "Chờ kết quả xác minh của nơi cư trú cũ")
    win.dialog.ok_button.click()
    reloaded(qtbot, win, lambda v: v.case.state is S.SUSPENDED)
    assert "tạm dừng" in win.banner.text() and not win.checklist.done_button.isVisible()
    assert set(win.actions_panel.buttons) == {"reopen"}
    win.actions_panel.buttons["reopen"].click()
    type_text(win.dialog.note, "Đã có kết quả")
    win.dialog.ok_button.click()
    reloaded(qtbot, win, lambda v: v.case.state is S.VERIFYING)
    assert win.checklist.done_button.isVisible()
