"""The Excel import wizard: real vault, real .xlsx files, every page, nothing written before Import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.domain.roles import Role
from app.excel.plan import Action
from app.store import copies
from app.store import persons as store
from app.users import add_user
from app.vault import open_vault
from crypto.kdf import fast_params_for_tests
from ui.excel.wizard import ImportWizard
from ui.main_window import MainWindow
from ui.worker import wait_all

from .conftest import ADMIN_PW, OFFICER_PW

FILE, TABLE, MAPPING, PREVIEW, RESULT = range(5)
WAIT = 30000  # the reader is a child process: generous on a loaded machine, never a sleep
CLERK_PW = "Van-Thu-Luu-Tru-9$"
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Quê quán"]
PEOPLE = [
    [1, "Nguyễn Văn An", dt.date(1980, 2, 1), "Nam", "008080000001", "Hà Nội"],
    [2, "Trần Thị Bình", "15/07/1985", "Nữ", "008185000002", "Hải Phòng"],
    [3, "Lê Văn Cường", "32/13/1990", "Nam", None, "Nam Định"],  # a bad date
    [4, "Nguyễn Văn An", dt.date(1980, 2, 1), "Nam", "008080000001", "Hà Nội"],  # a repeat of row 4
    [5, "Phạm Thị Dung", "03/1975", "Nữ", None, "Thái Bình"],
]


def write_list(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["DANH SÁCH ĐẢNG VIÊN"])
    ws.append([])
    ws.append(HEADER)  # sheet row 3
    for row in PEOPLE:  # sheet rows 4-8
        ws.append(row)
    wb.create_sheet("Ghi chú").append(["Không phải danh sách"])
    wb.save(path)
    return path


@pytest.fixture
def window(qtbot, vault):
    windows: list[MainWindow] = []

    def make(username: str = "admin", password: str = ADMIN_PW) -> MainWindow:
        w = MainWindow(open_vault(vault.path, username, password))
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w

    yield make
    wait_all()
    for w in windows:
        if w.session is not None:
            w.session.close()


def page_of(qtbot, w: MainWindow):
    page = w.workspace.dossiers
    qtbot.waitUntil(lambda: not page.model.searching and page.model.total is not None, timeout=10000)
    return page


def open_wizard(qtbot, page) -> ImportWizard:
    assert not page.import_button.isHidden()
    page.import_button.click()
    wizard = page.import_wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def go_next(qtbot, wizard: ImportWizard, expected: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == expected and not wizard.busy, timeout=WAIT)


def to_preview(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    go_next(qtbot, wizard, TABLE)
    go_next(qtbot, wizard, MAPPING)
    go_next(qtbot, wizard, PREVIEW)


def person_count(session) -> int:
    return store.count_all(session.vault.conn)


def test_walk_every_page_and_import(window, qtbot, tmp_path):
    w = window()
    page = page_of(qtbot, w)
    wizard = open_wizard(qtbot, page)
    path = write_list(tmp_path / "danh sach.xlsx")

    # (a) the file
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    wizard.file_page.path.setText(str(path))
    go_next(qtbot, wizard, TABLE)

    # (b) sheet and header: detected, the header row highlighted
    tp = wizard.table_page
    assert tp.sheet.currentData() == "Danh sách" and tp.sheet.count() == 2
    assert tp.header_row.value() == 3 and tp.last_row.value() == 8
    header_item = tp.grid.item(2, 1)
    assert header_item.text() == "Họ và tên" and header_item.font().bold()
    assert not tp.grid.item(3, 1).font().bold()
    go_next(qtbot, wizard, MAPPING)

    # (c) mapping: from the synonyms, one combo per column
    mp = wizard.mapping_page
    assert wizard.choice.source == "auto" and "Mẫu" not in mp.source.text() and mp.source.text()
    assert mp.combos[1].currentData() == "full_name" and mp.combos[2].currentData() == "birth_date"
    assert mp.mapping() == {0: "stt", 1: "full_name", 2: "birth_date", 3: "sex", 4: "id_number", 5: "hometown"}
    mp.profile.setText("Danh sách chi bộ")
    go_next(qtbot, wizard, PREVIEW)

    # (d) preview: the counts match the rows
    pp = wizard.preview_page
    assert wizard.plan.counts() == {"create": 3, "update": 0, "unchanged": 0, "duplicate": 1, "review": 0, "error": 1}
    assert pp.model.rowCount() == 5 and pp.proxy.rowCount() == 5
    pp.show_action(Action.ERROR)
    assert pp.proxy.rowCount() == 1
    assert pp.proxy.index(0, 0).data() == 6 and pp.proxy.index(0, 1).data() == "Lê Văn Cường"
    assert "32/13/1990" in pp.proxy.index(0, 3).data()
    pp.show_action(Action.DUPLICATE)
    assert pp.proxy.rowCount() == 1 and pp.proxy.index(0, 0).data() == 7
    pp.show_action(None)
    assert pp.proxy.rowCount() == 5
    assert person_count(w.session) == 0  # nothing written yet

    # (e) import, result page, the list refreshes
    go_next(qtbot, wizard, RESULT)
    assert wizard.result.created == 3 and wizard.result.profile == "Danh sách chi bộ"
    assert "3" in wizard.result_page.summary.text()
    assert person_count(w.session) == 3
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=10000)
    qtbot.waitUntil(lambda: all(page.model.row_at(r) is not None for r in range(page.model.rowCount())), timeout=10000)
    names = {page.model.row_at(r).full_name for r in range(page.model.rowCount())}
    assert names == {"Nguyễn Văn An", "Trần Thị Bình", "Phạm Thị Dung"}
    wizard.accept()
    qtbot.waitUntil(lambda: page.import_wizard is None, timeout=5000)


def test_saved_profile_is_offered_next_time(window, qtbot, tmp_path):
    w = window()
    page = page_of(qtbot, w)
    path = write_list(tmp_path / "a.xlsx")
    wizard = open_wizard(qtbot, page)
    wizard.file_page.path.setText(str(path))
    go_next(qtbot, wizard, TABLE)
    go_next(qtbot, wizard, MAPPING)
    wizard.mapping_page.set_field(5, None)  # hometown ignored in this profile
    wizard.mapping_page.profile.setText("Mẫu A")
    go_next(qtbot, wizard, PREVIEW)
    go_next(qtbot, wizard, RESULT)
    wizard.accept()
    qtbot.waitUntil(lambda: page.import_wizard is None, timeout=5000)

    wizard = open_wizard(qtbot, page)
    wizard.file_page.path.setText(str(path))
    go_next(qtbot, wizard, TABLE)
    go_next(qtbot, wizard, MAPPING)
    assert wizard.choice.source == "profile"
    assert "Mẫu A" in wizard.mapping_page.source.text()
    assert wizard.mapping_page.combos[5].currentData() is None
    wizard.reject()


def test_ignoring_a_column_changes_the_preview(window, qtbot, tmp_path):
    w = window()
    wizard = open_wizard(qtbot, page_of(qtbot, w))
    to_preview(qtbot, wizard, write_list(tmp_path / "a.xlsx"))
    assert wizard.plan.counts()["error"] == 1 and wizard.plan.counts()["create"] == 3

    wizard.back()
    assert wizard.currentId() == MAPPING
    wizard.mapping_page.set_field(2, None)  # ignore "Ngày sinh": the bad date no longer matters
    go_next(qtbot, wizard, PREVIEW)
    assert 2 not in wizard.plan.choice.mapping and wizard.plan.choice.source == "user"
    assert wizard.plan.counts()["error"] == 0 and wizard.plan.counts()["create"] == 4
    assert wizard.preview_page.model.rowCount() == 5
    wizard.reject()
    assert person_count(w.session) == 0


def test_error_report_is_written_and_readable(window, qtbot, tmp_path):
    w = window()
    wizard = open_wizard(qtbot, page_of(qtbot, w))
    to_preview(qtbot, wizard, write_list(tmp_path / "a.xlsx"))
    dest = tmp_path / "out" / "bao cao"
    dest.parent.mkdir()
    asked = []
    wizard.prompts.save_xlsx = lambda parent, title, suggested: asked.append(suggested) or dest.with_suffix(".xlsx")
    pp = wizard.preview_page
    assert pp.report.isEnabled()
    qtbot.mouseClick(pp.report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.last_report is not None and not wizard.busy, timeout=WAIT)
    report = dest.with_suffix(".xlsx")
    assert asked and report.is_file()
    wb = openpyxl.load_workbook(report)
    text = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None)
    assert "Lê Văn Cường" in text
    assert any(e.kind == "excel_error_report" for e in copies.entries(w.session.vault.conn))
    assert person_count(w.session) == 0
    wizard.reject()


def test_cancel_before_the_last_page_leaves_the_vault_unchanged(window, qtbot, tmp_path):
    w = window()
    page = page_of(qtbot, w)
    conn = w.session.vault.conn
    tables = ("persons", "excel_profiles")
    before = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    wizard = open_wizard(qtbot, page)
    to_preview(qtbot, wizard, write_list(tmp_path / "a.xlsx"))
    wizard.mapping_page.profile.setText("Không lưu")
    wizard.preview_page.include_review.setChecked(True)
    # Cancel, as a user: Escape on the wizard
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.import_wizard is None, timeout=5000)
    wait_all()
    after = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    assert after == before and after["persons"] == 0


def test_a_file_that_is_not_a_spreadsheet_shows_the_reason(window, qtbot, tmp_path):
    w = window()
    wizard = open_wizard(qtbot, page_of(qtbot, w))
    bad = tmp_path / "ghi chu.xlsx"
    bad.write_text("Đây không phải bảng tính\n", encoding="utf-8")
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    fp = wizard.file_page
    qtbot.waitUntil(lambda: fp.error.isVisible() and not wizard.busy, timeout=WAIT)
    assert wizard.currentId() == FILE
    assert "ghi chu.xlsx" in fp.error.text()
    # a real file then goes on
    wizard.file_page.path.setText(str(write_list(tmp_path / "a.xlsx")))
    assert not fp.error.isVisible()
    go_next(qtbot, wizard, TABLE)
    wizard.reject()


def test_browse_uses_the_injectable_prompt_and_sheet_change_rereads(window, qtbot, tmp_path):
    w = window()
    wizard = open_wizard(qtbot, page_of(qtbot, w))
    path = write_list(tmp_path / "a.xlsx")
    wizard.prompts.open_spreadsheet = lambda parent, title: path
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path.text() == str(path)
    go_next(qtbot, wizard, TABLE)
    tp = wizard.table_page
    tp.sheet.setCurrentIndex(1)
    tp.sheet.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.table.sheet == "Ghi chú" and not wizard.busy, timeout=WAIT)
    assert tp.error.isVisible()  # no header on that sheet: said so, and the user chooses
    assert "Ghi chú" in tp.error.text()
    tp.sheet.setCurrentIndex(0)
    tp.sheet.activated.emit(0)  # read before: no second read
    assert wizard.table.sheet == "Danh sách" and tp.header_row.value() == 3
    go_next(qtbot, wizard, MAPPING)
    wizard.reject()


def test_clerk_has_no_import_button(vault, window, qtbot):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    try:
        add_user(session, "vanthu", CLERK_PW, Role.CLERK, "Lê Thị Văn Thư", kdf=fast_params_for_tests())
    finally:
        session.close()
    page = page_of(qtbot, window("vanthu", CLERK_PW))
    assert page.import_button.isHidden()
    assert not page.export_button.isHidden()
    page.import_excel()
    assert page.import_wizard is None


def test_officer_imports(window, qtbot, tmp_path):
    w = window("canbo", OFFICER_PW)
    page = page_of(qtbot, w)
    wizard = open_wizard(qtbot, page)
    to_preview(qtbot, wizard, write_list(tmp_path / "a.xlsx"))
    go_next(qtbot, wizard, RESULT)
    assert wizard.result.created == 3
    wizard.accept()


def test_the_preview_uses_the_columns_parsed_while_reading_unless_the_mapping_changed(window, qtbot, tmp_path, monkeypatch):
    from app.excel.records import _Builder

    parsed_at_preview: list[str] = []
    real = _Builder.parse_column
    monkeypatch.setattr(_Builder, "parse_column",
                        lambda self, j, code, col: parsed_at_preview.append(code) or real(self, j, code, col))
    w = window()
    wizard = open_wizard(qtbot, page_of(qtbot, w))
    to_preview(qtbot, wizard, write_list(tmp_path / "a.xlsx"))
    # The detected table and suggested mapping kept: dates, sex and ID numbers came from the reading.
    assert wizard.plan.counts()["error"] == 1 and wizard.plan.counts()["create"] == 3
    assert "full_name" in parsed_at_preview and not {"birth_date", "sex", "id_number"} & set(parsed_at_preview)

    parsed_at_preview.clear()
    wizard.back()
    wizard.mapping_page.set_field(5, None)  # "Quê quán" ignored: another mapping, parsed afresh
    go_next(qtbot, wizard, PREVIEW)
    assert {"birth_date", "sex", "id_number"} <= set(parsed_at_preview)
    assert wizard.plan.counts()["error"] == 1 and wizard.plan.counts()["create"] == 3
    wizard.reject()
