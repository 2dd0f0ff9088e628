"""The dossier editor: one window per person, tabs for each part of the record.

The editor keeps the saved Person and compares what the tabs hold with what
they held after loading; that comparison drives Save and the unsaved-changes
guard, so typing a value and typing it back leaves nothing to save.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from app import dossiers, duplicates
from app.domain.person import Person
from app.domain.secrecy import level_styles
from app.dossiers import validate
from app.duplicates import Candidate
from app.errors import HosoError
from app.permissions import Permission
from app.secrecy import lifecycle, terms as secrecy_terms
from app.session import Session

from .. import theme
from ..compliance.terms_tab import HistoryDialog
from ..dialogs import error_text, show_error
from ..forms.launch import can_print, open_preview
from ..labels import secrecy_label
from .attachments_tab import AttachmentsTab
from .duplicates_dialog import MERGE, OPEN, SAVE, DuplicatesDialog
from .family_tab import FamilyTab
from .foreign_tab import ForeignTab
from .history_tab import HistoryTab
from .identity_tab import IdentityTab
from .jobs import run_read, run_write
from .labels import field_label, timestamp_text
from .level_dialog import DossierLevelDialog
from .cases_tab import CasesTab
from .prompts import CANCEL, DISCARD, SAVE as SAVE_ANSWER, Prompts
from .versions_tab import VersionsTab

FORM_TABS = ("identity", "family", "history", "foreign")  # what Save writes; the other tabs only show
OK_COLOUR = "#1B5E20"


class DossierEditor(QDialog):
    saved = Signal(int)  # the person's id, after a save or a merge
    merged = Signal(int)  # the id of a dossier merged into this one (now gone from the list)
    open_requested = Signal(int)  # open another dossier (a duplicate)
    open_case = Signal(int)  # open one of this person's cases
    data_changed = Signal()  # attachments changed: the banner level may have changed

    def __init__(self, session: Session, person: Person | None, prompts: Prompts, units: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.editable = session.can(Permission.EDIT_DOSSIERS)
        self.person = person if person is not None else Person(full_name="")  # as last saved
        self.job = None  # a save, duplicate check or merge in flight
        self.dialog: DuplicatesDialog | None = None
        self.level_dialog: DossierLevelDialog | None = None  # asked when saving another secrecy level
        self.history_dialog: HistoryDialog | None = None
        self._baseline: dict = {}
        self._close_after_save = False
        self._attempted = False  # "name missing" is shown only once Save was tried
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)

        # Header: who this is and at what level.
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.level_label = QLabel(self)
        self.info_label = QLabel(self)
        self.info_label.setStyleSheet("QLabel { color: #555555; }")
        self.read_only_label = QLabel(self.tr("Read-only: your role may view dossiers but not change them."), self)
        self.read_only_label.setStyleSheet("QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px; }")
        self.read_only_label.setVisible(not self.editable)

        # Tabs, in the order Tab moves through them. The window opens on Identity; every other tab is
        # built (and reads what it shows) the first time it is shown or read as `self.family` etc.:
        # building all seven made opening a dossier take about a tenth of a second on a large vault.
        self.identity = IdentityTab(units, self)
        self.identity.changed.connect(self._on_changed)
        self.identity.set_read_only(not self.editable)
        self._built: dict[str, QWidget] = {"identity": self.identity}
        self._stand_ins: dict[QWidget, str] = {}
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.identity, self.tr("&Identity"))
        for name, title in (("family", self.tr("&Family")), ("history", self.tr("&History")),
                            ("foreign", self.tr("F&oreign relations")), ("attachments", self.tr("&Attachments")),
                            ("cases", self.tr("Ca&ses")), ("versions", self.tr("Chan&ges"))):
            stand_in = QWidget(self.tabs)
            self._stand_ins[stand_in] = name
            self.tabs.addTab(stand_in, title)
        self.tabs.currentChanged.connect(self._tab_selected)

        # Bottom: status, then the buttons.
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.find_button = QPushButton(self.tr("Find &duplicates…"), self)
        self.find_button.setToolTip(self.tr("Look for other dossiers of the same person and merge them into this one."))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.cover_button = QPushButton(self.tr("Print the co&ver sheet…"), self)
        self.cover_button.setVisible(can_print(session))
        self.secrecy_button = QPushButton(self.tr("Secrecy histor&y…"), self)
        self.secrecy_button.setToolTip(self.tr("The dossier's secrecy level, protection term and every decision about them."))
        for b in (self.find_button, self.cover_button, self.secrecy_button, self.save_button, self.close_button):
            b.setAutoDefault(False)  # Enter in a field must not press a button
        self.find_button.clicked.connect(self.find_duplicates)
        self.cover_button.clicked.connect(self.print_cover)
        self.secrecy_button.clicked.connect(self.show_secrecy_history)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button.setToolTip(self.tr("Save ({keys})").format(keys=self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.setVisible(self.editable)

        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.level_label)
        top.addStretch(1)
        top.addWidget(self.info_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.cover_button)
        buttons.addWidget(self.secrecy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.read_only_label)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.status)
        box.addLayout(buttons)
        self.resize(1120, 760)
        self.setMinimumSize(820, 560)
        self._load(self.person)
        self.identity.inputs["full_name"].setFocus()

    # -- tabs built on first show -------------------------------------------
    family = property(lambda self: self._tab("family"))
    history = property(lambda self: self._tab("history"))
    foreign = property(lambda self: self._tab("foreign"))
    attachments = property(lambda self: self._tab("attachments"))
    cases = property(lambda self: self._tab("cases"))
    versions = property(lambda self: self._tab("versions"))

    def _tab_selected(self, index: int) -> None:
        name = self._stand_ins.get(self.tabs.widget(index))
        if name is not None:
            self._tab(name)

    def _tab(self, name: str) -> QWidget:
        """The tab, built now (in its place, filled from the dossier as last saved) if it was not yet."""
        tab = self._built.get(name)
        if tab is not None:
            return tab
        if name == "family":
            tab = FamilyTab(self)
        elif name == "history":
            tab = HistoryTab(self)
        elif name == "foreign":
            tab = ForeignTab(self)
        elif name == "attachments":
            tab = AttachmentsTab(self.session, self.prompts, self.editable, self)
            tab.changed.connect(self.data_changed)
        elif name == "cases":
            tab = CasesTab(self.session, self)
            tab.open_case.connect(self.open_case)
        else:
            tab = VersionsTab(self.session, self)
        self._built[name] = tab
        stand_in = next(w for w, n in self._stand_ins.items() if n == name)
        del self._stand_ins[stand_in]
        index = self.tabs.indexOf(stand_in)
        self.tabs.insertTab(index, tab, self.tabs.tabText(index))
        if self.tabs.currentIndex() == index + 1:
            self.tabs.setCurrentIndex(index)
        self.tabs.removeTab(index + 1)
        stand_in.deleteLater()
        if name in FORM_TABS:
            tab.set_read_only(not self.editable)
            self._loading = True
            try:
                tab.load(self.person)
            finally:
                self._loading = False
            self._baseline[name] = tab.state()  # what it holds now is what was saved
            tab.changed.connect(self._on_changed)
            self._on_changed()
        else:
            self._load_view(name, tab, self.person)
        return tab

    @staticmethod
    def _load_view(name: str, tab, p: Person) -> None:
        tab.load(p if name == "versions" else p.id)

    def _form_tabs(self) -> list[tuple[str, QWidget]]:
        return [(name, self._built[name]) for name in FORM_TABS if name in self._built]

    # -- state ---------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.person.id is None

    def _load(self, p: Person) -> None:
        self.person = p
        self._loading = True  # filling the fields emits `changed` once per field: check once, at the end
        try:
            for _name, tab in self._form_tabs():
                tab.load(p)
        finally:
            self._loading = False
        self._baseline = self.form_state()
        for name in ("attachments", "cases", "versions"):
            if name in self._built:
                self._load_view(name, self._built[name], p)
        self.find_button.setVisible(self.editable and not self.is_new)
        self.cover_button.setEnabled(not self.is_new)
        self.secrecy_button.setEnabled(not self.is_new)
        self._on_changed()

    def print_cover(self) -> None:
        from app.forms import api

        title = self.tr("Dossier cover — {name}").format(name=self.person.full_name)
        open_preview(self, self.session, title, lambda s, pid=self.person.id: api.cover_draft(s, pid))

    def form_state(self) -> dict:
        """What the form tabs hold; None for a tab not built yet (it holds what was saved)."""
        return {name: self._built[name].state() if name in self._built else None for name in FORM_TABS}

    def is_dirty(self) -> bool:
        return self.editable and self.form_state() != self._baseline

    def collect(self) -> tuple[Person, dict[str, str]]:
        """The dossier as the tabs hold it, and the fields that cannot be read."""
        p = copy.deepcopy(self.person)
        errors: dict[str, str] = {}
        for _name, tab in self._form_tabs():  # a tab not built yet left its part of `p` as saved
            errors.update(tab.apply(p))
        return p, errors

    def _update_header(self, shown: Person | None = None) -> None:
        """Name and level as being edited (`shown`); version and author as saved."""
        p = self.person
        q = shown or p
        self.name_label.setText(q.full_name or self.tr("New dossier"))
        style = level_styles()[q.secrecy]
        self.level_label.setText(secrecy_label(q.secrecy, style))
        self.level_label.setStyleSheet(f"QLabel {{ background: {style.background}; color: {style.foreground}; "
                                       "font-weight: bold; padding: 2px 8px; border-radius: 3px; }")
        if self.is_new:
            self.info_label.setText(self.tr("Not saved yet"))
        else:
            self.info_label.setText(self.tr("Dossier no. {id} · version {v} · saved {when} by {user}").format(
                id=p.id, v=p.version, when=timestamp_text(p.updated_at), user=p.updated_by))

    def _on_changed(self) -> None:
        if getattr(self, "_loading", False):
            return
        p, local = self.collect()
        v = validate(p)
        errors = {**v.errors, **local}
        if not self._attempted and not p.full_name:
            errors.pop("full_name", None)
        self.identity.show_messages(p, errors, v.warnings)
        if "foreign" in self._built:
            self.foreign.show_relatives([r for r in p.relatives if r.abroad], len(p.stays_abroad))
        self._update_header(p)
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and self.job is None)
        self.save_action.setEnabled(dirty and self.job is None)
        name = p.full_name or self.tr("New dossier")
        self.setWindowTitle(self.tr("{name} — dossier").format(name=name) + (" *" if dirty else ""))
        other = {k: m for k, m in errors.items() if k not in self.identity.inputs}
        if other:
            self._set_status("; ".join(f"{self._label(k)}: {m}" for k, m in other.items()), error=True)
        elif self.status.property("kind") == "problems":
            self._set_status("")

    @staticmethod
    def _label(key: str) -> str:
        return field_label(key.split("[")[0])

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        theme.mark_error(self.status, error, bold=error)
        if not error:  # "saved": green, readable on either palette
            self.status.setStyleSheet(f"QLabel {{ color: {theme.on_screen(OK_COLOUR).name()}; }}")
        self.status.setProperty("kind", "problems" if error else "")

    # -- saving --------------------------------------------------------------
    def save(self) -> bool:
        """Check, then save in the background. False if nothing was started."""
        if not self.editable or self.job is not None or not self.is_dirty():
            return False
        self._attempted = True
        p, local = self.collect()
        v = validate(p)
        errors = {**v.errors, **local}
        self._on_changed()
        if errors:
            first = next(iter(errors))
            self._show_field(first)
            self._set_status(self.tr("Correct the marked fields before saving: {fields}.").format(
                fields=", ".join(self._label(k) for k in errors)), error=True)
            return False
        if "id_number" in v.warnings and not p.id_override_reason:
            self._ask_reason()
            return False
        if not self.is_new and p.secrecy != self.person.secrecy:
            return self._ask_level(p)
        if self.is_new:
            session = self.session
            self._start(run_read(lambda: duplicates.find_duplicates(session, p), lambda found: self._checked(p, found),
                                 self._failed, owner=self))
        else:
            self._write(p)
        return True

    def _ask_reason(self) -> None:
        self._show_field("id_override_reason")
        self._set_status(self.tr("The CCCD number does not match the date of birth or sex. If it is right, "
                                 "give the reason for accepting it, then save again."), error=True)

    def _show_field(self, key: str) -> None:
        if key in self.identity.inputs:
            self.tabs.setCurrentWidget(self.identity)
            self.identity.inputs[key].setFocus()
        elif key in self.history.tables:
            self.tabs.setCurrentWidget(self.history)
            self.history.show_section(key)
        elif key == "foreign_relations":
            self.tabs.setCurrentWidget(self.foreign)
        elif key.startswith("relatives"):
            self.tabs.setCurrentWidget(self.family)

    def _checked(self, p: Person, found: list[Candidate]) -> None:
        self.job = None
        if not found:
            self._write(p)
            return
        self._on_changed()
        self.dialog = DuplicatesDialog(found, for_new=True, parent=self)
        self.dialog.finished.connect(lambda _: self._duplicates_answered(p))
        self.dialog.open()

    def _duplicates_answered(self, p: Person) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == SAVE:
            self._write(p)
            return
        self._close_after_save = False
        if dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == OPEN:
            self.open_requested.emit(dialog.selected().person.id)
            self._set_status(self.tr("The new dossier was not saved."))

    # -- a new secrecy level: a recorded decision (docs/secrecy.md) -------------
    def _ask_level(self, p: Person) -> bool:
        old, new = self.person.secrecy, p.secrecy
        if new < old and not self.session.can(Permission.DECIDE_SECRECY):
            self._close_after_save = False
            self._show_field("secrecy")
            self._set_status(self.tr("Lowering the secrecy level ({old} → {new}) needs a decision of the competent authority, "
                                     "recorded by a leader. Set the level back to {old} to save your other changes.").format(
                old=secrecy_label(old), new=secrecy_label(new)), error=True)
            return False
        self.level_dialog = DossierLevelDialog(p.full_name, old, new, lambda reason, d: self._write(p, reason, d), self)
        self.level_dialog.rejected.connect(self._level_cancelled)
        self.level_dialog.open()
        return True

    def _level_cancelled(self) -> None:
        self.level_dialog = None
        self._close_after_save = False
        self._set_status(self.tr("Not saved: the new secrecy level needs to be recorded."), error=True)

    def _close_level_dialog(self) -> None:
        dialog, self.level_dialog = self.level_dialog, None
        if dialog is not None:
            dialog.rejected.disconnect(self._level_cancelled)
            dialog.accept()
            dialog.deleteLater()

    def show_secrecy_history(self) -> None:
        if self.is_new:
            return
        s, pid = self.session, self.person.id
        run_read(lambda: (lifecycle.history(s, "person", pid), secrecy_terms.terms_for(s).history_columns),
                 lambda r: self._show_secrecy_history(*r), lambda exc: show_error(self, exc), owner=self)

    def _show_secrecy_history(self, h: lifecycle.History, columns: tuple[str, ...]) -> None:
        self.history_dialog = HistoryDialog(h, columns, self)
        self.history_dialog.open()

    def _write(self, p: Person, level_reason: str = "", decision: lifecycle.DecisionInfo | None = None) -> None:
        session, new = self.session, self.is_new
        fn = ((lambda: dossiers.create_person(session, p)) if new else
              (lambda: dossiers.update_person(session, p, level_reason=level_reason, decision=decision)))
        self._set_status(self.tr("Saving…"))
        self._start(run_write(fn, self._saved, self._failed, owner=self))

    def _start(self, job) -> None:
        self.job = job
        self.save_button.setEnabled(False)
        self.save_action.setEnabled(False)

    def _saved(self, p: Person) -> None:
        self.job = None
        self._close_level_dialog()
        self._attempted = False
        self._load(p)
        self._set_status(self.tr("Saved as version {v}.").format(v=p.version))
        self.saved.emit(p.id)
        if self._close_after_save:
            self._close_after_save = False
            super().reject()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._close_after_save = False
        self._on_changed()
        if self.level_dialog is not None:  # the save asked for the level: say why in place, keep what was typed
            self.level_dialog.show_error(exc.message if isinstance(exc, HosoError) else error_text(exc))
            self._set_status("")
        elif isinstance(exc, HosoError) and exc.code == "id_mismatch":
            self.identity.show_messages(self.collect()[0], {}, {"id_number": exc.message})
            self._ask_reason()
        elif isinstance(exc, HosoError):
            self._set_status(exc.message, error=True)
        else:
            self._set_status(error_text(exc), error=True)
            show_error(self, exc)

    # -- duplicates of an existing dossier ------------------------------------
    def find_duplicates(self) -> None:
        if self.is_new or self.job is not None:
            return
        session, p = self.session, self.person
        self._set_status(self.tr("Looking for other dossiers of the same person…"))
        self._start(run_read(lambda: duplicates.find_duplicates(session, p), self._found, self._failed, owner=self))

    def _found(self, found: list[Candidate]) -> None:
        self.job = None
        self._set_status("")
        self._on_changed()
        self.dialog = DuplicatesDialog(found, for_new=False, can_merge=self.editable, parent=self)
        self.dialog.finished.connect(lambda _: self._found_answered())
        self.dialog.open()

    def _found_answered(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.result() != QDialog.DialogCode.Accepted:
            return
        other = dialog.selected()
        if dialog.choice == OPEN:
            self.open_requested.emit(other.person.id)
        elif dialog.choice == MERGE:
            self.merge(other.person.id, other.person.full_name)

    def merge(self, drop_id: int, drop_name: str) -> None:
        if self.is_dirty():
            self._set_status(self.tr("Save or discard your changes before merging."), error=True)
            return
        if not self.prompts.confirm(self, self.tr("Merge dossiers"), self.tr(
                "Merge the dossier of {other} (no. {drop}) into this one (no. {keep})? The other dossier disappears from "
                "the list; its data, relatives, history and attachments are added to this one. Both histories are kept "
                "in the audit log.").format(other=drop_name, drop=drop_id, keep=self.person.id), self.tr("&Merge")):
            return
        session, keep = self.session, self.person.id
        self._set_status(self.tr("Merging…"))
        self._start(run_write(lambda: duplicates.merge_persons(session, keep, drop_id),
                              lambda p: self._merged(p, drop_id), self._failed, owner=self))

    def _merged(self, p: Person, drop_id: int) -> None:
        self.job = None
        self._load(p)
        self._set_status(self.tr("Dossier no. {drop} was merged into this one.").format(drop=drop_id))
        self.merged.emit(drop_id)
        self.saved.emit(p.id)

    # -- closing -------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Close and the window's close button: ask before losing changes."""
        if self.job is not None:
            return  # a save is being written: close when it is done
        if self.is_dirty():
            answer = self.prompts.unsaved(self, self.person.full_name or self.collect()[0].full_name)
            if answer == CANCEL:
                return
            if answer == SAVE_ANSWER:
                self._close_after_save = True
                if not self.save():
                    self._close_after_save = False
                return
            assert answer == DISCARD
        super().reject()
