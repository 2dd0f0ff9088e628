"""The checklist's item table, which takes files dropped on an item as its evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget


def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class ItemTable(QTableWidget):
    """The items; files dropped on a row become that item's evidence."""

    files_dropped = Signal(int, list)  # row, [Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.accept_files = False
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _row_at(self, event) -> int:
        return self.rowAt(event.position().toPoint().y())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accept_files and _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        row = self._row_at(event)
        if self.accept_files and row >= 0 and _local_files(event):
            self.selectRow(row)  # shows which item receives the file
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        row, files = self._row_at(event), _local_files(event)
        if not (self.accept_files and row >= 0 and files):
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(row, files)
