"""The Verification cases area: the filtered list of cases and "New case…"."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.cases import CaseView
from app.permissions import Permission
from app.session import Session
from app.workflow.states import CaseState

from .. import formatting, layout_memory
from ..dialogs import error_text
from .jobs import run_read
from .labels import state_label
from .list_model import DEADLINE, DUE, NUMBER, PERSON, PURPOSE, SORT_ROLE, STATE, UNIT, CaseListModel
from .new_case_dialog import NewCaseDialog
from .queries import CaseFilter, CasePage, case_page, purpose_titles
from .widgets import ListFrame, ListTable, heading
from .windows import CaseWindows


class CasesPage(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, windows: CaseWindows | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_work = session.can(Permission.WORK_CASES)
        # The main window owns the case windows (other areas open cases before this page is built).
        self.windows = windows if windows is not None else CaseWindows(session, self)
        self.windows.changed.connect(lambda _: self.refresh())
        self.dialog: NewCaseDialog | None = None
        self.total = 0
        self._seq = 0

        title = heading(self.tr("Verification cases"), self)
        self.state = QComboBox(self)
        self.state.addItem(self.tr("All states"), None)
        for s in CaseState:
            self.state.addItem(state_label(s), s.value)
        self.purpose = QComboBox(self)
        self.purpose.addItem(self.tr("All purposes"), None)
        for code, text in sorted(purpose_titles(session).items(), key=lambda kv: kv[1]):
            self.purpose.addItem(text, code)
        self.mine = QCheckBox(self.tr("&My cases only"), self)
        self.overdue = QCheckBox(self.tr("O&verdue only"), self)
        self.new_button = QPushButton(self.tr("&New case…"), self)
        self.new_button.setToolTip(self.tr("Open a verification case for a person (Ctrl+N)"))
        self.new_button.setVisible(self.can_work)
        self.open_button = QPushButton(self.tr("&Open case"), self)
        self.open_button.setToolTip(self.tr("Open the selected case (Enter)"))

        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = ListTable(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Cases"))
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for col, chars in ((NUMBER, 6), (PERSON, 22), (PURPOSE, 30), (STATE, 18), (4, 12), (UNIT, 24), (DUE, 11), (DEADLINE, 21)):
            self.table.setColumnWidth(col, chars * char + 18)
        header.setSectionResizeMode(PURPOSE, QHeaderView.ResizeMode.Stretch)
        layout_memory.remember_header(header, "cases")
        frame = ListFrame(self, self.table)
        self.stack, self.empty_label, self.count_label, self.error_label = (
            frame.stack, frame.empty_label, frame.count_label, frame.error_label)

        filters = QHBoxLayout()
        for text, combo in ((self.tr("&State:"), self.state), (self.tr("&Purpose:"), self.purpose)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(10)
        filters.addWidget(self.mine)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.open_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 8)
        box.addWidget(title)
        box.addLayout(filters)
        box.addWidget(self.error_label)
        box.addWidget(self.stack, 1)
        box.addWidget(self.count_label)

        self.new_action = QAction(self.tr("New case"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setEnabled(self.can_work)
        self.new_action.triggered.connect(self.new_case)
        self.addAction(self.new_action)
        for combo in (self.state, self.purpose):
            combo.currentIndexChanged.connect(self.refresh)
        self.mine.toggled.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_case)
        self.open_button.clicked.connect(self.open_selected)
        self.table.open_requested.connect(self.open_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._dirty = True  # loaded when first shown: the start page comes first

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # -- the list ------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        state = self.state.currentData()
        return CaseFilter(state=CaseState(state) if state else None, purpose=self.purpose.currentData(),
                          officer=self.session.user.username if self.mine.isChecked() else None,
                          overdue=self.overdue.isChecked())

    def refresh(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._seq += 1
        seq, s, flt = self._seq, self.session, self.current_filter()
        self.error_label.hide()
        run_read(lambda: case_page(s, flt), lambda page: self._loaded(seq, page), self._failed, owner=self)

    def _loaded(self, seq: int, page: CasePage) -> None:
        if seq != self._seq:
            return  # a newer filter is on its way
        keep = self.selected_case_id()
        self.model.set_entries(page.entries)
        self.total = page.total
        if keep is not None:
            self.select_case(keep)
        shown = len(page.entries)
        if shown < page.total:
            self.count_label.setText(self.tr("Showing the first {shown} of {total} cases; narrow the filters to see the rest.").format(
                shown=formatting.number(shown), total=formatting.number(page.total)))
        else:
            self.count_label.setText(self.tr("%Ln case(s)", "", page.total))
        if page.total == 0:
            filtered = self.current_filter() != CaseFilter()
            self.empty_label.setText(self.tr("No case matches the filters.") if filtered else (
                self.tr("No verification cases yet. Choose “New case…” to open one for a person.") if self.can_work
                else self.tr("No verification cases yet.")))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.table)
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        entry = self.model.entry(self.proxy.mapToSource(index).row())
        return entry.row.id if entry else None

    def select_case(self, case_id: int) -> None:
        for row, e in enumerate(self.model.entries):
            if e.row.id == case_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    # -- opening ---------------------------------------------------------------
    def open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.windows.open(case_id)

    def new_case(self) -> None:
        if not self.can_work:
            return
        self.dialog = NewCaseDialog(self, self.session)
        self.dialog.accepted.connect(lambda d=self.dialog: self._created(d.result_value))
        self.dialog.open()

    def _created(self, view: CaseView) -> None:
        self.windows.changed.emit(view.case.id)  # every list refreshes
        self.windows.open(view.case.id)
