"""The Registers area: one read-only tab per book, newest first, with a filter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app import registers
from app.forms import api
from app.permissions import Permission
from app.session import Session

from ..cases.jobs import run_read
from ..cases.widgets import ListTable, heading
from ..dialogs import error_text
from ..forms import events
from ..forms.launch import can_print, open_preview
from ..forms.verify_dialog import VerifyDialog
from .columns import COLUMNS
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
        self.model = RegisterModel(COLUMNS[kind](), self)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ListTable(self)
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
        self.count_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #B71C1C; }")
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
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
        seq, s, kind = self._seq, self.session, self.kind
        run_read(lambda: registers.list_register(s, kind, LIMIT), lambda entries: self._loaded(seq, entries), self._failed, owner=self)

    def _loaded(self, seq: int, entries: list) -> None:
        if seq != self._seq:
            return
        self.error_label.hide()
        first = self.model.rowCount() == 0
        self.model.set_entries(entries)
        if first:
            self._size_columns()
        self._count()
        self.loaded.emit()

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
            self.count_label.setText(self.tr("%n entry(ies)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} entries").format(shown=shown, total=total))


class RegistersPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.verify_dialog: VerifyDialog | None = None
        title = heading(self.tr("Registers"), self)
        note = QLabel(self.tr(
            "The books are kept by the actions themselves: sending and receiving bundles, exporting and printing. "
            "Numbers run per year and are never reused. Every printed form and printed book is entered in the "
            "copying register."), self)
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
        self.copies = RegisterView(session, "copy", self)
        self.tabs.addTab(self.outgoing, self.tr("&Outgoing"))
        self.tabs.addTab(self.incoming, self.tr("&Incoming"))
        self.tabs.addTab(self.copies, self.tr("&Copies and prints"))
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.verify_button)
        box.addLayout(top)
        box.addWidget(note)
        box.addWidget(self.tabs, 1)

    def views(self) -> list[RegisterView]:
        return [self.outgoing, self.incoming, self.copies]

    def refresh(self) -> None:
        """Something was sent, received or exported: every book reloads when next shown."""
        for view in self.views():
            view.mark_dirty()

    def current_view(self) -> RegisterView:
        return self.tabs.currentWidget()

    def print_book(self) -> None:
        if not can_print(self.session):
            return
        kind = self.current_view().kind
        title = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        open_preview(self, self.session, self.tr("Register: {book}").format(book=title), lambda s: api.register_draft(s, kind))

    def verify_document(self) -> VerifyDialog:
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.session, self)
        self.verify_dialog.open()
        self.verify_dialog.code.setFocus()
        return self.verify_dialog
