"""The Conflicts tab: records changed here and at another unit since the last
exchange. The officer compares the two versions side by side and keeps ours or
takes theirs; the other version is never thrown away."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.exchange import conflicts
from app.exchange.conflicts import Comparison, ConflictEntry
from app.permissions import Permission
from app.session import Session

from .. import theme
from ..cases.queries import purpose_titles
from ..dialogs import error_text
from ..dossiers.labels import field_label
from .conflict_lines import kind_name, lines, status_name
from .jobs import run_read, run_write
from .prompts import ExchangePrompts
from .texts import BAD_COLOUR, GOOD_COLOUR, date_text as _date, on_screen

DIFFERS = QColor("#FFF3C4")  # the history tab's colour for a changed field
ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Listing:
    entries: list[ConflictEntry]
    open_count: int
    purposes: dict[str, str]


def _listing(session: Session, include_resolved: bool) -> _Listing:
    entries = conflicts.overview(session, include_resolved)
    return _Listing(entries, sum(1 for e in entries if e.conflict.status == "open") if include_resolved else len(entries),
                    purpose_titles(session))


class ConflictsTab(QWidget):
    count_changed = Signal(int)  # open conflicts
    resolved = Signal(object)  # Conflict: a dossier or case may have changed

    def __init__(self, session: Session, prompts: ExchangePrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.can_resolve = session.can(Permission.EDIT_DOSSIERS)
        self.entries: list[ConflictEntry] = []
        self.purposes: dict[str, str] = {}
        self.comparison: Comparison | None = None
        self.take_keys: set[str] = set()  # dossier fields ticked to take from theirs (a merge)
        self.open_count = 0
        self._list_seq = 0
        self._compare_seq = 0
        self._busy = False

        intro = QLabel(self.tr(
            "A conflict is a dossier or case that was changed both here and at the sending unit since they last "
            "exchanged it. Nothing was overwritten: compare the two versions and decide which one stands. The other "
            "version is kept (a dossier's in its history), never thrown away."), self)
        intro.setWordWrap(True)
        self.show_resolved = QCheckBox(self.tr("Show &resolved conflicts too"), self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Kind"), self.tr("From unit"), self.tr("Bundle"),
                                              self.tr("Received on"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No conflict awaits a decision."), self)
        self.empty.setStyleSheet("QLabel { color: palette(placeholder-text); padding: 6px; }")
        self.empty.hide()

        lower = QWidget(self)
        self.caption = QLabel(self.tr("Select a conflict to compare the two versions."), lower)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.only_differences = QCheckBox(self.tr("Only the fields that &differ"), lower)
        self.only_differences.setChecked(True)
        self.detail = QTableWidget(0, 3, lower)
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This unit's version"), self.tr("Their version")])
        self.detail.setAccessibleName(self.tr("The two versions side by side"))
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setTabKeyNavigation(False)
        self.detail.setWordWrap(True)
        self.detail.verticalHeader().hide()
        self.detail.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.detail.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail.setColumnWidth(0, 190)
        self.error = QLabel(lower)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        theme.mark_error(self.error, bold=True)
        self.error.hide()
        self.keep_button = QPushButton(self.tr("&Keep ours…"), lower)
        self.keep_button.setToolTip(self.tr("This unit's version stands; theirs is kept for reference"))
        self.take_button = QPushButton(self.tr("&Take theirs…"), lower)
        self.take_button.setToolTip(self.tr("Their version replaces ours; ours is kept for reference"))
        self.merge_button = QPushButton(self.tr("&Merge the ticked fields…"), lower)
        self.merge_button.setToolTip(self.tr("A new version: this unit's dossier with the ticked fields taken from theirs"))
        self.merge_hint = QLabel(self.tr("For a dossier you may also tick, in their column, the fields to take from their "
                                         "version (Space ticks the selected one) and merge."), lower)
        self.merge_hint.setWordWrap(True)
        self.merge_hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.merge_hint.hide()
        self.rights_note = QLabel(self.tr("Deciding a conflict is done by an officer or the administrator."), lower)
        self.rights_note.setWordWrap(True)
        self.rights_note.setVisible(not self.can_resolve)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.rights_note, 1)
        buttons.addStretch(0)
        top_row = QHBoxLayout()
        top_row.addWidget(self.caption, 1)
        top_row.addWidget(self.only_differences)
        lbox = QVBoxLayout(lower)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addLayout(top_row)
        lbox.addWidget(self.detail, 1)
        lbox.addWidget(self.merge_hint)
        lbox.addWidget(self.error)
        lbox.addLayout(buttons)

        upper = QWidget(self)
        ubox = QVBoxLayout(upper)
        ubox.setContentsMargins(0, 0, 0, 0)
        ubox.addWidget(intro)
        ubox.addWidget(self.show_resolved)
        ubox.addWidget(self.table, 1)
        ubox.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 8)
        box.addWidget(split)

        self.show_resolved.toggled.connect(lambda _: self.refresh())
        self.only_differences.toggled.connect(lambda _: self._fill_detail())
        self.table.itemSelectionChanged.connect(self._selected)
        self.keep_button.clicked.connect(lambda: self.decide(False))
        self.take_button.clicked.connect(lambda: self.decide(True))
        self.merge_button.clicked.connect(self.merge)
        self.detail.itemChanged.connect(self._ticked)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        s, resolved = self.session, self.show_resolved.isChecked()
        self._list_seq += 1
        seq = self._list_seq
        run_read(lambda: _listing(s, resolved), lambda listing: self._listed(seq, listing), self._failed, owner=self)

    def _listed(self, seq: int, listing: _Listing) -> None:
        if seq != self._list_seq:
            return
        keep = self.comparison.conflict.id if self.comparison else None
        self.entries, self.purposes = listing.entries, listing.purposes
        self.table.blockSignals(True)
        self.table.clearSelection()  # the selection below always loads the comparison afresh
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            c = e.conflict
            sender = c.sender + (f" — {e.sender_name}" if e.sender_name else "")
            bundle = self.tr("No. {sequence}").format(sequence=e.sequence) if e.sequence is not None else c.bundle_id[:8]
            if e.register_number:
                bundle += " " + self.tr("(incoming register {number})").format(number=e.register_number)
            for col, text in enumerate((self._record_text(e), kind_name(c.kind), sender, bundle,
                                        _date(e.received_at), status_name(c.decision))):
                item = QTableWidgetItem(text)
                item.setData(ROLE, c.id)
                if col == 5:
                    item.setForeground(on_screen(BAD_COLOUR if c.status == "open" else GOOD_COLOUR))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.table.setVisible(bool(self.entries))
        self.empty.setText(self.tr("No conflict awaits a decision.") if not self.show_resolved.isChecked()
                           else self.tr("No conflict so far."))
        self.empty.setVisible(not self.entries)
        self._set_open_count(listing.open_count)
        rows = [r for r, e in enumerate(self.entries) if e.conflict.id == keep]
        if rows:
            self.table.selectRow(rows[0])
        elif self.entries:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _record_text(self, e: ConflictEntry) -> str:
        if e.conflict.kind == "case":
            return self.tr("{person} — {purpose}").format(purpose=self.purposes.get(e.case_purpose, e.case_purpose),
                                                        person=e.person_name)
        return e.person_name

    def _set_open_count(self, n: int) -> None:
        self.open_count = n
        self.count_changed.emit(n)

    def current_entry(self) -> ConflictEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.entries[min(rows)] if rows and min(rows) < len(self.entries) else None

    def select(self, conflict_id: int) -> None:
        for row, e in enumerate(self.entries):
            if e.conflict.id == conflict_id:
                self.table.selectRow(row)
                return

    # -- the comparison ------------------------------------------------------------------------
    def _selected(self) -> None:
        e = self.current_entry()
        if e is None:
            self._compare_seq += 1  # a comparison still on its way is no longer wanted
            self._show(None)
            return
        s, cid = self.session, e.conflict.id
        self._compare_seq += 1
        seq = self._compare_seq
        run_write(lambda: conflicts.compare(s, cid), lambda cmp: self._compared(seq, cmp), self._failed, owner=self)

    def _compared(self, seq: int, cmp: Comparison) -> None:
        if seq == self._compare_seq:
            self._show(cmp)

    def _show(self, cmp: Comparison | None) -> None:
        self.comparison = cmp
        self.take_keys = set()
        self._set_error("")
        self._fill_detail()
        self._update_buttons()

    def _fill_detail(self) -> None:
        cmp = self.comparison
        if cmp is None:
            self.detail.setRowCount(0)
            self.caption.setText(self.tr("Select a conflict to compare the two versions.") if self.entries else "")
            return
        c = cmp.conflict
        self.detail.setHorizontalHeaderLabels([
            self.tr("Field"),
            self.tr("This unit's version") if c.status == "open" else self.tr("This unit's version then"),
            self.tr("Version from {unit}").format(unit=c.sender)])
        all_lines = lines(c.kind, cmp.ours, cmp.theirs, self.purposes)
        changed = set(cmp.differing)  # by content: a relative's occupation differs even where the summary reads alike
        differing = [ln for ln in all_lines if ln[0] in changed or ln[2] != ln[3]]
        shown = differing if self.only_differences.isChecked() else all_lines
        tickable = self._can_merge()
        self.merge_hint.setVisible(tickable)
        self.detail.blockSignals(True)
        self.detail.setRowCount(len(shown))
        for row, (key, label, ours, theirs) in enumerate(shown):
            differs = key in changed or ours != theirs
            for col, text in enumerate((label, ours, theirs)):
                item = QTableWidgetItem(text)
                item.setData(ROLE, key)
                if col == 2 and differs and tickable and key in changed:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if key in self.take_keys else Qt.CheckState.Unchecked)
                    item.setToolTip(self.tr("Ticked: this field is taken from their version in a merge"))
                if differs:
                    item.setBackground(QBrush(DIFFERS))
                    item.setForeground(QBrush(QColor("#212121")))
                    if col == 0:
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                self.detail.setItem(row, col, item)
        self.detail.blockSignals(False)
        if c.status == "open":
            text = self.tr("Changed both here and at {unit} since the last exchange: {n} field(s) differ (highlighted).").format(
                unit=c.sender, n=len(differing))
        else:
            text = self.tr("Decided on {date} by {user}: {decision}. Both versions are kept.").format(
                date=_date(c.resolved_at), user=c.resolved_by or "", decision=status_name(c.decision).lower())
            if c.taken_fields:
                text += " " + self.tr("Taken from theirs: {fields}.").format(
                    fields=", ".join(field_label(f) for f in c.taken_fields))
        if c.decision == "superseded":
            text = self.tr("{unit} later sent a newer version of this record; this one was settled with it on {date}. "
                           "Their version shown here stays kept.").format(unit=c.sender, date=_date(c.resolved_at))
        elif cmp.ours is None:
            text += " " + self.tr("This unit's version is no longer in the vault.")
        self.caption.setText(text)

    def differing_keys(self) -> list[str]:
        """The keys of the rows shown highlighted."""
        return [self.detail.item(r, 0).data(ROLE) for r in range(self.detail.rowCount())
                if self.detail.item(r, 0).background().color() == DIFFERS]

    def _can_merge(self) -> bool:
        cmp = self.comparison
        return (self.can_resolve and cmp is not None and cmp.conflict.kind == "person" and cmp.conflict.status == "open"
                and cmp.ours is not None)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 2 or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        key = item.data(ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.take_keys.add(key)
        else:
            self.take_keys.discard(key)
        self._update_buttons()

    def tick(self, key: str, on: bool = True) -> None:
        """Tick a field as the officer would (Space on the selected row)."""
        for r in range(self.detail.rowCount()):
            item = self.detail.item(r, 2)
            if item.data(ROLE) == key and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # -- deciding --------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        cmp = self.comparison
        ok = self.can_resolve and not self._busy and cmp is not None and cmp.conflict.status == "open" and cmp.ours is not None
        self.keep_button.setEnabled(ok)
        self.take_button.setEnabled(ok)
        self.merge_button.setVisible(self.can_resolve)
        self.merge_button.setEnabled(ok and self._can_merge() and bool(self.take_keys))

    def decide(self, take_incoming: bool) -> None:
        cmp, e = self.comparison, self.current_entry()
        if cmp is None or e is None or cmp.conflict.id != e.conflict.id or not self.keep_button.isEnabled():
            return
        c = cmp.conflict
        record = self._record_text(e)
        if take_incoming:
            title, yes = self.tr("Take their version"), self.tr("&Take theirs")
            text = self.tr("Replace this unit's version of {record} with the one from {unit}?").format(record=record, unit=c.sender)
        else:
            title, yes = self.tr("Keep our version"), self.tr("&Keep ours")
            text = self.tr("Keep this unit's version of {record} and set aside the one from {unit}?").format(record=record, unit=c.sender)
        if c.kind == "person":
            text += "\n\n" + self.tr("Both versions stay in the dossier's history (tab Changes), where they can "
                                     "be compared at any time.")
        else:
            text += "\n\n" + self.tr("The other version stays with this conflict (Show resolved conflicts too) and the "
                                     "decision is written in the case's timeline.")
        if not self.prompts.confirm(self, title, text, yes):
            return
        s, cid = self.session, c.id
        self._busy = True
        self._update_buttons()
        run_write(lambda: conflicts.resolve(s, cid, take_incoming), self._resolved, self._decide_failed, owner=self)

    def merge(self) -> None:
        cmp, e = self.comparison, self.current_entry()
        if cmp is None or e is None or cmp.conflict.id != e.conflict.id or not self.merge_button.isEnabled():
            return
        c = cmp.conflict
        keys = [k for k in cmp.differing if k in self.take_keys]
        text = self.tr("Make a new version of {record}: this unit's dossier with these fields taken from {unit}: {fields}?").format(
            record=self._record_text(e), unit=c.sender, fields=", ".join(field_label(k) for k in keys))
        text += "\n\n" + self.tr("Both versions stay in the dossier's history (tab Changes), where they can "
                                  "be compared at any time.")
        if not self.prompts.confirm(self, self.tr("Merge the two versions"), text, self.tr("&Merge")):
            return
        s, cid = self.session, c.id
        self._busy = True
        self._update_buttons()
        run_write(lambda: conflicts.merge(s, cid, keys), self._resolved, self._decide_failed, owner=self)

    def _resolved(self, conflict) -> None:
        self._busy = False
        self.resolved.emit(conflict)
        self.refresh()
        self.table.setFocus()

    def _decide_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self._set_error(error_text(exc))
        self._update_buttons()

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


