"""Dossiers that may be the same person: shown before saving a new one, and on
request for an existing one (where the officer may merge them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app.duplicates import Candidate

from .labels import date_text

OPEN, SAVE, MERGE = "open", "save", "merge"


class DuplicatesDialog(QDialog):
    def __init__(self, candidates: list[Candidate], for_new: bool, can_merge: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.candidates = candidates
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Possible duplicates"))
        if for_new:
            text = self.tr("The vault already holds dossiers that may be the same person. Open one of them instead, "
                           "or save the new dossier anyway if it is a different person.")
        elif candidates:
            text = self.tr("These dossiers may be the same person as this one. Merging moves the other dossier into this "
                           "one: empty fields are filled from it, its relatives, history and attachments are added, and "
                           "both histories are kept.")
        else:
            text = self.tr("No other dossier looks like the same person.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(candidates), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Date of birth"), self.tr("Unit"),
                                              self.tr("CCCD/CMND"), self.tr("Why it may be the same person")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 200), (1, 100), (2, 180), (3, 120)):
            self.table.setColumnWidth(col, width)
        for row, c in enumerate(candidates):
            p = c.person
            for col, value in enumerate((p.full_name, date_text(p.birth_date), p.unit, p.id_number, ", ".join(c.reasons))):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setVisible(bool(candidates))
        buttons = QDialogButtonBox(self)
        self.open_button: QPushButton = buttons.addButton(
            self.tr("&Open the existing dossier") if for_new else self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button: QPushButton | None = None
        self.merge_button: QPushButton | None = None
        if for_new:
            self.save_button = buttons.addButton(self.tr("Save &anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.save_button.clicked.connect(lambda: self._choose(SAVE))
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            if can_merge:
                self.merge_button = buttons.addButton(self.tr("&Merge into this dossier…"), QDialogButtonBox.ButtonRole.ActionRole)
                self.merge_button.clicked.connect(lambda: self._choose(MERGE))
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.clicked.connect(lambda: self._choose(OPEN))
        buttons.rejected.connect(self.reject)
        self.open_button.setVisible(bool(candidates))
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update)
        if candidates:
            self.table.selectRow(0)
        self._update()
        self.resize(820, 360 if candidates else 160)

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        if self.merge_button is not None:
            self.merge_button.setEnabled(chosen)

    def selected(self) -> Candidate | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.candidates[min(rows)] if rows else None

    def _choose(self, choice: str) -> None:
        if choice != SAVE and self.selected() is None:
            return
        self.choice = choice
        self.accept()
