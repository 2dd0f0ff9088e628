"""The carriers tab, the send wizard's "register this stick first", and the recall list on disabling."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWizard

from app import carriers
from app.domain.secrecy import SecrecyLevel
from app.exchange import media
from app.exchange.media import Medium
from app.store import registers
from ui.admin.users import RecallDialog
from ui.compliance.carriers_tab import RegisterCarrierDialog, TakeOutDialog

from .case_fixtures import make_person, officer_holding
from .conftest import message_boxes
from .exchange_fixtures import other, show_exchange, trust_both, use_prompts  # noqa: F401 (fixture)

COMMIT = QWizard.WizardButton.CommitButton


def show_tab(qtbot, window, name: str):
    page = window.workspace.compliance
    window.show_area(window.workspace.pages.indexOf(page))
    tab = page.by_name[name]
    page.tabs.setCurrentWidget(tab)
    return tab


def test_register_take_out_and_return(admin_window, qtbot):
    tab = show_tab(qtbot, admin_window, "CarriersTab")
    assert admin_window.workspace.compliance.tabs.currentWidget() is tab
    dlg = tab.register_carrier()
    assert isinstance(dlg, RegisterCarrierDialog) and not dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.label, "USB-12")
    dlg.serial.setText("SER-12")
    dlg.level.setCurrentIndex(dlg.level.findData(int(SecrecyLevel.TOI_MAT)))
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1 and tab.selected() is not None, timeout=10000)
    assert tab.table.item(0, 0).text() == "USB-12" and tab.table.item(0, 1).text() == "SER-12"
    assert tab.out_button.isEnabled() and not tab.return_button.isEnabled()

    out = tab.take_out()
    assert isinstance(out, TakeOutDialog) and not out.ok_button.isEnabled()
    qtbot.keyClicks(out.taken_by, "canbo")
    qtbot.keyClicks(out.permit_no, "21/GP-BTC")
    out.permit_by.setText("Trưởng ban")  # keyClicks types ASCII only
    out.permit_date.setDate(QDate.currentDate().addDays(-1))
    out.content.setText("Hồ sơ gửi Tỉnh ủy")  # keyClicks types ASCII only
    with qtbot.waitSignal(out.accepted, timeout=10000):
        out.ok_button.click()
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().current is not None, timeout=10000)
    assert tab.table.item(0, 4).text() == "canbo" and "21/GP-BTC" in tab.table.item(0, 5).text()
    tab.out_only.setChecked(True)
    assert tab.table.rowCount() == 1
    [entry] = registers.entries(admin_window.session.vault.conn, "carrier")
    assert entry.fields["permit_date"] == (dt.date.today() - dt.timedelta(days=1)).isoformat()

    tab.record_return("USB-12")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=10000)  # "only out" shows none now
    tab.out_only.setChecked(False)
    assert tab.table.rowCount() == 1 and tab.selected().current is None
    assert message_boxes()


def test_take_out_twice_is_refused_in_the_dialog(admin_window, qtbot):
    s = admin_window.session
    carriers.register_carrier(s, "USB-13")
    tab = show_tab(qtbot, admin_window, "CarriersTab")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10000)
    tab.select("USB-13")
    dlg = tab.take_out()
    carriers.take_out(s, "USB-13", "admin", "1/GP", dt.date.today(), "Trưởng ban")  # someone was quicker
    qtbot.keyClicks(dlg.taken_by, "canbo")
    qtbot.keyClicks(dlg.permit_no, "2/GP")
    dlg.permit_by.setText("Trưởng ban")  # keyClicks types ASCII only
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.error_label.isVisible(), timeout=10000)
    assert "đang được mang ra ngoài" in dlg.error_label.text() and dlg.isVisible()
    dlg.reject()


def test_send_wizard_asks_to_register_an_unknown_stick(admin_window, other, qtbot, tmp_path, monkeypatch):
    usb = tmp_path / "stick"
    usb.mkdir()
    # The machine has no USB stick: this folder plays one (what the system's mount list would say).
    monkeypatch.setattr(media, "list_media", lambda include_fixed=False: [Medium(usb, "STICK", True, 10**9, 2 * 10**9)])
    trust_both(admin_window, other, tmp_path)
    s = admin_window.session
    make_person(s, "Nguyễn Văn Gửi", secrecy=SecrecyLevel.MAT)
    prompts = use_prompts(admin_window)
    _, tab = show_exchange(qtbot, admin_window, "send")
    wizard = tab.open_wizard()
    page = wizard.content_page
    qtbot.waitUntil(lambda: page.found.count() == 1, timeout=10000)
    page.found.setCurrentRow(0)
    page.add_person_button.click()
    wizard.next()
    qtbot.waitUntil(wizard.recipients_page.isComplete, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.secrecy_page.inside is not None, timeout=10000)
    wizard.next()
    # the drive listing runs in the background: let it land before the folder is set by hand
    qtbot.waitUntil(wizard.destination_page.media.refresh_button.isEnabled, timeout=10000)
    wizard.plan.dest_dir = usb
    wizard.next()  # a removable medium: no question
    assert wizard.currentId() == wizard.CARRIER
    wizard.destination_page.media._listed([])  # a drive listing landing late, after the page was left
    assert wizard.plan.dest_dir == usb
    qtbot.keyClicks(wizard.carrier_page.carrier, "USB-30")
    assert wizard.carrier_page.carrier_status.text()  # says the stick is not registered
    prompts.answers["confirm"] = False
    wizard.button(COMMIT).click()
    assert wizard.currentId() == wizard.CARRIER and "USB-30" in prompts.asked[-1][2]
    assert carriers.find(s, "USB-30") is None
    prompts.answers["confirm"] = True
    wizard.button(COMMIT).click()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=20000)
    c = carriers.find(s, "USB-30")
    assert c is not None and c.secrecy is SecrecyLevel.MAT
    assert [p.name for p in usb.iterdir()] == [wizard.write_page.result.path.name]
    wizard.reject()


def test_disabling_a_user_lists_what_to_collect(admin_window, qtbot):
    case_id = officer_holding(admin_window, "Trần Văn Giữ", "USB-40", "9/GP")
    users_tab = admin_window.workspace.admin.users
    users_tab.deactivate("canbo")
    dlg = users_tab.recall_dialog
    assert isinstance(dlg, RecallDialog) and dlg.isVisible()
    assert dlg.count() == 2  # the open case and the carrier
    texts = [dlg.tree.topLevelItem(i).child(j).text(0) for i in range(3) for j in range(dlg.tree.topLevelItem(i).childCount())]
    assert any(str(case_id) in t for t in texts) and "USB-40" in texts
    assert not dlg.recall.active
    dlg.close()
