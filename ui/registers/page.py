"""The Registers area: one tab per book (newest first, a filter, a volume chooser), entries by hand,
cancellation and correction with a reason, closing a volume, printing a book and the hand-over slip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout,
                               QWidget)

from app import handover, registers
from app.forms import api
from app.permissions import Permission
from app.session import Session

from .. import theme
from ..cases.jobs import run_read, run_write
from ..cases.widgets import ListTable, heading
from ..dialogs import confirm, error_text, notify
from ..forms import events
from ..forms.launch import can_print, open_preview
from ..forms.verify_dialog import VerifyDialog
from .. import formatting
from . import dialogs
from .columns import book_columns
from .model import FoldFilter, RegisterModel

LIMIT = 1000


class RegisterView(QWidget):
    """One book: a filter box, the table and a count."""

    loaded = Signal()

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self._dirty = True
        self._seq = 0
        self.volume: int | None = None  # None: every volume
        self.volumes: list = []
        self.model = RegisterModel([], self)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ListTable(self)
        self.table.setAccessibleName(self.tr("Register entries"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Any words, marks optional: a unit, a number, a file…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        label = QLabel(self.tr("&Filter:"), self)
        label.setBuddy(self.filter)
        self.volume_box = QComboBox(self)
        self.volume_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.volume_box.setToolTip(self.tr("Show one volume of the book, or every volume"))
        self.volume_box.addItem(self.tr("All volumes"), None)
        self.volume_box.activated.connect(self._volume_chosen)
        self.count_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        row.addSpacing(12)
        row.addWidget(self.volume_box)
        row.addSpacing(12)
        row.addWidget(self.count_label)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 4)
        box.addLayout(row)
        box.addWidget(self.error_label)
        box.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._dirty = False
        self._seq += 1
        seq, s, kind, volume = self._seq, self.session, self.kind, self.volume

        def load():
            conn = s.vault.conn
            entries = registers.list_register(s, kind, LIMIT, volume)
            names = registers.user_names(conn)
            for e in entries:  # every name looked up here, off the GUI thread
                names.get(getattr(e, "created_by", None) or getattr(e, "made_by", ""))
            return registers.columns(conn, kind), names, entries, registers.volumes(s, kind)

        run_read(load, lambda got: self._loaded(seq, *got), self._failed, owner=self)

    def _loaded(self, seq: int, template_columns, names, entries: list, volumes: list) -> None:
        if seq != self._seq:
            return
        self.error_label.hide()
        first = not self.model.columns
        self.model.set_entries(entries, book_columns(template_columns, names))
        self._set_volumes(volumes)
        if first:
            self._size_columns()
        self._count()
        self.loaded.emit()

    def _set_volumes(self, volumes: list) -> None:
        self.volumes = volumes
        self.volume_box.blockSignals(True)
        self.volume_box.clear()
        self.volume_box.addItem(self.tr("All volumes"), None)
        for v in volumes:
            label = self.tr("Volume {n} (closed)") if v.closed else self.tr("Volume {n} (open)")
            self.volume_box.addItem(label.format(n=v.volume), v.volume)
        self.volume_box.setCurrentIndex(max(0, self.volume_box.findData(self.volume)) if self.volume is not None else 0)
        self.volume_box.blockSignals(False)

    def _volume_chosen(self, index: int) -> None:
        self.volume = self.volume_box.itemData(index)
        self.reload()

    def show_volume(self, volume: int | None) -> None:
        self.volume = volume
        self.reload()

    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def _size_columns(self) -> None:
        """Fit each column to its content (within bounds), the wide ones a little wider."""
        self.table.resizeColumnsToContents()
        char = self.fontMetrics().averageCharWidth()
        for col, c in enumerate(self.model.columns):
            width = self.table.columnWidth(col)
            self.table.setColumnWidth(col, max(min(width, (48 if c.wide else 28) * char), 8 * char))

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._count()

    def _count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.count_label.setText(self.tr("No entries yet."))
        elif shown == total:
            self.count_label.setText(self.tr("%Ln entry(ies)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} entries").format(shown=formatting.number(shown), total=formatting.number(total)))


class RegistersPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.verify_dialog: VerifyDialog | None = None
        title = heading(self.tr("Registers"), self)
        note = QLabel(self.tr(
            "The books are kept by the actions themselves: sending and receiving bundles, exporting and printing. "
            "Numbers run per year and are never reused. Every printed form and printed book is entered in the "
            "copying register.") + " " + self.tr(
            "Paper documents are entered by hand; a mistake is cancelled or corrected with a reason, never erased. "
            "A closed volume takes no more entries: the next entry opens the next volume."), self)
        note.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print this book…"), self)
        self.print_button.setToolTip(self.tr("Preview and print the book shown, every entry of every year"))
        self.print_button.setVisible(can_print(session))
        self.print_button.clicked.connect(self.print_book)
        self.verify_button = QPushButton(self.tr("&Verify a printed document…"), self)
        self.verify_button.setToolTip(self.tr("Check a paper copy from the code printed beside its QR code"))
        self.verify_button.setVisible(session.can(Permission.VIEW_DOSSIERS))
        self.verify_button.clicked.connect(self.verify_document)
        events.hub().printed.connect(self.refresh)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.outgoing = RegisterView(session, "outgoing", self)
        self.incoming = RegisterView(session, "incoming", self)
        self.handover = RegisterView(session, "handover", self)
        self.copies = RegisterView(session, "copy", self)
        self.carriers = RegisterView(session, "carrier", self)
        self.destruction = RegisterView(session, "destruction", self)
        self.tabs.addTab(self.outgoing, self.tr("&Outgoing"))
        self.tabs.addTab(self.incoming, self.tr("&Incoming"))
        self.tabs.addTab(self.handover, self.tr("&Hand-over"))
        self.tabs.addTab(self.copies, self.tr("&Copies and prints"))
        self.tabs.addTab(self.carriers, self.tr("Carriers (&USB)"))
        self.tabs.addTab(self.destruction, self.tr("&Destruction"))
        self.dialog = None  # the open entry/cancel/correct/slip dialog, for tests and for keeping it alive
        self.preview = None  # the hand-over slip's preview
        keeper = session.can(Permission.KEEP_REGISTERS)

        def button(text: str, tip: str, slot, visible: bool = True) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.setVisible(visible)
            b.clicked.connect(slot)
            return b

        self.add_button = button(self.tr("&New entry…"), self.tr("Enter a paper document by hand in the book shown"),
                                 self.new_entry, keeper)
        self.cancel_button = button(self.tr("Cance&l entry…"), self.tr("Cancel the selected entry, with a reason; it stays in the book"),
                                    self.cancel_entry, keeper)
        self.correct_button = button(self.tr("Co&rrect…"), self.tr("Correct one column of the selected entry; the old value stays visible"),
                                     self.correct_entry, keeper)
        self.authorise_button = button(self.tr("&Authorise abstract…"),
                                       self.tr("Top secret: record who authorised the abstract, and enter it"), self.authorise, keeper)
        self.close_button = button(self.tr("Clos&e volume…"), self.tr("Close the open volume of this book for signature and binding"),
                                   self.close_volume, keeper)
        self.slip_button = button(self.tr("Hand-over &slip…"),
                                  self.tr("Enter the hand-over of the selected sent bundle and print the slip for signatures"),
                                  self.slip, keeper and can_print(session))
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.verify_button)
        box.addLayout(top)
        box.addWidget(note)
        actions = QHBoxLayout()
        for b in (self.add_button, self.cancel_button, self.correct_button, self.authorise_button, self.slip_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        box.addLayout(actions)
        box.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed()

    def views(self) -> list[RegisterView]:
        return [self.outgoing, self.incoming, self.handover, self.copies, self.carriers, self.destruction]

    def _tab_changed(self, *_args) -> None:
        kind = self.current_view().kind
        self.slip_button.setEnabled(kind == "outgoing")
        self.authorise_button.setEnabled(kind != "copy")

    def _selected(self):
        entry = self.current_view().selected_entry()
        if entry is None:
            notify(self, self.tr("Select an entry of the book first."))
        return entry

    def _open(self, dialog: dialogs.ActionDialog, after=None) -> dialogs.ActionDialog:
        self.dialog = dialog

        def done(result) -> None:
            self.refresh()
            if after is not None:
                after(result)

        dialog.done.connect(done)
        dialog.open()
        return dialog

    def new_entry(self) -> dialogs.ActionDialog | None:
        view = self.current_view()
        return self._open(dialogs.entry_dialog(self, self.session, view.kind, self._book_title()))

    def cancel_entry(self) -> dialogs.ActionDialog | None:
        entry = self._selected()
        return self._open(dialogs.cancel_dialog(self, self.session, self.current_view().kind, entry)) if entry else None

    def correct_entry(self) -> dialogs.ActionDialog | None:
        entry = self._selected()
        return self._open(dialogs.correct_dialog(self, self.session, self.current_view().kind, entry)) if entry else None

    def authorise(self) -> dialogs.ActionDialog | None:
        entry = self._selected()
        return self._open(dialogs.authorise_dialog(self, self.session, entry)) if entry else None

    def slip(self) -> dialogs.ActionDialog | None:
        if self.current_view().kind != "outgoing":
            return None
        entry = self._selected()
        if entry is None:
            return None
        return self._open(dialogs.slip_dialog(self, self.session, entry), self._preview_slip)

    def _preview_slip(self, entry) -> None:
        if can_print(self.session):
            self.preview = open_preview(self, self.session, self.tr("Hand-over slip {number}").format(number=f"{entry.number}/{entry.year}"),
                         lambda s: handover.slip_draft(s, entry.id))

    def close_volume(self) -> None:
        view = self.current_view()
        open_volumes = [v for v in view.volumes if not v.closed]
        number = open_volumes[-1].volume if open_volumes else 1
        if not self.confirm(self.tr("Close the volume"),
                            self.tr("Close volume {n} of \"{book}\"? No entry, cancellation or correction can be made in it "
                                    "afterwards; the next entry opens volume {next}. Then print the volume for signature "
                                    "and binding.").format(n=number, book=self._book_title(), next=number + 1),
                            self.tr("Close the volume")):
            return
        s, kind = self.session, view.kind
        run_write(lambda: registers.close_volume(s, kind), self._volume_closed, lambda exc: notify(self, error_text(exc)), owner=self)

    def confirm(self, title: str, text: str, yes_text: str) -> bool:
        return confirm(self, title, text, yes_text)

    def _volume_closed(self, volume) -> None:
        self.refresh()
        self.current_view().show_volume(volume.volume)
        notify(self, self.tr("Volume {n} is closed. Print it with \"Print this book\" (that volume is now shown) for "
                             "signature and binding.").format(n=volume.volume))

    def _book_title(self) -> str:
        return self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")

    def refresh(self) -> None:
        """Something was sent, received or exported: every book reloads when next shown."""
        for view in self.views():
            view.mark_dirty()

    def current_view(self) -> RegisterView:
        return self.tabs.currentWidget()

    def print_book(self) -> None:
        """The book shown: the volume chosen, or every entry."""
        if not can_print(self.session):
            return
        view = self.current_view()
        kind, volume = view.kind, view.volume
        title = self._book_title() if volume is None else self.tr("{book}, volume {n}").format(book=self._book_title(), n=volume)
        open_preview(self, self.session, self.tr("Register: {book}").format(book=title), lambda s: api.register_draft(s, kind, None, volume))

    def verify_document(self) -> VerifyDialog:
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.session, self)
        self.verify_dialog.open()
        self.verify_dialog.code.setFocus()
        return self.verify_dialog
