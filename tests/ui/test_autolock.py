"""Locking: on inactivity and on Ctrl+L; nothing of the data stays on screen."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.errors import AuthError

from .conftest import ADMIN_PW


def _assert_locked(window, session) -> None:
    assert window.is_locked
    assert not session.vault.is_open  # connection dropped, key overwritten
    assert window.workspace is None
    assert window.stack.currentWidget() is window.lock_screen
    assert window.lock_screen.isVisible()


def test_idle_timeout_locks_and_password_unlocks(admin_window, qtbot):
    session = admin_window.session
    admin_window.show_area(admin_window.ADMIN_AREA)
    old_workspace = admin_window.workspace
    admin_window.set_autolock_ms(150)
    qtbot.waitUntil(lambda: admin_window.is_locked, timeout=5000)
    _assert_locked(admin_window, session)
    assert not shiboken6.isValid(old_workspace) or not old_workspace.isVisible()

    # A wrong password keeps it locked and says why.
    admin_window.lock_screen.password.setText("wrong password")
    admin_window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: admin_window.lock_screen.error.isVisible())
    assert admin_window.lock_screen.error.text() == AuthError("wrong_password").message
    assert admin_window.is_locked

    admin_window.set_autolock_ms(60_000)
    admin_window.lock_screen.password.setText(ADMIN_PW)
    admin_window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not admin_window.is_locked, timeout=5000)
    assert admin_window.session.vault.is_open
    assert admin_window.workspace is not None and admin_window.workspace.isVisible()
    # Back where the user was.
    assert admin_window.workspace.pages.currentWidget() is admin_window.workspace.admin


def test_user_input_restarts_the_idle_timer(admin_window, qtbot):
    timer = admin_window.monitor.timer
    admin_window.set_autolock_ms(60_000)
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_800, timeout=5000)
    qtbot.keyClick(admin_window.workspace.nav, Qt.Key.Key_Down)
    assert timer.remainingTime() > 59_900
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_800, timeout=5000)
    qtbot.mouseClick(admin_window.workspace.nav, Qt.MouseButton.LeftButton)
    assert timer.remainingTime() > 59_900
    assert not admin_window.is_locked


def test_ctrl_l_locks_and_closes_open_dialogs(admin_window, qtbot):
    session = admin_window.session
    admin_window.activateWindow()
    qtbot.waitUntil(admin_window.isActiveWindow)
    dialog = QDialog(admin_window)
    dialog.setModal(True)
    dialog.open()
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: admin_window.is_locked)
    _assert_locked(admin_window, session)
    assert not dialog.isVisible()


def test_lock_screen_logout(admin_window, qtbot):
    admin_window.lock()
    with qtbot.waitSignal(admin_window.logged_out):
        admin_window.lock_screen.logout_button.click()
