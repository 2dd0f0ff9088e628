"""The Receive tab: header without a key, preview, import with its counts and receipt, refusals, removal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app import dossiers
from app.exchange import bundles, units

from .case_fixtures import make_person
from .conftest import message_boxes
from .exchange_fixtures import (OTHER_CODE, OTHER_NAME, bundle_from_other, other, show_exchange, trust_both,  # noqa: F401 (fixtures)
                                usb, use_prompts)


def _receive_tab(qtbot, window, folder):
    prompts = use_prompts(window)
    prompts.answers["folder"] = folder
    _, tab = show_exchange(qtbot, window, "receive")
    qtbot.waitUntil(tab.media.refresh_button.isEnabled, timeout=10000)
    tab.media.other_button.click()
    return tab, prompts


def test_header_preview_import_receipt_and_removal(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    out = bundle_from_other(other, "DV01", usb)
    tab, prompts = _receive_tab(qtbot, admin_window, usb)
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.path == out.path, timeout=10000)
    f = tab.fields
    assert OTHER_CODE in f["sender"].text() and OTHER_NAME in f["sender"].text()
    assert "MẬT" in f["level"].text() and f["sequence"].text() == "1" and f["recipients"].text() == "DV01"
    assert f["created"].text().startswith(dt.date.today().strftime("%d/%m/%Y")[:2])
    assert not tab.import_button.isEnabled()  # preview first

    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10000)
    assert tab.table.rowCount() == 2
    assert {tab.table.item(r, 1).text() for r in range(2)} == {"Hồ sơ mới"}
    assert "2 hồ sơ" in tab.summary.text()
    assert tab.import_button.isEnabled()

    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=20000)
    result = tab.result
    text = tab.outcome.text()
    assert "2 hồ sơ mới" in text and f"1/{dt.date.today().year}" in text
    assert result.receipt_path is not None and result.receipt_path.exists() and result.receipt_path.name in text
    assert not tab.preview_button.isEnabled() and not tab.import_button.isEnabled()
    names = sorted(r.full_name for r in dossiers.search_persons(admin_window.session, "").rows)
    assert names == ["Hoàng Văn Nam", "Lò Thị Mai"]

    tab.remove_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10000)
    assert prompts.asked[-1][0] == "confirm"
    assert "tiêu hủy" in message_boxes()[0].text()
    assert not out.path.exists() and result.receipt_path.exists()
    assert tab.outcome.isVisible()  # where the receipt is stays in view


def test_a_receipt_records_the_delivery(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    person = make_person(admin_window.session, "Nguyễn Văn Đức")
    sent = bundles.export_bundle(admin_window.session, [OTHER_CODE], usb, person_ids=[person.id], carrier="USB-07")
    receipt = bundles.import_bundle(other, sent.path).receipt_path
    sent.path.unlink()
    tab, _ = _receive_tab(qtbot, admin_window, usb)
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.path == receipt, timeout=10000)
    assert tab.fields["kind"].text() == "Giấy báo nhận"
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10000)
    assert "Giấy báo nhận" in tab.summary.text() and not tab.table.isVisible()
    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=20000)
    assert tab.result.status == "receipt" and "sổ đăng ký đi" in tab.outcome.text()


def test_tampered_and_truncated_bundles_are_refused_with_their_reason(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    out = bundle_from_other(other, "DV01", tmp_path)
    data = bytearray(out.path.read_bytes())
    header_len = int.from_bytes(data[8:12], "big")
    data[12 + header_len + 40] ^= 0x01  # one bit of the ciphertext
    tampered = usb / "tampered.hoso"
    tampered.write_bytes(bytes(data))
    (usb / "truncated.hoso").write_bytes(out.path.read_bytes()[: len(data) // 2])
    tab, _ = _receive_tab(qtbot, admin_window, usb)
    qtbot.waitUntil(lambda: tab.bundle_list.count() == 2 and tab.found is not None, timeout=10000)

    rows = {tab.bundle_list.item(r).data(Qt.ItemDataRole.UserRole).path.name: r for r in range(2)}
    tab.bundle_list.setCurrentRow(rows["truncated.hoso"])
    assert tab.error.isVisible() and "cắt cụt" in tab.error.text()
    assert not tab.preview_button.isEnabled()

    tab.bundle_list.setCurrentRow(rows["tampered.hoso"])
    assert not tab.error.isVisible() and tab.fields["sender"].text().startswith(OTHER_CODE)  # the header still reads
    tab.preview_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=10000)
    assert "bị sửa đổi hoặc hỏng" in tab.error.text()
    assert tab.preview is None and not tab.import_button.isEnabled()
    assert dossiers.search_persons(admin_window.session, "").rows == []


def test_a_bundle_from_an_unknown_unit_is_refused(admin_window, other, qtbot, tmp_path, usb):
    trust_both(admin_window, other, tmp_path)
    out = bundle_from_other(other, "DV01", usb)
    units.revoke_unit(admin_window.session, OTHER_CODE, "Thử nghiệm")
    tab, _ = _receive_tab(qtbot, admin_window, usb)
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.path == out.path, timeout=10000)
    assert "chưa được tin cậy" in tab.fields["sender"].text()
    tab.preview_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=10000)
    assert "Đơn vị gửi chưa được tin cậy hoặc đã bị thu hồi" in tab.error.text()
