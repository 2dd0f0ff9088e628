"""The dossier editor: saving, history, the unsaved-changes guard, CCCD checks,
relatives, roles, and duplicates."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app import dossiers
from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel, level_styles
from ui.dossiers.duplicates_dialog import DuplicatesDialog
from ui.dossiers.editor import DossierEditor
from ui.dossiers.prompts import CANCEL, DISCARD, SAVE
from ui.dossiers.relative_dialog import RelativeDialog

from .conftest import OFFICER_PW
from .test_dossier_list import CLERK_PW, add_clerk, loaded_page, open_window  # noqa: F401 (fixture)

NAME = "Trần Văn Bình"
BORN = PartialDate(1980, 5, 17)
CCCD = "001080012345"  # Hà Nội, male, born 1980


def make_person(session, **changes) -> Person:
    fields = dict(full_name=NAME, birth_date=BORN, sex=Sex.MALE, id_number=CCCD, unit="Sở Nội vụ", hometown="xã Yên Sơn, Tuyên Quang")
    fields.update(changes)
    return dossiers.create_person(session, Person(**fields))


def open_editor(qtbot, page, person_id: int) -> DossierEditor:
    page.open_person(person_id)
    qtbot.waitUntil(lambda: person_id in page.editors, timeout=10000)
    editor = page.editors[person_id]
    qtbot.waitUntil(lambda: bool(editor.versions.rows), timeout=10000)
    return editor


def closed(editor: DossierEditor) -> bool:
    return not shiboken6.isValid(editor) or not editor.isVisible()


def wait_saved(qtbot, editor: DossierEditor, version: int) -> None:
    qtbot.waitUntil(lambda: editor.job is None and editor.person.version == version and not editor.is_dirty(), timeout=10000)


@pytest.fixture
def person_page(admin_window, qtbot):
    person = make_person(admin_window.session)
    page = admin_window.workspace.dossiers
    page.refresh()
    return page, person


def test_edit_save_with_ctrl_s_and_see_the_old_version(person_page, qtbot):
    page, person = person_page
    editor = open_editor(qtbot, page, person.id)
    assert not editor.save_button.isEnabled()  # nothing changed yet
    position = editor.identity.inputs["position"]
    position.setText("Trưởng phòng")
    assert editor.save_button.isEnabled() and editor.windowTitle().endswith("*")
    position.setText("")  # typed back: nothing to save
    assert not editor.save_button.isEnabled()
    position.setText("Trưởng phòng")
    assert editor.save_action.shortcut().toString() == "Ctrl+S"
    editor.activateWindow()
    position.setFocus()
    qtbot.keyClick(position, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor, 2)
    assert dossiers.get_person(page.session, person.id, record_view=False).position == "Trưởng phòng"
    assert "2" in editor.info_label.text()
    # History of changes: two versions, the newest first, with what changed.
    editor.tabs.setCurrentWidget(editor.versions)
    qtbot.waitUntil(lambda: [r[0] for r in editor.versions.rows] == [2, 1], timeout=10000)
    assert "chức vụ" in editor.versions.versions.item(0, 3).text()
    editor.versions.show_version(1)
    qtbot.waitUntil(lambda: editor.versions.shown_version == 1, timeout=10000)
    assert editor.versions.value("position") == ""
    assert editor.versions.value("full_name") == NAME
    assert "Trưởng phòng" in [editor.versions.detail.item(r, 2).text() for r in range(editor.versions.detail.rowCount())]
    # The list shows the saved value.
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None and page.model.row_at(0).position == "Trưởng phòng", timeout=10000)


def test_invalid_date_is_marked_and_blocks_saving(person_page, qtbot):
    page, person = person_page
    editor = open_editor(qtbot, page, person.id)
    editor.identity.inputs["party_joined"].setText("31/02/2001")
    note = editor.identity.notes["party_joined"]
    assert note.isVisibleTo(editor) and "không tồn tại" in note.text()
    assert editor.save() is False
    assert "Ngày vào Đảng" in editor.status.text() or "vào Đảng" in editor.status.text()
    editor.identity.inputs["party_joined"].setText("02/2001")
    assert not note.isVisibleTo(editor)


def test_unsaved_changes_guard(person_page, qtbot):
    page, person = person_page
    editor = open_editor(qtbot, page, person.id)
    asked = []
    editor.identity.inputs["notes"].setPlainText("Cần xác minh thêm")
    editor.prompts.unsaved = lambda parent, name: asked.append(name) or CANCEL
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [NAME] and editor.isVisible()
    editor.close()
    assert len(asked) == 2 and editor.isVisible()
    # Save: written, then closed.
    editor.prompts.unsaved = lambda parent, name: SAVE
    editor.close()
    qtbot.waitUntil(lambda: closed(editor), timeout=10000)
    assert dossiers.get_person(page.session, person.id, record_view=False).notes == "Cần xác minh thêm"
    # Discard: closed, nothing written.
    editor = open_editor(qtbot, page, person.id)
    editor.identity.inputs["notes"].setPlainText("bỏ đi")
    editor.prompts.unsaved = lambda parent, name: DISCARD
    editor.reject()
    assert closed(editor)
    assert dossiers.get_person(page.session, person.id, record_view=False).notes == "Cần xác minh thêm"
    # No changes: closes without asking.
    editor = open_editor(qtbot, page, person.id)
    editor.prompts.unsaved = lambda parent, name: pytest.fail("asked without changes")
    editor.reject()
    assert closed(editor)


def test_cccd_mismatch_warns_and_requires_a_reason(person_page, qtbot):
    page, person = person_page
    editor = open_editor(qtbot, page, person.id)
    identity = editor.identity
    assert identity.notes["id_number"].level == "ok"
    assert not identity.reason_visible()
    identity.inputs["id_number"].setText("001085012345")  # encodes 1985
    note = identity.notes["id_number"]
    assert note.level == "warning" and "1985" in note.text() and "1980" in note.text()
    assert identity.reason_visible()
    assert editor.save() is False
    assert "lý do" in editor.status.text()
    assert editor.person.version == 1
    identity.inputs["id_override_reason"].setText("Số CCCD cấp theo giấy khai sinh cũ")
    assert editor.save() is True
    wait_saved(qtbot, editor, 2)
    saved = dossiers.get_person(page.session, person.id, record_view=False)
    assert saved.id_number == "001085012345" and saved.id_override_reason


def test_add_a_relative(person_page, qtbot):
    page, person = person_page
    editor = open_editor(qtbot, page, person.id)
    editor.tabs.setCurrentWidget(editor.family)
    editor.family.add_button.click()
    dialog = editor.family.dialog
    assert isinstance(dialog, RelativeDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # no name yet
    dialog.relation.setCurrentIndex(dialog.relation.findData("spouse"))
    dialog.edits["full_name"].setText("Lê Thị Hoa")
    dialog.birth_date.setText("1982")
    dialog.edits["residence"].setText("Sydney, Úc")
    dialog.abroad.setChecked(True)
    assert "phải xác minh" in dialog.rule_label.text()
    dialog.party_member.setChecked(True)
    assert "không cần" in dialog.rule_label.text()  # a declared party member is exempt
    dialog.verify.setCurrentIndex(dialog.verify.findData(True))  # the officer overrides
    dialog.ok_button.click()
    assert editor.family.table.rowCount() == 1
    assert editor.family.table.item(0, 1).text() == "Lê Thị Hoa"
    assert editor.family.table.item(0, 7).text().startswith("Có")
    assert editor.foreign.abroad_table.rowCount() == 1  # the summary follows at once
    editor.save_action.trigger()
    wait_saved(qtbot, editor, 2)
    rel = dossiers.get_person(page.session, person.id, record_view=False).relatives[0]
    assert (rel.relation, rel.full_name, rel.birth_date, rel.abroad, rel.must_verify_override) == ("spouse", "Lê Thị Hoa", PartialDate(1982), True, True)


def test_history_sections_edit_inline(person_page, qtbot):
    page, person = person_page
    editor = open_editor(qtbot, page, person.id)
    table = editor.history.tables["training"]
    editor.tabs.setCurrentWidget(editor.history)
    editor.history.show_section("training")
    table.add_button.click()
    table.table.item(0, 0).setText("09/2015")
    table.table.item(0, 1).setText("13/2016")  # no such month
    table.table.item(0, 2).setText("Cao cấp lý luận chính trị")
    assert table.table.item(0, 1).toolTip()
    assert editor.save() is False
    table.table.item(0, 1).setText("06/2016")
    assert not table.table.item(0, 1).toolTip()
    assert "(1)" in editor.history.sections.item(1).text()
    editor.save()
    wait_saved(qtbot, editor, 2)
    saved = dossiers.get_person(page.session, person.id, record_view=False).training
    assert [(p.start, p.end, p.text) for p in saved] == [(PartialDate(2015, 9), PartialDate(2016, 6), "Cao cấp lý luận chính trị")]


def test_saving_a_more_secret_dossier_raises_the_banner(admin_window, qtbot):
    page = loaded_page(qtbot, admin_window)
    page.new_person()
    editor = page.new_editors[0]
    editor.identity.inputs["full_name"].setText("Phạm Thị Mật")
    level = editor.identity.inputs["secrecy"]
    level.setCurrentIndex(level.findData(int(SecrecyLevel.TUYET_MAT)))
    editor.save()
    qtbot.waitUntil(lambda: not editor.is_new, timeout=10000)
    qtbot.waitUntil(lambda: admin_window.banner.text() == level_styles()[SecrecyLevel.TUYET_MAT].label_vi, timeout=10000)
    assert page.editors[editor.person.id] is editor
    wait_for = lambda: page.model.total == 1  # noqa: E731
    qtbot.waitUntil(wait_for, timeout=10000)


def test_new_dossier_needs_a_name(admin_window, qtbot):
    page = loaded_page(qtbot, admin_window)
    page.new_person()
    editor = page.new_editors[0]
    assert not editor.identity.notes["full_name"].isVisibleTo(editor)  # not scolded before trying
    editor.identity.inputs["hometown"].setText("Hà Giang")
    assert editor.save() is False
    assert editor.identity.notes["full_name"].isVisibleTo(editor)


def test_new_dossier_like_an_existing_one_shows_the_duplicate_prompt(person_page, qtbot):
    page, person = person_page
    page.new_person()
    editor = page.new_editors[0]
    editor.identity.inputs["full_name"].setText("trần văn bình")
    editor.identity.inputs["birth_date"].setText("17/05/1980")
    assert editor.save() is True
    qtbot.waitUntil(lambda: isinstance(editor.dialog, DuplicatesDialog) and editor.dialog.isVisible(), timeout=10000)
    dialog = editor.dialog
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == NAME and dialog.table.item(0, 1).text() == "17/05/1980"
    assert "cùng họ tên và ngày sinh" in dialog.table.item(0, 4).text()
    # Open the existing one instead: nothing is saved.
    dialog.open_button.click()
    qtbot.waitUntil(lambda: person.id in page.editors, timeout=10000)
    assert editor.is_new and dossiers.search_persons(page.session, "tran van binh").total == 1
    # Or save anyway.
    editor.save()
    qtbot.waitUntil(lambda: isinstance(editor.dialog, DuplicatesDialog), timeout=10000)
    editor.dialog.save_button.click()
    qtbot.waitUntil(lambda: not editor.is_new, timeout=10000)
    assert dossiers.search_persons(page.session, "tran van binh").total == 2


def test_find_duplicates_and_merge(person_page, qtbot):
    page, person = person_page
    twin = make_person(page.session, id_number="", other_names="Bình Trần", notes="bản nhập từ Excel")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=10000)
    editor = open_editor(qtbot, page, person.id)
    other = open_editor(qtbot, page, twin.id)
    editor.find_button.click()
    qtbot.waitUntil(lambda: isinstance(editor.dialog, DuplicatesDialog), timeout=10000)
    dialog = editor.dialog
    assert dialog.selected().person.id == twin.id
    confirmations = []
    editor.prompts.confirm = lambda parent, title, text, yes: confirmations.append(text) or True
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: editor.person.version == 2 and editor.job is None, timeout=10000)
    assert confirmations and str(twin.id) in confirmations[0]
    assert editor.person.notes == "bản nhập từ Excel"  # filled from the merged dossier
    assert closed(other) and twin.id not in page.editors
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10000)


def test_officer_edits_and_clerk_only_reads(vault, open_window, qtbot):
    session_window = open_window(vault.path)
    person = make_person(session_window.session)
    add_clerk(vault.path)
    officer = open_window(vault.path, "canbo", OFFICER_PW)
    page = loaded_page(qtbot, officer)
    editor = open_editor(qtbot, page, person.id)
    assert not editor.identity.inputs["full_name"].isReadOnly()
    assert not editor.save_button.isHidden() and editor.read_only_label.isHidden()
    assert not editor.family.add_button.isHidden() and not editor.attachments.add_button.isHidden()

    clerk = open_window(vault.path, "vanthu", CLERK_PW)
    page = loaded_page(qtbot, clerk)
    editor = open_editor(qtbot, page, person.id)
    assert editor.identity.inputs["full_name"].isReadOnly()
    assert not editor.identity.inputs["sex"].isEnabled()
    assert editor.save_button.isHidden() and not editor.read_only_label.isHidden()
    assert editor.find_button.isHidden()
    assert editor.family.add_button.isHidden() and editor.attachments.add_button.isHidden()
    assert editor.history.tables["work_history"].add_button.isHidden()
    editor.identity.inputs["full_name"].setText("không được sửa")  # even if set programmatically
    assert not editor.is_dirty() and editor.save() is False
    editor.reject()
    assert closed(editor)


def test_cases_tab_lists_the_persons_cases_and_opens_one(qtbot, admin_window):
    from app import cases, dossiers
    from app.domain.person import Person

    session = admin_window.session
    p = dossiers.create_person(session, Person(full_name="Vũ Thị Vụ Việc"))
    c1 = cases.create_case(session, p.id, "review").case.id
    c2 = cases.create_case(session, p.id, "abroad").case.id
    page = admin_window.workspace.dossiers
    page.open_person(p.id)
    from ui.dossiers.editor import DossierEditor

    qtbot.waitUntil(lambda: any(e.isVisible() for e in page.findChildren(DossierEditor)), timeout=10000)
    editor = next(e for e in page.findChildren(DossierEditor) if e.isVisible())
    table = editor.cases.table
    assert table.rowCount() == 2 and {table.item(r, 0).text() for r in range(2)} == {str(c1), str(c2)}
    opened = []
    editor.open_case.connect(opened.append)
    table.setCurrentCell(0, 0)
    editor.cases._open_current()
    assert opened == [int(table.item(0, 0).text())]
    qtbot.waitUntil(lambda: opened[0] in admin_window.workspace.cases.windows.windows, timeout=10000)
    editor.reject()


def test_cover_sheet_preview_opens_from_the_editor(qtbot, admin_window):
    from app import dossiers
    from app.domain.person import Person
    from ui.dossiers.editor import DossierEditor
    from ui.forms.preview_dialog import PreviewDialog

    session = admin_window.session
    p = dossiers.create_person(session, Person(full_name="Đào Thị Bìa Hồ Sơ"))
    page = admin_window.workspace.dossiers
    page.open_person(p.id)
    qtbot.waitUntil(lambda: any(e.isVisible() for e in page.findChildren(DossierEditor)), timeout=10000)
    editor = next(e for e in page.findChildren(DossierEditor) if e.isVisible())
    assert editor.cover_button.isVisible() and editor.cover_button.isEnabled()
    editor.cover_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in editor.findChildren(PreviewDialog)), timeout=20000)
    for d in editor.findChildren(PreviewDialog):
        d.reject()
    editor.reject()
