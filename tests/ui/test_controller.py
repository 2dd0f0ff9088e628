"""The start sequence: wizard or login, main window, logout back to login."""

from __future__ import annotations

from ui.login import LoginDialog
from ui.main import Controller, parse_args
from ui.main_window import MainWindow
from ui.wizard import FirstStartWizard
from ui.worker import busy_count

from .conftest import ADMIN_PW


def test_arguments():
    args, rest = parse_args(["--vault", "/x/y", "--lang", "en", "-platform", "offscreen"])
    assert str(args.vault) == "/x/y" and args.lang == "en" and not args.demo
    assert rest == ["-platform", "offscreen"]
    assert parse_args([])[0].lang == "vi"


def test_demo_start_creates_fills_then_offers_login(qtbot, tmp_path, monkeypatch):
    import ui.main
    from app import demo
    from app.store import persons

    monkeypatch.setattr(ui.main, "DEMO_PERSONS", 150)
    c = Controller(tmp_path / "demo-vault", demo=True, on_quit=lambda: None)
    c.start()
    qtbot.waitUntil(lambda: isinstance(c.window, MainWindow), timeout=30000)
    window = c.window
    assert persons.count_all(window.session.vault.conn) == 150
    qtbot.waitUntil(lambda: busy_count() == 0, timeout=10000)  # logout waits until no job runs
    window.logout_action.trigger()
    # Second start: the vault exists, the login names the demo account.
    c2 = Controller(tmp_path / "demo-vault", demo=True, on_quit=lambda: None)
    c2.start()
    assert c2.login.username.text() == demo.DEMO_ADMIN
    assert demo.DEMO_PASSWORD in c2.login.intro.text()
    c.login.reject()
    c2.login.reject()


def test_first_start_shows_the_wizard(qtbot, tmp_path):
    quits = []
    c = Controller(tmp_path / "none", on_quit=lambda: quits.append(1))
    c.start()
    assert isinstance(c.wizard, FirstStartWizard) and c.wizard.isVisible()
    c.wizard.reject()
    assert quits == [1]


def test_login_then_main_window_then_logout(qtbot, vault):
    # The controller owns (and deletes) its dialogs and window: no qtbot.addWidget here.
    quits = []
    c = Controller(vault.path, on_quit=lambda: quits.append(1))
    c.start()
    assert isinstance(c.login, LoginDialog)
    login = c.login
    login.username.setText("admin")
    login.password.setText(ADMIN_PW)
    login.ok_button.click()
    qtbot.waitUntil(lambda: isinstance(c.window, MainWindow), timeout=10000)
    window = c.window
    session = window.session
    # The pages load their first lists in the background; logout waits until no job runs.
    qtbot.waitUntil(lambda: busy_count() == 0, timeout=10000)
    window.logout_action.trigger()
    assert not session.vault.is_open
    assert c.window is None and isinstance(c.login, LoginDialog) and c.login.isVisible()
    assert c.login.username.text() == "admin"
    assert quits == []
    c.login.reject()
    assert quits == [1]
