"""The table model of case lists: one row per case, overdue marked in red."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from .labels import OVERDUE_COLOUR, SOON_COLOUR, date_text, on_screen, state_label
from .queries import CaseEntry

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

NUMBER, PERSON, PURPOSE, STATE, OFFICER, UNIT, DUE, DEADLINE = range(8)


class CaseListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[CaseEntry] = []
        self._headers = [self.tr("Case no."), self.tr("Full name"), self.tr("Purpose"), self.tr("State"), self.tr("Officer"),
                         self.tr("Requesting unit"), self.tr("Due date"), self.tr("Deadline")]

    def set_entries(self, entries: list[CaseEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def entry(self, row: int) -> CaseEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _deadline(self, e: CaseEntry) -> str:
        if e.overdue:
            days = (_dt.date.today() - _dt.date.fromisoformat(e.row.due_on)).days
            return self.tr("Overdue by %n day(s)", "", days)
        if e.due_soon:
            return self.tr("Due soon")
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        e = self.entry(index.row())
        if e is None:
            return None
        col, r = index.column(), e.row
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(r.id), e.person, e.purpose_title, state_label(r.state), r.officer, r.requesting_unit,
                    date_text(r.due_on), self._deadline(e))[col]
        if role == SORT_ROLE:
            urgency = 0 if e.overdue else 1 if e.due_soon else 2
            return (r.id, e.person, e.purpose_title, state_label(r.state), r.officer, r.requesting_unit, r.due_on,
                    f"{urgency}{r.due_on}")[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in (DUE, DEADLINE):
            return on_screen(OVERDUE_COLOUR) if e.overdue else on_screen(SOON_COLOUR) if e.due_soon else None
        if role == Qt.ItemDataRole.FontRole and col == DEADLINE and e.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == PERSON:
            return r.target_post or None
        return None
