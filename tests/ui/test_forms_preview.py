"""The preview of a printed form: true size, red stamp, pages and zoom from the keyboard, refusals."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from app.workflow.states import CaseState

from ui.forms.page_view import MARGIN

from .case_fixtures import make_case, make_person, open_case
from .conftest import message_boxes
from .test_forms_helpers import concluded_case_window, open_conclusion, pixels, wait_shown

A4 = 297 / 210


def test_conclusion_preview_is_a4_at_true_size_with_the_red_stamp(admin_window, qtbot):
    _, win = concluded_case_window(qtbot, admin_window)
    box = win.forms_box
    assert box.isVisible() and box.conclusion.isVisible() and box.report.isVisible() and box.appraisal.isVisible()
    dialog = open_conclusion(qtbot, win)
    view = dialog.view
    if view.fit_width:  # this screen is narrower than the page and the panel: true size is Ctrl+0
        qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: view.zoom == 1.0 and not view.loading and not view.fit_width, timeout=10000)
    image = view.image
    assert abs(image.height() / image.width() - A4) < 0.01
    dpr = view.devicePixelRatioF()
    assert abs(image.width() / dpr - 210 / 25.4 * view.logicalDpiX()) < 3  # 100 % is 210 mm on this screen
    colours = list(pixels(image))
    assert sum(1 for r, g, b in colours if r + g + b < 200) > len(colours) // 200, "the page is blank"
    stamp_corner = list(pixels(image, width=0.5, height=0.3))  # the boxed level stands under the number, left
    assert sum(1 for r, g, b in stamp_corner if r > 150 and g < 90 and b < 90) > 20, "no red secrecy stamp"
    assert dialog.preview.number == "" and not dialog.panel.options.reason.isVisibleTo(dialog)  # not issued: no reason asked
    assert "MẬT" in dialog.panel.facts.text() and dialog.page_label.text() == f"Trang 1/{dialog.preview.page_count}"


def test_pages_and_zoom_from_the_keyboard(admin_window, qtbot):
    _, win = concluded_case_window(qtbot, admin_window)
    dialog = open_conclusion(qtbot, win)
    view = dialog.view
    count = dialog.preview.page_count
    assert count >= 2
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: view.index == 1 and not view.loading, timeout=10000)
    assert dialog.prev_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: view.index == 0 and not view.loading, timeout=10000)
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: view.index == count - 1 and not view.loading, timeout=10000)
    assert not dialog.next_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: view.index == count - 2, timeout=10000)

    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.zoom == 1.0 and not view.loading, timeout=10000)
    width = view.image.width()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.zoom > 1 and not view.loading and view.image.width() > width, timeout=10000)
    assert dialog.zoom_label.text() == "110 %"
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.zoom < 1 and not view.loading, timeout=10000)
    dialog.fit_button.click()
    qtbot.waitUntil(lambda: view.fit_width and not view.loading, timeout=10000)
    shown = view.image.width() / view.devicePixelRatioF()
    assert view.viewport().width() - 80 < shown <= view.viewport().width() - 2 * MARGIN  # as wide as fits, no sideways scrolling
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.zoom == 1.0 and not view.loading and view.image.width() == width, timeout=10000)


def test_a_case_that_is_not_concluded_offers_no_conclusion_and_the_service_says_why(admin_window, qtbot):
    s = admin_window.session
    person = make_person(s)
    cid = make_case(s, person.id, "review", CaseState.APPRAISING)
    win = open_case(qtbot, admin_window, cid)
    box = win.forms_box
    assert box.isVisible() and box.report.isVisible()
    assert not box.conclusion.isVisible() and not box.appraisal.isVisible()
    box.open("conclusion")  # as if the menu still offered it: the service refuses in its own words
    qtbot.waitUntil(lambda: any("chưa kết luận" in b.text() for b in message_boxes()), timeout=10000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(box.dialog), timeout=10000)  # never shown, and gone

    received = make_case(s, person.id, "review")
    win2 = open_case(qtbot, admin_window, received)
    assert win2.forms_box.isHidden()  # nothing to print yet


def test_request_letter_preview_from_the_requests_tab(admin_window, qtbot):
    _, win = concluded_case_window(qtbot, admin_window)
    panel = win.requests
    assert panel.print_button.isVisibleTo(panel) and not panel.print_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.print_button.isEnabled()
    panel.print_button.click()
    from ui.forms.preview_dialog import PreviewDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(PreviewDialog)), timeout=10000)
    dialog = next(d for d in win.findChildren(PreviewDialog) if d.isVisible())
    wait_shown(qtbot, dialog)
    assert dialog.draft.form == "request" and dialog.draft.object_kind == "verification_request"
