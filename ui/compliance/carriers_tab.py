"""The carriers tab: registered USB sticks, who has one out under which permit, returns."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app import carriers
from app.carriers import CarrierRow
from app.domain.secrecy import SecrecyLevel
from app.exchange.media import list_media
from app.forms.words import short_date
from app.permissions import Permission
from app.session import Session

from .. import theme
from ..dialogs import confirm, error_text, notify, show_error
from ..dossiers.jobs import locked, run_read, run_write
from ..job_dialog import JobDialog
from ..labels import secrecy_label

LEVELS = (SecrecyLevel.MAT, SecrecyLevel.TOI_MAT, SecrecyLevel.TUYET_MAT)


def level_combo(parent: QWidget, current: SecrecyLevel = SecrecyLevel.MAT) -> QComboBox:
    combo = QComboBox(parent)
    for level in LEVELS:
        combo.addItem(secrecy_label(level), int(level))
    combo.setCurrentIndex(LEVELS.index(current))
    return combo


def _when(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%d/%m/%Y %H:%M") if ts else ""


class RegisterCarrierDialog(JobDialog):
    """Label, serial (read from a stick plugged in, or typed), level, notes."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, label: str = "", serial: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Register a carrier"))
        self.ok_button.setText(self.tr("&Register"))
        self.set_intro(self.tr("Write the label on the stick itself. The serial is read from the device when it is plugged in; "
                               "it lets the program recognise the stick later."))
        self.medium = QComboBox(self)
        self.medium.addItem(self.tr("(type the serial by hand)"), None)
        try:
            for m in list_media():
                self.medium.addItem(f"{m.label} — {m.path}", str(m.path))
        except OSError:
            pass
        self.medium.currentIndexChanged.connect(self._medium_chosen)
        self.label = QLineEdit(label, self)
        self.label.setMaxLength(carriers.MAX_LABEL)
        self.serial = QLineEdit(serial, self)
        self.level = level_combo(self)
        self.notes = QLineEdit(self)
        for text, w in ((self.tr("USB stick &plugged in:"), self.medium), (self.tr("&Label:"), self.label),
                        (self.tr("&Serial:"), self.serial), (self.tr("L&evel marked:"), self.level), (self.tr("&Notes:"), self.notes)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            self.form.addRow(lab, w)
        self.label.textChanged.connect(self.update_ok)
        self.update_ok()
        self.setMinimumWidth(480)

    def _medium_chosen(self, _index: int) -> None:
        from pathlib import Path

        path = self.medium.currentData()
        if path:
            self.serial.setText(carriers.read_serial(Path(path)))
            if not self.label.text().strip():
                self.label.setText(carriers.default_label(Path(path)))

    def can_submit(self) -> bool:
        return bool(self.label.text().strip())

    def work(self) -> Callable[[], Any]:
        s, label, serial = self.session, self.label.text(), self.serial.text()
        level, notes = SecrecyLevel(self.level.currentData()), self.notes.text()
        return lambda: locked(lambda: carriers.register_carrier(s, label, serial, secrecy=level, notes=notes))


class TakeOutDialog(JobDialog):
    """A taking-out under a written permission: who, permit number, date, who signed it, what for."""

    def __init__(self, session: Session, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.carrier_label = session, label
        self.setWindowTitle(self.tr("Take out {label}").format(label=label))
        self.ok_button.setText(self.tr("&Record"))
        self.set_intro(self.tr("A secret carrier leaves the office only with a written permission. Record it here; the entry goes into the carrier register."))
        self.taken_by = QLineEdit(self)
        self.taken_by.setPlaceholderText(self.tr("user name or full name"))
        self.permit_no = QLineEdit(self)
        self.permit_date = QDateEdit(QDate.currentDate(), self)
        self.permit_date.setCalendarPopup(True)
        self.permit_date.setDisplayFormat("dd/MM/yyyy")
        self.permit_date.setMaximumDate(QDate.currentDate())
        self.permit_by = QLineEdit(self)
        self.content = QLineEdit(self)
        for text, w in ((self.tr("&Taken by:"), self.taken_by), (self.tr("Permit &number:"), self.permit_no),
                        (self.tr("Permit &date:"), self.permit_date), (self.tr("Permitted &by:"), self.permit_by),
                        (self.tr("&Content, purpose:"), self.content)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            self.form.addRow(lab, w)
        for w in (self.taken_by, self.permit_no, self.permit_by):
            w.textChanged.connect(self.update_ok)
        self.update_ok()
        self.setMinimumWidth(480)

    def can_submit(self) -> bool:
        return all(w.text().strip() for w in (self.taken_by, self.permit_no, self.permit_by))

    def work(self) -> Callable[[], Any]:
        s, label = self.session, self.carrier_label
        who, no, by, content = self.taken_by.text(), self.permit_no.text(), self.permit_by.text(), self.content.text()
        day = self.permit_date.date().toPython()
        return lambda: locked(lambda: carriers.take_out(s, label, who, no, day, by, content))


class CarriersTab(QWidget):
    COLUMNS = 8

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Carriers"))
        self.rows: list[CarrierRow] = []
        self._shown: list[CarrierRow] = []
        self._last_label: str | None = None  # kept selected across refreshes and the filter
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Serial"), self.tr("Level"), self.tr("Status"),
                                              self.tr("Out with"), self.tr("Permit"), self.tr("Out since"), self.tr("Carried")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Carriers"))
        self.out_only = QCheckBox(self.tr("Only carriers &out"), self)
        self.out_only.toggled.connect(self._fill)
        self.register_button = QPushButton(self.tr("&Register a carrier…"), self)
        self.out_button = QPushButton(self.tr("&Take out…"), self)
        self.return_button = QPushButton(self.tr("Record its re&turn"), self)
        self.summary = QLabel(self)
        buttons = QHBoxLayout()
        for b in (self.register_button, self.out_button, self.return_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.out_only)
        box = QVBoxLayout(self)
        box.addLayout(buttons)
        box.addWidget(self.table, 1)
        box.addWidget(self.summary)
        self.register_button.clicked.connect(self.register_carrier)
        self.out_button.clicked.connect(self.take_out)
        self.return_button.clicked.connect(self.return_carrier)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- view ------------------------------------------------------------------
    def refresh(self) -> None:
        run_read(lambda: carriers.list_carriers(self.session), self._loaded, lambda exc: self.summary.setText(error_text(exc)), self)

    def _loaded(self, rows: list[CarrierRow]) -> None:
        self.rows = rows
        self._fill()

    def visible_rows(self) -> list[CarrierRow]:
        return [r for r in self.rows if r.current is not None] if self.out_only.isChecked() else list(self.rows)

    def _fill(self) -> None:
        selected = self.selected().carrier.label if self.selected() else self._last_label
        rows = self.visible_rows()
        self._shown = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            c, u = r.carrier, r.current
            status = self.tr("Destroyed") if c.destroyed else self.tr("Out") if u else self.tr("In the safe")
            cells = (c.label, c.serial, secrecy_label(c.secrecy), status, u.taken_by if u else "",
                     f"{u.permit_no} ({short_date(u.permit_date)}, {u.permit_by})" if u else "", _when(u.out_at) if u else "", u.content if u else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and u:
                    item.setForeground(theme.error_colour())  # dark red is unreadable on the dark palette
                self.table.setItem(i, col, item)
            if c.label == selected:
                self.table.selectRow(i)
        for col in range(self.COLUMNS - 1):
            self.table.resizeColumnToContents(col)
        out = sum(1 for r in self.rows if r.current is not None)
        self.summary.setText(self.tr("{count} carrier(s) registered, {out} out.").format(count=len(self.rows), out=out))
        self._update_buttons()

    def selected(self) -> CarrierRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._shown[rows[0].row()] if rows and rows[0].row() < len(self._shown) else None

    def select(self, label: str) -> None:
        for i, r in enumerate(self._shown):
            if r.carrier.label.lower() == label.lower():
                self.table.selectRow(i)

    def _update_buttons(self) -> None:
        r = self.selected()
        if r is not None:
            self._last_label = r.carrier.label
        keep = self.session.can(Permission.KEEP_REGISTERS)
        self.register_button.setEnabled(keep)
        self.out_button.setEnabled(keep and r is not None and r.current is None and not r.carrier.destroyed)
        self.return_button.setEnabled(keep and r is not None and r.current is not None)

    # -- actions ---------------------------------------------------------------
    def register_carrier(self) -> RegisterCarrierDialog:
        dlg = RegisterCarrierDialog(self.session, self)
        dlg.accepted.connect(lambda: self._changed(dlg.result_value.label))
        dlg.open()
        return dlg

    def take_out(self) -> TakeOutDialog | None:
        r = self.selected()
        if r is None:
            return None
        dlg = TakeOutDialog(self.session, r.carrier.label, self)
        dlg.accepted.connect(lambda: self._changed(r.carrier.label))
        dlg.open()
        return dlg

    def return_carrier(self) -> None:
        r = self.selected()
        if r is None or r.current is None:
            return
        if not confirm(self, self.tr("Record the return"),
                       self.tr("Record that {label} came back from {user} and is in the safe again?").format(
                           label=r.carrier.label, user=r.current.taken_by), self.tr("&Record the return")):
            return
        self.record_return(r.carrier.label)

    def record_return(self, label: str) -> None:
        def done(_use) -> None:
            self._changed(label)
            notify(self, self.tr("{label} is back in the safe.").format(label=label))

        run_write(lambda: carriers.return_carrier(self.session, label), done, lambda exc: show_error(self, exc), self)

    def _changed(self, label: str) -> None:
        def loaded(rows: list[CarrierRow]) -> None:
            self._loaded(rows)
            self.select(label)

        run_read(lambda: carriers.list_carriers(self.session), loaded, lambda exc: show_error(self, exc), self)
