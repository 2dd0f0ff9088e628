"""The first pages of the send wizard: what to send, to whom, at which level."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QGridLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QVBoxLayout, QWizardPage,
)

from app import dossiers
from app.domain.secrecy import SecrecyLevel
from app.exchange import units
from app.exchange.units import KnownUnit
from app.store.cases import CaseRow
from app.store.persons import PersonRow

from .. import theme
from ..cases.labels import case_number, state_label
from ..cases.queries import purpose_titles
from ..dialogs import error_text
from .jobs import run_read
from .send_plan import cases_of, inside_level
from .texts import level_text

if TYPE_CHECKING:
    from .send_wizard import SendWizard

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 30
ROLE = Qt.ItemDataRole.UserRole


def error_label(page: QWizardPage) -> QLabel:
    label = QLabel(page)
    label.setWordWrap(True)
    theme.mark_error(label)
    label.hide()
    return label


class ContentPage(QWizardPage):
    """Dossiers found by search, the cases of the highlighted person, and the basket."""

    def __init__(self, wizard: "SendWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.titles = purpose_titles(wizard.session)
        self._seq = 0
        self.setTitle(self.tr("What to send"))
        self.setSubTitle(self.tr("Find people and add their dossiers, or one of their cases (a case takes its person's dossier with it)."))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, CCCD or unit — marks optional"))
        self.search.setClearButtonEnabled(True)
        self.found = QListWidget(self)
        self.found.setAccessibleName(self.tr("People found"))
        self.person_cases = QListWidget(self)
        self.person_cases.setAccessibleName(self.tr("Cases of this person"))
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(self.tr("To send"))
        self.add_person_button = QPushButton(self.tr("Add the &dossier →"), self)
        self.add_case_button = QPushButton(self.tr("Add the ca&se →"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.attachments = QCheckBox(self.tr("With &attachments (scans and documents of these dossiers)"), self)
        self.attachments.setChecked(True)
        self.error = error_label(self)
        labels = []
        for text, buddy in ((self.tr("&Find:"), self.search), (self.tr("&People found:"), self.found),
                            (self.tr("&Cases of this person:"), self.person_cases), (self.tr("&To send:"), self.chosen)):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            labels.append(label)
        grid = QGridLayout(self)
        grid.addWidget(labels[0], 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 2)
        grid.addWidget(labels[1], 1, 0, 1, 2)
        grid.addWidget(self.found, 2, 0, 1, 2)
        grid.addWidget(self.add_person_button, 3, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(labels[2], 4, 0, 1, 2)
        grid.addWidget(self.person_cases, 5, 0, 1, 2)
        grid.addWidget(self.add_case_button, 6, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(labels[3], 1, 2)
        grid.addWidget(self.chosen, 2, 2, 4, 1)
        grid.addWidget(self.remove_button, 6, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.attachments, 7, 0, 1, 3)
        grid.addWidget(self.error, 8, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(2, 3)
        grid.setRowStretch(5, 2)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(lambda: (self.run_search(), self.found.setFocus()))
        self.found.currentItemChanged.connect(lambda *_: self._person_highlighted())
        self.found.itemActivated.connect(lambda _: self.add_person())
        self.person_cases.itemActivated.connect(lambda _: self.add_case())
        self.add_person_button.clicked.connect(self.add_person)
        self.add_case_button.clicked.connect(self.add_case)
        self.remove_button.clicked.connect(self.remove_chosen)
        QShortcut(QKeySequence.StandardKey.Delete, self.chosen, self.remove_chosen, context=Qt.ShortcutContext.WidgetShortcut)
        self.chosen.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.attachments.toggled.connect(lambda on: setattr(self.w.plan, "with_attachments", on))
        self._update_buttons()

    def initializePage(self) -> None:
        if self.found.count() == 0:
            self.run_search()
        self.search.setFocus()

    # -- searching ------------------------------------------------------------------
    def run_search(self) -> None:
        self._debounce.stop()
        self._seq += 1
        seq, s, query = self._seq, self.w.session, self.search.text().strip()
        run_read(lambda: dossiers.search_persons(s, query, limit=SEARCH_LIMIT, want_total=False).rows,
                 lambda rows: self._found(seq, rows), self._failed, owner=self)

    def _found(self, seq: int, rows: list[PersonRow]) -> None:
        if seq != self._seq:
            return  # an older search answered late
        self.found.clear()
        for p in rows:
            born = p.birth_date.display() if p.birth_date else ""
            item = QListWidgetItem(" · ".join(x for x in (p.full_name, born, p.unit, level_text(p.secrecy)) if x), self.found)
            item.setData(ROLE, p)
        if not rows:
            QListWidgetItem(self.tr("Nobody found: check the spelling."), self.found).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def current_person(self) -> PersonRow | None:
        item = self.found.currentItem()
        value = item.data(ROLE) if item is not None else None
        return value if isinstance(value, PersonRow) else None

    def _person_highlighted(self) -> None:
        self.person_cases.clear()
        person = self.current_person()
        self._update_buttons()
        if person is None:
            return
        s, pid = self.w.session, person.id
        run_read(lambda: cases_of(s, pid), lambda rows: self._cases_listed(pid, rows), self._failed, owner=self)

    def _cases_listed(self, person_id: int, rows: list[CaseRow]) -> None:
        person = self.current_person()
        if person is None or person.id != person_id:
            return
        self.person_cases.clear()
        for c in rows:
            item = QListWidgetItem(self._case_text(c), self.person_cases)
            item.setData(ROLE, c)
        if not rows:
            QListWidgetItem(self.tr("No case for this person."), self.person_cases).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.person_cases.setCurrentRow(0)
        self._update_buttons()

    def _case_text(self, c: CaseRow) -> str:
        return " · ".join((case_number(c.id), self.titles.get(c.purpose, c.purpose), state_label(c.state)))

    # -- the basket -------------------------------------------------------------------
    def add_person(self) -> None:
        p = self.current_person()
        if p is None or any(x.id == p.id for x in self.w.plan.persons):
            return
        self.w.plan.persons.append(p)
        item = QListWidgetItem(self.tr("Dossier: {name}").format(name=p.full_name), self.chosen)
        item.setData(ROLE, p)
        self._changed()

    def add_case(self) -> None:
        item = self.person_cases.currentItem()
        c = item.data(ROLE) if item is not None else None
        p = self.current_person()
        if not isinstance(c, CaseRow) or any(x.id == c.id for x in self.w.plan.cases):
            return
        self.w.plan.cases.append(c)
        text = self.tr("Case: {case} — {name}").format(case=self._case_text(c), name=p.full_name if p else "")
        QListWidgetItem(text, self.chosen).setData(ROLE, c)
        self._changed()

    def remove_chosen(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        value = self.chosen.takeItem(row).data(ROLE)
        plan = self.w.plan
        plan.persons = [p for p in plan.persons if p is not value]
        plan.cases = [c for c in plan.cases if c is not value]
        self._changed()

    def _changed(self) -> None:
        self._update_buttons()
        self.completeChanged.emit()

    def _update_buttons(self) -> None:
        self.add_person_button.setEnabled(self.current_person() is not None)
        item = self.person_cases.currentItem()
        self.add_case_button.setEnabled(item is not None and isinstance(item.data(ROLE), CaseRow))
        self.remove_button.setEnabled(self.chosen.currentRow() >= 0)

    def isComplete(self) -> bool:
        return not self.w.plan.empty


class RecipientsPage(QWizardPage):
    def __init__(self, wizard: "SendWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("To which units"))
        self.setSubTitle(self.tr("Only trusted units are listed: the bundle can be opened by them alone."))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Trusted units"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = error_label(self)
        box = QVBoxLayout(self)
        box.addWidget(self.list, 1)
        box.addWidget(self.note)
        box.addWidget(self.error)
        self.list.itemChanged.connect(lambda _: self._changed())
        self.loaded = False

    def initializePage(self) -> None:
        s = self.w.session
        self.loaded = False
        run_read(lambda: [u for u in units.list_units(s) if u.trusted], self._listed, self._failed, owner=self)
        self.list.setFocus()

    def _listed(self, known: list[KnownUnit]) -> None:
        chosen = set(self.w.plan.recipients)
        self.list.blockSignals(True)
        self.list.clear()
        for u in known:
            item = QListWidgetItem(f"{u.code} — {u.name}", self.list)
            item.setData(ROLE, u.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if u.code in chosen or len(known) == 1 else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.note.setText(self.tr("Check one or more units (Space checks the highlighted one).") if known else self.tr(
            "No unit is trusted yet. Trust the receiving unit first in the Units tab, from its card and the fingerprint on its printed sheet."))
        self.loaded = True
        self._changed()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def _changed(self) -> None:
        self.w.plan.recipients = [self.list.item(i).data(ROLE) for i in range(self.list.count())
                                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.loaded and bool(self.w.plan.recipients)


class SecrecyPage(QWizardPage):
    """The level of the carrier: never lower than what is inside."""

    def __init__(self, wizard: "SendWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.inside: SecrecyLevel | None = None
        self._seq = 0
        self.setTitle(self.tr("Secrecy level of the bundle"))
        self.setSubTitle(self.tr("A bundle takes the highest level of what it holds; it may be marked higher, never lower."))
        self.group = QButtonGroup(self)
        self.note = QLabel(self.tr("Checking the levels of what is inside…"), self)
        self.note.setWordWrap(True)
        self.error = error_label(self)
        box = QVBoxLayout(self)
        box.addWidget(self.note)
        for level in SecrecyLevel:
            button = QRadioButton(level_text(level), self)
            self.group.addButton(button, int(level))
            box.addWidget(button)
        box.addWidget(self.error)
        box.addStretch(1)
        self.group.idToggled.connect(self._toggled)

    def initializePage(self) -> None:
        self.inside = None
        self._seq += 1
        for b in self.group.buttons():
            b.setEnabled(False)
        plan, s, seq = self.w.plan, self.w.session, self._seq
        persons, rows, with_att = list(plan.persons), list(plan.cases), plan.with_attachments
        run_read(lambda: inside_level(s, persons, rows, with_att), lambda level: self._measured(seq, level), self._failed, owner=self)
        self.completeChanged.emit()

    def _measured(self, seq: int, inside: SecrecyLevel) -> None:
        if seq != self._seq:
            return
        self.inside = inside
        current = self.w.plan.secrecy
        chosen = current if current is not None and current >= inside else inside
        for b in self.group.buttons():
            b.setEnabled(self.group.id(b) >= int(inside))
        self.group.button(int(chosen)).setChecked(True)
        self.group.button(int(chosen)).setFocus()
        self.note.setText(self.tr("The most secret item inside is at level {level}. Lower levels are not available.").format(
            level=level_text(inside)))
        self._toggled(int(chosen), True)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def _toggled(self, level: int, on: bool) -> None:
        if on and self.inside is not None:
            self.w.plan.secrecy = SecrecyLevel(level)
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.inside is not None and self.w.plan.secrecy is not None and self.w.plan.secrecy >= self.inside
