"""The start page: what needs the user's attention today, each in a short list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from app.permissions import Permission
from app.session import Session

from .. import theme
from ..dialogs import error_text
from .jobs import run_read
from .labels import OVERDUE_COLOUR, SOON_COLOUR, date_text, on_screen, state_label
from .queries import CaseEntry, StartData, start_data
from .widgets import heading
from .windows import CaseWindows


class CaseList(QListWidget):
    """A short list of cases; Enter or double-click opens one."""

    open_requested = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setUniformItemSizes(True)
        self.setSpacing(3)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._activated(self.currentItem())
            return
        super().keyPressEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_requested.emit(case_id)

    def set_entries(self, entries: list[CaseEntry], empty_text: str) -> None:
        self.clear()
        for e in entries:
            r = e.row
            text = self.tr("{person} — {state}\nNo. {n} · {purpose} · due {due}").format(
                n=r.id, person=e.person, purpose=e.purpose_title, state=state_label(r.state), due=date_text(r.due_on))
            item = QListWidgetItem(text, self)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if e.overdue:
                item.setForeground(on_screen(OVERDUE_COLOUR))
            elif e.due_soon:
                item.setForeground(on_screen(SOON_COLOUR))
        if not entries:
            item = QListWidgetItem(empty_text, self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setForeground(self.palette().placeholderText())
        lines = max(1, 2 * len(entries))
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + len(entries) * 8 + 2 * self.frameWidth() + 8)

    def case_ids(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count()) if self.item(i).data(Qt.ItemDataRole.UserRole) is not None]


class StartPage(QWidget):
    loaded = Signal()
    go_to_cases = Signal()

    def __init__(self, session: Session, windows: CaseWindows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.windows = windows
        self.decides = session.can(Permission.DECIDE_CASES)
        self.data: StartData | None = None
        self._seq = 0
        windows.changed.connect(lambda _: self.refresh())

        name = session.user.full_name or session.user.username
        title = heading(self.tr("Good day, {name}").format(name=name), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 12px; }")
        self.empty.hide()
        self.cases_button = QPushButton(self.tr("Open the Verification &cases area"), self)
        self.cases_button.clicked.connect(self.go_to_cases)
        self.error_label = QLabel(self)
        theme.mark_error(self.error_label)
        self.error_label.hide()

        self.mine = CaseList(self.tr("My open cases"), self)
        self.overdue = CaseList(self.tr("Overdue cases"), self)
        self.awaiting = CaseList(self.tr("Awaiting my decision"), self)
        self.recent = CaseList(self.tr("Recently received"), self)
        self.headings: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        sections = [("mine", self.mine), ("overdue", self.overdue), ("awaiting", self.awaiting), ("recent", self.recent)]
        if not self.decides:
            sections.remove(("awaiting", self.awaiting))
            self.awaiting.hide()
        for n, (key, lst) in enumerate(sections):
            label = QLabel(self)
            label.setBuddy(lst)
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            label.setFont(font)
            self.headings[key] = label
            grid.addWidget(label, (n // 2) * 2, n % 2)
            grid.addWidget(lst, (n // 2) * 2 + 1, n % 2)
            lst.open_requested.connect(self.windows.open)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.addWidget(title)
        inner.addWidget(self.summary)
        inner.addWidget(self.error_label)
        inner.addWidget(self.empty)
        inner.addSpacing(8)
        inner.addLayout(grid)
        inner.addSpacing(8)
        inner.addWidget(self.cases_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(scroll)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible() and self.data is not None:
            return  # refreshed when shown again
        self._seq += 1
        seq, s, decides = self._seq, self.session, self.decides
        run_read(lambda: start_data(s, decides), lambda d: self._loaded(seq, d), self._failed, owner=self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data is not None:
            self.refresh()  # deadlines move on, and other users change cases

    def _loaded(self, seq: int, d: StartData) -> None:
        if seq != self._seq:
            return
        self.data = d
        self.error_label.hide()
        self.headings["mine"].setText(self.tr("&My open cases ({n})").format(n=d.mine_total))
        self.headings["overdue"].setText(self.tr("O&verdue cases ({n})").format(n=d.overdue_total))
        self.headings["recent"].setText(self.tr("&Recently received, not yet started ({n})").format(n=d.recent_total))
        self.mine.set_entries(d.mine, self.tr("No open case is assigned to you."))
        self.overdue.set_entries(d.overdue, self.tr("No case is overdue."))
        self.recent.set_entries(d.recent, self.tr("No case is waiting to be started."))
        if d.awaiting is not None:
            self.headings["awaiting"].setText(self.tr("&Awaiting my decision ({n})").format(n=d.awaiting_total))
            self.awaiting.set_entries(d.awaiting, self.tr("No proposal is waiting for a decision."))
        parts = [self.tr("%n open case(s) assigned to you", "", d.mine_total), self.tr("%n overdue", "", d.overdue_total)]
        if d.awaiting is not None:
            parts.append(self.tr("%n awaiting your decision", "", d.awaiting_total))
        self.summary.setText("; ".join(parts) + ".")
        if not d.any_cases:
            can_work = self.session.can(Permission.WORK_CASES)
            self.empty.setText(self.tr("There are no verification cases yet. Open the Verification cases area and choose "
                                       "“New case…” to start one for a person whose dossier is in the vault.") if can_work else
                               self.tr("There are no verification cases yet. Officers open them in the Verification cases area."))
            self.empty.show()
        else:
            self.empty.hide()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
