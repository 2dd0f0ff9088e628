"""The main window: secrecy banner, navigation, pages, status bar, lock."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QProgressBar, QStackedWidget, QVBoxLayout, QWidget,
)

import app
from app.exchange import conflicts
from app.permissions import Permission
from app.secrecy import lifecycle
from app.session import Session
from app.settings import get_settings, highest_secrecy

from .admin.page import AdministrationPage
from .autolock import InactivityMonitor, close_transient_windows
from .banner import SecrecyBanner
from .cases.page import CasesPage
from .cases.reports_page import ReportsPage
from .cases.start_page import StartPage
from .cases.windows import CaseWindows
from .clipboard import secret_clipboard
from .compliance.page import TABS as COMPLIANCE_TABS, CompliancePage
from .dossiers.jobs import run_read, run_write
from .dossiers.page import DossiersPage
from .exchange.page import ExchangePage
from .dialogs import error_text, notify
from . import layout_memory, theme
from .labels import role_label
from .lock_screen import LockScreen
from .registers.page import RegistersPage
from .worker import busy_count, run_job, wait_all

log = logging.getLogger("hoso.ui.secrecy")

# Imported with the application, as every other area's code is: the Secrets-protection page imports its tabs by
# name when it is built, and loading five modules then would freeze the area's first show.
for _module, _cls in COMPLIANCE_TABS:
    importlib.import_module(f"{__package__}.compliance.{_module}")


class Workspace(QWidget):
    """Navigation and pages: everything that shows vault data. Destroyed on lock.

    A page is built the first time its area is shown (or its attribute, e.g.
    `workspace.dossiers`, is read): building all eight at login froze the window
    for a quarter of a second on a large vault. Until then the stack holds an
    empty stand-in at the page's place, so area numbers never change."""

    AREAS = ("start", "dossiers", "cases", "registers", "exchange", "compliance", "reports", "admin")
    level_may_change = Signal()  # dossiers saved or imported: the banner reads the highest level again
    settings_saved = Signal(object)  # Administration > Settings saved (Settings)
    restore_requested = Signal(object, str, str)  # Administration > Backup: folder, username, password

    def __init__(self, session: Session, parent: QWidget | None = None, area: int = 0) -> None:
        super().__init__(parent)
        self.session = session
        self._built: dict[str, QWidget] = {}
        # Case windows are opened from Start, Dossiers and Reports too, whichever pages exist.
        self.windows = CaseWindows(session, self)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setMaximumWidth(320)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 9px 10px; }")
        self.nav.setIconSize(QSize(22, 22))
        self.pages = QStackedWidget(self)
        titles = (self.tr("Start"), self.tr("Dossiers"), self.tr("Verification cases"), self.tr("Registers"),
                  self.tr("USB exchange"), self.tr("Secrets protection"), self.tr("Reports"), self.tr("Administration"))
        for name, title in zip(self.AREAS, titles):
            self.nav.addItem(QListWidgetItem(theme.icon(name), title))
            self.pages.addWidget(QWidget(self.pages))  # the stand-in
        self._fit_nav()
        self.nav.currentRowChanged.connect(self._select)
        self.nav.setCurrentRow(min(max(area, 0), len(self.AREAS) - 1))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.nav)
        box.addWidget(self.pages, 1)
        # "USB exchange (3)" while conflicts await a decision: one count now, the page keeps it current once built.
        run_read(lambda: conflicts.count_open(session), self._show_conflicts, lambda _exc: None, owner=self)

    # -- pages -------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The area's page, built now if it was not yet."""
        page = self._built.get(name)
        if page is None:
            page = self._built[name] = self._make(name)
            index = self.AREAS.index(name)
            stand_in = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        return page

    def built(self, name: str) -> QWidget | None:
        """The area's page if it exists (never builds it)."""
        return self._built.get(name)

    def _make(self, name: str) -> QWidget:
        s = self.session
        if name == "start":
            start = StartPage(s, self.windows, self)
            start.go_to_cases.connect(lambda: self.nav.setCurrentRow(self.AREAS.index("cases")))
            return start
        if name == "dossiers":
            dossiers = DossiersPage(s, self)
            dossiers.open_case.connect(self.windows.open)
            dossiers.changed.connect(self.level_may_change)
            return dossiers
        if name == "cases":
            return CasesPage(s, self, windows=self.windows)
        if name == "registers":
            return RegistersPage(s, self)
        if name == "exchange":
            exchange = ExchangePage(s, self)
            exchange.conflicts_changed.connect(self._show_conflicts)
            # What was sent or received shows in the books; imported dossiers and cases in their lists
            # and in the banner, whose level they may raise. Pages not built yet read it all when built.
            exchange.changed.connect(lambda: self._refresh("registers"))
            exchange.imported.connect(lambda _: (self._refresh("dossiers"), self._refresh("cases"), self.level_may_change.emit()))
            return exchange
        if name == "compliance":
            return CompliancePage(s, self)
        if name == "reports":
            return ReportsPage(s, self.windows, self)
        admin = AdministrationPage(s, self)
        if admin.settings is not None:
            admin.settings.saved.connect(self.settings_saved)
        if admin.backup is not None:
            admin.backup.restore_requested.connect(self.restore_requested)
        return admin

    def _refresh(self, name: str) -> None:
        page = self._built.get(name)
        if page is not None:
            page.refresh()

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.AREAS):
            self.pages.setCurrentWidget(self.page(self.AREAS[row]))

    def _show_conflicts(self, n: int) -> None:
        # The exchange page's own wording (its translation context), also before the page exists.
        text = (QCoreApplication.translate("ExchangePage", "USB exchange ({n})").format(n=n) if n
                else QCoreApplication.translate("ExchangePage", "USB exchange"))
        self.nav.item(self.AREAS.index("exchange")).setText(text)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """Wide enough for the longest title in the current language (no horizontal scroll bar under the list)."""
        self.nav.setMinimumWidth(min(max(190, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 2), 320))

    def area_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    # Reading a page builds it (tests, the screenshots and the bench reach pages this way).
    start = property(lambda self: self.page("start"))
    dossiers = property(lambda self: self.page("dossiers"))
    cases = property(lambda self: self.page("cases"))
    registers = property(lambda self: self.page("registers"))
    exchange = property(lambda self: self.page("exchange"))
    compliance = property(lambda self: self.page("compliance"))
    reports = property(lambda self: self.page("reports"))
    admin = property(lambda self: self.page("admin"))


class MainWindow(QMainWindow):
    logged_out = Signal(str)  # a notice for the login dialog ("" if none)
    closed = Signal()
    swept = Signal(int)  # the automatic declassification at login ended: how many items
    ADMIN_AREA = 7

    def __init__(self, session: Session, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.vault_dir: Path = Path(session.vault.path)
        self.user = session.user
        self.demo = demo
        self.workspace: Workspace | None = None
        self.autolock_ms: int | None = None  # tests override the settings' minutes
        self._leaving = False
        self._lock_pending = False
        self._last_area = 0  # reopened after unlock
        self.banner = SecrecyBanner(self)
        self.stack = QStackedWidget(self)
        self.lock_screen = LockScreen(self)
        self.lock_screen.unlocked.connect(self._install_session)
        self.lock_screen.logout_requested.connect(self.logout)
        self.busy_page = self._make_busy_page()
        self.stack.addWidget(self.lock_screen)
        self.stack.addWidget(self.busy_page)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.banner)
        box.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.user_label = QLabel(self)
        self.unit_label = QLabel(self)
        for label in (self.user_label, self.unit_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.unit_label)
        self.monitor = InactivityMonitor(self)
        self.monitor.timed_out.connect(self.lock)
        self.monitor.lock_requested.connect(self.lock)
        self._make_menus()
        self.resize(1180, 740)
        self.setMinimumSize(800, 520)
        layout_memory.restore_window(self, "main")
        self._install_session(session)

    # -- construction --------------------------------------------------------
    def _make_busy_page(self) -> QWidget:
        page = QWidget(self)
        self.busy_label = QLabel(page)
        self.busy_label.setWordWrap(True)
        bar = QProgressBar(page)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumWidth(420)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return page

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.logout_action = QAction(self.tr("Log &out"), self)
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.area_actions: list[QAction] = []
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for choice, text in ((theme.SYSTEM, self.tr("Follow the &system")), (theme.LIGHT, self.tr("&Light")), (theme.DARK, self.tr("&Dark"))):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(theme.saved_choice() == choice)
            action.triggered.connect(lambda _=False, c=choice: self.set_theme(c))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[choice] = action
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = QAction(self.tr("&User guide for this screen"), self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        # Also from the case, dossier and print windows, which are top-level windows of their own.
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_help)
        help_menu.addAction(self.help_action)
        about = QAction(self.tr("&About HoSo"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _fill_go_menu(self) -> None:
        self.go_menu.clear()
        self.area_actions = []
        for i, title in enumerate(self.workspace.area_titles() if self.workspace else []):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.show_area(row))
            self.go_menu.addAction(action)
            self.area_actions.append(action)

    # -- session -------------------------------------------------------------
    def _install_session(self, session: Session) -> None:
        """Show the workspace for an open session (at start and after unlock)."""
        self.session = session
        self.user = session.user
        vault = session.vault
        # Read here, before the pages start their background reads: later the GUI thread would wait for them.
        unit_code, unit_name = vault.unit_code(), vault.unit_name()
        idle_minutes = get_settings(session).idle_lock_minutes
        self.banner.set_level(highest_secrecy(session))
        title = self.tr("HoSo — {unit}").format(unit=unit_name)
        self.setWindowTitle(title + (self.tr(" [demo]") if self.demo else ""))
        name = f"{self.user.full_name} ({self.user.username})" if self.user.full_name else self.user.username
        self.user_label.setText(self.tr("User: {name} · {role}").format(name=name, role=role_label(self.user.role)))
        self.unit_label.setText(self.tr("Unit: {code} — {name}").format(code=unit_code, name=unit_name))
        self.workspace = Workspace(session, self, area=self._last_area)
        self.workspace.settings_saved.connect(self._settings_saved)
        self.workspace.restore_requested.connect(self.restore_backup)
        self.workspace.level_may_change.connect(self._refresh_banner)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._fill_go_menu()
        self._set_locked(False)
        self._apply_idle_timeout(idle_minutes)
        self.monitor.start()
        self.workspace.nav.setFocus()
        self._sweep_expired(session)

    def _sweep_expired(self, session: Session) -> None:
        """The law declassifies what has reached the end of its term: done at every login, in the background."""
        if session.can(Permission.VIEW_DOSSIERS):
            run_write(lambda: lifecycle.sweep_at_login(session), lambda n: self._swept(session, n),
                      lambda exc: self._sweep_failed(session, exc), owner=self)

    def _swept(self, session: Session, n: int) -> None:
        if self.session is not session:
            return  # locked meanwhile
        if n:
            self.statusBar().showMessage(self.tr("Declassified automatically at the end of the protection term: "
                                                 "%n item(s).", "", n), 20000)
            self._refresh_banner()
            if self.workspace is not None and self.workspace.built("compliance") is not None:
                self.workspace.compliance.refresh()
        self.swept.emit(n)

    def _sweep_failed(self, session: Session, exc: BaseException) -> None:
        # Never in the way at login; the Secrets-protection button and `hoso secrecy sweep` say why.
        log.warning("automatic declassification did not run: %s", type(exc).__name__)
        if self.session is session:
            self.swept.emit(0)

    def _apply_idle_timeout(self, minutes: int) -> None:
        if self.autolock_ms is not None:
            self.monitor.set_timeout_ms(self.autolock_ms)
        else:
            self.monitor.set_timeout_minutes(minutes)

    def set_autolock_ms(self, msecs: int) -> None:
        """Tests: lock after `msecs` of inactivity instead of the vault setting."""
        self.autolock_ms = msecs
        self.monitor.set_timeout_ms(msecs)

    def _refresh_banner(self) -> None:
        """A dossier or attachment saved at a higher level raises the banner.

        Read in a worker: on the GUI thread the read would wait for any long
        list query holding the shared connection, and the window would freeze."""
        if self.session is not None:
            session = self.session
            run_job(lambda: highest_secrecy(session), self._banner_read, lambda _exc: None, owner=self)

    def _banner_read(self, level) -> None:
        if self.session is not None:
            self.banner.set_level(level)

    def _settings_saved(self, s) -> None:
        if self.session is not None:
            # At once if the vault's level was raised (never show less than is held); the read then settles it.
            if self.banner.level is None or s.vault_secrecy > self.banner.level:
                self.banner.set_level(s.vault_secrecy)
            self._refresh_banner()
            self._apply_idle_timeout(s.idle_lock_minutes)

    def set_theme(self, choice: str) -> None:
        """View > Theme: applied at once to every window, remembered for the next start."""
        theme.save_choice(choice)
        theme.apply(None, choice)
        self.theme_actions[choice].setChecked(True)

    def _set_locked(self, locked: bool) -> None:
        self.lock_action.setEnabled(not locked)
        for action in self.area_actions:
            action.setEnabled(not locked)

    def _drop_workspace(self) -> None:
        if self.workspace is not None:
            ws, self.workspace = self.workspace, None
            self._last_area = max(0, ws.nav.currentRow())
            self.stack.removeWidget(ws)
            ws.hide()
            ws.deleteLater()  # the widgets and models holding data go with it
        self._fill_go_menu()

    def _end_session(self, reason: str) -> None:
        """Close every dialog, drop what shows data, close the vault and wipe its key."""
        wait_all()  # closing the connection under a running query would crash (restore does not wait)
        close_transient_windows()
        self.monitor.stop()
        self._drop_workspace()
        if self.session is not None:
            self.session.close(reason)
            self.session = None
        secret_clipboard().clear_if_ours()

    @property
    def is_locked(self) -> bool:
        return self.session is None

    def show_area(self, row: int) -> None:
        if self.workspace is not None:
            self.workspace.nav.setCurrentRow(row)

    # -- lock, logout, restore -----------------------------------------------
    def lock(self) -> None:
        if self.session is None:
            return
        if busy_count():
            # A background call still uses the vault: lock as soon as it ends.
            if not self._lock_pending:
                self._lock_pending = True
                QTimer.singleShot(200, self._retry_lock)
            return
        self._end_session("lock")
        self.lock_screen.prepare(self.vault_dir, self.user.username, self.user.full_name)
        self.stack.setCurrentWidget(self.lock_screen)
        self._set_locked(True)
        self.lock_screen.password.setFocus()

    def _retry_lock(self) -> None:
        self._lock_pending = False
        self.lock()

    def logout(self, notice: str = "") -> None:
        if busy_count() and self.session is not None:
            # A background call still uses the vault: log out as soon as it ends.
            QTimer.singleShot(200, lambda: self.logout(notice))
            return
        self._end_session("logout")
        self._leaving = True
        self.logged_out.emit(notice if isinstance(notice, str) else "")

    def restore_backup(self, folder: Path, username: str, password: str) -> None:
        """Close the vault, restore the backup over it, then send the user to log in."""
        self._end_session("restore")
        self._set_locked(True)
        self.busy_label.setText(self.tr("Restoring the backup: checking every page and the audit chain, then putting it in place…"))
        self.stack.setCurrentWidget(self.busy_page)
        from app.vault.backup import restore

        vault_dir = self.vault_dir
        run_job(lambda: restore(folder, vault_dir, username, password), self._restored, self._restore_failed, owner=self)

    def _restored(self, aside: Path | None) -> None:
        notice = self.tr("The backup was restored.")
        if aside is not None:
            notice += " " + self.tr("The previous data was kept in {path}.").format(path=str(aside))
        self.logout(notice + " " + self.tr("Log in again."))

    def _restore_failed(self, exc: BaseException) -> None:
        self.logout(self.tr("The restore did not complete; the vault was not changed. {reason}").format(reason=error_text(exc)))

    # -- misc ----------------------------------------------------------------
    def show_help(self):
        """F1: the guide's section for the active window, or for the current area."""
        from PySide6.QtWidgets import QApplication

        from . import help as guide

        active = QApplication.activeWindow()
        return guide.show_help(self, guide.section_for(self, None if active in (self, None) else active))

    def about(self) -> None:
        notify(self, self.tr(
            "HoSo {version}\n\nPersonnel dossiers and verification casework for offices without a network. "
            "Every byte is stored encrypted on this computer; nothing is sent anywhere."
        ).format(version=app.__version__), self.tr("About HoSo"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if busy_count() and self.session is not None:
            event.ignore()  # a backup or password change is still writing
            return
        layout_memory.save_window(self, "main")
        self._end_session("quit")
        event.accept()
        if not self._leaving:
            self.closed.emit()
