"""Main window: banner, areas, what each role sees, menus."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.domain.secrecy import SecrecyLevel, level_styles
from app.settings import update_settings
from app.vault import open_vault

from .conftest import ADMIN_PW


def _banner_pixel(window) -> QColor:
    image = window.banner.grab().toImage()
    return image.pixelColor(3, image.height() // 2)


def test_banner_shows_the_vault_level_in_its_colours(admin_window, qtbot):
    style = level_styles()[SecrecyLevel.MAT]  # a new vault is "Mật"
    assert admin_window.banner.text() == style.label_vi
    assert _banner_pixel(admin_window).name().upper() == style.background.upper()


def test_changing_the_level_in_settings_recolours_the_banner(admin_window, qtbot):
    admin_window.show_area(admin_window.ADMIN_AREA)
    tab = admin_window.workspace.admin.settings
    tab.secrecy.setCurrentIndex(tab.secrecy.findData(SecrecyLevel.TUYET_MAT.value))
    tab.save_button.click()
    style = level_styles()[SecrecyLevel.TUYET_MAT]
    assert admin_window.banner.text() == style.label_vi
    assert _banner_pixel(admin_window).name().upper() == style.background.upper()


def test_banner_follows_the_stored_level(qtbot, vault):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    update_settings(session, vault_secrecy=SecrecyLevel.TOI_MAT)
    from ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.banner.text() == level_styles()[SecrecyLevel.TOI_MAT].label_vi
    window.close()


def test_areas_and_placeholders(admin_window):
    titles = admin_window.workspace.area_titles()
    assert titles == ["Trang đầu", "Hồ sơ", "Vụ việc thẩm tra", "Sổ đăng ký", "Trao đổi USB", "Bảo vệ bí mật", "Báo cáo", "Quản trị"]
    admin_window.show_area(3)
    assert admin_window.workspace.pages.currentWidget() is admin_window.workspace.registers
    admin_window.show_area(4)
    assert admin_window.workspace.pages.currentWidget() is admin_window.workspace.exchange


def test_admin_sees_every_administration_tab(admin_window):
    assert admin_window.workspace.admin.tab_names() == ["users", "password", "backup", "audit", "settings"]


def test_officer_sees_only_change_password(officer_window):
    admin = officer_window.workspace.admin
    assert admin.users is None and admin.audit is None and admin.settings is None and admin.backup is None
    assert admin.tab_names() == ["password"]
    assert admin.tabs.count() == 1


def test_status_bar_names_user_role_and_unit(admin_window):
    assert "admin" in admin_window.user_label.text() and "Quản trị" in admin_window.user_label.text()
    assert "DV01" in admin_window.unit_label.text()


def test_go_menu_shortcuts_switch_areas(admin_window):
    admin_window.area_actions[admin_window.ADMIN_AREA].trigger()
    assert admin_window.workspace.pages.currentWidget() is admin_window.workspace.admin
    assert [a.shortcut().toString() for a in admin_window.area_actions][:2] == ["Ctrl+1", "Ctrl+2"]


def test_logout_closes_the_session(admin_window, qtbot):
    session = admin_window.session
    with qtbot.waitSignal(admin_window.logged_out):
        admin_window.logout_action.trigger()
    assert not session.vault.is_open
