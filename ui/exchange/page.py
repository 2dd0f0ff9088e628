"""The USB exchange area: Units, Send and Receive tabs (the last two for clerks and the administrator)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.exchange import conflicts
from app.permissions import Permission
from app.session import Session

from ..cases.widgets import heading
from ..registers.page import RegisterView
from .conflicts_tab import ConflictsTab
from .jobs import run_read
from .prompts import ExchangePrompts
from .receive_tab import ReceiveTab
from .send_wizard import SendWizard
from .texts import BAD_COLOUR, on_screen
from .units_tab import UnitsTab


class SendTab(QWidget):
    sent = Signal(object)  # ExportResult

    def __init__(self, session: Session, prompts: ExchangePrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.wizard: SendWizard | None = None
        intro = QLabel(self.tr(
            "A bundle carries dossiers and cases to trusted units, encrypted so that only they can open it and signed "
            "by this unit. The wizard asks what to send, to whom, the level, the USB stick and its label, then writes "
            "and checks the bundle and records it in the outgoing register."), self)
        intro.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Prepare a bundle…"), self)
        self.send_button.setMinimumHeight(self.send_button.sizeHint().height() + 8)
        self.send_button.clicked.connect(self.open_wizard)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        recent = QLabel(self.tr("Sent so far (the outgoing register; a delivered bundle shows the receiver's receipt):"), self)
        recent.setWordWrap(True)
        self.history = RegisterView(session, "outgoing", self)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 8)
        box.addWidget(intro)
        box.addLayout(row)
        box.addSpacing(8)
        box.addWidget(recent)
        box.addWidget(self.history, 1)

    def open_wizard(self) -> SendWizard:
        self.wizard = SendWizard(self.session, self.prompts, self)
        self.wizard.sent.connect(self.sent)
        self.wizard.sent.connect(lambda _: self.history.mark_dirty())
        self.wizard.open()
        return self.wizard


class ExchangePage(QWidget):
    changed = Signal()  # something was sent, received, trusted or revoked: registers refresh
    imported = Signal(object)  # ImportResult or a resolved Conflict: dossiers and cases may be new or changed
    conflicts_changed = Signal(int)  # open conflicts now: the main window's navigation may show them (nav_title)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = ExchangePrompts()
        self.can_exchange = session.can(Permission.EXCHANGE_BUNDLES)
        title = heading(self.tr("USB exchange"), self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.units = UnitsTab(session, self.prompts, self)
        self.tabs.addTab(self.units, self.tr("&Units"))
        self.units.changed.connect(self.changed)
        self.send: SendTab | None = None
        self.receive: ReceiveTab | None = None
        # The services refuse anyway; hiding only spares the user a dead end.
        if self.can_exchange:
            self.send = SendTab(session, self.prompts, self)
            self.receive = ReceiveTab(session, self.prompts, self)
            self.tabs.addTab(self.send, self.tr("&Send"))
            self.tabs.addTab(self.receive, self.tr("&Receive"))
            self.send.sent.connect(lambda _: self.changed.emit())
            self.receive.imported.connect(self._imported)
        # Everyone may look at conflicts; deciding needs the right to edit dossiers.
        self.conflicts = ConflictsTab(session, self.prompts, self)
        self.tabs.addTab(self.conflicts, "")
        self.conflicts.count_changed.connect(self._show_conflict_count)
        self.conflicts.resolved.connect(self._resolved)
        if self.receive is not None:
            self.receive.review_conflicts.connect(self.show_conflicts)
        self._show_conflict_count(0)
        self.refresh_conflict_count()
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 8)
        box.addWidget(title)
        if not self.can_exchange:
            note = QLabel(self.tr("Sending and receiving bundles is done by a clerk or the administrator."), self)
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            box.addWidget(note)
        box.addWidget(self.tabs, 1)

    def refresh_conflict_count(self) -> None:
        s = self.session
        run_read(lambda: conflicts.count_open(s), self._show_conflict_count, lambda _exc: None, owner=self)

    def _show_conflict_count(self, n: int) -> None:
        """The tab says how many conflicts await a decision, in red, so they are not forgotten."""
        index = self.tabs.indexOf(self.conflicts)
        changed = n != getattr(self, "conflict_count", None)
        self.conflict_count = n
        self.tabs.setTabText(index, self.tr("C&onflicts ({n})").format(n=n) if n else self.tr("C&onflicts"))
        self.tabs.tabBar().setTabTextColor(index, on_screen(BAD_COLOUR) if n else self.tabs.tabBar().palette().windowText().color())
        self.tabs.setTabToolTip(index, self.tr("{n} record(s) changed on both sides await a decision").format(n=n) if n
                                else self.tr("Records changed both here and at another unit"))
        if changed:
            self.conflicts_changed.emit(n)

    def nav_title(self, n: int | None = None) -> str:
        """The area's name for the navigation list, with the open conflicts when there are any."""
        n = self.conflict_count if n is None else n
        return self.tr("USB exchange ({n})").format(n=n) if n else self.tr("USB exchange")

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts)
        self.conflicts.table.setFocus()

    def _resolved(self, conflict) -> None:
        self.imported.emit(conflict)

    def _imported(self, result) -> None:
        if getattr(result, "conflicts", 0):
            self.refresh_conflict_count()
        if self.conflicts.isVisible():
            self.conflicts.refresh()
        self.imported.emit(result)
        self.changed.emit()
        if self.send is not None:
            self.send.history.mark_dirty()  # a receipt marks a delivery
