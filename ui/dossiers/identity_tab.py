"""Identity tab: identity, residence, identity document, party and work fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QVBoxLayout, QWidget,
)

from app.domain.ids import IdKind, Sex, check_identity_number
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError

from ..labels import secrecy_label
from .fields import FieldNote, PartialDateEdit, with_note
from .labels import field_label, sex_label

DATE_FIELDS = ("birth_date", "party_joined", "party_official")
TEXT_FIELDS = (
    "full_name", "other_names", "ethnicity", "nationality", "religion", "religious_office", "birth_place", "hometown",
    "permanent_address", "current_address", "id_number", "id_override_reason", "party_card", "unit", "position",
    "education_general", "specialism",
)
# Stored values, not interface text: the levels as the Party's forms name them.
THEORY_LEVELS = ("", "Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân")


class IdentityTab(QWidget):
    changed = Signal()

    def __init__(self, units: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.notes: dict[str, FieldNote] = {}
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        self._units = units
        mnemonics = {
            "full_name": self.tr("Full &name:"), "birth_date": self.tr("Date of &birth:"), "sex": self.tr("Se&x:"),
            "id_number": self.tr("&CCCD/CMND number:"), "unit": self.tr("Uni&t:"), "position": self.tr("&Position:"),
            "secrecy": self.tr("Secrecy &level:"), "hometown": self.tr("Home&town:"),
        }
        groups = (
            (self.tr("Person"), ("full_name", "other_names", "birth_date", "sex", "ethnicity", "nationality", "religion", "religious_office")),
            (self.tr("Places"), ("birth_place", "hometown", "permanent_address", "current_address")),
            (self.tr("Identity document"), ("id_number", "id_override_reason")),
            (self.tr("Party"), ("party_card", "party_joined", "party_official")),
            (self.tr("Work and education"), ("unit", "position", "education_general", "specialism", "political_theory")),
            (self.tr("Classification and notes"), ("secrecy", "notes")),
        )
        content = QWidget(self)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(8, 8, 8, 8)
        columns.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        for i, (title, names) in enumerate(groups):
            box = QGroupBox(title, content)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                widget = self._make_input(name, box)
                note = FieldNote(box)
                label = QLabel(mnemonics.get(name) or field_label(name) + ":", box)
                label.setBuddy(widget)
                cell = with_note(widget, note)
                form.addRow(label, cell)
                self.inputs[name], self.notes[name] = widget, note
                self.rows[name] = (label, cell)
            (left if i < 2 else right).addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        # One label width per column, so the fields of its groups line up.
        for names in (groups[0][1] + groups[1][1], sum((g[1] for g in groups[2:]), ())):
            width = max(self.rows[n][0].sizeHint().width() for n in names)
            for n in names:
                self.rows[n][0].setMinimumWidth(width)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(scroll)
        self.inputs["id_override_reason"].setPlaceholderText(self.tr("Why this number is right although it does not match"))
        self._set_reason_visible(False)

    def _make_input(self, name: str, parent: QWidget) -> QWidget:
        if name in DATE_FIELDS:
            w = PartialDateEdit(parent)
            w.textChanged.connect(self.changed)
        elif name == "sex":
            w = QComboBox(parent)
            for sex in (Sex.MALE, Sex.FEMALE, Sex.UNKNOWN):
                w.addItem(sex_label(sex), sex.value)
            w.currentIndexChanged.connect(self.changed)
        elif name == "secrecy":
            w = QComboBox(parent)
            for level in SecrecyLevel:
                w.addItem(secrecy_label(level), int(level))
            w.currentIndexChanged.connect(self.changed)
        elif name == "political_theory":
            w = QComboBox(parent)
            w.setEditable(True)
            w.addItems(THEORY_LEVELS)
            w.currentTextChanged.connect(self.changed)
        elif name == "notes":
            w = QPlainTextEdit(parent)
            w.setTabChangesFocus(True)
            w.setFixedHeight(w.fontMetrics().lineSpacing() * 4 + 12)
            w.textChanged.connect(self.changed)
        else:
            w = QLineEdit(parent)
            w.setMaxLength(40 if name == "id_number" else 300)
            if name == "unit":
                completer = QCompleter(self._units, w)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                w.setCompleter(completer)
            w.textChanged.connect(self.changed)
        w.setObjectName(name)
        return w

    # -- values --------------------------------------------------------------
    def load(self, p: Person) -> None:
        for name in TEXT_FIELDS:
            self.inputs[name].setText(getattr(p, name))
        for name in DATE_FIELDS:
            self.inputs[name].set_value(getattr(p, name))
        sex = self.inputs["sex"]
        sex.setCurrentIndex(sex.findData(p.sex.value))
        level = self.inputs["secrecy"]
        level.setCurrentIndex(level.findData(int(p.secrecy)))
        self.inputs["political_theory"].setCurrentText(p.political_theory)
        self.inputs["notes"].setPlainText(p.notes)
        self._set_reason_visible(bool(p.id_override_reason))

    def state(self) -> dict:
        """What the fields hold, as typed (for the unsaved-changes check)."""
        out = {name: self.inputs[name].text().strip() for name in TEXT_FIELDS + DATE_FIELDS}
        out["sex"] = self.inputs["sex"].currentData()
        out["secrecy"] = self.inputs["secrecy"].currentData()
        out["political_theory"] = self.inputs["political_theory"].currentText().strip()
        out["notes"] = self.inputs["notes"].toPlainText().strip()
        return out

    def apply(self, p: Person) -> dict[str, str]:
        """Write the fields into `p`; return the fields that cannot be read (field -> message)."""
        errors = {}
        for name in TEXT_FIELDS:
            setattr(p, name, self.inputs[name].text().strip())
        for name in DATE_FIELDS:
            try:
                setattr(p, name, self.inputs[name].value())
            except HosoError as exc:
                errors[name] = exc.message
        p.sex = Sex(self.inputs["sex"].currentData())
        p.secrecy = SecrecyLevel(self.inputs["secrecy"].currentData())
        p.political_theory = self.inputs["political_theory"].currentText().strip()
        p.notes = self.inputs["notes"].toPlainText().strip()
        return errors

    # -- messages ------------------------------------------------------------
    def show_messages(self, p: Person, errors: dict[str, str], warnings: dict[str, str]) -> None:
        """Errors and warnings beside their fields; the CCCD check always shows its verdict."""
        for name, note in self.notes.items():
            if name in errors:
                note.set_message(errors[name], "error")
            elif name in warnings:
                note.set_message(warnings[name], "warning")
            else:
                note.set_message("")
        id_warning = "id_number" in warnings and "id_number" not in errors
        if not id_warning and "id_number" not in errors and p.id_number:
            check = check_identity_number(p.id_number, p.birth_date, p.sex)
            if check.kind is IdKind.CCCD and check.ok:
                self.notes["id_number"].set_message(self.tr("✓ Consistent with the date of birth and sex."), "ok")
        self._set_reason_visible(id_warning or bool(p.id_override_reason))
        if id_warning and not p.id_override_reason and "id_override_reason" not in errors:
            self.notes["id_override_reason"].set_message(
                self.tr("The number does not match: give the reason for accepting it before saving."), "warning")

    def _set_reason_visible(self, visible: bool) -> None:
        for w in self.rows["id_override_reason"]:
            w.setVisible(visible)

    def reason_visible(self) -> bool:
        return not self.rows["id_override_reason"][1].isHidden()

    def set_read_only(self, read_only: bool) -> None:
        for w in self.inputs.values():
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)
