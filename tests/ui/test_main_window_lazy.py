"""Areas built on first show: login builds only the area shown, every other
area still has its title, icon, shortcut and links; the automatic
declassification runs at login without the Secrets-protection page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app import cases, dossiers
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel as L
from app.secrecy import lifecycle as lc
from app.secrecy.terms import add_years
from app.store import persons as person_store
from app.vault import open_vault
from ui.cases.page import CasesPage
from ui.dossiers.page import DossiersPage
from ui.main_window import MainWindow, Workspace
from ui.worker import wait_all

from .conftest import ADMIN_PW


def _built(ws) -> list[str]:
    return [name for name in Workspace.AREAS if ws.built(name) is not None]


def test_login_builds_only_the_area_shown(admin_window, qtbot):
    ws = admin_window.workspace
    assert _built(ws) == ["start"]
    assert ws.pages.count() == len(Workspace.AREAS) == ws.nav.count()
    assert all(not ws.nav.item(i).icon().isNull() and ws.nav.item(i).text() for i in range(ws.nav.count()))
    assert ws.pages.currentWidget() is ws.built("start")
    # Ctrl+2 (Go menu) builds and shows the dossiers at their place; nothing else is built.
    admin_window.area_actions[1].trigger()
    page = ws.built("dossiers")
    assert isinstance(page, DossiersPage) and ws.pages.currentWidget() is page and ws.pages.indexOf(page) == 1
    assert _built(ws) == ["start", "dossiers"]
    assert admin_window.area_actions[1].shortcut().toString() == "Ctrl+2"
    # Reading an attribute builds the page at its own place (tests and tools rely on it).
    assert ws.pages.indexOf(ws.admin) == Workspace.AREAS.index("admin")
    assert ws.pages.currentWidget() is page
    wait_all()


def test_unlock_returns_to_the_last_area_and_builds_only_it(admin_window, qtbot):
    admin_window.show_area(Workspace.AREAS.index("registers"))
    wait_all()
    admin_window.lock()  # at once, or as soon as the page's first reads end
    qtbot.waitUntil(lambda: admin_window.is_locked, timeout=10000)
    admin_window.lock_screen.password.setText(ADMIN_PW)
    admin_window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not admin_window.is_locked, timeout=10000)
    ws = admin_window.workspace
    assert ws.nav.currentRow() == Workspace.AREAS.index("registers")
    assert _built(ws) == ["registers"] and ws.pages.currentWidget() is ws.built("registers")
    wait_all()


def test_links_between_areas_work_before_the_target_is_built(admin_window, qtbot):
    s = admin_window.session
    p = dossiers.create_person(s, Person(full_name="Phạm Văn Liên"))
    cid = cases.create_case(s, p.id, "appointment").case.id
    ws = admin_window.workspace
    # A dossier's case opens in a case window though the cases page does not exist yet.
    admin_window.show_area(Workspace.AREAS.index("dossiers"))
    ws.dossiers.open_case.emit(cid)
    assert cid in ws.windows.windows and ws.built("cases") is None
    ws.windows.windows[cid].close()
    # "Go to cases" on the start page builds and shows the cases.
    ws.start.go_to_cases.emit()
    assert isinstance(ws.pages.currentWidget(), CasesPage) and ws.cases.windows is ws.windows
    wait_all()


def test_open_conflicts_show_in_the_title_without_building_the_exchange(qtbot, vault):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    with session.vault.transaction() as c:  # as a received bundle leaves it (app.exchange.conflicts)
        c.executemany("INSERT INTO exchange_conflicts(bundle_id, sender_code, kind, uid, incoming, reason) "
                      "VALUES ('b1', 'DV02', 'person', ?, '{}', 'changed on both sides')", [("u1",), ("u2",)])
    window = MainWindow(session)
    qtbot.addWidget(window)
    try:
        ws = window.workspace
        row = Workspace.AREAS.index("exchange")
        want = QCoreApplication.translate("ExchangePage", "USB exchange ({n})").format(n=2)
        qtbot.waitUntil(lambda: ws.nav.item(row).text() == want, timeout=5000)
        assert ws.built("exchange") is None
        assert ws.exchange.nav_title(2) == want  # the page says the same once built
    finally:
        wait_all()
        session.close()


def test_login_declassifies_without_the_compliance_page(qtbot, vault):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    p = dossiers.create_person(session, Person(full_name="Đỗ Văn Hết Hạn", secrecy=L.MAT))
    old = dt.datetime.combine(add_years(dt.date.today(), -10) - dt.timedelta(days=1), dt.time(9)).timestamp()
    with session.vault.transaction() as c:
        c.execute("UPDATE persons SET created_at = ? WHERE id = ?", (old, p.id))
    window = MainWindow(session)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.swept, timeout=10000) as got:
            window.show()
        assert got.args == [1]
        assert person_store.get(session.vault.conn, p.id).secrecy == L.NONE
        d = lc.history(session, "person", p.id).decisions[-1]
        assert (d.kind, d.automatic, d.made_by) == ("declassify", True, "system")
        assert window.workspace.built("compliance") is None
        said = window.statusBar().currentMessage()
        assert said and said == window.tr(
            "Declassified automatically at the end of the protection term: %n item(s).", "", 1)
    finally:
        wait_all()
        session.close()


def test_nothing_due_says_nothing(qtbot, vault):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    dossiers.create_person(session, Person(full_name="Đỗ Văn Còn Hạn", secrecy=L.MAT))
    window = MainWindow(session)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.swept, timeout=10000) as got:
            window.show()
        assert got.args == [0] and window.statusBar().currentMessage() == ""
    finally:
        wait_all()
        session.close()


def test_the_area_list_fits_its_titles_in_either_language(qapp, qtbot, vault):
    """No horizontal scroll bar under the areas: the list is as wide as its longest title."""
    from ui import i18n

    try:
        for lang in ("en", "vi"):
            i18n.install(qapp, lang)
            session = open_vault(vault.path, "admin", ADMIN_PW)
            window = MainWindow(session)
            qtbot.addWidget(window)
            window.resize(1100, 700)
            window.show()
            qtbot.waitExposed(window)
            nav = window.workspace.nav
            longest = max(nav.fontMetrics().horizontalAdvance(nav.item(i).text()) for i in range(nav.count()))
            for area in range(nav.count()):  # a wide page squeezes the list to its minimum
                nav.setCurrentRow(area)
                qapp.processEvents()
                assert nav.sizeHintForColumn(0) <= nav.viewport().width(), (lang, area)
                assert longest < nav.viewport().width(), (lang, area)
            window.close()
            wait_all()
            session.close()
    finally:
        i18n.install(qapp, "vi")
