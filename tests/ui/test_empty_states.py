"""Empty lists say what to do next, and every checklist item shows its guidance."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import cases
from app.domain.person import Relative
from app.permissions import Permission

from .case_fixtures import leader_session, make_person, standalone_case_window
from .test_dossier_editor import make_person as plain_person
from .test_dossier_editor import open_editor
from .test_dossier_list import loaded_page, open_window  # noqa: F401 (fixture)


def test_an_empty_vault_says_to_import_from_excel_or_create(admin_window, qtbot):
    page = loaded_page(qtbot, admin_window)
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Chưa có hồ sơ nào — nhập danh sách từ Excel hoặc tạo mới"
    assert not page.import_button.isHidden() and not page.new_button.isHidden()  # the two ways named are there


def test_a_role_that_cannot_create_is_not_told_to(vault, open_window, qtbot):
    leader_session(vault.path).close()  # adds the leader
    window = open_window(vault.path, "lanhdao", "Lanh-Dao-Quyet-Dinh-9$")
    assert not window.session.can(Permission.EDIT_DOSSIERS) and not window.session.can(Permission.IMPORT_EXCEL)
    page = loaded_page(qtbot, window)
    assert page.stack.currentWidget() is page.empty_label
    text = page.empty_label.text()
    assert text and "Chưa có hồ sơ nào — nhập danh sách từ Excel hoặc tạo mới" != text
    assert page.import_button.isHidden() and page.new_button.isHidden()


def test_family_and_attachments_tabs_say_what_to_do_when_empty(admin_window, qtbot):
    person = plain_person(admin_window.session)
    page = admin_window.workspace.dossiers
    page.refresh()
    editor = open_editor(qtbot, page, person.id)
    qtbot.waitUntil(lambda: not editor.attachments.empty.isHidden(), timeout=10000)
    assert editor.attachments.table.rowCount() == 0
    assert editor.attachments.empty.text() != editor.attachments.tr("No file is attached to this dossier.")
    family = editor.family
    assert not family.empty.isHidden() and family.table.rowCount() == 0
    editable_text = family.empty.text()
    family.relatives.append(Relative("father", "Trần Văn Cha"))
    family._fill()
    assert family.empty.isHidden()
    family.relatives.clear()
    family._fill()
    family.set_read_only(True)
    assert not family.empty.isHidden() and family.empty.text() != editable_text
    editor.reject()


def test_a_new_dossier_asks_to_save_before_attaching(admin_window, qtbot):
    page = loaded_page(qtbot, admin_window)
    page.new_button.click()
    editor = page.new_editors[-1]
    assert not editor.attachments.notice.isHidden() and editor.attachments.empty.isHidden()
    assert not editor.family.empty.isHidden()
    editor.reject()


def test_every_checklist_item_of_every_purpose_shows_its_guidance(admin_window, qtbot):
    session = admin_window.session
    person = make_person(session)
    for purpose, template in cases.active_templates(session).items():
        cid = cases.create_case(session, person.id, purpose).case.id
        win = standalone_case_window(qtbot, session, cid)
        panel = win.checklist
        assert len(panel.view.items) >= len(template.items) > 0  # items per relative are added
        for row, item in enumerate(panel.view.items):
            assert item.guidance, (purpose, item.code)
            panel.table.selectRow(row)
            shown = panel.details.toPlainText()
            assert item.guidance.split()[0] in shown and item.title in shown, (purpose, item.code)
            tooltip = panel.table.item(row, 1).toolTip()
            assert item.guidance in tooltip and item.title in tooltip
            assert item.guidance in panel.table.item(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        win.close()
