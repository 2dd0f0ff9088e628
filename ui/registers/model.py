"""A register's entries as a Qt table model, and a filter that ignores Vietnamese marks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from app.domain.secrecy import level_styles
from app.text.vietnamese import fold

from .columns import Column

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#757575")
Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.entries: list[Any] = []
        self.texts: list[list[str]] = []
        self.folded: list[str] = []  # one line per entry, for the filter
        self.fixed: list[set[int]] = []  # per entry, the columns holding a correction
        self.styles = level_styles()
        self.level_column = next((i for i, c in enumerate(columns) if c.is_level), -1)

    def set_entries(self, entries: list[Any], columns: list[Column] | None = None) -> None:
        self.beginResetModel()
        if columns is not None:  # the book's template may have changed (an administrator imported a new one)
            self.columns = columns
            self.level_column = next((i for i, c in enumerate(columns) if c.is_level), -1)
        self.entries = list(entries)
        self.texts = [[c.text(e) for c in self.columns] for e in self.entries]
        self.fixed = [{i for i, c in enumerate(self.columns) if c.corrected and c.corrected(e)} for e in self.entries]
        self.folded = [fold(" ".join(row)) for row in self.texts]
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self.entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        entry = self.entries[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[row][col]
        if role == SORT_ROLE:
            key = self.columns[col].sort
            return key(entry) if key else self.texts[row][col]
        cancelled = getattr(entry, "status", "active") == "cancelled"
        if role == Qt.ItemDataRole.ForegroundRole:
            if cancelled:
                return MUTED
            if col == self.level_column and int(entry.secrecy):
                return QColor(self.styles[entry.secrecy].background)  # the stamp's red, on the table's own ground
        corrected = col in self.fixed[row]
        if role == Qt.ItemDataRole.FontRole and (cancelled or corrected or col == self.level_column):
            font = QFont()
            font.setStrikeOut(cancelled)
            font.setItalic(corrected)  # "new [sửa: old → new, reason]"
            font.setBold(col == self.level_column and not cancelled)
            return font
        return None


class FoldFilter(QSortFilterProxyModel):
    """Rows holding every word typed, marks and case ignored ("nguyen van" finds "Nguyễn Văn")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        line = model.folded[source_row] if isinstance(model, RegisterModel) else ""
        return all(w in line for w in self.words)
