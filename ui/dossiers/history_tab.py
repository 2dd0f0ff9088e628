"""History tab: the life-history sections, one table each, chosen from a list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from app.domain.person import Person

from .labels import section_title
from .periods import PeriodTable

HISTORY_SECTIONS = ("work_history", "training", "stays_abroad", "awards", "discipline", "particulars")


class HistoryTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setMaximumWidth(260)
        self.sections.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget(self)
        self.tables: dict[str, PeriodTable] = {}
        for section in HISTORY_SECTIONS:
            table = PeriodTable(section, self)
            table.changed.connect(self._table_changed)
            self.tables[section] = table
            self.stack.addWidget(table)
            self.sections.addItem(section_title(section))
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        box = QHBoxLayout(self)
        box.addWidget(self.sections)
        box.addWidget(self.stack, 1)

    def _table_changed(self) -> None:
        self._update_titles()
        self.changed.emit()

    def _update_titles(self) -> None:
        for i, section in enumerate(HISTORY_SECTIONS):
            n = sum(1 for row in self.tables[section].state() if any(row))
            title = section_title(section)
            self.sections.item(i).setText(f"{title} ({n})" if n else title)

    def show_section(self, section: str) -> None:
        self.sections.setCurrentRow(HISTORY_SECTIONS.index(section))

    def load(self, p: Person) -> None:
        for section, table in self.tables.items():
            table.load(getattr(p, section))
        self._update_titles()

    def state(self) -> dict:
        return {section: table.state() for section, table in self.tables.items()}

    def apply(self, p: Person) -> dict[str, str]:
        errors = {}
        for section, table in self.tables.items():
            periods, problems = table.apply()
            setattr(p, section, periods)
            if problems:
                errors[section] = "; ".join(problems)
        return errors

    def set_read_only(self, read_only: bool) -> None:
        for table in self.tables.values():
            table.set_read_only(read_only)
