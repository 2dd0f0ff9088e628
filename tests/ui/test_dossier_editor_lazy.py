"""The dossier editor builds a tab the first time it is shown: opening stays
quick, and a tab built late shows, keeps and saves the dossier as before."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app import dossiers
from app.domain.partial_date import PartialDate
from app.domain.person import Period, Relative
from ui.dossiers.family_tab import FamilyTab
from ui.dossiers.identity_tab import IdentityTab

from .test_dossier_editor import make_person, person_page, wait_saved  # noqa: F401 (fixture)
from .test_dossier_list import open_window  # noqa: F401 (fixture)


def _open(qtbot, page, person_id: int):
    page.open_person(person_id)
    qtbot.waitUntil(lambda: person_id in page.editors and page.editors[person_id].isVisible(), timeout=10000)
    return page.editors[person_id]


def _stand_ins(editor) -> list[int]:
    return [i for i in range(editor.tabs.count()) if type(editor.tabs.widget(i)) is QWidget]


def test_opening_builds_only_the_identity_tab(person_page, qtbot):
    page, person = person_page
    editor = _open(qtbot, page, person.id)
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert len(titles) == 7 and isinstance(editor.tabs.widget(0), IdentityTab)
    assert _stand_ins(editor) == [1, 2, 3, 4, 5, 6]
    # Choosing a tab (click or Alt+letter) builds it in its place, under its own title.
    editor.tabs.setCurrentIndex(1)
    assert isinstance(editor.tabs.currentWidget(), FamilyTab) and editor.tabs.currentIndex() == 1
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == titles
    assert _stand_ins(editor) == [2, 3, 4, 5, 6]
    assert not editor.is_dirty() and not editor.save_button.isEnabled()
    editor.close()


def test_a_tab_built_late_shows_and_saves_the_dossier(admin_window, qtbot):
    s = admin_window.session
    person = make_person(s, relatives=[Relative(relation="father", full_name="Trần Văn Cha", birth_date=PartialDate(1950))],
                         training=[Period(PartialDate(2001, 9), PartialDate(2005, 6), "Đại học Luật Hà Nội")])
    page = admin_window.workspace.dossiers
    editor = _open(qtbot, page, person.id)
    # Only Identity is edited: the tabs never built keep the saved relatives and training.
    editor.identity.inputs["hometown"].setText("xã Yên Sơn, tỉnh Tuyên Quang")
    assert editor.is_dirty()
    editor.save()
    wait_saved(qtbot, editor, 2)
    saved = dossiers.get_person(s, person.id, record_view=False)
    assert [r.full_name for r in saved.relatives] == ["Trần Văn Cha"]
    assert [p.text for p in saved.training] == ["Đại học Luật Hà Nội"]
    assert _stand_ins(editor)  # still not built
    # Built now, the family tab shows the saved relative and can change it.
    editor.tabs.setCurrentWidget(editor.family)
    assert editor.family.table.rowCount() == 1 and editor.family.table.item(0, 1).text() == "Trần Văn Cha"
    assert not editor.is_dirty()
    editor.family.table.selectRow(0)
    editor.family.remove_button.click()
    assert editor.family.table.rowCount() == 0 and editor.is_dirty()
    editor.save()
    wait_saved(qtbot, editor, 3)
    saved = dossiers.get_person(s, person.id, record_view=False)
    assert saved.relatives == [] and [p.text for p in saved.training] == ["Đại học Luật Hà Nội"]
    editor.close()
