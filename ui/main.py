"""Starting the GUI: arguments, application, translation, then the screens in turn.

First start (no vault) -> wizard -> main window; otherwise login -> main
window. Logging out or restoring returns to the login dialog.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import logfile
from app.resources import resource_path
from app.session import Session
from app.vault import default_vault_dir, is_vault

from . import i18n, theme
from .dialogs import error_text, show_error
from .login import LoginDialog
from .main_window import MainWindow
from .wizard import FirstStartWizard
from .progress import run_with_progress
from .worker import wait_all

log = logging.getLogger("hoso.ui")
DEMO_PERSONS = 2000


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="hoso", description="HoSo (GUI)")
    parser.add_argument("--vault", type=Path, default=None, help="vault folder / thư mục kho dữ liệu")
    env_lang = os.environ.get("HOSO_LANG", "")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=env_lang if env_lang in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    parser.add_argument("--demo", action="store_true", help="demo vault with synthetic data / kho dữ liệu trình diễn")
    return parser.parse_known_args(argv)  # the rest (e.g. -platform) is Qt's


class Controller(QObject):
    """Moves between wizard, login dialog and main window; owns whichever is shown."""

    def __init__(self, vault_dir: Path, demo: bool = False, on_quit: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.vault_dir = Path(vault_dir)
        self.demo = demo
        self.on_quit = on_quit or QApplication.quit
        self.wizard: FirstStartWizard | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self._demo_job = None
        self.refusal: QMessageBox | None = None
        self.network_notice: QMessageBox | None = None

    def start(self) -> None:
        from app import machine

        refusal = machine.vault_location_error(self.vault_dir)
        if refusal is not None:  # never on a network share or a removable drive: say why, then end
            self.refusal = show_error(None, refusal)
            self.refusal.finished.connect(lambda _result=0: self.on_quit())
            return
        if self.demo:
            self._start_demo()
        elif is_vault(self.vault_dir):
            self.show_login()
        else:
            self.wizard = FirstStartWizard(self.vault_dir)
            self.wizard.finished.connect(self._wizard_finished)
            self.wizard.show()
        self._warn_if_networked(self.wizard or self.login)

    def _warn_if_networked(self, parent: QWidget | None) -> None:
        """A warning beside the first screen (not modal: the officer may still log in to unplug and continue)."""
        from app import machine

        up = machine.network_interfaces_up()
        if not up or parent is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("HoSo — network connection"), self.tr(
            "This computer is connected to a network ({names}). A computer that holds state secrets must not be "
            "networked: unplug the network cable, switch off Wi-Fi and Bluetooth, or disable these adapters."
        ).format(names=", ".join(up)), QMessageBox.StandardButton.Ok, parent)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.network_notice = box

    def _wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        session = wizard.session if result == FirstStartWizard.DialogCode.Accepted else None
        wizard.deleteLater()
        if session is None:
            self.on_quit()
        else:
            self.show_main(session)

    def show_login(self, notice: str = "", username: str = "") -> None:
        self.login = LoginDialog(self.vault_dir, username)
        if notice:
            self.login.set_intro(notice)
        self.login.finished.connect(self._login_finished)
        self.login.show()

    def _login_finished(self, result: int) -> None:
        login, self.login = self.login, None
        session = login.session if result == LoginDialog.DialogCode.Accepted else None
        login.deleteLater()
        if session is None:
            self.on_quit()
        else:
            self.show_main(session)

    def show_main(self, session: Session) -> None:
        self.window = MainWindow(session, demo=self.demo)
        self.window.logged_out.connect(self._logged_out)
        self.window.closed.connect(self.on_quit)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _start_demo(self) -> None:
        """The demo vault: made and filled with synthetic dossiers on first use."""
        from app import demo

        if is_vault(self.vault_dir):
            self.show_login(self.tr("Demo vault with synthetic data: user {user}, password {password}").format(
                user=demo.DEMO_ADMIN, password=demo.DEMO_PASSWORD), demo.DEMO_ADMIN)
            return
        vault_dir = self.vault_dir

        def work(progress, cancel) -> Session:
            progress(0, DEMO_PERSONS, "")
            session = demo.open_or_create(vault_dir)
            try:
                demo.fill(session, DEMO_PERSONS, progress=progress, cancel=cancel)
            except BaseException:
                session.close()
                raise
            return session

        self._demo_job = run_with_progress(None, self.tr("Creating the demo vault…"), work, self.show_main, self._demo_failed, min_ms=0)

    def _demo_failed(self, exc: BaseException) -> None:
        show_error(None, exc)
        self.on_quit()

    def _logged_out(self, notice: str) -> None:
        window, self.window = self.window, None
        username = window.user.username if window else ""
        if window is not None:
            window.close()  # before the login dialog: closing the window closes every dialog
            window.deleteLater()
        self.show_login(notice, username)


def _excepthook(exc_type, exc, tb) -> None:
    """A bug must never put a traceback in front of the user: log it, say it plainly."""
    log.error("unhandled error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is not None:
        QMessageBox.critical(None, "HoSo", error_text(exc))


def run_gui(argv: list[str]) -> int:
    args, qt_args = parse_args(list(argv))
    os.umask(0o077)  # every file HoSo writes is the owner's alone
    logfile.setup()  # unexpected errors go to a local file (types and lines only), never on screen as a traceback
    QApplication.setApplicationName("HoSo")
    QApplication.setOrganizationName("HoSo")
    QApplication.setApplicationDisplayName("HoSo")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "hoso", *qt_args])
    app.setWindowIcon(QIcon(str(resource_path("icons", "hoso.svg"))))
    app.setQuitOnLastWindowClosed(False)  # the controller decides when HoSo ends
    i18n.install(app, args.lang)
    theme.apply(app)  # the saved choice (light, dark or the system's)
    if args.vault is not None:
        vault_dir = args.vault
    elif args.demo:
        vault_dir = default_vault_dir().parent / "demo-vault"
    else:
        vault_dir = default_vault_dir()
    sys.excepthook = _excepthook
    controller = Controller(vault_dir.expanduser().resolve(), demo=args.demo)
    controller.start()
    code = app.exec()
    wait_all()
    return int(code)
