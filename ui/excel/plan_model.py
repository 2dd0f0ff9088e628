"""The preview table: one line per data row of the file, what the import will do and why."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.excel.plan import Action, ImportPlan, RowPlan

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
_COLORS = {Action.ERROR: "#FFCDD2", Action.REVIEW: "#FFF3C4", Action.CREATE: "#DCEDC8", Action.UPDATE: "#D6E9F8"}


class PlanModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.include_review = False

    def action_labels(self) -> dict[Action, str]:
        return {
            Action.CREATE: self.tr("Create"), Action.UPDATE: self.tr("Update"),
            Action.UNCHANGED: self.tr("Already there, unchanged"), Action.DUPLICATE: self.tr("Repeated in the file"),
            Action.REVIEW: self.tr("Review (possible match)"), Action.ERROR: self.tr("Error"),
        }

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def set_include_review(self, on: bool) -> None:
        self.include_review = on
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 2))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Full name"), self.tr("Import action"), self.tr("Message"))[section]
        return None

    def message(self, rp: RowPlan) -> str:
        parts = []
        if rp.action is Action.ERROR:
            parts += [i.message for i in rp.record.issues if i.level == "error"]
        elif rp.action is Action.UPDATE:
            parts.append(self.tr("Dossier no. {id}: {changes}").format(id=rp.target_id, changes=", ".join(rp.changes)))
        elif rp.action is Action.REVIEW:
            template = self.tr("{name} ({birth}, dossier no. {id})")
            who = "; ".join(template.format(name=c.full_name, birth=c.birth, id=c.id) for c in rp.candidates)
            parts.append(f"{rp.reason}: {who}" if rp.reason else who)
        elif rp.reason:
            parts.append(rp.reason)
        parts += ["⚠ " + i.message for i in rp.record.issues if i.level == "warning"]
        return " · ".join(p for p in parts if p)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        rp = self.plan.rows[index.row()]
        col = index.column()
        if role == ACTION_ROLE:
            return rp.action.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return rp.row if role == Qt.ItemDataRole.DisplayRole else None
            if col == 1:
                return rp.person.full_name if rp.person else ""
            if col == 2:
                label = self.action_labels()[rp.action]
                if rp.action is Action.REVIEW and self.include_review:
                    label = self.tr("Create (near match)")
                return label
            if col == 3:
                return self.message(rp)
        if role == Qt.ItemDataRole.BackgroundRole and col == 2 and rp.action in _COLORS:
            return QBrush(QColor(_COLORS[rp.action]))
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and rp.action in _COLORS:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
