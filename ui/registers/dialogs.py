"""The Registers area's dialogs: an entry by hand (generated from the book's columns), cancel, correct,
authorise a Tuyệt mật abstract, and the hand-over slip. Each runs its service off the GUI thread and
stays open with the message when the service refuses, so nothing typed is lost."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout,
                               QWidget)

from app import handover, registers
from app.domain.secrecy import SecrecyLevel
from app.session import Session

from .. import theme
from ..cases.jobs import run_write
from ..dialogs import error_text
from ..labels import secrecy_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally

Field = tuple[str, str, QWidget]  # key, label, widget


def value_of(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return str(widget.value()) if widget.value() else ""
    return widget.text()


class ActionDialog(QDialog):
    """A short form whose OK runs `submit(values)` in the background; `done` carries the result."""

    done = Signal(object)

    def __init__(self, title: str, intro: str, fields: list[Field], submit: Callable[[dict], Any], ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.submit, self.widgets, self.result_value = submit, {k: w for k, _, w in fields}, None
        box = QVBoxLayout(self)
        if intro:
            note = QLabel(intro, self)
            note.setWordWrap(True)
            box.addWidget(note)
        form = QFormLayout()
        for _key, label, widget in fields:
            widget.setParent(self)
            form.addRow(label, widget)
        box.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label)
        self.error_label.hide()
        box.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        if fields:
            fields[0][2].setFocus()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def values(self) -> dict:
        return {k: value_of(w) for k, w in self.widgets.items()}

    def run(self) -> None:
        self.ok_button.setEnabled(False)
        self.error_label.hide()
        vals = self.values()
        run_write(lambda: self.submit(vals), self._succeeded, self._failed, owner=self)

    def _succeeded(self, result: Any) -> None:
        self.result_value = result
        self.accept()
        self.done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error_label.setText(error_text(exc))
        self.error_label.show()


def _line(placeholder: str = "", text: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setText(text)
    edit.setMaxLength(registers.MAX_TEXT)
    return edit


def level_box(default: SecrecyLevel = SecrecyLevel.MAT) -> QComboBox:
    box = QComboBox()
    for level in SecrecyLevel:
        box.addItem(secrecy_label(level), int(level))
    box.setCurrentIndex(box.findData(int(default)))
    return box


def entry_dialog(parent: QWidget, session: Session, kind: str, book_title: str) -> ActionDialog:
    """An entry by hand: one row per column of the book that the application does not fill itself."""
    fields: list[Field] = [("__level", translate("RegisterDialogs", "Level"), level_box())]
    for col in registers.input_columns(session.vault.conn, kind):
        if col.kind == "number":
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            fields.append((col.key, col.title, spin))
        else:
            fields.append((col.key, col.title, _line(translate("RegisterDialogs", "dd/mm/yyyy") if col.kind == "date" else "")))
    fields += [("__auth_by", translate("RegisterDialogs", "Top secret: abstract authorised by"), _line(translate("RegisterDialogs", "Name and post"))),
               ("__auth", translate("RegisterDialogs", "Top secret: written authorisation"), _line(translate("RegisterDialogs", "Number and date of the writing")))]

    def submit(v: dict):
        values = {k: x for k, x in v.items() if not k.startswith("__") and x not in ("", None)}
        return registers.add_entry(session, kind, SecrecyLevel(v["__level"]), values, authorised_by=v["__auth_by"],
                                   authorisation=v["__auth"])

    return ActionDialog(translate("RegisterDialogs", "New entry: {book}").format(book=book_title),
                        translate("RegisterDialogs", "For a paper document that never passed through HoSo. The number is given when the entry is "
                           "made; for Top secret the abstract stays empty unless you record who authorised it."),
                        fields, submit, translate("RegisterDialogs", "&Enter in the register"), parent)


def cancel_dialog(parent: QWidget, session: Session, kind: str, entry: Any) -> ActionDialog:
    return ActionDialog(translate("RegisterDialogs", "Cancel entry {number}").format(number=f"{entry.number}/{entry.year}"),
                        translate("RegisterDialogs", "A cancelled entry keeps its number and stays in the book, marked CANCELLED with the reason."),
                        [("reason", translate("RegisterDialogs", "Reason"), _line())],
                        lambda v: registers.cancel_entry(session, kind, entry.id, v["reason"]), translate("RegisterDialogs", "Cancel the &entry"), parent)


def correct_dialog(parent: QWidget, session: Session, kind: str, entry: Any) -> ActionDialog:
    from app.register_cells import raw_value

    field = QComboBox()
    for col in registers.input_columns(session.vault.conn, kind):
        field.addItem(col.title, col.key)
    current = QLabel()
    current.setWordWrap(True)
    new = _line()

    def show_current() -> None:
        current.setText(raw_value(entry, field.currentData() or "") or translate("RegisterDialogs", "(empty)"))
        new.setText(raw_value(entry, field.currentData() or ""))

    field.currentIndexChanged.connect(show_current)
    show_current()
    dialog = ActionDialog(translate("RegisterDialogs", "Correct entry {number}").format(number=f"{entry.number}/{entry.year}"),
                          translate("RegisterDialogs", "The old value is kept and shown beside the new one, with the reason."),
                          [("field", translate("RegisterDialogs", "Column"), field), ("current", translate("RegisterDialogs", "Now"), current), ("value", translate("RegisterDialogs", "New value"), new),
                           ("reason", translate("RegisterDialogs", "Reason"), _line())],
                          lambda v: registers.correct_entry(session, kind, entry.id, v["field"], v["value"], v["reason"]),
                          translate("RegisterDialogs", "&Correct"), parent)
    return dialog


def authorise_dialog(parent: QWidget, session: Session, entry: Any) -> ActionDialog:
    return ActionDialog(translate("RegisterDialogs", "Authorise the abstract of entry {number}").format(number=f"{entry.number}/{entry.year}"),
                        translate("RegisterDialogs", "A Top secret entry holds an abstract only with a recorded authorisation."),
                        [("by", translate("RegisterDialogs", "Authorised by"), _line(translate("RegisterDialogs", "Name and post"))),
                         ("decision", translate("RegisterDialogs", "Written authorisation"), _line(translate("RegisterDialogs", "Number and date of the writing"))),
                         ("abstract", translate("RegisterDialogs", "Abstract"), _line())],
                        lambda v: registers.authorise_abstract(session, entry.id, v["by"], v["decision"], v["abstract"]),
                        translate("RegisterDialogs", "&Record"), parent)


def slip_dialog(parent: QWidget, session: Session, entry: Any) -> ActionDialog:
    """Who gives the bundle's carrier to whom: entered in the hand-over register, then the slip is previewed."""
    return ActionDialog(translate("RegisterDialogs", "Hand-over slip for {number}").format(number=entry.fields.get("number_symbol", "")),
                        translate("RegisterDialogs", "The hand-over is entered in the hand-over register; the slip is then shown for printing and "
                           "signing by both."),
                        [("giver", translate("RegisterDialogs", "Handed over by"), _line(text=session.user.full_name or session.user.username)),
                         ("receiver", translate("RegisterDialogs", "Received by"), _line(translate("RegisterDialogs", "Full name of the person taking it"))),
                         ("copy_numbers", translate("RegisterDialogs", "Copy numbers"), _line())],
                        lambda v: handover.record(session, entry.id, v["giver"], v["receiver"], copy_numbers=v["copy_numbers"]),
                        translate("RegisterDialogs", "&Enter and preview the slip"), parent)
