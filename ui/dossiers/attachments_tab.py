"""Attachments tab: scans and documents stored encrypted with the dossier."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app import attachments
from app.errors import HosoError
from app.session import Session
from app.store.attachments import Attachment

from ..dialogs import error_text, notify, show_error
from ..labels import secrecy_label
from ..progress import ProgressJob, run_with_progress
from .jobs import locked, run_read, run_write
from .labels import size_text, timestamp_text
from .prompts import Prompts
from .viewer import AttachmentViewer


class AttachmentsTab(QWidget):
    changed = Signal()  # an attachment was added or removed (the banner may change)
    listed = Signal()

    def __init__(self, session: Session, prompts: Prompts, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.editable = editable
        self.person_id: int | None = None
        self.items: list[Attachment] = []
        self.adding: ProgressJob | None = None
        self.last_export: Path | None = None
        self._select_after: int | None = None
        self.notice = QLabel(self.tr("Save the new dossier first; files can be attached to it afterwards."), self)
        self.notice.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("File"), self.tr("Type"), self.tr("Size"),
                                              self.tr("Secrecy"), self.tr("Added on"), self.tr("By")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 200), (2, 60), (3, 90), (4, 100), (5, 130), (6, 130)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _: self.view_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add file…"), self)
        self.view_button = QPushButton(self.tr("&View"), self)
        self.export_button = QPushButton(self.tr("E&xport a copy…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.add_button.clicked.connect(self.add)
        self.view_button.clicked.connect(self.view_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.empty = QLabel(self.tr("No file is attached yet — press “Add file…” to attach a scanned document.") if editable
                            else self.tr("No file is attached to this dossier."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: palette(placeholder-text); padding: 6px; }")
        self.empty.hide()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.view_button, self.export_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.notice)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        box.addLayout(buttons)
        self.viewer: AttachmentViewer | None = None
        self._update_buttons()

    def load(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.notice.setVisible(person_id is None)
        self.table.setEnabled(person_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.person_id is None:
            self._fill([])
            return
        session, pid = self.session, self.person_id
        run_read(lambda: attachments.list_attachments(session, pid), self._fill,
                 lambda exc: self.status.setText(error_text(exc)), owner=self)

    def _fill(self, items: list[Attachment]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, a in enumerate(items):
            cells = (a.title or a.filename, a.filename, a.kind.upper(), size_text(a.size), secrecy_label(a.secrecy),
                     timestamp_text(a.added_at), a.added_by)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if self._select_after is not None:
            self.select(self._select_after)
            self._select_after = None
        elif items and self.selected() is None:
            self.table.selectRow(0)
        self.empty.setVisible(not items and self.person_id is not None)
        self._update_buttons()
        self.listed.emit()

    def selected(self) -> Attachment | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.items[min(rows)] if rows else None

    def select(self, attachment_id: int) -> None:
        for row, a in enumerate(self.items):
            if a.id == attachment_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.person_id is not None and self.adding is None)
        for b in (self.view_button, self.export_button, self.remove_button):
            b.setEnabled(chosen)

    # -- adding --------------------------------------------------------------
    def add(self) -> None:
        path = self.prompts.open_file(self, self.tr("Attach a file to the dossier"))
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> None:
        """Store the file under a progress bar with Cancel: a 50 MB scan takes a while."""
        if self.person_id is None or self.adding is not None:
            return
        session, pid, title = self.session, self.person_id, Path(path).stem

        def work(progress, cancel) -> Attachment:
            # The core reports (done, total); the progress dialog takes a message too.
            return locked(lambda: attachments.add_attachment(
                session, pid, Path(path), title=title, progress=lambda done, total: progress(done, total, ""), cancel=cancel))

        self.status.setText("")
        self.adding = run_with_progress(self, self.tr("Adding {file} to the dossier…").format(file=Path(path).name),
                                        work, self._added, self._add_failed)
        # Application-modal: the shared connection is inside a long write transaction.
        self.adding.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._update_buttons()

    def _added(self, a: Attachment) -> None:
        self.adding = None
        self.status.setText(self.tr("{file} was attached.").format(file=a.filename))
        self._select_after = a.id
        self.reload()
        self.changed.emit()

    def _add_failed(self, exc: BaseException) -> None:
        self.adding = None
        self._update_buttons()
        if isinstance(exc, HosoError) and exc.code == "cancelled":
            self.status.setText(self.tr("Cancelled: nothing was attached."))
        else:
            show_error(self, exc)

    # -- viewing, exporting, removing ----------------------------------------
    def view_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        self.viewer = AttachmentViewer(self.session, a, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.show()

    def export_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        if not self.prompts.confirm(self, self.tr("Export a copy"), self.tr(
                "The copy of “{file}” leaves the vault unencrypted. It is recorded in the copy register with its "
                "secrecy level ({level}); keep and destroy it as the rules for classified documents require.").format(
                file=a.filename, level=secrecy_label(a.secrecy)), self.tr("&Export the copy")):
            return
        dest = self.prompts.save_file(self, self.tr("Export a copy"), a.filename)
        if dest is None:
            return
        session = self.session
        run_write(lambda: attachments.export_attachment(session, a.id, dest, confirmed=True), self._exported,
                  lambda exc: show_error(self, exc), owner=self)

    def _exported(self, dest: Path) -> None:
        self.last_export = Path(dest)
        self.status.setText(self.tr("The copy was written to {path} and entered in the copy register.").format(path=str(dest)))
        notify(self, self.status.text())

    def remove_selected(self) -> None:
        a = self.selected()
        if a is None or not self.editable:
            return
        if not self.prompts.confirm(self, self.tr("Remove attachment"), self.tr(
                "Remove “{file}” from this dossier? The record stays in the audit log.").format(file=a.title or a.filename),
                self.tr("&Remove")):
            return
        session = self.session
        run_write(lambda: attachments.remove_attachment(session, a.id), lambda _: self._removed(),
                  lambda exc: show_error(self, exc), owner=self)

    def _removed(self) -> None:
        self.reload()
        self.changed.emit()
