"""The guided checklist of a case: items, the next step, guidance beside the
selected item, status changes and evidence (file dialog or drag-and-drop)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget,
)

from app import attachments, cases
from app.cases import CaseView
from app.domain.roles import Role
from app.permissions import Permission
from app.session import Session
from app.store.attachments import Attachment
from app.store.cases import ItemRow
from app.workflow.states import ItemStatus

from .. import theme
from ..dialogs import error_text, show_error
from ..progress import ProgressJob, run_with_progress
from .item_table import ItemTable
from .jobs import locked, run_write
from .labels import NEXT_BACKGROUND, OVERDUE_COLOUR, on_screen, status_colour, status_label, timestamp_text
from .note_dialog import NoteDialog
from .prompts import CasePrompts

CODE, TITLE, REQUIRED, EVIDENCE, STATUS = range(5)


class ChecklistPanel(QWidget):
    changed = Signal()  # an item changed or got evidence: reload the case

    def __init__(self, session: Session, prompts: CasePrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.view: CaseView | None = None
        self.files: dict[int, Attachment] = {}
        self.editable = False
        self.can_attach = session.can(Permission.WORK_CASES) and session.can(Permission.EDIT_DOSSIERS)
        self.dialog: NoteDialog | None = None
        self.adding: ProgressJob | None = None
        self.busy = False

        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.table = ItemTable(self)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Item"), self.tr("Required"), self.tr("Evidence"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Checklist"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for col, chars in ((CODE, 9), (REQUIRED, 10), (EVIDENCE, 12), (STATUS, 14)):
            self.table.setColumnWidth(col, chars * char + 16)
        self.table.files_dropped.connect(self._dropped)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("Guidance for the selected item"))
        self.details.setMinimumWidth(240)

        self.done_button = QPushButton(self.tr("&Done"), self)
        self.progress_button = QPushButton(self.tr("In pro&gress"), self)
        self.failed_button = QPushButton(self.tr("&Failed…"), self)
        self.na_button = QPushButton(self.tr("&Not applicable…"), self)
        self.attach_button = QPushButton(self.tr("A&ttach evidence…"), self)
        shortcuts = ((self.done_button, "D", self.mark_done), (self.progress_button, "I", self.mark_in_progress),
                     (self.failed_button, "F", self.mark_failed), (self.na_button, "N", self.mark_na),
                     (self.attach_button, "A", self.attach))
        self.actions_by_key: dict[str, QAction] = {}
        for button, key, slot in shortcuts:
            button.clicked.connect(slot)
            button.setToolTip(self.tr("Shortcut in the checklist: {key}").format(key=key))
            # Single keys while the list has focus: the checklist is worked from the keyboard.
            action = QAction(button.text(), self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
            self.actions_by_key[key] = action
        self.attach_button.setVisible(self.can_attach)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 300])
        buttons = QHBoxLayout()
        for b in (self.done_button, self.progress_button, self.failed_button, self.na_button, self.attach_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.next_label)
        box.addWidget(splitter, 1)
        box.addLayout(buttons)
        box.addWidget(self.hint)
        self._update_buttons()

    # -- showing -------------------------------------------------------------
    def set_view(self, view: CaseView, files: dict[int, Attachment], editable: bool) -> None:
        keep = self.current_item()
        self.view, self.files, self.editable = view, files, editable
        self.table.accept_files = editable and self.can_attach
        nxt = view.next_item
        self.table.setRowCount(len(view.items))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, item in enumerate(view.items):
            evidence = len(view.evidence.get(item.id, []))
            cells = (item.code, item.title, self.tr("Required") if item.required else "",
                     str(evidence) if evidence else (self.tr("needed") if item.evidence_required else ""), status_label(item.status))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col in (CODE, TITLE):  # the guidance without selecting: hover shows it too
                    cell.setToolTip(item.title + ("\n\n" + item.guidance if item.guidance else ""))
                if col == STATUS and status_colour(item.status) is not None:
                    cell.setForeground(QBrush(status_colour(item.status)))
                if col == EVIDENCE and item in view.missing_evidence:
                    cell.setForeground(QBrush(on_screen(OVERDUE_COLOUR)))
                if nxt is not None and item.id == nxt.id and editable:
                    cell.setBackground(QBrush(NEXT_BACKGROUND))
                    cell.setFont(bold)
                self.table.setItem(row, col, cell)
        if nxt is not None:
            self.next_label.setText(self.tr("<b>Next step:</b> {code} — {title}").format(
                code=html.escape(nxt.code), title=html.escape(nxt.title)))
        else:
            self.next_label.setText(self.tr("Every item of the checklist has been dealt with."))
        done = sum(1 for i in view.items if not i.status.is_open)
        self.hint.setText(self.tr("{done} of {total} items dealt with; {open} required still open. "
                                  "Drop a scanned file on an item to attach it as evidence.").format(
            done=done, total=len(view.items), open=len(view.open_required)) if editable and self.can_attach else
            self.tr("{done} of {total} items dealt with; {open} required still open.").format(
                done=done, total=len(view.items), open=len(view.open_required)))
        target = keep.code if keep else (nxt.code if nxt else None)
        self.select_code(target or (view.items[0].code if view.items else ""))
        self._selection_changed()

    def select_code(self, code: str) -> None:
        if self.view is None:
            return
        for row, item in enumerate(self.view.items):
            if item.code == code:
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))
                return

    def current_item(self) -> ItemRow | None:
        if self.view is None:
            return None
        rows = {i.row() for i in self.table.selectedIndexes()}
        row = min(rows) if rows else -1
        return self.view.items[row] if 0 <= row < len(self.view.items) else None

    def _selection_changed(self) -> None:
        item = self.current_item()
        self.details.setHtml(self._details_html(item) if item else "")
        self._update_buttons()

    def _details_html(self, item: ItemRow) -> str:
        e = html.escape

        def field(caption: str, value: str) -> str:  # lupdate cannot read tr() inside f-strings
            return "<p><b>" + e(caption) + ":</b> " + e(value) + "</p>"

        parts = ["<h3>" + e(f"{item.code} — {item.title}") + "</h3>",
                 "<p><b>" + e(self.tr("Status")) + ":</b> " + e(status_label(item.status))]
        if item.updated_by:
            parts.append(" " + e(self.tr("(by {user}, {time})").format(user=item.updated_by, time=timestamp_text(item.updated_at))))
        parts.append("</p>")
        if item.note:
            parts.append(field(self.tr("Note"), item.note))
        if item.guidance:
            parts.append(field(self.tr("Guidance"), item.guidance))
        if item.legal_basis:
            parts.append(field(self.tr("Legal basis"), item.legal_basis))
        flags = [self.tr("required") if item.required else self.tr("optional")]
        if item.evidence_required:
            flags.append(self.tr("evidence required"))
        parts.append(f"<p>{e(', '.join(flags).capitalize())}.</p>")
        ids = self.view.evidence.get(item.id, []) if self.view else []
        if ids:
            names = "".join(f"<li>{e(self.files[i].title or self.files[i].filename) if i in self.files else e(str(i))}</li>" for i in ids)
            parts.append("<p><b>" + e(self.tr("Evidence")) + ":</b></p><ul>" + names + "</ul>")
        elif item.evidence_required and item.status is ItemStatus.DONE:
            parts.append(f"<p style='color:{theme.error_colour().name()}'>" + e(self.tr("Evidence is required for this item: attach the scanned document.")) + "</p>")
        if not self._may_complete(item):
            parts.append("<p><i>" + e(self.tr("Your role may not complete this item.")) + "</i></p>")
        return "".join(parts)

    def _may_complete(self, item: ItemRow) -> bool:
        role = self.session.user.role
        return role is Role.ADMIN or role in item.roles

    def _update_buttons(self) -> None:
        item = self.current_item()
        may = self.editable and self.session.can(Permission.WORK_CASES) and not self.busy
        status_ok = may and item is not None and self._may_complete(item)
        for b in (self.done_button, self.progress_button, self.failed_button, self.na_button):
            b.setVisible(self.editable and self.session.can(Permission.WORK_CASES))
            b.setEnabled(status_ok)
        self.attach_button.setVisible(self.editable and self.can_attach)
        self.attach_button.setEnabled(may and self.can_attach and item is not None and self.adding is None)
        for key, action in self.actions_by_key.items():
            action.setEnabled((self.attach_button if key == "A" else self.done_button).isEnabled())

    # -- status ----------------------------------------------------------------
    def _set_status(self, status: ItemStatus, note: str = "") -> None:
        item, view = self.current_item(), self.view
        if item is None or view is None or not self.done_button.isEnabled():
            return
        s, cid, code = self.session, view.case.id, item.code
        self.busy = True
        self._update_buttons()
        run_write(lambda: cases.check_item(s, cid, code, status, note), self._written, self._failed, owner=self)

    def mark_done(self) -> None:
        self._set_status(ItemStatus.DONE)

    def mark_in_progress(self) -> None:
        self._set_status(ItemStatus.IN_PROGRESS)

    def mark_failed(self) -> None:
        self._ask_note(ItemStatus.FAILED, self.tr("Item not met"), self.tr("Record what was found: the item is not met."),
                       self.tr("&What was found:"))

    def mark_na(self) -> None:
        self._ask_note(ItemStatus.NA, self.tr("Item not applicable"), self.tr("Record why this item does not apply to this case."),
                       self.tr("&Reason:"))

    def _ask_note(self, status: ItemStatus, title: str, intro: str, label: str) -> None:
        item, view = self.current_item(), self.view
        if item is None or view is None or not self.done_button.isEnabled():
            return
        s, cid, code = self.session, view.case.id, item.code
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the previous form, done with
        self.dialog = NoteDialog(self, title, f"{item.code} — {item.title}\n\n{intro}", label,
                                 lambda note: cases.check_item(s, cid, code, status, note))
        self.dialog.accepted.connect(self.changed)
        self.dialog.open()

    def _written(self, _result) -> None:
        self.busy = False
        self._update_buttons()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        show_error(self, exc)

    # -- evidence --------------------------------------------------------------
    def attach(self) -> None:
        item = self.current_item()
        if item is None or not self.attach_button.isEnabled():
            return
        paths = self.prompts.open_files(self, self.tr("Evidence for {code}").format(code=item.code))
        if paths:
            self.attach_files(item.code, paths)

    def _dropped(self, row: int, paths: list[Path]) -> None:
        if self.view is not None and 0 <= row < len(self.view.items):
            self.table.selectRow(row)
            self.attach_files(self.view.items[row].code, paths)

    def attach_files(self, code: str, paths: list[Path]) -> None:
        """Store each file with the person's dossier, then link it to the item."""
        if self.view is None or self.adding is not None or not (self.editable and self.can_attach):
            return
        s, cid, pid = self.session, self.view.case.id, self.view.case.person_id

        def work(progress, cancel) -> int:
            def store_all() -> int:
                for path in paths:
                    att = attachments.add_attachment(s, pid, path, progress=progress, cancel=cancel)
                    cases.add_evidence(s, cid, code, att.id)
                return len(paths)
            return locked(store_all)

        self.adding = run_with_progress(self, self.tr("Attaching evidence to {code}").format(code=code), work,
                                        self._attached, self._attach_failed)
        self._update_buttons()

    def _attached(self, _count: int) -> None:
        self.adding = None
        self._update_buttons()
        self.changed.emit()

    def _attach_failed(self, exc: BaseException) -> None:
        self.adding = None
        self._update_buttons()
        self.hint.setText(error_text(exc))
        show_error(self, exc)
        self.changed.emit()  # files stored before the failure are shown
