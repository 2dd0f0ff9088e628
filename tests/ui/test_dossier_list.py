"""The Dossiers list: search, filters, the lazy virtual model, opening, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import demo, dossiers
from app.domain.roles import Role
from app.domain.secrecy import SecrecyLevel
from app.store.persons import PersonFilter, SearchPage
from app.text.vietnamese import fold, name_sort_key
from app.users import add_user
from app.vault import open_vault
from crypto.kdf import fast_params_for_tests
from ui.dossiers.list_model import PLACEHOLDER, PersonListModel
from ui.dossiers.page import DossiersPage
from ui.main_window import MainWindow
from ui.worker import wait_all

from .conftest import ADMIN_PW, OFFICER_PW

CLERK_PW = "Van-Thu-Luu-Tru-9$"


def fill(vault_path, n: int) -> None:
    session = open_vault(vault_path, "admin", ADMIN_PW)
    try:
        demo.fill(session, n, with_scans=0)
    finally:
        session.close()


def add_clerk(vault_path) -> None:
    session = open_vault(vault_path, "admin", ADMIN_PW)
    try:
        add_user(session, "vanthu", CLERK_PW, Role.CLERK, "Lê Thị Văn Thư", kdf=fast_params_for_tests())
    finally:
        session.close()


@pytest.fixture
def open_window(qtbot):
    """Opens a main window as a user; closes its session afterwards."""
    windows: list[MainWindow] = []

    def make(vault_path, username: str = "admin", password: str = ADMIN_PW) -> MainWindow:
        window = MainWindow(open_vault(vault_path, username, password))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    wait_all()  # no worker may be reading when the connection closes
    for window in windows:
        for editor in window.workspace.dossiers.open_editors() if window.workspace else []:
            editor.done(0)
        if window.session is not None:
            window.session.close()


def loaded_page(qtbot, window: MainWindow) -> DossiersPage:
    page = window.workspace.dossiers
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot, page: DossiersPage) -> None:
    qtbot.waitUntil(lambda: not page.model.searching and page.model.total is not None, timeout=10000)


def shown_names(qtbot, page: DossiersPage) -> list[str]:
    """Every name of the list, once the pages asked for have arrived."""
    model = page.model

    def names() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: PLACEHOLDER not in names(), timeout=10000)
    return names()


def loaded_rows(qtbot, page: DossiersPage) -> list:
    shown_names(qtbot, page)
    return [page.model.row_at(r) for r in range(page.model.rowCount())]


@pytest.fixture
def demo_window(vault, open_window):
    fill(vault.path, 300)
    return open_window(vault.path)


def test_dossiers_area_replaces_the_placeholder(demo_window):
    ws = demo_window.workspace
    row = ws.area_titles().index("Hồ sơ")
    page = ws.dossiers  # built on first use, at its area's place
    assert ws.pages.widget(row) is page


def test_list_shows_demo_persons_in_vietnamese_order(demo_window, qtbot):
    page = loaded_page(qtbot, demo_window)
    assert page.model.total == 300
    names = shown_names(qtbot, page)
    assert len(names) == 300 and all(names)
    assert names == sorted(names, key=name_sort_key)
    assert page.count_label.text() == "300 hồ sơ trong kho"
    # Dates are shown day first.
    first = dossiers.search_persons(demo_window.session, "", limit=1).rows[0]
    assert page.model.index(0, 1).data() == first.birth_date.display()


def test_typing_filters_without_diacritics_after_a_pause(demo_window, qtbot):
    page = loaded_page(qtbot, demo_window)
    qtbot.keyClicks(page.search, "nguyen van")
    assert page.model.query == ""  # nothing searched while typing
    qtbot.waitUntil(lambda: page.model.query == "nguyen van", timeout=10000)
    wait_loaded(qtbot, page)
    names = shown_names(qtbot, page)
    assert 0 < len(names) < 300
    for name in names:
        words = fold(name).split()
        assert "nguyen" in words and any(w.startswith("van") for w in words), name
    expected = dossiers.search_persons(demo_window.session, "nguyễn văn", limit=500)
    assert page.model.total == expected.total
    assert str(expected.total) in page.count_label.text()


def test_filter_by_unit_secrecy_and_relatives_abroad(demo_window, qtbot):
    page = loaded_page(qtbot, demo_window)
    qtbot.waitUntil(lambda: page.unit.count() > 1)
    unit = page.unit.itemData(1)
    page.unit.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.flt.unit == unit)
    wait_loaded(qtbot, page)
    expected = dossiers.search_persons(demo_window.session, "", PersonFilter(unit=unit), limit=500).total
    assert 0 < page.model.total == expected < 300
    assert {row.unit for row in loaded_rows(qtbot, page)} == {unit}

    page.unit.setCurrentIndex(0)
    page.secrecy.setCurrentIndex(page.secrecy.findData(int(SecrecyLevel.TOI_MAT)))
    wait_loaded(qtbot, page)
    assert page.model.total > 0
    assert {row.secrecy for row in loaded_rows(qtbot, page)} == {SecrecyLevel.TOI_MAT}

    page.secrecy.setCurrentIndex(0)
    page.abroad.setChecked(True)
    wait_loaded(qtbot, page)
    assert 0 < page.model.total < 300
    assert all(row.has_abroad for row in loaded_rows(qtbot, page))


def test_empty_vault_invites_to_import_or_create(admin_window, qtbot):
    page = loaded_page(qtbot, admin_window)
    assert page.model.total == 0
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Chưa có hồ sơ nào — nhập danh sách từ Excel hoặc tạo mới"
    page.search.setText("khong co ai")
    page.run_search()
    wait_loaded(qtbot, page)
    assert page.stack.currentWidget() is page.empty_label
    assert "Không có hồ sơ nào khớp" in page.empty_label.text()


def test_virtual_model_fetches_pages_lazily_and_jumps_to_the_end(vault, open_window, qtbot):
    fill(vault.path, 3000)
    window = open_window(vault.path)
    page = loaded_page(qtbot, window)
    model = page.model
    assert model.rowCount() == 3000
    assert model.fetches == 1 and model.cached_rows() == model.PAGE_SIZE
    last = dossiers.search_persons(window.session, "", limit=1, offset=2999).rows[0]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == 2999
    qtbot.waitUntil(lambda: model.index(2999, 0).data() == last.full_name, timeout=10000)
    assert model.index(2999, 6).data() == last.id_number
    # Only the first and the last pages were read, not the 15 in between.
    assert model.fetches <= 3
    assert model.cached_rows() <= 2 * model.PAGE_SIZE
    # The middle, when scrolled to, arrives too.
    middle = dossiers.search_persons(window.session, "", limit=1, offset=1500).rows[0]
    page.table.scrollTo(model.index(1500, 0))
    qtbot.waitUntil(lambda: model.index(1500, 0).data() == middle.full_name, timeout=10000)
    assert model.cached_rows() <= model.CACHE_PAGES * model.PAGE_SIZE


def test_rows_grow_by_fetch_more_while_counting(vault, open_window, qtbot, monkeypatch):
    """A very common word: the service gives no total, the list grows page by page until the count arrives."""
    fill(vault.path, 700)
    real = dossiers.search_persons

    def common_word(session, query="", flt=PersonFilter(), limit=50, offset=0, want_total=True, total_hint=None):
        page = real(session, query, flt, limit, offset, want_total, total_hint)
        return page if want_total else SearchPage(page.rows, None, "walk:names")

    counting = []  # the count is held back until the test lets it run
    count = PersonListModel._count
    monkeypatch.setattr(dossiers, "search_persons", common_word)
    monkeypatch.setattr(PersonListModel, "_count", lambda self: counting.append(self))
    window = open_window(vault.path)
    page = window.workspace.dossiers
    model = page.model
    qtbot.waitUntil(lambda: not model.searching and bool(counting), timeout=10000)
    assert model.total is None and model.rowCount() == 200
    assert "đang đếm" in page.count_label.text()
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=10000)
    count(model)
    qtbot.waitUntil(lambda: model.total == 700, timeout=10000)
    assert model.rowCount() == 700 and not model.canFetchMore()


def test_enter_opens_the_selected_dossier(demo_window, qtbot):
    page = loaded_page(qtbot, demo_window)
    page.table.setFocus()
    page.table.selectRow(3)
    person = page.model.row_at(3)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: person.id in page.editors, timeout=10000)
    editor = page.editors[person.id]
    assert editor.isVisible()
    assert editor.identity.inputs["full_name"].text() == person.full_name
    # Opening again brings the same editor forward.
    page.open_person(person.id)
    assert page.open_editors() == [editor]


def test_search_box_enter_and_down_move_to_the_results(demo_window, qtbot):
    page = loaded_page(qtbot, demo_window)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0


def test_keyboard_shortcuts_for_search_and_new(demo_window, qtbot):
    page = loaded_page(qtbot, demo_window)
    assert page.search_action.shortcut().toString() == "Ctrl+F"
    assert page.new_action.shortcut().toString() == "Ctrl+N"
    demo_window.show_area(demo_window.workspace.pages.indexOf(page))
    demo_window.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(page.new_editors) == 1 and page.new_editors[0].is_new


def test_clerk_has_no_new_button(vault, open_window, qtbot):
    fill(vault.path, 20)
    add_clerk(vault.path)
    window = open_window(vault.path, "vanthu", CLERK_PW)
    page = loaded_page(qtbot, window)
    assert page.new_button.isHidden() and not page.new_action.isEnabled()
    page.new_person()
    assert page.open_editors() == []
    assert page.model.total == 20  # clerks see the list


def test_officer_has_the_new_button(vault, open_window, qtbot):
    window = open_window(vault.path, "canbo", OFFICER_PW)
    page = loaded_page(qtbot, window)
    assert not page.new_button.isHidden()


def test_scrolling_for_hours_does_not_exhaust_none(qtbot):
    """PySide6 6.12.0 drops a reference to None per Qt call returning None and to
    True per emit; a long session of paging would abort the interpreter."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(20000):
        label.setText("x")  # returns None
        label.windowTitleChanged.emit("x")  # returns True
    # A defective build would have lost about 20,000 references to each (tests/ui/test_pyside_sanity.py).
    assert sys.getrefcount(None) > none_before - 1000 and sys.getrefcount(True) > true_before - 1000


def test_filter_by_case_state(demo_window, qtbot):
    from app.workflow.states import CaseState

    page = loaded_page(qtbot, demo_window)
    conn = demo_window.session.vault.conn
    expected = {pid for (pid,) in conn.execute("SELECT DISTINCT person_id FROM cases WHERE state = 'concluded'")}
    page.case_state.setCurrentIndex(page.case_state.findData(CaseState.CONCLUDED.value))
    qtbot.waitUntil(lambda: not page.model.searching and page.model.total == len(expected), timeout=10000)
    assert expected  # the demo data has concluded cases
    qtbot.waitUntil(lambda: all(page.model.row_at(r) is not None for r in range(page.model.rowCount())), timeout=10000)
    assert {page.model.row_at(r).id for r in range(page.model.rowCount())} == expected
