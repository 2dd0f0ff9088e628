"""Audit log: the newest entries, a text filter, and the hash-chain check."""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app import audit
from app.audit import AuditEntry, AuditFilter, VerifyResult
from app.session import Session

from .. import theme
from ..clipboard import copy_text
from ..dialogs import error_text
from ..audit_labels import action_label, object_kind_label

PAGE_SIZE = 1000


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Object"), self.tr("Details")]

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def cell(self, row: int, col: int) -> str:
        e = self.entries[row]
        obj = f"{object_kind_label(e.object_kind)} {e.object_id}".strip()
        return (str(e.seq), time.strftime("%d/%m/%Y %H:%M:%S", time.localtime(e.ts)), e.username, action_label(e.action), obj, e.summary)[col]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class AuditTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by user, action or text"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter)
        self.refresh_button = QPushButton(self.tr("R&efresh"), self)
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setToolTip(self.tr("Recompute the hash chain to detect entries altered, removed or reordered."))
        self.verify_label = QLabel(self)
        self.verify_label.setWordWrap(True)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.copy_action = QAction(self.tr("&Copy"), self.table)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.table.addAction(self.copy_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.verify_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.verify_label)
        box.addWidget(self.table, 1)
        box.addWidget(self.count_label)
        # Typing filters after a short pause, not on every keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._debounce.start)
        self.refresh_button.clicked.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        self.last_verify: VerifyResult | None = None

    def showEvent(self, event: QShowEvent) -> None:
        # Read each time the tab comes into view (changes made in other tabs show at once), never
        # while the main window is being built at login.
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        self._debounce.stop()
        try:
            entries = audit.entries_for(self.session, AuditFilter(text=self.filter.text().strip()), limit=PAGE_SIZE)
        except Exception as exc:
            self.count_label.setText(error_text(exc))
            return
        self.model.set_entries(entries)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        if len(entries) >= PAGE_SIZE:
            self.count_label.setText(self.tr("Showing the newest {n} entries; narrow the filter to see older ones.").format(n=len(entries)))
        else:
            self.count_label.setText(self.tr("%n entries", "", len(entries)))

    def verify(self) -> None:
        try:
            result = audit.verify_for(self.session)
        except Exception as exc:
            self.verify_label.setText(error_text(exc))
            return
        self.last_verify = result
        if result.ok:
            theme.mark_error(self.verify_label, False)
            self.verify_label.setStyleSheet("color: #1B5E20; font-weight: bold;")
            self.verify_label.setText(self.tr("The chain is intact: all {n} entries verified.").format(n=result.entries))
        else:
            theme.mark_error(self.verify_label, bold=True)
            self.verify_label.setText(self.tr(
                "The chain is broken at entry {seq} ({reason}). The log was altered outside HoSo; "
                "report this to the security officer."
            ).format(seq=result.first_bad_seq, reason=result.reason))

    def copy_selection(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        if rows:
            copy_text("\n".join("\t".join(self.model.cell(r, c) for c in range(6)) for r in rows))
