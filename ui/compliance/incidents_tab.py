"""The incidents tab: record a loss or leak of secrets with its immediate report, and the list of them.

Recording, completing the immediate report later and cancelling go through
app.incidents (permission, transaction, audit); a refusal shows its message
beside the button (or in the report dialog) and leaves the form as it was,
so nothing typed is lost.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from app import incidents
from app.domain.secrecy import SecrecyLevel
from app.incidents import IncidentKind, NewIncident
from app.permissions import Permission
from app.session import Session

from .. import theme
from ..cases.widgets import DATE_FORMAT, ListTable
from ..dialogs import confirm, error_text
from ..dossiers.jobs import run_read, run_write
from ..job_dialog import JobDialog
from ..labels import incident_kind_label, secrecy_label



class IncidentPrompts:
    """The questions this tab asks, in one replaceable place (tests give their answers here)."""

    def confirm(self, parent: QWidget, title: str, text: str, yes_text: str) -> bool:
        return confirm(parent, title, text, yes_text)

    def reason(self, parent: QWidget, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None


def _text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class IncidentReportDialog(JobDialog):
    """The immediate report of a recorded incident (number, date, addressee) and the
    measures taken, filled in or corrected later; a refusal is shown here, the typing kept."""

    def __init__(self, session: Session, row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.row = session, row
        self.setWindowTitle(self.tr("Immediate report of incident {number}/{year}").format(number=row.number, year=row.year))
        self.set_intro(self.tr("{kind} discovered on {when}: {what}").format(
            kind=incident_kind_label(row.kind), when=_dt.datetime.fromtimestamp(row.discovered_at).strftime("%d/%m/%Y %H:%M"),
            what=row.items))
        self.report_no = QLineEdit(row.report_no, self)
        self.report_no.setPlaceholderText(self.tr("e.g. 3-BC/BTCTU"))
        start = _dt.date.fromisoformat(row.report_date) if row.report_date else _dt.date.today()
        self.report_date = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.report_date.setDisplayFormat(DATE_FORMAT)
        self.report_date.setCalendarPopup(True)
        self.reported_to = QLineEdit(row.reported_to, self)
        self.measures = _text_box(self)
        self.measures.setPlainText(row.measures)
        # Unticked: only the measures are saved (the report is not made yet).
        self.reported = QCheckBox(self.tr("The report &was made"), self)
        self.reported.toggled.connect(lambda on: [w.setEnabled(on) for w in (self.report_no, self.report_date, self.reported_to)])
        self.form.addRow("", self.reported)
        for text, widget in ((self.tr("Report &number:"), self.report_no), (self.tr("Report da&te:"), self.report_date),
                             (self.tr("Reported &to:"), self.reported_to), (self.tr("&Measures taken:"), self.measures)):
            self.form.addRow(text, widget)
        self.reported.setChecked(True)
        self.ok_button.setText(self.tr("&Save the report"))
        self.resize(520, self.sizeHint().height())

    def work(self):
        s, iid = self.session, self.row.id
        made = self.reported.isChecked()
        no, when, to = ((self.report_no.text(), self.report_date.date().toPython(), self.reported_to.text()) if made
                        else ("", None, ""))
        measures = self.measures.toPlainText()
        return lambda: incidents.record_report(s, iid, report_no=no, report_date=when, reported_to=to, measures=measures)


class IncidentsTab(QWidget):
    loaded = Signal()
    recorded = Signal(object)  # IncidentRow
    cancelled = Signal(object)
    report_saved = Signal(object)  # IncidentRow with its immediate report filled in later

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = IncidentPrompts()
        self.rows: list = []
        self.busy = False
        self._dirty = True
        self._seq = 0
        self.setWindowTitle(self.tr("Losses and leaks"))
        self.may_record = session.can(Permission.KEEP_REGISTERS)

        # -- the form
        form_box = QGroupBox(self.tr("Record a loss or leak"), self)
        self.kind = QComboBox(form_box)
        self.kind.addItem(self.tr("Loss"), IncidentKind.LOSS.value)
        self.kind.addItem(self.tr("Leak"), IncidentKind.LEAK.value)
        self.level = QComboBox(form_box)
        for lvl in (SecrecyLevel.MAT, SecrecyLevel.TOI_MAT, SecrecyLevel.TUYET_MAT):
            self.level.addItem(secrecy_label(lvl), int(lvl))
        self.discovered = QDateTimeEdit(QDateTime.currentDateTime(), form_box)
        self.discovered.setDisplayFormat(f"{DATE_FORMAT} HH:mm")
        self.discovered.setCalendarPopup(True)
        self.discovered_by = QLineEdit(form_box)
        self.items = _text_box(form_box)
        self.items.setPlaceholderText(self.tr("Number, symbol, copy number and abstract of each item, or the carrier"))
        self.how = _text_box(form_box)
        self.reported = QCheckBox(self.tr("Reported at once"), form_box)
        self.report_no = QLineEdit(form_box)
        self.report_no.setPlaceholderText(self.tr("e.g. 3-BC/BTCTU"))
        self.report_date = QDateEdit(QDate.currentDate(), form_box)
        self.report_date.setDisplayFormat(DATE_FORMAT)
        self.report_date.setCalendarPopup(True)
        self.reported_to = QLineEdit(form_box)
        self.measures = _text_box(form_box)
        self.record_button = QPushButton(self.tr("&Record the incident"), form_box)
        self.form_error = QLabel(form_box)
        self.form_error.setWordWrap(True)
        theme.mark_error(self.form_error)
        self.form_error.hide()
        form = QFormLayout(form_box)
        for text, widget in ((self.tr("&Kind:"), self.kind), (self.tr("&Level:"), self.level),
                             (self.tr("&Discovered at:"), self.discovered), (self.tr("Discovered &by:"), self.discovered_by),
                             (self.tr("&What was lost or leaked:"), self.items), (self.tr("&How it happened:"), self.how)):
            form.addRow(text, widget)
        form.addRow("", self.reported)
        for text, widget in ((self.tr("Report &number:"), self.report_no), (self.tr("Report da&te:"), self.report_date),
                             (self.tr("Reported &to:"), self.reported_to), (self.tr("&Measures taken:"), self.measures)):
            form.addRow(text, widget)
        form.addRow(self.form_error)
        form.addRow("", self.record_button)
        self.reported.toggled.connect(self._report_toggled)
        self.reported.setChecked(True)
        self.record_button.clicked.connect(self.record)
        form_box.setEnabled(self.may_record)
        holder = QWidget(self)  # the form keeps its natural height; the space left goes below it
        hbox = QVBoxLayout(holder)
        hbox.setContentsMargins(0, 0, 0, 0)
        hbox.addWidget(form_box)
        hbox.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)

        # -- the list
        self.model = QStandardItemModel(self)
        self.table = ListTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Recorded incidents"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel the selected entry…"), self)
        self.cancel_button.setVisible(self.may_record)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.report_button = QPushButton(self.tr("Immediate re&port…"), self)
        self.report_button.setToolTip(self.tr("Fill in or correct the immediate report and the measures of the selected entry."))
        self.report_button.setVisible(self.may_record)
        self.report_button.clicked.connect(self.report_selected)
        self.report_dialog: IncidentReportDialog | None = None
        self.count_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.report_button)
        row.addWidget(self.cancel_button)
        rbox.addLayout(row)
        rbox.addWidget(self.table, 1)
        rbox.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 700])
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 8)
        if not self.may_record:
            note = QLabel(self.tr("Only the clerk keeping the registers or an administrator may record incidents."), self)
            note.setWordWrap(True)
            box.addWidget(note)
        box.addWidget(splitter, 1)

    def _report_toggled(self, on: bool) -> None:
        for w in (self.report_no, self.report_date, self.reported_to):
            w.setEnabled(on)

    # -- the list -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._seq += 1
        seq, s = self._seq, self.session
        run_read(lambda: incidents.list_incidents(s), lambda rows: self._loaded(seq, rows), self._list_failed, owner=self)

    def _loaded(self, seq: int, rows: list) -> None:
        if seq != self._seq:
            return
        self.rows = rows
        kinds = {"loss": self.tr("Loss"), "leak": self.tr("Leak")}
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("Discovered"), self.tr("Kind"), self.tr("Level"),
                                              self.tr("What"), self.tr("Discovered by"), self.tr("Immediate report"),
                                              self.tr("Measures"), self.tr("Status")])
        for r in rows:
            report = ", ".join(x for x in (r.report_no, _dmy(r.report_date), r.reported_to) if x) or self.tr("not reported")
            status = self.tr("cancelled: {reason}").format(reason=r.cancel_reason) if r.status == "cancelled" else ""
            cells = [f"{r.number}/{r.year}", _dt.datetime.fromtimestamp(r.discovered_at).strftime("%d/%m/%Y %H:%M"),
                     kinds.get(r.kind, r.kind), secrecy_label(r.secrecy), r.items, r.discovered_by, report, r.measures, status]
            items = [QStandardItem(c) for c in cells]
            items[0].setData(r.id, Qt.ItemDataRole.UserRole)
            if r.status == "cancelled":
                for it in items:
                    it.setForeground(Qt.GlobalColor.gray)
            self.model.appendRow(items)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for col in (4, 6, 7):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        active = sum(1 for r in rows if r.status != "cancelled")
        self.count_label.setText(self.tr("{n} incident(s) recorded, {c} cancelled").format(n=active, c=len(rows) - active)
                                 if rows else self.tr("No incident recorded."))
        self.loaded.emit()

    def _list_failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
        theme.mark_error(self.status)

    # -- recording ------------------------------------------------------------------------
    def new_incident(self) -> NewIncident:
        reported = self.reported.isChecked()
        return NewIncident(
            IncidentKind(self.kind.currentData()), SecrecyLevel(self.level.currentData()),
            self.discovered.dateTime().toPython().replace(second=0, microsecond=0), self.discovered_by.text(),
            self.items.toPlainText(), self.how.toPlainText(),
            self.report_no.text() if reported else "", self.report_date.date().toPython() if reported else None,
            self.reported_to.text() if reported else "", self.measures.toPlainText())

    def record(self) -> None:
        if self.busy or not self.may_record:
            return
        new, s = self.new_incident(), self.session
        self.busy = True
        self.record_button.setEnabled(False)
        self.form_error.hide()
        run_write(lambda: incidents.add(s, new), self._recorded, self._record_failed, owner=self)

    def _recorded(self, row) -> None:
        self.busy = False
        self.record_button.setEnabled(True)
        for w in (self.discovered_by, self.report_no, self.reported_to):
            w.clear()
        for w in (self.items, self.how, self.measures):
            w.clear()
        theme.mark_error(self.status, False)
        self.status.setText(self.tr("Recorded incident {number}/{year}.").format(number=row.number, year=row.year))
        self.recorded.emit(row)
        self.refresh()

    def _record_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.record_button.setEnabled(True)
        self.form_error.setText(error_text(exc))
        self.form_error.show()

    # -- cancelling -----------------------------------------------------------------------
    def selected(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        iid = self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == iid), None)

    def report_selected(self) -> IncidentReportDialog | None:
        row = self.selected()
        if row is None or self.busy or not self.may_record:
            if row is None and self.may_record:
                self.status.setText(self.tr("Select an entry in the list first."))
            return None
        if row.status == "cancelled":
            self.status.setText(self.tr("This entry is cancelled; its report can no longer be changed."))
            return None
        self.report_dialog = dlg = IncidentReportDialog(self.session, row, self)
        dlg.accepted.connect(lambda: self._reported(dlg.result_value))
        dlg.open()
        return dlg

    def _reported(self, row) -> None:
        theme.mark_error(self.status, False)
        self.status.setText(self.tr("The immediate report of entry {number}/{year} was saved.").format(number=row.number, year=row.year))
        self.report_saved.emit(row)
        self.refresh()

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None or self.busy:
            return
        if row.status == "cancelled":
            self.status.setText(self.tr("This entry is already cancelled."))
            return
        reason = self.prompts.reason(self, self.tr("Cancel an entry"), self.tr("Why is entry {number}/{year} cancelled?").format(
            number=row.number, year=row.year))
        if reason is None:
            return
        if not self.prompts.confirm(self, self.tr("Cancel an entry"), self.tr(
                "Entry {number}/{year} stays in the list, marked cancelled, and is no longer counted in the yearly report. "
                "Cancel it?").format(number=row.number, year=row.year), self.tr("Cancel the &entry")):
            return
        s = self.session
        self.busy = True
        run_write(lambda: incidents.cancel(s, row.id, reason), self._cancelled, self._cancel_failed, owner=self)

    def _cancelled(self, row) -> None:
        self.busy = False
        theme.mark_error(self.status, False)
        self.status.setText(self.tr("Entry {number}/{year} was cancelled.").format(number=row.number, year=row.year))
        self.cancelled.emit(row)
        self.refresh()

    def _cancel_failed(self, exc: BaseException) -> None:
        self.busy = False
        theme.mark_error(self.status)
        self.status.setText(error_text(exc))


def _dmy(iso: str | None) -> str:
    return _dt.date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""
