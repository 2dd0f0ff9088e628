"""The recall dialog prints the recall list through the forms preview: a numbered, registered copy."""

from __future__ import annotations

from app.recall import RecallList
from app.store import copies
from ui.admin.users import RecallDialog
from ui.worker import wait_all

from .case_fixtures import officer_holding
from .test_forms_helpers import save_pdf, wait_shown


def test_the_recall_dialog_prints_the_list(admin_window, qtbot, tmp_path):
    s = admin_window.session
    case_id = officer_holding(admin_window, "Trần Văn Nộp", "USB-41", "11/GP")
    users_tab = admin_window.workspace.admin.users
    dlg = users_tab.show_recall()
    assert isinstance(dlg, RecallDialog) and dlg.isVisible() and dlg.print_button.isVisibleTo(dlg)
    before = len(copies.entries(s.vault.conn))

    dlg.print_button.click()
    preview = dlg.preview_dialog
    qtbot.waitUntil(lambda: preview.isVisible() and preview.view.image is not None and not preview.view.loading, timeout=15000)
    wait_shown(qtbot, preview)
    pdf = tmp_path / "thu-hoi.pdf"
    flat = save_pdf(qtbot, preview, pdf)
    assert "CẦN THU HỒI" in flat and f"Vụ việc số {case_id}" in flat and "USB-41" in flat and "11/GP" in flat
    assert "NGƯỜI BÀN GIAO" in flat and "MẬT" in flat
    wait_all()
    entries = copies.entries(s.vault.conn)
    assert len(entries) == before + 1
    assert (entries[0].kind, entries[0].object_kind, entries[0].object_id, entries[0].destination) == ("print", "user", "canbo", str(pdf))
    preview.close()
    dlg.close()


def test_without_a_session_the_dialog_only_shows(qtbot):
    dlg = RecallDialog(RecallList("canbo", True))
    qtbot.addWidget(dlg)
    assert not dlg.print_button.isVisibleTo(dlg)
    assert dlg.print_list() is None and dlg.preview_dialog is None
