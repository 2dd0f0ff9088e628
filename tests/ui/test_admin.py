"""Administration tabs against a real vault: users, password, backup, audit, settings."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app import users
from app.domain.roles import Role
from app.settings import get_settings
from app.vault import open_vault
from ui.admin.users import AddUserDialog, ResetPasswordDialog

from .conftest import ADMIN_PW, OFFICER_PW, message_boxes

NEW_PW = "Mat-Khau-Moi-2025!"


def _admin(window):
    window.show_area(window.ADMIN_AREA)
    return window.workspace.admin


def test_audit_verify_reports_ok(admin_window, qtbot):
    admin = _admin(admin_window)
    tab = admin.audit
    assert tab.model.rowCount() == 0  # nothing read while the window was built
    admin.show_tab(tab)
    assert tab.model.rowCount() >= 4  # vault_created, user_added x2, login
    tab.verify_button.click()
    assert tab.last_verify.ok
    assert "toàn vẹn" in tab.verify_label.text()
    assert str(tab.last_verify.entries) in tab.verify_label.text()


def test_audit_filter_and_copy(admin_window, qtbot):
    admin = _admin(admin_window)
    tab = admin.audit
    admin.show_tab(tab)
    tab.filter.setText("canbo")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.model.entries[0].object_id == "canbo"
    tab.table.selectRow(0)
    tab.copy_action.trigger()
    assert "canbo" in QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().clear()


def test_add_user_through_the_dialog(admin_window, qtbot, fast_kdf):
    tab = _admin(admin_window).users
    tab.add_button.click()
    dlg = tab.findChild(AddUserDialog)
    dlg.username.setText("vanthu")
    dlg.full_name.setText("Lê Văn Thư")
    dlg.role.setCurrentIndex(dlg.role.findData(Role.CLERK.value))
    dlg.passwords.password.setText(NEW_PW)
    assert not dlg.ok_button.isEnabled()
    dlg.passwords.confirm.setText(NEW_PW)
    assert dlg.ok_button.isEnabled()
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        dlg.ok_button.click()
    assert "vanthu" in [u.username for u in tab.users]
    assert tab.selected().username == "vanthu" and tab.selected().role is Role.CLERK
    open_vault(admin_window.vault_dir, "vanthu", NEW_PW).close()


def test_disable_reset_and_unlock(admin_window, qtbot, fast_kdf):
    tab = _admin(admin_window).users
    tab.select("canbo")
    assert tab.disable_button.isEnabled() and not tab.unlock_button.isEnabled()
    tab.deactivate("canbo")
    row = [u.username for u in tab.users].index("canbo")
    assert tab.table.item(row, 3).text() == "Đã vô hiệu hóa"
    assert message_boxes()
    # Reset = reactivate.
    tab.select("canbo")
    tab.reset_button.click()
    dlg = tab.findChild(ResetPasswordDialog)
    dlg.passwords.password.setText(NEW_PW)
    dlg.passwords.confirm.setText(NEW_PW)
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: tab.table.item([u.username for u in tab.users].index("canbo"), 3).text() == "Đang hoạt động")
    # Lock the account out with wrong passwords, then unlock it from the tab.
    from app.errors import AuthError
    import app.vault.lockout as lockout

    state = lockout.LoginState.load(admin_window.vault_dir)
    state.set_max_failures(1)
    try:
        open_vault(admin_window.vault_dir, "canbo", "wrong")
    except AuthError:
        pass
    tab.reload()
    tab.select("canbo")
    assert tab.unlock_button.isEnabled()
    tab.unlock_button.click()
    assert not users.is_locked_out(admin_window.session, "canbo")
    open_vault(admin_window.vault_dir, "canbo", NEW_PW).close()


def test_last_admin_cannot_be_demoted(admin_window):
    tab = _admin(admin_window).users
    tab.set_role("admin", Role.OFFICER)
    boxes = message_boxes()
    assert boxes and "quản trị viên cuối cùng" in boxes[-1].text()
    assert users.get_user(admin_window.session.vault.conn, "admin").role is Role.ADMIN


def test_change_own_password(officer_window, qtbot, fast_kdf):
    officer_window.show_area(officer_window.ADMIN_AREA)
    tab = officer_window.workspace.admin.password
    tab.old.setText("not it")
    tab.new.password.setText(NEW_PW)
    tab.new.confirm.setText(NEW_PW)
    tab.button.click()
    qtbot.waitUntil(lambda: tab.error.isVisible())
    tab.old.setText(OFFICER_PW)
    tab.button.click()
    qtbot.waitUntil(lambda: tab.job is None and bool(message_boxes()))
    assert not tab.error.isVisible()
    open_vault(officer_window.vault_dir, "canbo", NEW_PW).close()


def test_settings_are_saved_and_set_the_idle_lock(admin_window):
    tab = _admin(admin_window).settings
    tab.idle.setValue(3)
    tab.failures.setValue(7)
    tab.save_button.click()
    s = get_settings(admin_window.session)
    assert (s.idle_lock_minutes, s.max_failures) == (3, 7)
    assert admin_window.monitor.timeout_ms() == 3 * 60_000


def test_backup_then_restore_returns_to_login(admin_window, qtbot, tmp_path):
    tab = _admin(admin_window).backup
    dest = tmp_path / "usb"
    dest.mkdir()
    tab.backup_to(dest)
    qtbot.waitUntil(lambda: tab.last_backup is not None, timeout=10000)
    assert tab.last_backup.path.parent == dest and "hoso-backup-DV01" in tab.result.text()
    session = admin_window.session
    with qtbot.waitSignal(admin_window.logged_out, timeout=20000) as signal:
        tab.restore_requested.emit(tab.last_backup.path, "admin", ADMIN_PW)
    assert not session.vault.is_open
    assert "khôi phục" in signal.args[0]
    open_vault(admin_window.vault_dir, "admin", ADMIN_PW).close()
