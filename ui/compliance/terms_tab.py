"""The "Protection terms" tab: items whose protection term ends soon, and the
decisions that change a term or a level (extend, adjust, declassify).

Every decision goes through app.secrecy.lifecycle (permission, transaction,
audit); a refusal shows its message inside the dialog and keeps what was
typed. Reads and writes run off the GUI thread. What has reached the end of
its term is declassified automatically at each login (the main window runs
app.secrecy.lifecycle.sweep_at_login in the background); the button here runs
the whole sweep at once.
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.domain.secrecy import SecrecyLevel
from app.permissions import Permission
from app.secrecy import lifecycle, terms as terms_mod
from app.session import Session

from .. import theme
from ..cases.widgets import ListTable, date_edit, py_date
from .. import formatting
from ..dialogs import confirm, error_text, notify, show_error
from ..dossiers.jobs import run_read, run_write
from ..labels import secrecy_label

LIMIT = 1000


class TermsPrompts:
    """The questions this tab asks, in one replaceable place (tests give their answers here)."""

    def confirm(self, parent: QWidget, title: str, text: str, yes_text: str) -> bool:
        return confirm(parent, title, text, yes_text)


def _dmy(d: _dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


class DecisionDialog(QDialog):
    """Asks what the paper decision says; `action` is extend, adjust or declassify."""

    def __init__(self, action: str, item: lifecycle.Item, submit: Callable[[lifecycle.DecisionInfo, dict], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action, self.item, self.submit = action, item, submit
        titles = {"extend": self.tr("Extend the protection term"), "adjust": self.tr("Adjust the secrecy level"),
                  "declassify": self.tr("Declassify")}
        self.setWindowTitle(titles[action])
        form = QFormLayout()
        what = QLabel(self.tr("{label} — {level}, protected until {end}").format(
            label=item.label, level=secrecy_label(item.level), end=_dmy(item.expires_on)), self)
        what.setWordWrap(True)
        form.addRow(what)
        self.until = self.years = self.by_date = self.by_years = self.level = None
        if action == "extend":
            self.by_date = QRadioButton(self.tr("&New end date:"), self)
            self.by_date.setChecked(True)
            self.until = date_edit(self, terms_mod.add_years(item.expires_on or _dt.date.today(), 1))
            self.by_years = by_years = QRadioButton(self.tr("Extend by &years:"), self)
            self.years = QSpinBox(self)
            self.years.setRange(1, max(1, item.base_years))
            self.years.setValue(1)
            self.by_date.toggled.connect(lambda on: (self.until.setEnabled(on), self.years.setEnabled(not on)))
            self.years.setEnabled(False)
            form.addRow(self.by_date, self.until)
            form.addRow(by_years, self.years)
            note = QLabel(self.tr("Each extension is at most the base term of the level ({years} years) and must be decided at "
                                  "least the notice period before the term ends.").format(years=item.base_years), self)
            note.setWordWrap(True)
            form.addRow(note)
        elif action == "adjust":
            self.level = QComboBox(self)
            for lv in (SecrecyLevel.MAT, SecrecyLevel.TOI_MAT, SecrecyLevel.TUYET_MAT):
                self.level.addItem(secrecy_label(lv), lv)
            self.level.setCurrentIndex(max(0, self.level.findData(item.level)))
            label = QLabel(self.tr("New &level:"), self)
            label.setBuddy(self.level)
            form.addRow(label, self.level)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("e.g. 12-QĐ/TU"))
        self.date = date_edit(self)
        self.authority = QLineEdit(self)
        self.authority.setPlaceholderText(self.tr("e.g. Standing Committee of the Provincial Party Committee"))
        self.reason = QLineEdit(self)
        for text, widget in ((self.tr("Decision &number:"), self.number), (self.tr("Decision &date:"), self.date),
                             (self.tr("&Authority:"), self.authority), (self.tr("&Reason:"), self.reason)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record the decision"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error_label)
        box.addWidget(self.buttons)
        self.number.setFocus()

    def decision(self) -> lifecycle.DecisionInfo:
        return lifecycle.DecisionInfo(self.number.text(), py_date(self.date), self.authority.text(), self.reason.text())

    def options(self) -> dict:
        if self.action == "extend":
            return {"until": py_date(self.until)} if self.by_date.isChecked() else {"years": self.years.value()}
        if self.action == "adjust":
            return {"level": SecrecyLevel(self.level.currentData())}
        return {}

    def _ok(self) -> None:
        if not self.number.text().strip() or not self.authority.text().strip():
            self.show_error(self.tr("Enter the decision number and the authority that decided."))
            return
        self.submit(self.decision(), self.options())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.buttons.setEnabled(True)

    def busy(self) -> None:
        self.error_label.hide()
        self.buttons.setEnabled(False)


class HistoryDialog(QDialog):
    """An item's level, term and every decision about it, oldest first."""

    def __init__(self, history: lifecycle.History, columns: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Secrecy history"))
        it = history.item
        if it is None:
            head = self.tr("This item is no longer in the vault; its decisions are kept.")
        elif it.level == SecrecyLevel.NONE:
            head = self.tr("{label}: not classified.").format(label=it.label)
        else:
            head = self.tr("{label}: {level} since {on} (set by {by}), protected until {end}.").format(
                label=it.label, level=secrecy_label(it.level), on=_dmy(it.classified_on), by=it.classified_by, end=_dmy(it.expires_on))
        self.head = QLabel(head, self)
        self.head.setWordWrap(True)
        titles = {"made_at": self.tr("Recorded"), "kind": self.tr("Decision"), "old_level": self.tr("Level before"),
                  "new_level": self.tr("Level after"), "old_expires": self.tr("End before"), "new_expires": self.tr("End after"),
                  "decision_no": self.tr("Number"), "decision_date": self.tr("Date"), "authority": self.tr("Authority"),
                  "reason": self.tr("Reason"), "made_by": self.tr("Recorded by")}
        kinds = {"classify": self.tr("Term stated"), "extend": self.tr("Extension"), "adjust": self.tr("Level adjusted"),
                 "declassify": self.tr("Declassified")}
        self.table = QTableWidget(len(history.decisions), len(columns), self)
        self.table.setHorizontalHeaderLabels([titles[c] for c in columns])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, d in enumerate(history.decisions):
            for c, col in enumerate(columns):
                v = getattr(d, col)
                if col == "made_at":
                    text = _dt.datetime.fromtimestamp(v).strftime("%d/%m/%Y %H:%M")
                elif col == "kind":
                    text = kinds.get(v, v) + (" " + self.tr("(automatic)") if d.automatic else "")
                elif col in ("old_level", "new_level"):
                    text = "" if v is None else secrecy_label(SecrecyLevel(v))
                elif col in ("old_expires", "new_expires", "decision_date"):
                    text = _dmy(_dt.date.fromisoformat(v)) if v else ""
                else:
                    text = str(v or "")
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.empty = QLabel(self.tr("No decision has been recorded: the level and term are those set when the item was made."), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not history.decisions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.head)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        self.resize(900, 360)


class TermsTab(QWidget):
    loaded = Signal()
    decided = Signal(object)  # the Item after the decision
    swept = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protection terms"))
        self.session = session
        self.prompts = TermsPrompts()
        self.clock: Callable[[], _dt.date] = _dt.date.today  # tests set another day
        self.items: list[lifecycle.Item] = []
        self.dialog: DecisionDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self._seq = 0
        self._dirty = True
        can_decide = session.can(Permission.DECIDE_SECRECY)
        terms = self._terms()
        self.intro = QLabel(self.tr(
            "Every dossier, attachment, case, printed form and bundle is protected from the day its level was set: "
            "Mật {mat} years, Tối mật {toi} years, Tuyệt mật {tuyet} years, unless a decision states otherwise. "
            "An extension must be decided at least {notice} days before the term ends. At the end of the term the item "
            "is declassified automatically. ({basis})").format(
            mat=terms.years(SecrecyLevel.MAT), toi=terms.years(SecrecyLevel.TOI_MAT), tuyet=terms.years(SecrecyLevel.TUYET_MAT),
            notice=terms.extension_notice_days, basis=terms.legal_basis), self)
        self.intro.setWordWrap(True)
        self.days = QSpinBox(self)
        self.days.setRange(0, 36500)
        self.days.setValue(terms.warning_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(lambda _: self.reload())
        days_label = QLabel(self.tr("Terms ending &within:"), self)
        days_label.setBuddy(self.days)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), "")
        for code in lifecycle.KIND_CODES:
            self.kind.addItem(self.kind_label(code), code)
        self.kind.currentIndexChanged.connect(lambda _: self.reload())
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        for w in (days_label, self.days, kind_label, self.kind):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.model = QStandardItemModel(0, 8, self)
        self.model.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("No."), self.tr("Item"), self.tr("Level"),
                                              self.tr("Level set on"), self.tr("Set by"), self.tr("Term ends"), self.tr("Days left")])
        self.table = ListTable(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Items whose protection term ends soon"))
        self.table.open_requested.connect(self.show_history)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label)
        self.error_label.hide()

        self.extend_button = QPushButton(self.tr("&Extend…"), self)
        self.adjust_button = QPushButton(self.tr("Adjust &level…"), self)
        self.declassify_button = QPushButton(self.tr("&Declassify…"), self)
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.sweep_button = QPushButton(self.tr("Declassify &expired now"), self)
        self.sweep_button.setToolTip(self.tr("Declassify every item whose term has ended (this also happens at each login)"))
        self.extend_button.clicked.connect(lambda: self.open_decision("extend"))
        self.adjust_button.clicked.connect(lambda: self.open_decision("adjust"))
        self.declassify_button.clicked.connect(lambda: self.open_decision("declassify"))
        self.history_button.clicked.connect(self.show_history)
        self.sweep_button.clicked.connect(self.sweep_now)
        for b in (self.extend_button, self.adjust_button, self.declassify_button):
            b.setVisible(can_decide)
        buttons = QHBoxLayout()
        for b in (self.extend_button, self.adjust_button, self.declassify_button, self.history_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.sweep_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.intro)
        box.addLayout(top)
        box.addWidget(self.error_label)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty)
        box.addLayout(buttons)
        self._buttons()

    # -- labels -----------------------------------------------------------------------
    def kind_label(self, code: str) -> str:
        return {"person": self.tr("Dossier"), "attachment": self.tr("Attachment"), "case": self.tr("Case"),
                "form_document": self.tr("Printed form"), "outgoing_bundle": self.tr("Sent bundle"),
                "incoming_bundle": self.tr("Received bundle")}.get(code, code)

    def _terms(self) -> terms_mod.Terms:
        try:
            return terms_mod.terms_for(self.session)
        except Exception:  # noqa: BLE001 - a bad stored copy must not stop the window opening
            return terms_mod.builtin()

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._dirty = False
        self._seq += 1
        seq, s, days, kind, today = self._seq, self.session, self.days.value(), self.kind.currentData() or "", self.clock()
        run_read(lambda: lifecycle.expiring(s, days, kind, today=today, limit=LIMIT), lambda r: self._loaded(seq, r), self._failed, owner=self)

    def _loaded(self, seq: int, r: lifecycle.Expiring) -> None:
        if seq != self._seq:
            return
        self.error_label.hide()
        self.items = list(r.items)
        self.model.removeRows(0, self.model.rowCount())
        for it in self.items:
            left = it.days_left(r.as_of)
            cells = [self.kind_label(it.object_kind), it.object_id, it.label, secrecy_label(it.level), _dmy(it.classified_on),
                     it.classified_by, _dmy(it.expires_on),
                     self.tr("%n day(s)", "", left) if left >= 0 else self.tr("ended %n day(s) ago", "", -left)]
            row = [QStandardItem(c) for c in cells]
            if left < 0:
                for cell in row:
                    cell.setForeground(theme.error_colour())
            self.model.appendRow(row)
        if self.items and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self.empty.setText(self.tr(
            "No protection term ends within {days} days. Items appear here when their term is about to end, so that an "
            "extension can be decided in time; items whose term has ended are declassified automatically.").format(days=r.window_days))
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        if r.truncated:
            self.count_label.setText(self.tr("first {n} items shown").format(n=formatting.number(len(self.items))))
        else:
            self.count_label.setText(self.tr("%Ln item(s)", "", len(self.items)))
        self._buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def current(self) -> lifecycle.Item | None:
        row = self.table.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _buttons(self) -> None:
        has = self.current() is not None
        for b in (self.extend_button, self.adjust_button, self.declassify_button, self.history_button):
            b.setEnabled(has)

    # -- decisions --------------------------------------------------------------------
    def open_decision(self, action: str, item: lifecycle.Item | None = None) -> DecisionDialog | None:
        item = item or self.current()
        if item is None:
            return None
        self.dialog = DecisionDialog(action, item, lambda d, opts: self._submit(action, item, d, opts), self)
        self.dialog.open()
        return self.dialog

    def _submit(self, action: str, item: lifecycle.Item, d: lifecycle.DecisionInfo, opts: dict) -> None:
        dialog = self.dialog
        what = {"extend": self.tr("Extend the protection of {label} ({until})?"),
                "adjust": self.tr("Change the level of {label} to {level}? What holds it is raised with it."),
                "declassify": self.tr("Declassify {label}? It will no longer be protected as a state secret.")}[action]
        until = opts.get("until")
        text = what.format(label=item.label, level=secrecy_label(opts["level"]) if "level" in opts else "",
                           until=_dmy(until) if until else self.tr("{n} more years").format(n=opts.get("years", "")))
        text += "\n" + self.tr("Decision {number} of {date} by {authority}.").format(number=d.number, date=_dmy(d.date), authority=d.authority)
        if not self.prompts.confirm(dialog, dialog.windowTitle(), text, self.tr("Record")):
            return
        dialog.busy()
        s, today = self.session, self.clock()
        fn = {"extend": lambda: lifecycle.extend(s, item.object_kind, item.object_id, d, today=today, **opts),
              "adjust": lambda: lifecycle.adjust(s, item.object_kind, item.object_id, opts["level"], d, today=today),
              "declassify": lambda: lifecycle.declassify(s, item.object_kind, item.object_id, d, today=today)}[action]
        run_write(fn, lambda new: self._decided(dialog, new), lambda exc: dialog.show_error(error_text(exc)), owner=self)

    def _decided(self, dialog: DecisionDialog, item: lifecycle.Item) -> None:
        dialog.accept()
        self.decided.emit(item)
        self.reload()

    # -- history ----------------------------------------------------------------------
    def show_history(self, item: lifecycle.Item | None = None) -> None:
        item = item if isinstance(item, lifecycle.Item) else self.current()
        if item is None:
            return
        s, columns = self.session, self._terms().history_columns
        run_read(lambda: lifecycle.history(s, item.object_kind, item.object_id), lambda h: self._show_history(h, columns),
                 lambda exc: show_error(self, exc), owner=self)

    def _show_history(self, h: lifecycle.History, columns: tuple[str, ...]) -> None:
        self.history_dialog = HistoryDialog(h, columns, self)
        self.history_dialog.open()

    # -- automatic declassification ---------------------------------------------------
    def sweep_now(self) -> None:
        s, today = self.session, self.clock()

        def done(n: int) -> None:
            self.swept.emit(n)
            notify(self, self.tr("%n item(s) declassified at the end of their term.", "", n))
            self.reload()

        run_write(lambda: lifecycle.sweep(s, today=today), done, lambda exc: show_error(self, exc), owner=self)
