"""The Registers area: the three books, newest first, numbers per year, dates dd/mm/yyyy, a filter without marks."""

from __future__ import annotations

import datetime as dt

import pytest

from app import attachments
from app.domain.secrecy import SecrecyLevel
from app.exchange import bundles

from .case_fixtures import make_person
from .exchange_fixtures import OTHER_CODE, REGISTERS_AREA, bundle_from_other, other_unit, trust_both

YEAR = dt.date.today().year
TODAY = dt.date.today().strftime("%d/%m/%Y")


@pytest.fixture
def other(tmp_path):
    session = other_unit(tmp_path)
    yield session
    session.close()


def _registers(qtbot, window):
    window.show_area(REGISTERS_AREA)
    page = window.workspace.registers
    assert window.workspace.pages.currentWidget() is page
    return page


def _show(qtbot, page, view, rows: int):
    page.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() == rows and not view._dirty, timeout=10000)


def test_empty_books_say_so(admin_window, qtbot):
    page = _registers(qtbot, admin_window)
    for view in page.views():
        page.tabs.setCurrentWidget(view)
        qtbot.waitUntil(lambda v=view: v.count_label.text() == "Chưa có mục nào.", timeout=10000)
    assert "biểu mẫu" in " ".join(w.text() for w in page.findChildren(type(page.views()[0].count_label)))


def test_outgoing_newest_first_and_incoming_with_filter(admin_window, other, qtbot, tmp_path):
    trust_both(admin_window, other, tmp_path)
    s = admin_window.session
    usb = tmp_path / "usb"
    usb.mkdir()
    first = make_person(s, "Nguyễn Văn Đức")
    second = make_person(s, "Phạm Thị Hồng", secrecy=SecrecyLevel.TUYET_MAT)
    bundles.export_bundle(s, [OTHER_CODE], usb, person_ids=[first.id], carrier="USB-01")
    bundles.export_bundle(s, [OTHER_CODE], usb, person_ids=[second.id], carrier="USB-02")
    incoming = bundle_from_other(other, "DV01", tmp_path)
    bundles.import_bundle(s, incoming.path)

    page = _registers(qtbot, admin_window)
    out = page.outgoing
    _show(qtbot, page, out, 2)
    top = [out.proxy.index(0, c).data() for c in range(out.model.columnCount())]
    assert top[0] == f"2/{YEAR}" and TODAY in top and "USB-02" in top  # columns in the official form's order
    assert "TUYỆT MẬT" in top and "(không ghi: tuyệt mật)" in top  # no abstract of a top-secret item
    assert out.proxy.index(1, 0).data() == f"1/{YEAR}"
    assert out.count_label.text() == "2 mục"

    inc = page.incoming
    _show(qtbot, page, inc, 1)
    row = inc.model.texts[0]
    assert row[:3] == [TODAY, f"1/{YEAR}", OTHER_CODE] and "MẬT" in row  # date received, number, sender: as the official form
    inc.filter.setText("tinh")  # marks and case do not matter
    assert inc.proxy.rowCount() == 1
    inc.filter.setText("không có")
    assert inc.proxy.rowCount() == 0 and inc.count_label.text() == "0 / 1 mục"


def test_copies_book_lists_an_exported_attachment(admin_window, qtbot, tmp_path):
    s = admin_window.session
    person = make_person(s, "Nguyễn Văn Đức")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    att = attachments.add_attachment(s, person.id, scan, title="Bản quét")
    attachments.export_attachment(s, att.id, tmp_path / "out.pdf", confirmed=True, reason="Gửi cấp trên")
    page = _registers(qtbot, admin_window)
    _show(qtbot, page, page.copies, 1)
    row = page.copies.model.texts[0]
    assert row[0] == f"1/{YEAR}" and row[1].startswith(TODAY)
    assert "Xuất tệp đính kèm" in row and f"Tệp đính kèm số {att.id}" in row and "Gửi cấp trên" in row


def test_a_bundle_sent_from_the_gui_reaches_the_open_book(admin_window, other, qtbot, tmp_path):
    """The book already shown reloads when the exchange area reports a change."""
    page = _registers(qtbot, admin_window)
    _show(qtbot, page, page.outgoing, 0)
    trust_both(admin_window, other, tmp_path)
    person = make_person(admin_window.session, "Nguyễn Văn Đức")
    bundles.export_bundle(admin_window.session, [OTHER_CODE], tmp_path, person_ids=[person.id], carrier="USB-01")
    admin_window.workspace.exchange.changed.emit()
    qtbot.waitUntil(lambda: page.outgoing.model.rowCount() == 1, timeout=10000)
