"""Checking a paper copy from its typed code; the print hooks of the Registers and Exchange areas, hidden without the permission."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.forms import api
from app.permissions import Permission
from app.forms.service import PrintJob
from tests.forms_helpers import concluded_case
from ui.cases.case_window import CaseWindow
from ui.cases.prompts import CasePrompts
from ui.exchange.prompts import ExchangePrompts
from ui.exchange.units_tab import UnitsTab
from ui.forms.preview_dialog import PreviewDialog
from ui.registers.page import RegistersPage
from ui.worker import wait_all

from .exchange_fixtures import EXCHANGE_AREA, REGISTERS_AREA
from .test_forms_helpers import Answers, wait_shown


def printed_code(window) -> str:
    wait_all()
    s = window.session
    cid = concluded_case(s)
    return api.print_form(s, api.conclusion_draft(s, cid), None, PrintJob(copies=1)).code


def registers_page(window):
    window.show_area(REGISTERS_AREA)
    return window.workspace.registers


def test_verify_accepts_a_printed_code_and_rejects_a_mistyped_one(admin_window, qtbot):
    code = printed_code(admin_window)
    page = registers_page(admin_window)
    assert page.verify_button.isVisible()
    page.verify_button.click()
    dialog = page.verify_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.focusWidget() is dialog.code and not dialog.check_button.isEnabled()

    dialog.code.setText(code.lower().replace("0", "o"))  # read leniently: case, O for 0
    with qtbot.waitSignal(dialog.checked, timeout=10000) as got:
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    v = got.args[0]
    assert v.status == "valid" and v.ok and dialog.verdict.isVisible()
    assert "✔" in dialog.verdict.text() and v.number in dialog.verdict.text()

    number, digits = code.split(" ")
    wrong = digits[:-1] + ("Z" if digits[-1] != "Z" else "Y")
    dialog.code.setText(f"{number} {wrong}")
    with qtbot.waitSignal(dialog.checked, timeout=10000) as got:
        dialog.check_button.click()
    assert got.args[0].status == "unknown" and not got.args[0].ok
    assert "✘" in dialog.verdict.text()

    dialog.code.setText("không phải mã")
    with qtbot.waitSignal(dialog.checked, timeout=10000) as got:
        dialog.check_button.click()
    assert isinstance(got.args[0], Exception) and "15-KL/TU" in dialog.verdict.text()  # the service's example of a code


def test_print_this_book_previews_the_copy_register(admin_window, qtbot, tmp_path):
    printed_code(admin_window)  # one entry in the copying register
    page = registers_page(admin_window)
    page.tabs.setCurrentWidget(page.copies)
    qtbot.waitUntil(lambda: page.copies.model.rowCount() == 1, timeout=10000)
    page.print_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(PreviewDialog)), timeout=10000)
    dialog = next(d for d in page.findChildren(PreviewDialog) if d.isVisible())
    wait_shown(qtbot, dialog)
    assert dialog.draft.form == "book_copy" and not dialog.panel.options.reason.isVisibleTo(dialog)
    image = dialog.view.image
    assert image.width() > image.height()  # books are landscape

    dialog.panel.prompts = Answers(save_to=tmp_path / "so.pdf")
    with qtbot.waitSignal(dialog.printed, timeout=10000):
        dialog.panel.save_button.click()
    qtbot.waitUntil(lambda: page.copies.model.rowCount() == 2, timeout=10000)  # the book shows its own print


def test_fingerprint_sheet_from_the_units_tab(admin_window, qtbot):
    admin_window.show_area(EXCHANGE_AREA)
    tab = admin_window.workspace.exchange.units
    assert tab.print_button.isVisibleTo(tab)
    tab.print_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(PreviewDialog)), timeout=10000)
    dialog = next(d for d in tab.findChildren(PreviewDialog) if d.isVisible())
    wait_shown(qtbot, dialog)
    assert dialog.draft.form == "fingerprint" and dialog.preview.page_count == 1


class _NoPrinting:
    """The real session, minus the printing permission (no role lacks it today)."""

    def __init__(self, session) -> None:
        self._session = session

    def can(self, permission) -> bool:
        return permission is not Permission.PRINT_FORMS and self._session.can(permission)

    def __getattr__(self, name):
        return getattr(self._session, name)


def test_print_actions_are_hidden_without_the_permission(admin_window, qtbot):
    wait_all()
    session = _NoPrinting(admin_window.session)
    cid = concluded_case(admin_window.session)
    page = RegistersPage(session)
    units = UnitsTab(session, ExchangePrompts())
    case = CaseWindow(session, cid, CasePrompts())
    for w in (page, units, case):
        qtbot.addWidget(w)
        w.show()
    qtbot.waitUntil(lambda: case.view is not None, timeout=10000)
    assert page.print_button.isHidden() and not page.verify_button.isHidden()
    assert units.print_button.isHidden()
    assert case.forms_box.isHidden() and case.requests.print_button.isHidden()
    wait_all()
