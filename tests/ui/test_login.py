"""Login and recovery dialogs against a real vault."""

from __future__ import annotations

from app.errors import AuthError
from app.vault import open_vault
from ui.login import LoginDialog, RecoveryDialog

from .conftest import ADMIN_PW


def test_wrong_password_shows_the_core_message(qtbot, vault):
    dlg = LoginDialog(vault.path)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ok_button.isEnabled()
    dlg.username.setText("admin")
    dlg.password.setText("not-the-password")
    dlg.ok_button.click()
    expected = AuthError("wrong_password").message
    qtbot.waitUntil(lambda: dlg.error_label.text() == expected)
    assert dlg.error_label.isVisible()
    assert dlg.session is None and dlg.isVisible()
    assert dlg.password.text() == ""


def test_right_password_gives_a_session(qtbot, vault):
    dlg = LoginDialog(vault.path)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.username.setText("Admin ")  # case and spaces forgiven
    dlg.password.setText(ADMIN_PW)
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        dlg.ok_button.click()
    assert dlg.session is not None and dlg.session.user.username == "admin"
    assert dlg.session.vault.is_open
    dlg.session.close()


def test_throttling_message_is_shown(qtbot, vault):
    dlg = LoginDialog(vault.path, "admin")
    qtbot.addWidget(dlg)
    dlg.show()
    for _ in range(2):
        dlg.password.setText("wrong-one")
        dlg.ok_button.click()
        qtbot.waitUntil(lambda: dlg.job is None and dlg.error_label.isVisible())
    dlg.password.setText(ADMIN_PW)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.job is None)
    # After two slips the core asks to wait before another try.
    assert dlg.session is None
    throttled = AuthError("login_throttled", seconds=1).message
    assert dlg.error_label.text()[:15] == throttled[:15]


def test_recovery_key_resets_a_password(qtbot, vault, fast_kdf):
    login = LoginDialog(vault.path, "canbo")
    qtbot.addWidget(login)
    login.show()
    login.recovery_button.click()
    dlg = login.findChild(RecoveryDialog)
    assert dlg is not None and dlg.isVisible()
    assert dlg.username.text() == "canbo"
    new_pw = "Moi-Dat-Lai-2024#"
    dlg.key.setText(vault.recovery_key.lower().replace("-", " "))
    dlg.new_password.password.setText(new_pw)
    dlg.new_password.confirm.setText(new_pw)
    assert dlg.ok_button.isEnabled()
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: "new password" in login.intro.text() or "mới" in login.intro.text())
    assert login.username.text() == "canbo"
    session = open_vault(vault.path, "canbo", new_pw)
    session.close()


def test_bad_recovery_key_is_refused_inline(qtbot, vault):
    dlg = RecoveryDialog(vault.path, "canbo")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.key.setText("AAAA-BBBB")
    dlg.new_password.password.setText("Moi-Dat-Lai-2024#")
    dlg.new_password.confirm.setText("Moi-Dat-Lai-2024#")
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.error_label.isVisible())
    assert dlg.error_label.text() == AuthError("bad_recovery_key").message
    assert dlg.isVisible()
