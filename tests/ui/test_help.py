"""F1 opens the user guide at the section for the current area, tab or window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from ui import help as guide
from ui import i18n
from ui.worker import wait_all

from .case_fixtures import make_case, make_person

AREAS = [("start", "start", "Trang đầu"), ("dossiers", "dossiers", "Hồ sơ"), ("cases", "cases", "Vụ việc thẩm tra"),
         ("registers", "registers", "Sổ đăng ký"), ("exchange", "exchange", "Trao đổi hồ sơ qua USB"),
         ("compliance", "compliance", "Bảo vệ bí mật nhà nước"), ("reports", "reports", "Báo cáo"),
         ("admin", "users", "Tạo người dùng")]


def _press_f1(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = getattr(window, "_help_window", None)
    assert help_window is not None and help_window.isVisible()
    return help_window


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_both_guides_have_every_section_f1_can_ask_for(lang):
    ids = [s.id for s in guide.load_sections(lang)]
    assert len(ids) == len(set(ids))
    wanted = set(guide.AREA_SECTIONS.values()) | set(guide.ADMIN_TAB_SECTIONS.values()) | set(guide.WINDOW_SECTIONS.values())
    wanted |= set(guide.TAB_SECTIONS.values())
    wanted |= {guide.DEFAULT_SECTION, "lost-usb", "excel", "print"}
    assert wanted <= set(ids), wanted - set(ids)
    assert ids == [s.id for s in guide.load_sections("vi")]  # the two guides run in parallel
    for s in guide.load_sections(lang):
        assert s.title and not s.title.startswith("<!--") and len(s.markdown) > 200, s.id


def test_f1_on_each_area_opens_its_section(admin_window, qtbot):
    ws = admin_window.workspace
    for attr, section, title in AREAS:
        admin_window.show_area(ws.pages.indexOf(getattr(ws, attr)))
        if attr == "admin":
            ws.admin.show_tab(ws.admin.users)
        window = _press_f1(qtbot, admin_window)
        assert window.current == section, attr
        assert title in window.browser.toPlainText(), attr
        assert window.contents.currentItem().data(Qt.ItemDataRole.UserRole) == section
    # The other administration tabs: backup has its own section, the rest the administration one.
    ws.admin.show_tab(ws.admin.backup)
    assert _press_f1(qtbot, admin_window).current == "backup"
    ws.admin.show_tab(ws.admin.audit)
    assert _press_f1(qtbot, admin_window).current == "admin"
    wait_all()


def test_f1_on_the_tabs_of_secrets_protection_and_exchange_opens_their_sections(admin_window, qtbot):
    ws = admin_window.workspace
    admin_window.show_area(ws.pages.indexOf(ws.compliance))
    page = ws.compliance
    for cls, section, title in (("CarriersTab", "carriers", "Vật mang tin"), ("DestructionTab", "destruction", "Tiêu hủy"),
                                ("IncidentsTab", "incidents", "Lộ, mất bí mật"), ("YearlyTab", "yearly-report", "Báo cáo năm"),
                                ("TermsTab", "compliance", "Thời hạn bảo vệ")):
        page.tabs.setCurrentWidget(page.by_name[cls])
        window = _press_f1(qtbot, admin_window)
        assert window.current == section, cls
        assert title in window.browser.toPlainText(), cls
    # A dialog opened from a tab leads to the tab's section; a class name shared with another area does not mislead.
    carriers = page.by_name["CarriersTab"]
    dialog = carriers.register_carrier()
    assert guide.section_for(admin_window, dialog) == "carriers"
    dialog.reject()
    destruction = page.by_name["DestructionTab"]
    dialog = destruction.propose()
    assert type(dialog).__name__ == "ProposeDialog" and guide.section_for(admin_window, dialog) == "destruction"
    dialog.reject()
    admin_window.show_area(ws.pages.indexOf(ws.exchange))
    ws.exchange.show_conflicts()
    window = _press_f1(qtbot, admin_window)
    assert window.current == "conflicts" and "Xung đột" in window.browser.toPlainText()
    wait_all()


def test_f1_in_a_case_window_opens_the_cases_section(admin_window, qtbot):
    session = admin_window.session
    cid = make_case(session, make_person(session).id)
    win = admin_window.workspace.cases.windows.open(cid)
    qtbot.waitUntil(lambda: win.view is not None, timeout=10000)
    assert guide.section_for(admin_window, win) == "cases"
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    qtbot.keyClick(win.checklist.table, Qt.Key.Key_F1)  # the shortcut works from the case window too
    assert admin_window._help_window.current == "cases"
    win.close()
    wait_all()


def test_the_guide_follows_the_language_and_shows_its_pictures(admin_window, qtbot, qapp):
    admin_window.show_area(admin_window.workspace.pages.indexOf(admin_window.workspace.exchange))
    vi = _press_f1(qtbot, admin_window)
    assert vi.lang == "vi" and "gói tin" in vi.browser.toPlainText()
    image = vi.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("images/vi/exchange-units.png"))
    assert isinstance(image, QImage) and not image.isNull() and image.width() <= vi.browser.viewport().width()
    # The contents lead everywhere: choosing another section shows it.
    vi.contents.setCurrentRow(vi.section_ids().index("lost-password"))
    assert vi.current == "lost-password" and "khóa khôi phục" in vi.browser.toPlainText()
    try:
        i18n.install(qapp, "en")
        en = _press_f1(qtbot, admin_window)
        assert en.lang == "en" and en.current == "exchange" and "bundle" in en.browser.toPlainText()
        assert en.section_ids() == vi.section_ids()
    finally:
        i18n.install(qapp, "vi")


def test_a_missing_guide_says_so_instead_of_failing(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(guide, "guide_dir", lambda: tmp_path)
    window = guide.HelpWindow("cases", lang="vi")
    qtbot.addWidget(window)
    assert window.sections == [] and str(tmp_path) in window.browser.toPlainText()
