"""The "Protection terms" tab: the warning list (controllable clock), the decision
dialogs with confirmation and refusal in place, the history, the sweep at login."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import cases, dossiers
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel as L
from app.secrecy import lifecycle as lc
from app.secrecy.terms import add_years
from app.store import persons as person_store
from app.vault import open_vault
from ui.main_window import MainWindow
from ui.worker import wait_all

from .conftest import ADMIN_PW

TODAY = dt.date.today()
END = add_years(TODAY, 10)


class Said:
    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[str] = []

    def confirm(self, parent, title, text, yes_text) -> bool:
        self.asked.append(text)
        return self.yes


def _tab(qtbot, window):
    wait_all()
    ws = window.workspace
    window.show_area(ws.pages.indexOf(ws.compliance))
    page = ws.compliance
    tab = page.by_name["TermsTab"]
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible, timeout=5000)
    wait_all()
    return tab


def _reload(qtbot, tab, day: dt.date) -> None:
    tab.clock = lambda: day
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.reload()


def _person(session, name: str, level: L = L.MAT) -> Person:
    return dossiers.create_person(session, Person(full_name=name, secrecy=level))


def _only(tab, kind: str, oid: int) -> bool:
    return [(i.object_kind, i.object_id) for i in tab.items] == [(kind, str(oid))] and tab.model.rowCount() == 1


def _click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_empty_list_explains_itself(qtbot, admin_window):
    tab = _tab(qtbot, admin_window)
    _reload(qtbot, tab, TODAY)
    assert tab.model.rowCount() == 0 and tab.empty.isVisible() and not tab.table.isVisible()
    assert "90" in tab.empty.text()
    assert not tab.extend_button.isEnabled() and not tab.history_button.isEnabled()


def test_warning_list_filter_and_extension_with_confirmation(qtbot, admin_window):
    s = admin_window.session
    p = _person(s, "Lê Thị Thu")
    cid = cases.create_case(s, p.id, "appointment").case.id
    tab = _tab(qtbot, admin_window)
    _reload(qtbot, tab, END - dt.timedelta(days=91))
    assert tab.model.rowCount() == 0
    _reload(qtbot, tab, END - dt.timedelta(days=30))
    assert tab.model.rowCount() == 2
    rows = {(tab.model.item(r, 1).text(), tab.model.item(r, 2).text()) for r in range(2)}
    assert (str(p.id), "Lê Thị Thu") in rows
    assert tab.model.item(0, 6).text() == END.strftime("%d/%m/%Y") and "30" in tab.model.item(0, 7).text()
    tab.kind.setCurrentIndex(tab.kind.findData("case"))
    qtbot.waitUntil(lambda: _only(tab, "case", cid), timeout=5000)
    tab.kind.setCurrentIndex(tab.kind.findData("person"))
    qtbot.waitUntil(lambda: _only(tab, "person", p.id), timeout=5000)
    tab.table.setFocus()
    tab.table.selectRow(0)
    assert tab.extend_button.isEnabled()

    # decided too late (less than 60 days before the end): refused inside the dialog, nothing stored
    said = Said()
    tab.prompts = said
    dialog = tab.open_decision("extend")
    dialog.number.setText("15-QĐ/TU")
    dialog.authority.setText("Ban Thường vụ Tỉnh ủy")
    dialog.date.setDate(END - dt.timedelta(days=30))
    _click_ok(dialog)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "60" in dialog.error_label.text() and dialog.isVisible() and said.asked
    assert lc.history(s, "person", p.id).decisions == []

    # decided in time: recorded after confirming
    dialog.date.setDate(END - dt.timedelta(days=100))
    dialog.by_years.setChecked(True)
    dialog.years.setValue(5)
    with qtbot.waitSignal(tab.decided, timeout=5000) as sig:
        _click_ok(dialog)
    assert sig.args[0].expires_on == add_years(END, 5) and not dialog.isVisible()
    d = lc.history(s, "person", p.id).decisions[-1]
    assert (d.kind, d.decision_no, d.authority, d.decision_date) == ("extend", "15-QĐ/TU", "Ban Thường vụ Tỉnh ủy",
                                                                     (END - dt.timedelta(days=100)).isoformat())
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)  # no longer ending soon


def test_declining_the_confirmation_changes_nothing_and_adjust_raises_the_case(qtbot, admin_window):
    s = admin_window.session
    p = _person(s, "Phan Văn Nam")
    cid = cases.create_case(s, p.id, "appointment").case.id
    tab = _tab(qtbot, admin_window)
    _reload(qtbot, tab, END)
    tab.kind.setCurrentIndex(tab.kind.findData("person"))
    qtbot.waitUntil(lambda: _only(tab, "person", p.id), timeout=5000)
    tab.table.selectRow(0)
    tab.prompts = Said(yes=False)
    dialog = tab.open_decision("adjust")
    dialog.level.setCurrentIndex(dialog.level.findData(L.TOI_MAT))
    dialog.number.setText("3-QĐ/TU")
    dialog.authority.setText("Thường trực Tỉnh ủy")
    _click_ok(dialog)
    wait_all()
    assert lc.get_item(s, "person", p.id).level == L.MAT and dialog.isVisible()
    tab.prompts = Said(yes=True)
    with qtbot.waitSignal(tab.decided, timeout=5000):
        _click_ok(dialog)
    assert lc.get_item(s, "person", p.id).level == L.TOI_MAT and lc.get_item(s, "case", cid).level == L.TOI_MAT


def test_history_dialog_by_keyboard(qtbot, admin_window):
    s = admin_window.session
    p = _person(s, "Hà Minh Tâm")
    lc.set_term(s, "person", p.id, lc.DecisionInfo("8-QĐ/TU", TODAY, "Ban Thường vụ", "Thời hạn ngắn"), years=1)
    tab = _tab(qtbot, admin_window)
    _reload(qtbot, tab, TODAY + dt.timedelta(days=300))
    assert tab.model.rowCount() == 1
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.history_dialog is not None and tab.history_dialog.isVisible(), timeout=5000)
    h = tab.history_dialog
    assert h.table.rowCount() == 1 and not h.empty.isVisible()
    texts = [h.table.item(0, c).text() for c in range(h.table.columnCount())]
    assert "8-QĐ/TU" in texts and "Ban Thường vụ" in texts and "Thời hạn ngắn" in texts
    assert "Hà Minh Tâm" in h.head.text()
    h.close()


def test_officer_sees_the_list_but_cannot_decide(qtbot, officer_window):
    tab = _tab(qtbot, officer_window)
    assert not tab.extend_button.isVisibleTo(tab) and not tab.declassify_button.isVisibleTo(tab)
    assert tab.history_button.isVisibleTo(tab)


def test_login_declassifies_what_has_expired(qtbot, vault):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    p = _person(session, "Đỗ Văn Cũ")
    old = dt.datetime.combine(add_years(TODAY, -10) - dt.timedelta(days=1), dt.time(9)).timestamp()
    with session.vault.transaction() as c:
        c.execute("UPDATE persons SET created_at = ? WHERE id = ?", (old, p.id))
    window = MainWindow(session)
    qtbot.addWidget(window)
    try:
        wait_all()
        qtbot.waitUntil(lambda: person_store.get(session.vault.conn, p.id).secrecy == L.NONE, timeout=5000)
        d = lc.history(session, "person", p.id).decisions[-1]
        assert (d.kind, d.automatic, d.made_by) == ("declassify", True, "system")
    finally:
        wait_all()
        session.close()
