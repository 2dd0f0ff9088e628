"""Family tab: the relatives, with whether each must be verified."""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.domain.person import Person, Relative, must_verify

from .labels import date_text, relation_label, yes_no
from .relative_dialog import RelativeDialog


class FamilyTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relatives: list[Relative] = []
        self.read_only = False
        self.intro = QLabel(self.tr(
            "Grandparents, parents or the person who raised them, parents-in-law, spouse, siblings and children. "
            "“To verify” follows the rule for admission; the officer may override it for one relative."), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Relation"), self.tr("Full name"), self.tr("Born"), self.tr("Occupation"), self.tr("Residence"),
            self.tr("Abroad"), self.tr("Party member"), self.tr("To verify")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Relatives"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((150, 200, 90, 140, 0, 70, 100, 130)):
            if width:
                self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add relative…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.count_label = QLabel(self)
        buttons.addWidget(self.count_label)
        self.empty = QLabel(self)  # what to do next when nobody is recorded yet
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: palette(placeholder-text); padding: 6px; }")
        self.empty.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self.dialog: RelativeDialog | None = None
        self._update_buttons()

    # -- values --------------------------------------------------------------
    def load(self, p: Person) -> None:
        self.relatives = copy.deepcopy(p.relatives)
        self._fill()

    def state(self) -> list[dict]:
        return [r.to_json() for r in self.relatives]

    def apply(self, p: Person) -> dict[str, str]:
        p.relatives = copy.deepcopy(self.relatives)
        return {}

    def _fill(self) -> None:
        self.table.setRowCount(len(self.relatives))
        for row, r in enumerate(self.relatives):
            verify = must_verify(r)
            cells = (relation_label(r.relation), r.full_name, date_text(r.birth_date), r.occupation, r.residence,
                     yes_no(r.abroad), yes_no(r.is_party_member),
                     yes_no(verify) + (" " + self.tr("(set by the officer)") if r.must_verify_override is not None else ""))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 7 and verify or col == 5 and r.abroad:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        need = sum(1 for r in self.relatives if must_verify(r))
        self.count_label.setText(self.tr("{n} relatives, {v} to verify").format(n=len(self.relatives), v=need))
        self._show_empty()
        self._update_buttons()

    def _show_empty(self) -> None:
        self.empty.setText(self.tr("No relative is recorded in this dossier.") if self.read_only else self.tr(
            "No relative recorded yet — press “Add relative…” to record the parents, spouse, siblings and children."))
        self.empty.setVisible(not self.relatives)

    def _update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self.edit_button.setEnabled(selected)
        self.edit_button.setText(self.tr("&View…") if self.read_only else self.tr("&Edit…"))
        self.remove_button.setEnabled(selected)
        self.add_button.setVisible(not self.read_only)
        self.remove_button.setVisible(not self.read_only)

    def selected_row(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return min(rows) if rows else None

    # -- actions -------------------------------------------------------------
    def add(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_dialog(row)

    def _open_dialog(self, row: int | None) -> None:
        dialog = RelativeDialog(self.relatives[row] if row is not None else None, self.read_only, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_accepted(dialog, row))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _dialog_accepted(self, dialog: RelativeDialog, row: int | None) -> None:
        if self.read_only:
            return
        rel = dialog.relative()
        if row is None:
            self.relatives.append(rel)
            row = len(self.relatives) - 1
        else:
            self.relatives[row] = rel
        self._fill()
        self.table.selectRow(row)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            return
        del self.relatives[row]
        self._fill()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._show_empty()
        self._update_buttons()

    def abroad(self) -> list[Relative]:
        return [r for r in self.relatives if r.abroad]
