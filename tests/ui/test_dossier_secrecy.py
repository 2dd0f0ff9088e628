"""The dossier editor and the secrecy lifecycle: a new level is saved only as a
recorded decision (lowering asks for the decision, raising for the reason), and
the dossier's secrecy history opens from the editor by keyboard."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import dossiers
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel as L
from app.secrecy import lifecycle as lc
from app.store import persons as person_store
from ui.compliance.terms_tab import HistoryDialog
from ui.dossiers.level_dialog import DossierLevelDialog

from .test_dossier_editor import open_editor
from .test_dossier_list import loaded_page


def _editor(qtbot, window, level: L):
    p = dossiers.create_person(window.session, Person(full_name="Vũ Thị Hạnh", secrecy=level))
    page = loaded_page(qtbot, window)
    return open_editor(qtbot, page, p.id), p


def _set_level(editor, level: L) -> None:
    box = editor.identity.inputs["secrecy"]
    box.setCurrentIndex(box.findData(int(level)))


def _level_dialog(qtbot, editor) -> DossierLevelDialog:
    qtbot.waitUntil(lambda: isinstance(editor.level_dialog, DossierLevelDialog) and editor.level_dialog.isVisible(), timeout=5000)
    return editor.level_dialog


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _stored(window, pid: int):
    return person_store.get(window.session.vault.conn, pid)


def test_lowering_asks_for_the_decision_and_records_it(admin_window, qtbot):
    editor, p = _editor(qtbot, admin_window, L.TOI_MAT)
    _set_level(editor, L.MAT)
    editor.identity.inputs["position"].setText("Trưởng phòng")
    editor.activateWindow()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = _level_dialog(qtbot, editor)
    assert dialog.lowers and dialog.by_decision.isChecked() and dialog.number.isEnabled()
    assert dialog.focusWidget() is dialog.number
    _ok(dialog)  # no number, no authority: refused in place, nothing written
    assert dialog.error_label.isVisible() and dialog.isVisible() and editor.job is None
    assert _stored(admin_window, p.id).version == 1
    dialog.number.setText("21-QĐ/TU")
    dialog.authority.setText("Ban Thường vụ Tỉnh ủy")
    _ok(dialog)
    qtbot.waitUntil(lambda: editor.job is None and editor.person.version == 2, timeout=10000)
    assert editor.level_dialog is None and (not shiboken6.isValid(dialog) or not dialog.isVisible()) and not editor.is_dirty()
    stored = _stored(admin_window, p.id)
    assert (stored.secrecy, stored.position) == (L.MAT, "Trưởng phòng")
    d = lc.history(admin_window.session, "person", p.id).decisions[-1]
    assert (d.kind, d.old_level, d.new_level, d.decision_no, d.authority) == ("adjust", 2, 1, "21-QĐ/TU", "Ban Thường vụ Tỉnh ủy")


def test_a_refused_decision_is_shown_in_the_dialog_and_cancel_saves_nothing(admin_window, qtbot, tmp_path):
    editor, p = _editor(qtbot, admin_window, L.MAT)
    _set_level(editor, L.NONE)
    editor.save()
    dialog = _level_dialog(qtbot, editor)
    dialog.number.setText("3-QĐ/TU")
    dialog.authority.setText("Tỉnh ủy")
    dialog.date.setDate(QDate.currentDate().addDays(2))  # a decision in the future: refused by the service
    _ok(dialog)
    qtbot.waitUntil(lambda: editor.job is None and dialog.error_label.isVisible(), timeout=10000)
    assert dialog.isVisible() and dialog.number.text() == "3-QĐ/TU"
    assert _stored(admin_window, p.id).version == 1 and lc.history(admin_window.session, "person", p.id).decisions == []
    dialog.reject()
    assert editor.level_dialog is None and editor.is_dirty() and editor.status.property("kind") == "problems"
    assert _stored(admin_window, p.id).secrecy == L.MAT


def test_an_officer_cannot_lower_but_raises_with_a_reason(officer_window, qtbot):
    editor, p = _editor(qtbot, officer_window, L.TOI_MAT)
    _set_level(editor, L.MAT)
    assert editor.save() is False  # no decision dialog: the officer may not decide secrecy
    assert editor.level_dialog is None and editor.status.property("kind") == "problems"
    assert "leader" in editor.status.text() or "lãnh đạo" in editor.status.text().lower()
    assert _stored(officer_window, p.id).version == 1
    _set_level(editor, L.TUYET_MAT)
    editor.save()
    dialog = _level_dialog(qtbot, editor)
    assert not dialog.lowers and not dialog.by_decision.isChecked() and not dialog.number.isEnabled()
    _ok(dialog)  # the reason is required
    assert dialog.error_label.isVisible() and _stored(officer_window, p.id).version == 1
    dialog.reason.setText("Tham gia Ban chỉ đạo công tác bảo vệ chính trị nội bộ")
    _ok(dialog)
    qtbot.waitUntil(lambda: editor.job is None and editor.person.version == 2, timeout=10000)
    d = lc.history(officer_window.session, "person", p.id).decisions[-1]
    assert (d.kind, d.old_level, d.new_level, d.made_by, d.decision_no, d.automatic) == ("adjust", 2, 3, "canbo", "", False)
    assert d.reason == "Tham gia Ban chỉ đạo công tác bảo vệ chính trị nội bộ"


def test_secrecy_history_opens_by_keyboard(admin_window, qtbot):
    editor, p = _editor(qtbot, admin_window, L.MAT)
    lc.extend(admin_window.session, "person", p.id, lc.DecisionInfo("5-QĐ/TU", dt.date.today(), "Tỉnh ủy"), years=3)
    button = editor.secrecy_button
    assert button.isVisible() and button.isEnabled()
    text = button.text()
    letter = text[text.index("&") + 1]  # the mnemonic, whichever language is shown
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=5000)
    qtbot.keyClick(editor, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(editor.history_dialog, HistoryDialog) and editor.history_dialog.isVisible(), timeout=5000)
    dialog = editor.history_dialog
    assert dialog.table.rowCount() == 1 and not dialog.empty.isVisible()
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert "5-QĐ/TU" in cells and "Tỉnh ủy" in cells
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
