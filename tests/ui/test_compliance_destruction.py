"""The destruction tab: propose through the dialog, decide, carry out after the confirmation, print the record."""

from __future__ import annotations

from app import dossiers
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError
from app.store import registers
from ui.compliance.destruction_tab import DecideDialog, ProposeDialog
from ui.forms.preview_dialog import PreviewDialog

from .case_fixtures import make_person
from .test_compliance_carriers import show_tab


def _propose(qtbot, tab, person_id: int) -> None:
    dlg = tab.propose()
    assert isinstance(dlg, ProposeDialog) and not dlg.ok_button.isEnabled()
    dlg.kind.setCurrentIndex(dlg.kind.findData("person"))
    qtbot.keyClicks(dlg.object, str(person_id))
    dlg.add_button.click()
    dlg.kind.setCurrentIndex(dlg.kind.findData("paper"))
    qtbot.keyClicks(dlg.object, "15-KL/TU")
    qtbot.keyClicks(dlg.copy, "2")
    dlg.abstract.setText("Kết luận tiêu chuẩn chính trị")
    dlg.add_button.click()
    assert dlg.list.count() == 2 and not dlg.ok_button.isEnabled()  # no council yet
    dlg.council.setPlainText("Lê Văn Lãnh | Chủ tịch Hội đồng\nPhạm Thị Văn | Văn thư")
    dlg.method.setText("Xóa khỏi kho; đốt bản giấy")
    assert dlg.ok_button.isEnabled()
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        dlg.ok_button.click()


def test_propose_decide_execute_and_print(admin_window, qtbot):
    s = admin_window.session
    person = make_person(s, "Đỗ Văn Tiêu", secrecy=SecrecyLevel.TOI_MAT)
    tab = show_tab(qtbot, admin_window, "DestructionTab")
    _propose(qtbot, tab, person.id)
    qtbot.waitUntil(lambda: tab.selected() is not None, timeout=10000)
    assert tab.selected().state == "proposed" and tab.items.rowCount() == 2
    assert tab.decide_button.isEnabled() and not tab.execute_button.isEnabled() and not tab.record_button.isEnabled()

    dlg = tab.decide()
    assert isinstance(dlg, DecideDialog) and not dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.decision_no, "12-QD/BTCTU")
    dlg.authority.setText("Trưởng ban Tổ chức")
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().state == "decided", timeout=10000)
    assert tab.execute_button.isEnabled() and tab.record_button.isEnabled()

    # The confirmation is the safe "No": nothing happens.
    asked = []
    tab.confirm = lambda parent, title, text, yes: asked.append(text) or False
    tab.execute_selected()
    assert asked and "12-QD/BTCTU" in asked[0]
    assert dossiers.get_person(s, person.id, record_view=False).full_name == "Đỗ Văn Tiêu"

    tab.confirm = lambda *a: True
    tab.execute_selected()
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=20000)
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().state == "executed", timeout=10000)
    assert tab.last_result.removed.persons == 1
    try:
        dossiers.get_person(s, person.id, record_view=False)
        raise AssertionError("the dossier is still there")
    except HosoError as e:
        assert e.code == "person_not_found"
    assert len(registers.entries(s.vault.conn, "destruction")) == 2

    preview = tab.print_record()
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=20000)
    assert isinstance(preview, PreviewDialog) and preview.draft.form == "destruction_record"
    assert preview.draft.lists["members"][0]["name"] == "Lê Văn Lãnh"
    preview.close()


def test_withdraw_a_proposal(admin_window, qtbot):
    s = admin_window.session
    person = make_person(s, "Mai Văn Rút", secrecy=SecrecyLevel.MAT)
    tab = show_tab(qtbot, admin_window, "DestructionTab")
    _propose(qtbot, tab, person.id)
    qtbot.waitUntil(lambda: tab.selected() is not None, timeout=10000)
    assert tab.cancel_button.isEnabled()
    tab.withdraw_procedure(tab.selected().id, "Còn giá trị sử dụng")
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().state == "cancelled", timeout=10000)
    assert not tab.decide_button.isEnabled() and not tab.cancel_button.isEnabled()
