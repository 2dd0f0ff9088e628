"""The yearly report tab: choose the year, see the counts by level, export .xlsx or print/save the PDF.

Counting runs off the GUI thread under a progress dialog with Cancel (a
million dossiers take a moment). Each export is a copy leaving the vault:
confirmed, then entered in the copying register by the service.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app import yearly_report as Y
from app.domain.secrecy import SecrecyLevel
from app.permissions import Permission
from app.session import Session

from ..cases.prompts import CasePrompts
from ..cases.widgets import ListTable, heading
from .. import formatting, i18n
from ..dialogs import error_text
from ..dossiers.jobs import locked
from ..forms.launch import open_preview
from ..progress import run_with_progress
from ..labels import secrecy_label

REFRESH_DELAY_MS = 300


class YearlyTab(QWidget):
    loaded = Signal()
    exported = Signal(object)  # yearly_report.ExportResult
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = CasePrompts()
        self.report: Y.YearlyReport | None = None
        self.preview_dialog = None
        self.busy = False
        self._seq = 0
        self._dirty = True
        self.setWindowTitle(self.tr("Yearly report"))

        title = heading(self.tr("Yearly report on the protection of state secrets"), self, 1.2)
        self.year = QSpinBox(self)
        self.year.setRange(Y.MIN_YEAR, Y.MAX_YEAR)
        self.year.setValue(Y.year_of(_dt.date.today()))
        self.year.setAccessibleName(self.tr("Report year"))
        year_label = QLabel(self.tr("Report &year:"), self)
        year_label.setBuddy(self.year)
        self.window_label = QLabel(self)
        self.count_button = QPushButton(self.tr("&Count again"), self)
        self.xlsx_button = QPushButton(self.tr("Export .&xlsx…"), self)
        self.pdf_button = QPushButton(self.tr("&Print or save PDF…"), self)
        can_export = session.can(Permission.PRINT_FORMS)
        for b in (self.xlsx_button, self.pdf_button):
            b.setVisible(can_export)
            b.setEnabled(False)

        self.model = QStandardItemModel(self)
        self.table = ListTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Counts by level"))
        note = QLabel(self.tr(
            "Counted in the data window of the chosen year: items at the level they hold now; cancelled register entries "
            "and cancelled incidents are not counted. The report holds only counts and is classified as shown in its stamp; "
            "every export is entered in the copying register."), self)
        note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.window_label, 1)
        top.addWidget(self.count_button)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 8)
        box.addWidget(title)
        box.addLayout(top)
        box.addWidget(note)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.year.valueChanged.connect(self._year_changed)
        self.count_button.clicked.connect(self.refresh)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button.clicked.connect(self.print_pdf)
        self._show_window()

    # -- counting -----------------------------------------------------------------------
    def _show_window(self) -> None:
        try:
            w = Y.window(self.year.value())
        except Exception as exc:  # noqa: BLE001 - a broken resource file is shown, not raised
            self.window_label.setText(error_text(exc))
            return
        self.window_label.setText(self.tr("Data from {start} 00:00 to {end} 24:00").format(
            start=f"{w.first_day:%d/%m/%Y}", end=f"{w.last_day:%d/%m/%Y}"))

    def _year_changed(self) -> None:
        self._show_window()
        self._debounce.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._debounce.stop()
        if not self.isVisible():
            self._dirty = True
            return
        if self.busy:
            return
        self._dirty = False
        self._seq += 1
        seq, s, year = self._seq, self.session, self.year.value()
        self.busy = True
        self._enable()
        self.status.setText(self.tr("Counting…"))
        self.job = run_with_progress(self, self.tr("Counting the year {year}").format(year=year),
                                     lambda progress, cancel: Y.compute(s, year, progress, cancel),
                                     lambda rep: self._loaded(seq, rep), self._failed)

    def _loaded(self, seq: int, rep: Y.YearlyReport) -> None:
        self.busy = False
        if seq != self._seq:
            return
        self.report = rep
        self._fill(rep)
        self.status.setText(self.tr("Counted {when}.").format(when=formatting.date_time(rep.computed_at)))
        self._enable()
        if rep.year != self.year.value():
            self._debounce.start()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._enable()
        text = error_text(exc)
        self.status.setText(text)
        self.failed.emit(text)

    def _enable(self) -> None:
        ready = self.report is not None and not self.busy
        self.count_button.setEnabled(not self.busy)
        self.xlsx_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def _fill(self, rep: Y.YearlyReport) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Item"), *(secrecy_label(SecrecyLevel(n)) for n in (1, 2, 3)), self.tr("Total")])
        for r, c in rep.table():
            label = QStandardItem(("      " * r.indent) + r.label_in(i18n.language()))  # the printed report stays Vietnamese
            label.setData(r.key, Qt.ItemDataRole.UserRole)
            if not r.indent:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            cells = [label]
            for v in c.values():
                item = QStandardItem(formatting.number(v) if isinstance(v, int) else str(v))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(item)
            self.model.appendRow(cells)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            self.table.setColumnWidth(col, 100)

    def counts(self) -> dict[str, list[int]]:
        """What the table shows, by row key (for tests)."""
        out = {}
        for row in range(self.model.rowCount()):
            key = self.model.item(row, 0).data(Qt.ItemDataRole.UserRole)
            out[key] = [int(self.model.item(row, col).text()) for col in range(1, 5)]
        return out

    # -- exports ------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        rep = self.report
        if rep is None or self.busy:
            return
        level = secrecy_label(rep.secrecy)
        if not self.prompts.confirm(self, self.tr("Export the yearly report"), self.tr(
                "The workbook is written unencrypted outside the vault; it is classified {level} and the export is entered "
                "in the copying register. Continue?").format(level=level), self.tr("&Export")):
            return
        dest = self.prompts.save_file(self, self.tr("Save the yearly report as"), f"bao-cao-bao-ve-bmnn-{rep.year}.xlsx")
        if dest is None:
            return
        s = self.session
        self.busy = True
        self._enable()
        self.status.setText(self.tr("Writing {path}…").format(path=str(dest)))
        self.job = run_with_progress(self, self.tr("Exporting the yearly report"),
                                     lambda progress, cancel: locked(lambda: Y.export_xlsx(s, rep, dest, confirmed=True,
                                                                                           progress=progress, cancel=cancel)),
                                     self._exported, self._failed)

    def _exported(self, result: Y.ExportResult) -> None:
        self.busy = False
        self._enable()
        self.status.setText(self.tr("The report was saved to {path}; copying register entry {number}.").format(
            path=str(result.path), number=result.register_number))
        self.exported.emit(result)

    def print_pdf(self) -> None:
        """The preview of the printed report; printing or saving it there registers the copies."""
        rep = self.report
        if rep is None or self.busy:
            return
        self.preview_dialog = open_preview(self, self.session, self.tr("Yearly report {year}").format(year=rep.year),
                                           lambda s: Y.pdf_draft(s, rep))
        return self.preview_dialog
