"""The dossier's Cases tab: every verification case of this person, over the years."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app import cases
from app.session import Session

from ..cases.labels import state_label


def _dmy(iso: str | None) -> str:
    return "/".join(reversed(iso.split("-"))) if iso else ""


class CasesTab(QWidget):
    open_case = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.empty = QLabel(self.tr("This person has no verification case yet. Open one from the Verification cases area."), self)
        self.empty.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Purpose"), self.tr("State"), self.tr("Due"), self.tr("Outcome")])
        self.table.setAccessibleName(self.tr("Cases of this person"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_current)
        self.table.activated.connect(self._open_current)  # Enter
        box = QVBoxLayout(self)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)

    def load(self, person_id: int | None) -> None:
        rows = cases.list_cases(self.session, person_id=person_id)[0] if person_id else []
        titles = {code: t.title for code, t in cases.active_templates(self.session).items()}
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            values = [str(c.id), titles.get(c.purpose, c.purpose), state_label(c.state), _dmy(c.due_on), c.outcome or ""]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(r, col, item)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def _open_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            self.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole)))
