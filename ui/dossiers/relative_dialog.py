"""Adding or editing one relative (Mẫu 2-KNĐ item 21)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from app.domain.person import Relative, must_verify_by_rule, relation_rules
from app.errors import HosoError

from .fields import FieldNote, PartialDateEdit, with_note
from .labels import relation_label

TEXT_FIELDS = ("full_name", "occupation", "residence", "nationality", "political_history", "attitude", "criminal_record",
               "class_background", "religion")


class RelativeDialog(QDialog):
    def __init__(self, relative: Relative | None, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.original = relative
        if relative is None:
            self.setWindowTitle(self.tr("Add relative"))
        else:
            self.setWindowTitle(self.tr("Relative") if read_only else self.tr("Edit relative"))
        r = relative or Relative(relation="father", full_name="")
        self.relation = QComboBox(self)
        for code in relation_rules().kinds:
            self.relation.addItem(relation_label(code), code)
        if self.relation.findData(r.relation) < 0:
            self.relation.addItem(r.relation, r.relation)  # a code no longer in the rules file
        self.relation.setCurrentIndex(self.relation.findData(r.relation))
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(getattr(r, name), self)
            edit.setMaxLength(300)
            self.edits[name] = edit
        self.birth_date = PartialDateEdit(self)
        self.birth_date.set_value(r.birth_date)
        self.birth_note = FieldNote(self)
        self.abroad = QCheckBox(self.tr("Lives &abroad"), self)
        self.abroad.setChecked(r.abroad)
        self.party_member = QCheckBox(self.tr("Party &member (fully declared)"), self)
        self.party_member.setChecked(r.is_party_member)
        self.rule_label = QLabel(self)
        self.verify = QComboBox(self)
        self.verify.addItem(self.tr("As the rule says"), None)
        self.verify.addItem(self.tr("Must be verified"), True)
        self.verify.addItem(self.tr("Need not be verified"), False)
        self.verify.setCurrentIndex(self.verify.findData(r.must_verify_override) if r.must_verify_override is not None else 0)
        self.notes = QPlainTextEdit(r.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        verify_row = QWidget(self)
        row = QVBoxLayout(verify_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.verify)
        row.addWidget(self.rule_label)
        form = QFormLayout()
        rows = (
            (self.tr("&Relation:"), self.relation), (self.tr("Full &name:"), self.edits["full_name"]),
            (self.tr("&Born:"), with_note(self.birth_date, self.birth_note)), (self.tr("&Occupation:"), self.edits["occupation"]),
            (self.tr("Re&sidence:"), self.edits["residence"]), ("", self.abroad),
            (self.tr("Nationa&lity:"), self.edits["nationality"]),
            (self.tr("&Political history:"), self.edits["political_history"]),
            (self.tr("Attitude to law and policy:"), self.edits["attitude"]),
            (self.tr("Criminal record:"), self.edits["criminal_record"]),
            (self.tr("Class background:"), self.edits["class_background"]), (self.tr("Religion:"), self.edits["religion"]),
            ("", self.party_member), (self.tr("&Verification:"), verify_row),
            (self.tr("Notes:"), self.notes),
        )
        self._labels: dict[QWidget, QLabel] = {}
        buddies = {verify_row: self.verify}
        for text, widget in rows:
            if not text:
                form.addRow(widget)
                continue
            label = QLabel(text, self)
            label.setBuddy(buddies.get(widget) or widget.findChild(PartialDateEdit) or widget)
            form.addRow(label, widget)
            self._labels[widget] = label
        self.buttons = QDialogButtonBox(self)
        if read_only:
            self.ok_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        else:
            self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.accept)
            self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self.relation.currentIndexChanged.connect(self._update)
        self.verify.currentIndexChanged.connect(self._update)
        self.party_member.toggled.connect(self._update)
        self.abroad.toggled.connect(self._update)
        self.birth_date.textChanged.connect(self._update)
        self.edits["full_name"].textChanged.connect(self._update)
        if read_only:
            for w in (*self.edits.values(), self.birth_date):
                w.setReadOnly(True)
            self.notes.setReadOnly(True)
            for w in (self.relation, self.abroad, self.party_member, self.verify):
                w.setEnabled(False)
        self.read_only = read_only
        self.setMinimumWidth(520)
        self._update()

    def _update(self) -> None:
        kind = relation_rules().kinds.get(self.relation.currentData())
        family = bool(kind and kind.family)
        # Class background and religion are asked for parents, in-laws and spouse only.
        for name in ("class_background", "religion"):
            show = family or bool(self.edits[name].text())
            self.edits[name].setVisible(show)
            self._labels[self.edits[name]].setVisible(show)
        error = self.birth_date.error()
        self.birth_note.set_message(error)
        rel = self.relative(strict=False)
        by_rule = must_verify_by_rule(rel)
        self.rule_label.setText(self.tr("By the rule: must be verified") if by_rule else self.tr("By the rule: need not be verified"))
        if not self.read_only:
            self.ok_button.setEnabled(bool(self.edits["full_name"].text().strip()) and not error)

    def relative(self, strict: bool = True) -> Relative:
        """The relative as entered; with strict=False an unreadable date counts as unknown."""
        try:
            birth = self.birth_date.value()
        except HosoError:
            if strict:
                raise
            birth = None
        base = self.original or Relative(relation="", full_name="")
        return dataclasses.replace(
            base, relation=self.relation.currentData(), birth_date=birth, abroad=self.abroad.isChecked(),
            is_party_member=self.party_member.isChecked(), must_verify_override=self.verify.currentData(),
            notes=self.notes.toPlainText().strip(), **{name: self.edits[name].text().strip() for name in TEXT_FIELDS},
        )
