"""The Registers area as books: a tab per register, an entry by hand from the book's columns, cancel and correct
with a reason (kept visible), closing a volume (confirmed; the closed volume then refuses), the hand-over slip."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from app import registers
from app.domain.secrecy import SecrecyLevel
from ui.worker import wait_all

from .exchange_fixtures import REGISTERS_AREA
from .test_forms_helpers import save_pdf, wait_shown

YEAR = dt.date.today().year


def _page(qtbot, window):
    window.show_area(REGISTERS_AREA)
    return window.workspace.registers


def _show(qtbot, page, view, rows: int):
    page.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.isVisible() and bool(view.model.columns) and view.model.rowCount() == rows and not view._dirty, timeout=10000)


def _select(view, row: int = 0):
    view.table.selectRow(row)
    view.table.setCurrentIndex(view.proxy.index(row, 0))


def _ok(qtbot, dialog):
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error_label.isVisible(), timeout=10000)


def test_every_register_has_its_tab_with_the_official_columns(admin_window, qtbot):
    page = _page(qtbot, admin_window)
    assert [v.kind for v in page.views()] == ["outgoing", "incoming", "handover", "copy", "carrier", "destruction"]
    for view in page.views():
        _show(qtbot, page, view, 0)
        titles = [c.title for c in view.model.columns]
        assert titles == [c.title for c in registers.columns(admin_window.session.vault.conn, view.kind)]
    assert "Người giao" in [c.title for c in page.handover.model.columns]
    assert "Hình thức tiêu hủy" in [c.title for c in page.destruction.model.columns]


def test_entry_by_hand_cancel_and_correct_stay_visible(admin_window, qtbot):
    page = _page(qtbot, admin_window)
    view = page.incoming
    _show(qtbot, page, view, 0)
    dialog = page.new_entry()
    keys = set(dialog.widgets)
    assert {"date_received", "sender", "number_symbol", "abstract", "receiver"} <= keys and "number" not in keys
    dialog.widgets["sender"].setText("Công an tỉnh")
    dialog.widgets["date_received"].setText("31/02/2026")  # refused: the dialog stays with the message
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "không hợp lệ" in dialog.error_label.text()
    dialog.widgets["date_received"].setText("02/03/2026")
    dialog.widgets["abstract"].setText("Về nhân sự")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    row = view.model.texts[0]
    assert row[:3] == ["02/03/2026", f"1/{YEAR}", "Công an tỉnh"] and "Về nhân sự" in row

    _select(view)
    fix = page.correct_entry()
    fix.widgets["field"].setCurrentIndex(fix.widgets["field"].findData("sender"))
    assert fix.widgets["value"].text() == "Công an tỉnh"
    fix.widgets["value"].setText("Công an tỉnh Tuyên Quang")
    fix.widgets["reason"].setText("Ghi đủ tên")
    _ok(qtbot, fix)
    qtbot.waitUntil(lambda: "→" in view.model.texts[0][2], timeout=10000)
    assert view.model.texts[0][2] == "Công an tỉnh Tuyên Quang [sửa: Công an tỉnh → Công an tỉnh Tuyên Quang, lý do: Ghi đủ tên]"
    assert view.model.data(view.model.index(0, 2), Qt.ItemDataRole.FontRole).italic()

    _select(view)
    cancel = page.cancel_entry()
    _ok(qtbot, cancel)  # no reason: refused
    assert cancel.isVisible() and "lý do" in cancel.error_label.text()
    cancel.widgets["reason"].setText("Ghi trùng")
    _ok(qtbot, cancel)
    qtbot.waitUntil(lambda: "ĐÃ HỦY" in view.model.texts[0][1], timeout=10000)
    assert view.model.rowCount() == 1 and "Ghi trùng" in view.model.texts[0][1]
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.FontRole).strikeOut()


def test_copies_entered_by_hand_and_top_secret_needs_an_authorisation(admin_window, qtbot):
    page = _page(qtbot, admin_window)
    _show(qtbot, page, page.copies, 0)
    dialog = page.new_entry()
    assert set(dialog.widgets) >= {"object", "copies", "reason", "destination"}
    assert isinstance(dialog.widgets["copies"], QSpinBox)
    dialog.widgets["object"].setText("Công văn 15-CV/TU (bản giấy)")
    dialog.widgets["copies"].setValue(2)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.copies.model.rowCount() == 1, timeout=10000)
    assert "Công văn 15-CV/TU (bản giấy)" in page.copies.model.texts[0]

    page.tabs.setCurrentWidget(page.outgoing)
    dialog = page.new_entry()
    level = dialog.widgets["__level"]
    level.setCurrentIndex(level.findData(int(SecrecyLevel.TUYET_MAT)))
    dialog.widgets["abstract"].setText("Về nhân sự")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "Tuyệt mật" in dialog.error_label.text()
    dialog.widgets["__auth_by"].setText("Đồng chí Bí thư")
    dialog.widgets["__auth"].setText("Ý kiến ngày 02/03/2026")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.outgoing.model.rowCount() == 1, timeout=10000)
    assert "Về nhân sự" in page.outgoing.model.texts[0]


def test_closing_a_volume_is_confirmed_then_the_volume_refuses(admin_window, qtbot):
    page = _page(qtbot, admin_window)
    view = page.incoming
    _show(qtbot, page, view, 0)
    registers.add_entry(admin_window.session, "incoming", SecrecyLevel.MAT, {"sender": "Công an tỉnh"})
    page.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    asked = []
    page.confirm = lambda title, text, yes: asked.append(text) or False
    page.close_volume()
    assert asked and registers.volumes(admin_window.session, "incoming")[0].closed is False  # said no: nothing closed
    page.confirm = lambda title, text, yes: True
    page.close_volume()
    qtbot.waitUntil(lambda: view.volume == 1 and view.volume_box.count() == 2 and not view._dirty, timeout=10000)
    assert registers.volumes(admin_window.session, "incoming")[0].closed
    _select(view)
    cancel = page.cancel_entry()
    cancel.widgets["reason"].setText("muộn")
    _ok(qtbot, cancel)
    assert cancel.isVisible() and "đã khóa" in cancel.error_label.text()
    cancel.reject()
    registers.add_entry(admin_window.session, "incoming", SecrecyLevel.MAT, {"sender": "Sở Nội vụ"})
    assert registers.list_register(admin_window.session, "incoming")[0].volume == 2


def test_hand_over_slip_from_an_outgoing_entry(admin_window, qtbot, tmp_path):
    s = admin_window.session
    out = registers.add_entry(s, "outgoing", SecrecyLevel.MAT, {"number_symbol": "15-CV/BTCTU", "abstract": "Hồ sơ 3 người",
                                                                "recipients": "Ban Tổ chức Tỉnh ủy", "copies": "1"})
    page = _page(qtbot, admin_window)
    _show(qtbot, page, page.outgoing, 1)
    assert page.slip_button.isEnabled()
    _select(page.outgoing)
    dialog = page.slip()
    assert dialog.widgets["giver"].text() == "Nguyễn Văn Quản"
    dialog.widgets["receiver"].setText("Trần Văn Nhận")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10000)
    wait_shown(qtbot, page.preview)
    handed = registers.list_register(s, "handover")
    assert len(handed) == 1 and handed[0].fields["receiver"] == "Trần Văn Nhận" and handed[0].object_id == str(out.id)
    text = save_pdf(qtbot, page.preview, tmp_path / "bien-ban.pdf")
    assert "BIÊN BẢN GIAO NHẬN" in text and "Trần Văn Nhận" in text and "15-CV/BTCTU" in text
    page.tabs.setCurrentWidget(page.copies)
    assert not page.slip_button.isEnabled()
    wait_all()
