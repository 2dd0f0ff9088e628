"""The send wizard: content, recipients, level, destination (with the non-removable question), carrier, writing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.domain.secrecy import SecrecyLevel
from app.store.persons import PersonRow
from ui.dossiers import jobs as gui_jobs

from .case_fixtures import make_case, make_person
from .exchange_fixtures import OTHER_CODE, REGISTERS_AREA, other, show_exchange, trust_both, usb, use_prompts  # noqa: F401 (fixtures)

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
BACK = QWizard.WizardButton.BackButton


def _wizard(qtbot, window, other, tmp_path):
    trust_both(window, other, tmp_path)
    s = window.session
    duc = make_person(s, "Nguyễn Văn Đức", secrecy=SecrecyLevel.MAT)
    make_case(s, make_person(s, "Trần Thị Lan", secrecy=SecrecyLevel.TOI_MAT).id)
    prompts = use_prompts(window)
    _, tab = show_exchange(qtbot, window, "send")
    wizard = tab.open_wizard()
    qtbot.waitUntil(lambda: wizard.content_page.found.count() == 2, timeout=10000)
    return wizard, prompts, duc


def _through_destination(qtbot, wizard, prompts, usb):
    """Content chosen → recipients → level → the folder, confirmed."""
    content = wizard.content_page
    qtbot.keyClicks(content.search, "nguyen van")
    qtbot.waitUntil(lambda: content.found.count() == 1, timeout=10000)
    content.found.setCurrentRow(0)
    assert not wizard.button(NEXT).isEnabled()  # nothing chosen yet
    content.add_person_button.click()
    content.search.clear()
    qtbot.waitUntil(lambda: content.found.count() == 2, timeout=10000)
    content.found.setCurrentRow([content.found.item(i).data(Qt.ItemDataRole.UserRole).full_name
                                 for i in range(2)].index("Trần Thị Lan"))
    qtbot.waitUntil(lambda: content.add_case_button.isEnabled(), timeout=10000)  # her case is listed
    content.person_cases.setFocus()
    qtbot.keyClick(content.person_cases, Qt.Key.Key_Return)  # Enter adds the highlighted case
    assert content.chosen.count() == 2 and len(wizard.plan.cases) == 1
    wizard.next()

    recipients = wizard.recipients_page
    qtbot.waitUntil(recipients.isComplete, timeout=10000)  # the one trusted unit comes checked
    assert wizard.plan.recipients == [OTHER_CODE]
    wizard.next()

    secrecy = wizard.secrecy_page
    qtbot.waitUntil(lambda: secrecy.inside is not None, timeout=10000)
    assert secrecy.inside == SecrecyLevel.TOI_MAT  # Lan's dossier, brought in by her case
    assert [b.isEnabled() for b in secrecy.group.buttons()] == [False, False, True, True]
    assert secrecy.group.checkedId() == int(SecrecyLevel.TOI_MAT)
    wizard.next()

    destination = wizard.destination_page
    qtbot.waitUntil(destination.media.refresh_button.isEnabled, timeout=10000)
    prompts.answers["folder"] = usb
    destination.media.other_button.click()
    assert wizard.plan.dest_dir == usb
    prompts.answers["confirm"] = False
    wizard.next()
    assert wizard.currentId() == wizard.DESTINATION and prompts.asked[-1][0] == "confirm"
    assert str(usb) in prompts.asked[-1][2]
    prompts.answers["confirm"] = True
    wizard.next()
    assert wizard.currentId() == wizard.CARRIER


def test_send_wizard_writes_a_bundle_and_the_register_shows_it(admin_window, other, qtbot, tmp_path, usb):
    wizard, prompts, _ = _wizard(qtbot, admin_window, other, tmp_path)
    _through_destination(qtbot, wizard, prompts, usb)
    assert not wizard.button(COMMIT).isEnabled()  # the carrier's label is required
    qtbot.keyClicks(wizard.carrier_page.carrier, "USB-07")
    assert wizard.button(COMMIT).isEnabled() and "TINH-TQ" in wizard.carrier_page.summary.text()
    wizard.button(COMMIT).click()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=20000)
    result = wizard.write_page.result
    assert [p.name for p in usb.iterdir()] == [result.path.name]
    assert (result.persons, result.cases) == (2, 1)
    year = dt.date.today().year
    assert result.register_number == f"1/{year}"
    details = wizard.result_page.details.text()
    assert result.path.name in details and f"1/{year}" in details
    assert "tiêu hủy" in wizard.result_page.steps.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()

    admin_window.show_area(REGISTERS_AREA)
    view = admin_window.workspace.registers.outgoing
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    row = view.model.texts[0]
    assert row[0] == f"1/{year}" and dt.date.today().strftime("%d/%m/%Y") in row  # columns in the official form's order
    assert "USB-07" in row and OTHER_CODE in row and "TỐI MẬT" in row and result.path.name in row


def test_cancel_while_writing_leaves_nothing(admin_window, other, qtbot, tmp_path, usb):
    wizard, prompts, _ = _wizard(qtbot, admin_window, other, tmp_path)
    _through_destination(qtbot, wizard, prompts, usb)
    qtbot.keyClicks(wizard.carrier_page.carrier, "USB-07")
    # Hold the GUI's write lock so that the export waits: Cancel is then certain to come first.
    gui_jobs._write_lock.acquire()
    try:
        wizard.button(COMMIT).click()
        assert wizard.currentId() == wizard.WRITE and wizard.write_page.running
        wizard.reject()  # the wizard's Cancel (or Esc) stops the writing, the wizard stays
        assert wizard.isVisible()
    finally:
        gui_jobs._write_lock.release()
    page = wizard.write_page
    qtbot.waitUntil(lambda: not page.running, timeout=20000)
    assert page.error.isVisible() and "Đã hủy" in page.error.text()
    assert list(usb.iterdir()) == []
    assert wizard.button(BACK).isEnabled()
    wizard.back()
    assert wizard.currentId() == wizard.CARRIER
    wizard.reject()
    assert not wizard.isVisible()


def test_nothing_to_send_until_a_unit_is_trusted(admin_window, qtbot):
    make_person(admin_window.session, "Nguyễn Văn Đức")
    use_prompts(admin_window)
    _, tab = show_exchange(qtbot, admin_window, "send")
    wizard = tab.open_wizard()
    content = wizard.content_page
    qtbot.waitUntil(lambda: content.found.count() == 1 and isinstance(content.found.item(0).data(Qt.ItemDataRole.UserRole), PersonRow), timeout=10000)
    content.found.setCurrentRow(0)
    content.found.setFocus()
    qtbot.keyClick(content.found, Qt.Key.Key_Return)  # Enter adds the dossier
    wizard.next()
    page = wizard.recipients_page
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    assert not page.isComplete() and "Chưa tin cậy" in page.note.text()
    wizard.reject()
