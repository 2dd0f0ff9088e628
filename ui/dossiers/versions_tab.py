"""History of changes: every saved version, and any one of them shown read-only
next to the current values."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app import dossiers
from app.domain.person import Person
from app.session import Session
from app.store.persons import VersionInfo

from ..dialogs import error_text
from .jobs import run_read
from .labels import timestamp_text
from .summary import summary_lines

CHANGED = QColor("#FFF3C4")


class VersionsTab(QWidget):
    version_shown = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: Person | None = None
        self.rows: list[tuple[int, float, str, str]] = []  # (version, saved at, by, what changed)
        self.shown_version: int | None = None
        self.shown: Person | None = None
        self.shown_values: dict[str, str] = {}
        self.versions = QTableWidget(0, 4, self)
        self.versions.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Saved on"), self.tr("By"), self.tr("Changes")])
        self.versions.verticalHeader().hide()
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.versions.setColumnWidth(0, 90)
        self.versions.setColumnWidth(1, 140)
        self.versions.setColumnWidth(2, 120)
        self.versions.setAccessibleName(self.tr("Versions"))
        self.versions.itemSelectionChanged.connect(self._selected)
        self.caption = QLabel(self.tr("Select a version to see the dossier as it was then."), self)
        self.caption.setWordWrap(True)
        self.detail = QTableWidget(0, 3, self)
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Then"), self.tr("Now")])
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setWordWrap(True)
        self.detail.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail.setColumnWidth(0, 200)
        # Heights follow the text as the columns resize (relatives and sections take several lines).
        self.detail.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.detail.setAccessibleName(self.tr("Fields of the selected version"))
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.caption)
        lower_box.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.versions)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        box = QVBoxLayout(self)
        box.addWidget(split)

    def load(self, current: Person) -> None:
        """The saved dossier; its history is read in the background."""
        self.current = current
        self.shown_version = None
        if current.id is None:
            self.caption.setText(self.tr("A new dossier has no history yet."))
            return
        session, pid = self.session, current.id
        run_read(lambda: dossiers.person_history(session, pid), self._history_arrived,
                 lambda exc: self.caption.setText(error_text(exc)), owner=self)

    def _history_arrived(self, history: list[VersionInfo]) -> None:
        p = self.current
        if p is None:
            return
        # A VersionInfo describes the save that replaced `version`, so version k+1 was made then.
        rows = [(1, p.created_at, p.created_by, self.tr("Created"))]
        rows += [(info.version + 1, info.changed_at, info.changed_by, info.summary) for info in history]
        if not history and p.version > 1:  # history unreadable: show at least the current one
            rows.append((p.version, p.updated_at, p.updated_by, ""))
        self.rows = list(reversed(rows))
        self.versions.setRowCount(len(self.rows))
        for row, (version, at, by, summary) in enumerate(self.rows):
            label = self.tr("{v} (current)").format(v=version) if version == p.version else str(version)
            for col, text in enumerate((label, timestamp_text(at), by, summary)):
                self.versions.setItem(row, col, QTableWidgetItem(text))
        if self.rows and self.shown_version is None:
            self.versions.selectRow(0)  # the newest, so the lower half is never blank

    def show_version(self, version: int) -> None:
        for row, entry in enumerate(self.rows):
            if entry[0] == version:
                self.versions.selectRow(row)
                return

    def _selected(self) -> None:
        rows = {i.row() for i in self.versions.selectedIndexes()}
        if not rows or self.current is None:
            return
        version = self.rows[min(rows)][0]
        if version == self.current.version:
            self._show(version, self.current)
            return
        session, pid = self.session, self.current.id
        run_read(lambda: dossiers.person_version(session, pid, version), lambda p: self._show(version, p),
                 lambda exc: self.caption.setText(error_text(exc)), owner=self)

    def _show(self, version: int, p: Person) -> None:
        self.shown_version, self.shown = version, p
        now = {key: text for key, _, text in summary_lines(self.current)} if self.current else {}
        lines = summary_lines(p)
        self.shown_values = {key: text for key, _, text in lines}
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Version {v}").format(v=version), self.tr("Now")])
        self.detail.setRowCount(len(lines))
        changed = 0
        for row, (key, label, text) in enumerate(lines):
            differs = now.get(key, "") != text
            changed += differs
            for col, value in enumerate((label, text, now.get(key, ""))):
                item = QTableWidgetItem(value)
                if differs:
                    item.setBackground(QBrush(CHANGED))
                    if col == 0:
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                self.detail.setItem(row, col, item)
        if version == self.current.version:
            self.caption.setText(self.tr("Version {v} is the current one.").format(v=version))
        else:
            self.caption.setText(self.tr("Version {v}, read-only; the {n} fields that differ from now are highlighted.").format(
                v=version, n=changed))
        self.version_shown.emit(version)

    def value(self, key: str) -> str:
        """The shown version's text for one field."""
        return self.shown_values.get(key, "")
