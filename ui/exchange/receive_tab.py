"""The Receive tab: pick a bundle, read its header, preview, import, carry the receipt back."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.exchange import bundles
from app.exchange.bundles import ImportResult, Preview, PreviewLine
from app.session import Session

from .. import theme
from ..dialogs import error_text, notify
from .jobs import run_read, run_write
from .media_list import MediaList
from .prompts import ExchangePrompts
from .receive_queries import FoundBundle, PreviewListing, bundles_in, describe, preview
from .runner import ProgressRunner, show_progress
from .texts import (WARN_COLOUR, action_colour, action_label, kind_label, level_chip, level_text, on_screen, size_text,
                    utc_text)

ROLE = Qt.ItemDataRole.UserRole


def _note(parent: QWidget, style: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"QLabel {{ {style} }}")
    label.hide()
    return label


class ReceiveTab(QWidget):
    imported = Signal(object)  # ImportResult: dossiers, cases and registers refresh
    review_conflicts = Signal()  # the officer wants to see the conflicts this import left

    def __init__(self, session: Session, prompts: ExchangePrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.found: FoundBundle | None = None
        self.preview: Preview | None = None
        self.purposes: dict[str, str] = {}  # case purpose code → title, read with the preview
        self.result: ImportResult | None = None
        self.runner: ProgressRunner | None = None
        self._seq = 0
        self._listed_once = False

        where = QGroupBox(self.tr("Where the bundles are"), self)
        self.media = MediaList(prompts, self.tr("Choose the folder with the bundles"), where)
        self.media.list.setMaximumHeight(130)
        self.open_button = QPushButton(self.tr("Open a f&ile…"), where)
        self.media.add_button(self.open_button)
        self.bundle_list = QListWidget(where)
        self.bundle_list.setAccessibleName(self.tr("Bundles found"))
        list_label = QLabel(self.tr("&Bundles found:"), where)
        list_label.setBuddy(self.bundle_list)
        wbox = QVBoxLayout(where)
        wbox.addWidget(self.media)
        wbox.addWidget(list_label)
        wbox.addWidget(self.bundle_list, 1)

        right = QWidget(self)
        self.header_box = QGroupBox(self.tr("Bundle (read without any key)"), right)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout(self.header_box)
        for key, text in (("file", self.tr("File:")), ("kind", self.tr("Kind:")), ("sender", self.tr("From:")),
                          ("recipients", self.tr("To:")), ("level", self.tr("Level:")), ("sequence", self.tr("Sequence number:")),
                          ("created", self.tr("Made on:")), ("size", self.tr("Size:"))):
            label = QLabel("—", self.header_box)
            label.setTextFormat(Qt.TextFormat.PlainText if key != "level" else Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fields[key] = label
            form.addRow(text, label)
        self.error = _note(right, "")  # styled when shown, in the theme's error red (readable in the dark palette too)
        self.preview_button = QPushButton(self.tr("&Preview"), right)
        self.preview_button.setToolTip(self.tr("Check the bundle and show what the import would do; nothing is changed"))
        self.import_button = QPushButton(self.tr("I&mport"), right)
        self.cancel_button = QPushButton(self.tr("&Cancel import"), right)
        self.cancel_button.hide()
        self.bar = QProgressBar(right)
        self.bar.hide()
        # One row per record the bundle carries (dossiers, cases, attachment files) and what the import does with it.
        self.table = QTableWidget(0, 3, right)
        self.table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("What the import does"), self.tr("Record in the bundle")])
        self.table.setAccessibleName(self.tr("Preview"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        self.summary = _note(right, "padding: 4px;")
        self.outcome = _note(right, "background: #E8F5E9; border: 1px solid #81C784; padding: 10px; color: #212121;")
        self.remove_button = QPushButton(self.tr("&Delete the bundle from the medium…"), right)
        self.remove_button.hide()
        self.review_button = QPushButton(self.tr("Open the &conflicts to decide them"), right)
        self.review_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.bar, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.header_box)
        rbox.addWidget(self.error)
        rbox.addLayout(buttons)
        rbox.addWidget(self.summary)
        rbox.addWidget(self.table, 1)
        rbox.addWidget(self.outcome)
        after = QHBoxLayout()
        after.addWidget(self.review_button)
        after.addWidget(self.remove_button)
        after.addStretch(1)
        rbox.addLayout(after)
        rbox.addStretch(0)

        splitter = QSplitter(self)
        splitter.addWidget(where)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 8)
        box.addWidget(splitter)

        self.media.chosen.connect(self.list_bundles)
        self.open_button.clicked.connect(self.open_file)
        self.bundle_list.currentItemChanged.connect(lambda *_: self._bundle_chosen())
        self.preview_button.clicked.connect(self.run_preview)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.remove_button.clicked.connect(self.remove_bundle)
        self.review_button.clicked.connect(self.review_conflicts)
        self._show_header(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._listed_once:
            self._listed_once = True
            self.media.refresh()
        self.media.watch(True)  # a stick inserted while the tab is open is found without pressing Refresh

    def hideEvent(self, event: QHideEvent) -> None:
        self.media.watch(False)
        super().hideEvent(event)

    # -- choosing -------------------------------------------------------------------------
    def list_bundles(self, folder: Path | None) -> None:
        self.bundle_list.clear()
        if folder is None:
            return
        s = self.session
        self._seq += 1
        seq = self._seq
        run_read(lambda: bundles_in(s, folder), lambda found: self._listed(seq, found), self._failed, owner=self)

    def _listed(self, seq: int, found: list[FoundBundle]) -> None:
        if seq != self._seq:
            return
        self.bundle_list.clear()
        for f in found:
            self._add_found(f)
        if not found:
            QListWidgetItem(self.tr("No bundle here."), self.bundle_list).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.bundle_list.setCurrentRow(0)

    def _add_found(self, f: FoundBundle) -> QListWidgetItem:
        h = f.header
        if h is None:
            text = self.tr("{file} — unreadable").format(file=f.path.name)
        elif f.own:
            text = self.tr("{file} — made here, for {to}").format(file=f.path.name, to=", ".join(h["recipients"]))
        else:
            text = self.tr("{file} — {kind} from {sender}, {level}").format(
                file=f.path.name, kind=kind_label(h["kind"]).lower(), sender=h["sender"], level=level_text(h["secrecy"]))
        item = QListWidgetItem(text, self.bundle_list)
        item.setData(ROLE, f)
        item.setToolTip(str(f.path))
        return item

    def open_file(self) -> None:
        folder = self.media.current_path()
        path = self.prompts.open_bundle(self, str(folder) if folder else "")
        if path is not None:
            self.show_file(path)

    def show_file(self, path: Path) -> None:
        """Add one file to the list (from any folder) and select it."""
        s = self.session
        self._seq += 1
        run_read(lambda: describe(s, path), self._file_described, self._failed, owner=self)

    def _file_described(self, f: FoundBundle) -> None:
        for row in range(self.bundle_list.count()):
            item = self.bundle_list.item(row)
            if isinstance(item.data(ROLE), FoundBundle) and item.data(ROLE).path == f.path:
                self.bundle_list.takeItem(row)
                break
        if self.bundle_list.count() == 1 and not isinstance(self.bundle_list.item(0).data(ROLE), FoundBundle):
            self.bundle_list.clear()
        self.bundle_list.setCurrentItem(self._add_found(f))

    def _bundle_chosen(self) -> None:
        if self.runner is not None and self.runner.running:
            return
        item = self.bundle_list.currentItem()
        f = item.data(ROLE) if item is not None else None
        self._show_header(f if isinstance(f, FoundBundle) else None)

    # -- the header -------------------------------------------------------------------------
    def _show_header(self, f: FoundBundle | None) -> None:
        self.found, self.preview, self.result = f, None, None
        self.table.hide()
        self.summary.hide()
        self.outcome.hide()
        self.remove_button.hide()
        self.review_button.hide()
        self._set_error("")
        h = f.header if f else None
        values = dict.fromkeys(self.fields, "—")
        if f is not None:
            values["file"] = str(f.path)
        if h is not None:
            sender = h["sender"] + (f" — {f.sender_name}" if f.sender_name else "")
            if not f.own and not f.sender_trusted:
                sender += " " + self.tr("(not trusted here)")
            values.update(kind=kind_label(h["kind"]), sender=sender, recipients=", ".join(h["recipients"]),
                          level=level_chip(h["secrecy"]), sequence=str(h["sequence"]), created=utc_text(h["created_at"]),
                          size=size_text(h["bytes"]))
        for key, label in self.fields.items():
            label.setText(values[key])
        if f is not None and h is None:
            self._set_error(f.error)
        elif f is not None and f.own:
            self._set_error(self.tr("This bundle was made by this unit, for {to}: it is opened there, not here. "
                                    "Hand the medium over to that unit.").format(
                to=", ".join(h["recipients"])))
        self._update_buttons()

    def _set_error(self, text: str) -> None:
        red = theme.error_colour().name()
        self.error.setStyleSheet(f"QLabel {{ color: {red}; font-weight: bold; border: 1px solid {red}; padding: 8px; }}")
        self.error.setText(html.escape(text))
        self.error.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> None:
        self._set_error(error_text(exc))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.runner is not None and self.runner.running
        readable = self.found is not None and self.found.header is not None and not self.found.own
        self.preview_button.setEnabled(readable and not busy and self.result is None)
        self.import_button.setEnabled(readable and not busy and self.preview is not None and self.result is None)
        for w in (self.media, self.bundle_list):
            w.setEnabled(not busy)  # the bundle being imported stays the one shown

    # -- preview -------------------------------------------------------------------------------
    def run_preview(self) -> None:
        f = self.found
        if f is None or f.header is None:
            return
        s, path = self.session, f.path
        self._set_error("")
        self.preview_button.setEnabled(False)
        run_read(lambda: preview(s, path), lambda listing: self._previewed(path, listing), self._failed, owner=self)

    def _previewed(self, path: Path, listing: PreviewListing) -> None:
        if self.found is None or self.found.path != path:
            return
        p = self.preview = listing.preview
        self.purposes = listing.purposes
        # A receipt is said in the summary; the table lists the records a data bundle brings.
        rows = [x for x in p.lines if x.kind != "receipt"]
        self.table.setRowCount(len(rows))
        for row, line in enumerate(rows):
            action = QTableWidgetItem(self.action_text(line))
            colour = action_colour(line.action) if line.action != "absent" else on_screen(WARN_COLOUR)
            if colour is not None:
                action.setForeground(colour)
            if line.action == "conflict":
                action.setToolTip(self.tr("Changed both here and at the sending unit since the last exchange: both versions "
                                          "are kept and an officer decides in the Conflicts tab"))
            self.table.setItem(row, 0, QTableWidgetItem(line.name))
            self.table.setItem(row, 1, action)
            self.table.setItem(row, 2, QTableWidgetItem(self.record_text(line)))
        self.table.setVisible(bool(rows))
        self.summary.setText(html.escape(self.summary_text(p)))
        self.summary.show()
        self._update_buttons()
        self.import_button.setFocus()

    def action_text(self, line: PreviewLine) -> str:
        """What the import does with one record, in the officer's words."""
        if line.kind == "case" and line.action == "create":
            return self.tr("New case")
        if line.kind == "attachment":
            names = {"create": self.tr("New attachment"), "same": self.tr("Already here"),
                     "absent": self.tr("Not carried in this bundle")}
            return names.get(line.action, line.action)
        return action_label(line.action)  # dossiers and cases: same, take, keep, conflict

    def record_text(self, line: PreviewLine) -> str:
        if line.kind == "person":
            return self.tr("Dossier")
        if line.kind == "case":
            return self.tr("Case: {purpose}").format(purpose=self.purposes.get(line.detail, line.detail))
        return self.tr("Attachment: {title}").format(title=line.detail)

    def summary_text(self, p: Preview) -> str:
        if p.header.get("kind") == "receipt":
            text = self.tr("A receipt from {sender}: importing it records that the bundle sent from here was delivered.").format(
                sender=p.header["sender"])
            for r in p.of("receipt"):
                text += " " + self.tr("It is for {file}, outgoing register number {number}.").format(
                    file=r.detail, number=r.register_number or "—")
                if r.action == "delivered":
                    text += " " + self.tr("That bundle is already marked delivered.")
            return text
        text = self.tr("The bundle is authentic and addressed to this unit. It holds {persons} dossier(s), {cases} case(s) "
                       "and {attachments} attachment(s).").format(persons=len(p.persons), cases=p.cases, attachments=p.attachments)
        cases = [x.action for x in p.of("case")]
        if cases:
            text += " " + self.tr("Cases: {new} new, {updated} to update, {same} unchanged, {kept} where ours is newer.").format(
                new=cases.count("create"), updated=cases.count("take"), same=cases.count("same"), kept=cases.count("keep"))
        if p.conflicts:
            persons = sum(1 for x in p.of("person") if x.action == "conflict")
            text += " " + self.tr("{n} record(s) ({persons} dossier(s), {cases} case(s)) changed both here and at the sending "
                                  "unit since the last exchange: they will be kept for review in the Conflicts tab and "
                                  "nothing of ours will be overwritten.").format(
                n=p.conflicts, persons=persons, cases=p.conflicts - persons)
        absent = sum(1 for x in p.of("attachment") if x.action == "absent")
        if absent:
            text += " " + self.tr("{n} attachment(s) are listed but their files were not sent in this bundle.").format(n=absent)
        return text

    # -- import ---------------------------------------------------------------------------------
    def run_import(self) -> None:
        f = self.found
        if f is None or self.preview is None:
            return
        s, path = self.session, f.path
        self._set_error("")
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.runner = ProgressRunner(lambda progress, cancel: bundles.import_bundle(s, path, progress=progress, cancel=cancel), self)
        self.runner.progressed.connect(lambda done, total, _m: show_progress(self.bar, done, total))
        self.runner.succeeded.connect(self._imported)
        self.runner.failed.connect(self._import_failed)
        self._update_buttons()
        self.cancel_button.setFocus()

    def cancel_import(self) -> None:
        if self.runner is not None and self.runner.running:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)

    def _end_run(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()

    def _import_failed(self, exc: BaseException) -> None:
        self._end_run()
        self._failed(exc)

    def _imported(self, r: ImportResult) -> None:
        self._end_run()
        self.result = r
        self.outcome.setText(self.outcome_text(r))
        self.outcome.show()
        self.remove_button.show()
        self.review_button.setVisible(bool(r.conflicts))
        self._update_buttons()
        (self.review_button if r.conflicts else self.remove_button).setFocus()
        self.imported.emit(r)

    def outcome_text(self, r: ImportResult) -> str:
        c = r.counts
        if r.status == "receipt":
            parts = [self.tr("The receipt from {sender} was recorded: the outgoing register now shows the delivery.").format(sender=r.sender)]
        else:
            parts = [self.tr("Imported from {sender}: {created} new dossier(s), {updated} updated, {unchanged} unchanged; "
                             "{cases_new} new case(s), {cases_updated} updated.").format(
                sender=r.sender, created=c.get("persons_created", 0), updated=c.get("persons_updated", 0),
                unchanged=c.get("unchanged", 0), cases_new=c.get("cases_created", 0), cases_updated=c.get("cases_updated", 0))]
            if r.conflicts:
                parts.append(self.tr("{n} record(s) conflict with ours: they are kept for review and nothing of ours was "
                                     "overwritten.").format(n=r.conflicts))
                parts.append(self.tr("They are listed in the Conflicts tab, where an officer compares the two versions "
                                     "side by side and decides which one stands."))
        parts.append(self.tr("Incoming register number: {number}.").format(number=r.register_number))
        if r.receipt_path is not None:
            parts.append(self.tr("A signed receipt for {sender} was written next to the bundle: {path}. Carry it back to "
                                 "that unit on the stick: importing it there records the delivery.").format(
                sender=r.sender, path=str(r.receipt_path)))
        elif r.status != "receipt":
            parts.append(self.tr("The receipt could not be written to the medium (full or write-protected?). The import "
                                 "stands; tell the sending unit the delivery by the usual hand-over record."))
        return "<br><br>".join(html.escape(p) for p in parts)

    # -- removal -------------------------------------------------------------------------------
    def remove_bundle(self) -> None:
        f = self.found
        if f is None or self.result is None:
            return
        if not self.prompts.confirm(self, self.tr("Remove the bundle"), self.tr(
                "Delete {file} from the medium? It has been imported. Deleting a file from a USB stick does not reliably "
                "erase flash memory.").format(file=f.path.name) + " " + self.tr(
                "Only destroying the stick makes sure the data cannot be recovered."), self.tr("&Delete the file")):
            return
        s, path = self.session, f.path
        self.remove_button.setEnabled(False)
        run_write(lambda: bundles.remove_from_medium(s, path), self._removed, self._remove_failed, owner=self)

    def _removed(self, message: str) -> None:
        self.remove_button.hide()
        self.remove_button.setEnabled(True)
        # The outcome (where the receipt is) stays in view; only the list entry goes.
        self.bundle_list.blockSignals(True)
        self.bundle_list.takeItem(self.bundle_list.currentRow())
        self.bundle_list.setCurrentRow(-1)
        self.bundle_list.blockSignals(False)
        self.fields["file"].setText(self.tr("{path} (removed)").format(path=str(self.found.path)))
        notify(self, message, self.tr("Bundle removed"))

    def _remove_failed(self, exc: BaseException) -> None:
        self.remove_button.setEnabled(True)
        self._failed(exc)
