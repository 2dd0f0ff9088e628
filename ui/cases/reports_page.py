"""The Reports page: case counts by purpose, state, outcome, unit and month, time
to conclusion, the overdue list, a bar chart, and export to .xlsx."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTabWidget, QVBoxLayout, QWidget,
)

from app import reports
from app.reports import CaseReport, ReportFilter
from app.session import Session
from app.workflow.templates import outcomes

from ..dialogs import error_text
from .bar_chart import BarChart
from .jobs import run_read, run_write
from .labels import OVERDUE_COLOUR, date_text, month_text, on_screen, state_label
from .prompts import CasePrompts
from .queries import purpose_titles
from .widgets import ListTable, date_edit, heading, py_date
from .windows import CaseWindows

REFRESH_DELAY_MS = 150


@dataclass
class ReportResult:
    report: CaseReport
    units: list[str]


def _load(session: Session, flt: ReportFilter) -> ReportResult:
    units = [u for u, _ in reports.case_report(session).by_unit if u]
    return ReportResult(reports.case_report(session, flt), sorted(units))


class ReportsPage(QWidget):
    loaded = Signal()
    exported = Signal(object)  # Path

    def __init__(self, session: Session, windows: CaseWindows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.windows = windows
        self.prompts: CasePrompts = windows.prompts
        self.report: CaseReport | None = None
        self.flt = ReportFilter()
        self.titles = purpose_titles(session)
        self.outcome_titles = {code: o.title for code, o in outcomes().items()}
        self.exporting = False
        self._seq = 0
        windows.changed.connect(self._case_changed)

        title = heading(self.tr("Reports"), self)
        today = _dt.date.today()
        self.use_since = QCheckBox(self.tr("F&rom:"), self)
        self.since = date_edit(self, today.replace(month=1, day=1))
        self.use_until = QCheckBox(self.tr("&To:"), self)
        self.until = date_edit(self, today)
        self.since.setAccessibleName(self.tr("Received from"))
        self.until.setAccessibleName(self.tr("Received until"))
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.purpose = QComboBox(self)
        self.purpose.addItem(self.tr("All purposes"), None)
        for code, text in sorted(self.titles.items(), key=lambda kv: kv[1]):
            self.purpose.addItem(text, code)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("All requesting units"), None)
        self.unit.setMinimumContentsLength(20)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.export_button = QPushButton(self.tr("&Export .xlsx…"), self)
        self.export_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.figures: dict[str, QLabel] = {}
        summary = QGroupBox(self.tr("Summary"), self)
        grid = QGridLayout(summary)
        captions = (("total", self.tr("Cases received")), ("concluded", self.tr("Concluded")),
                    ("mean", self.tr("Days to conclusion, mean")), ("median", self.tr("Days to conclusion, median")),
                    ("overdue", self.tr("Overdue now")))
        for n, (key, caption) in enumerate(captions):
            value = QLabel("—", summary)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cap = QLabel(caption, summary)
            cap.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cap.setWordWrap(True)
            grid.addWidget(value, 0, n)
            grid.addWidget(cap, 1, n)
            grid.setColumnStretch(n, 1)
            self.figures[key] = value

        self.tabs = QTabWidget(self)
        self.tables: dict[str, ListTable] = {}
        self.models: dict[str, QStandardItemModel] = {}
        for key, label in (("purpose", self.tr("Purpo&se")), ("state", self.tr("St&ate")), ("outcome", self.tr("Out&come")),
                           ("unit", self.tr("Re&questing unit")), ("month", self.tr("&Month")), ("overdue", self.tr("O&verdue"))):
            model = QStandardItemModel(self)
            table = ListTable(self)
            table.setModel(model)
            table.setAccessibleName(label.replace("&", ""))
            table.setFrameShape(QFrame.Shape.NoFrame)
            self.tables[key], self.models[key] = table, model
            self.tabs.addTab(table, label)
        self.tables["overdue"].open_requested.connect(self._open_overdue)
        self.tabs.currentChanged.connect(lambda _: self._show_chart())
        self.chart = BarChart(self)
        self.chart.setAccessibleName(self.tr("Chart"))
        self.chart_box = QGroupBox(self)
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addWidget(self.chart)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.chart_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 420])
        self.splitter = splitter

        filters = QHBoxLayout()
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addSpacing(6)
        filters.addWidget(self.use_until)
        filters.addWidget(self.until)
        filters.addSpacing(12)
        for text, combo in ((self.tr("&Purpose:"), self.purpose), (self.tr("Requesting u&nit:"), self.unit)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(6)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 8)
        box.addWidget(title)
        note = QLabel(self.tr("Dates are those on which cases were received; a corrected case counts once, in its correction."), self)
        note.setWordWrap(True)
        box.addLayout(filters)
        box.addWidget(note)
        box.addWidget(summary)
        box.addWidget(splitter, 1)
        box.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_until.toggled.connect(self.until.setEnabled)
        for signal in (self.use_since.toggled, self.use_until.toggled, self.since.dateChanged, self.until.dateChanged,
                       self.purpose.currentIndexChanged, self.unit.currentIndexChanged):
            signal.connect(self._debounce.start)
        self.export_button.clicked.connect(self.export)
        self._dirty = True  # computed when first shown

    # -- computing ----------------------------------------------------------------
    def current_filter(self) -> ReportFilter:
        return ReportFilter(since=py_date(self.since) if self.use_since.isChecked() else None,
                            until=py_date(self.until) if self.use_until.isChecked() else None,
                            purpose=self.purpose.currentData(), unit=self.unit.currentData())

    def refresh(self) -> None:
        self._debounce.stop()
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._seq += 1
        seq, s, flt = self._seq, self.session, self.current_filter()
        self.status.setText(self.tr("Counting…"))
        run_read(lambda: _load(s, flt), lambda r: self._loaded(seq, flt, r), self._failed, owner=self)

    def _case_changed(self, _case_id: int) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def _loaded(self, seq: int, flt: ReportFilter, result: ReportResult) -> None:
        if seq != self._seq:
            return
        self.report, self.flt = result.report, flt
        self._fill_units(result.units)
        rep = result.report
        self.figures["total"].setText(str(rep.total))
        self.figures["concluded"].setText(str(rep.concluded))
        self.figures["mean"].setText(self._days(rep.mean_days))
        self.figures["median"].setText(self._days(rep.median_days))
        self.figures["overdue"].setText(str(len(rep.overdue)))
        self.figures["overdue"].setStyleSheet(f"QLabel {{ color: {on_screen(OVERDUE_COLOUR).name()}; }}" if rep.overdue else "")
        none = self.tr("(not stated)")
        self._fill_counts("purpose", self.tr("Purpose"), [(self.titles.get(k, k), n) for k, n in rep.by_purpose])
        self._fill_counts("state", self.tr("State"), [(state_label(k), n) for k, n in rep.by_state])
        self._fill_counts("outcome", self.tr("Outcome"), [(self.outcome_titles.get(k, k) if k else none, n) for k, n in rep.by_outcome])
        self._fill_counts("unit", self.tr("Requesting unit"), [(k or none, n) for k, n in rep.by_unit])
        self._fill_counts("month", self.tr("Month received"), [(month_text(k), n) for k, n in rep.by_month])
        self._fill_overdue(rep)
        self.tabs.setTabText(5, self.tr("O&verdue ({n})").format(n=len(rep.overdue)))
        self._show_chart()
        self.export_button.setEnabled(not self.exporting)
        self.status.setText("")
        self.loaded.emit()

    def _days(self, value: float | None) -> str:
        if value is None:
            return "—"
        return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") if value % 1 else f"{value:.0f}"

    def _fill_units(self, units: list[str]) -> None:
        current = self.unit.currentData()
        known = [self.unit.itemData(i) for i in range(1, self.unit.count())]
        if known == units:
            return
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All requesting units"), None)
        for u in units:
            self.unit.addItem(u, u)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)) if current else 0)
        self.unit.blockSignals(False)

    def _fill_counts(self, key: str, caption: str, rows: list[tuple[str, int]]) -> None:
        model = self.models[key]
        model.clear()
        model.setHorizontalHeaderLabels([caption, self.tr("Cases"), self.tr("Share")])
        total = sum(n for _, n in rows) or 1
        for label, n in rows:
            count = QStandardItem(str(n))
            share = QStandardItem(f"{100 * n / total:.0f} %")
            for item in (count, share):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow([QStandardItem(label), count, share])
        table = self.tables[key]
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(1, 90)
        table.setColumnWidth(2, 80)
        table.setProperty("chart_rows", rows)

    def _fill_overdue(self, rep: CaseReport) -> None:
        model = self.models["overdue"]
        model.clear()
        model.setHorizontalHeaderLabels([self.tr("Case no."), self.tr("Full name"), self.tr("Purpose"), self.tr("State"),
                                         self.tr("Due date"), self.tr("Days late"), self.tr("Officer")])
        for o in rep.overdue:
            cells = [str(o["id"]), o["person"], self.titles.get(o["purpose"], o["purpose"]), state_label(o["state"]),
                     date_text(o["due_on"]), str(o["days_late"]), o["officer"]]
            items = [QStandardItem(c) for c in cells]
            items[0].setData(o["id"], Qt.ItemDataRole.UserRole)
            items[5].setForeground(on_screen(OVERDUE_COLOUR))
            for i in (0, 5):
                items[i].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow(items)
        table = self.tables["overdue"]
        for col, width in ((0, 60), (1, 190), (2, 200), (3, 140), (4, 95), (5, 80)):
            table.setColumnWidth(col, width)
        table.horizontalHeader().setStretchLastSection(True)

    def _open_overdue(self) -> None:
        index = self.tables["overdue"].currentIndex()
        if index.isValid():
            self.windows.open(self.models["overdue"].item(index.row(), 0).data(Qt.ItemDataRole.UserRole))

    def _show_chart(self) -> None:
        keys = list(self.tables)
        key = keys[self.tabs.currentIndex()]
        if key == "overdue":
            key = "purpose"  # the overdue list is not a count: chart what it is made of
        what = self.tabs.tabText(keys.index(key)).replace("&", "").lower()
        self.chart_box.setTitle(self.tr("Cases by {what}").format(what=what))
        self.chart.set_data(self.tables[key].property("chart_rows") or [], self.tr("No cases in this selection."))

    def counts(self, key: str) -> list[tuple[str, int]]:
        """What a breakdown table shows (label, count), for tests and the chart."""
        model = self.models[key]
        return [(model.item(r, 0).text(), int(model.item(r, 1).text())) for r in range(model.rowCount())]

    # -- export ----------------------------------------------------------------------
    def export(self) -> None:
        if self.report is None or self.exporting:
            return
        if not self.prompts.confirm(self, self.tr("Export the report"), self.tr(
                "The workbook is written unencrypted outside the vault and names the persons of overdue cases. "
                "The export is entered in the copy register. Continue?"), self.tr("&Export")):
            return
        suggested = f"bao-cao-vu-viec-{_dt.date.today():%Y%m%d}.xlsx"
        dest = self.prompts.save_file(self, self.tr("Save the report as"), suggested)
        if dest is None:
            return
        s, rep = self.session, self.report
        self.exporting = True
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing {path}…").format(path=str(dest)))
        run_write(lambda: reports.export_xlsx(s, rep, dest, confirmed=True), self._exported, self._export_failed, owner=self)

    def _exported(self, path: Path) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The report was saved to {path} and entered in the copy register.").format(path=str(path)))
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
        self.status.setText(error_text(exc))
