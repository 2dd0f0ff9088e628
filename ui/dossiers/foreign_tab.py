"""Foreign relations tab: the section itself and a summary of the foreign elements."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.domain.person import Person, Relative

from .labels import date_text, relation_label
from .periods import PeriodTable


class ForeignTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        relations = QGroupBox(self.tr("Foreign relations (nationality, marriage, links with foreign organisations)"), self)
        self.periods = PeriodTable("foreign_relations", relations)
        self.periods.changed.connect(self.changed)
        QVBoxLayout(relations).addWidget(self.periods)
        summary = QGroupBox(self.tr("Relatives abroad"), self)
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        self.abroad_table = QTableWidget(0, 4, summary)
        self.abroad_table.setHorizontalHeaderLabels([self.tr("Relation"), self.tr("Full name"), self.tr("Born"), self.tr("Residence")])
        self.abroad_table.verticalHeader().hide()
        self.abroad_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.abroad_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.abroad_table.setColumnWidth(0, 150)
        self.abroad_table.setColumnWidth(1, 200)
        self.abroad_table.setMaximumHeight(170)
        inner = QVBoxLayout(summary)
        inner.addWidget(self.summary_label)
        inner.addWidget(self.abroad_table)
        box = QVBoxLayout(self)
        box.addWidget(relations, 1)
        box.addWidget(summary, 0)

    def load(self, p: Person) -> None:
        self.periods.load(p.foreign_relations)

    def show_relatives(self, abroad: list[Relative], stays: int) -> None:
        """Summary from the Family and History tabs as they are being edited."""
        self.abroad_table.setRowCount(len(abroad))
        for row, r in enumerate(abroad):
            for col, text in enumerate((relation_label(r.relation), r.full_name, date_text(r.birth_date), r.residence)):
                self.abroad_table.setItem(row, col, QTableWidgetItem(text))
        if abroad:
            text = self.tr("{n} relatives live abroad: they are confirmed through the Party committee for members abroad "
                           "(Đảng ủy Ngoài nước) and, if in doubt, the security agency.").format(n=len(abroad))
        else:
            text = self.tr("No relative is recorded as living abroad.")
        if stays:
            text += " " + self.tr("The person has {n} stays abroad recorded in the History tab.").format(n=stays)
        self.summary_label.setText(text)
        self.abroad_table.setVisible(bool(abroad))

    def state(self) -> list:
        return self.periods.state()

    def apply(self, p: Person) -> dict[str, str]:
        p.foreign_relations, problems = self.periods.apply()
        return {"foreign_relations": "; ".join(problems)} if problems else {}

    def set_read_only(self, read_only: bool) -> None:
        self.periods.set_read_only(read_only)
