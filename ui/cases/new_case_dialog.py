"""Opening a case: pick the person by search, the purpose, and the particulars."""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app import cases, dossiers
from app.session import Session
from app.store.persons import PersonRow

from ..dialogs import error_text
from ..job_dialog import JobDialog
from .jobs import locked, run_read
from .widgets import date_edit, py_date

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 20


class NewCaseDialog(JobDialog):
    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.session = session
        self.templates = cases.active_templates(session)
        self.person: PersonRow | None = None
        self._search_seq = 0
        self._due_touched = False
        self.setWindowTitle(self.tr("New verification case"))
        self.set_intro(self.tr("Find the person whose political standard is to be verified, then choose the purpose. "
                               "The checklist comes from the purpose's current template."))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, CCCD or unit — marks optional"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMinimumHeight(150)
        self.results.setAccessibleName(self.tr("People found"))
        self.chosen = QLabel(self.tr("No person chosen yet."), self)
        self.chosen.setWordWrap(True)
        self.purpose = QComboBox(self)
        for code, t in sorted(self.templates.items(), key=lambda kv: kv[1].title):
            self.purpose.addItem(t.title, code)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("The body that asked for the verification"))
        self.post = QLineEdit(self)
        self.post.setPlaceholderText(self.tr("The post, function or list the person is considered for"))
        self.due = date_edit(self)
        for text, field in ((self.tr("&Find the person:"), self.search), (self.tr("&Results:"), self.results),
                            (self.tr("Chosen:"), self.chosen), (self.tr("&Purpose:"), self.purpose),
                            (self.tr("Requesting &unit:"), self.unit), (self.tr("&Target post:"), self.post),
                            (self.tr("&Due date:"), self.due)):
            label = QLabel(text, self)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.ok_button.setText(self.tr("&Open the case"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.results.currentItemChanged.connect(lambda *_: self._pick_current())
        self.results.itemActivated.connect(lambda _: self.purpose.setFocus())
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self.due.dateChanged.connect(self._due_edited)
        self._purpose_changed()
        self.resize(600, 560)
        self.update_ok()
        self.search.setFocus()

    # -- the person ------------------------------------------------------------
    def run_search(self) -> None:
        self._debounce.stop()
        self._search_seq += 1
        seq, s, query = self._search_seq, self.session, self.search.text().strip()
        run_read(lambda: dossiers.search_persons(s, query, limit=SEARCH_LIMIT, want_total=False).rows,
                 lambda rows: self._found(seq, rows), lambda exc: self.show_error(error_text(exc)), owner=self)

    def _search_entered(self) -> None:
        self.run_search()
        self.results.setFocus()

    def _found(self, seq: int, rows: list[PersonRow]) -> None:
        if seq != self._search_seq:
            return  # an older search answered late
        self.results.clear()
        for p in rows:
            born = p.birth_date.display() if p.birth_date else ""
            text = " · ".join(x for x in (p.full_name, born, p.unit) if x)
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, p)
        if not rows:
            QListWidgetItem(self.tr("Nobody found: check the spelling, or create the dossier first."), self.results).setFlags(Qt.ItemFlag.NoItemFlags)

    def _pick_current(self) -> None:
        item = self.results.currentItem()
        person = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(person, PersonRow):
            return
        self.person = person
        self.chosen.setText(f"<b>{html.escape(person.full_name)}</b>" + (f" — {html.escape(person.unit)}" if person.unit else ""))
        if not self.unit.text().strip() and person.unit:
            self.unit.setText(person.unit)
        if not self.post.text().strip() and person.position:
            self.post.setText(person.position)
        self.update_ok()

    # -- the purpose and due date ----------------------------------------------------
    def _purpose_changed(self) -> None:
        t = self.templates.get(self.purpose.currentData())
        if t is not None and not self._due_touched:
            self.due.blockSignals(True)
            self.due.setDate(_dt.date.today() + _dt.timedelta(days=t.due_days))
            self.due.blockSignals(False)
        self.update_ok()

    def _due_edited(self) -> None:
        self._due_touched = True

    def set_purpose(self, code: str) -> None:
        self.purpose.setCurrentIndex(self.purpose.findData(code))

    # -- submitting --------------------------------------------------------------------
    def can_submit(self) -> bool:
        return self.person is not None and self.purpose.currentData() is not None

    def work(self) -> Callable[[], Any]:
        s, pid, purpose = self.session, self.person.id, self.purpose.currentData()
        unit, post, due = self.unit.text().strip(), self.post.text().strip(), py_date(self.due)
        return lambda: locked(lambda: cases.create_case(s, pid, purpose, requesting_unit=unit, target_post=post, due_on=due))
