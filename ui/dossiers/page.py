"""The Dossiers area: search, filters, the virtual list, and the open editors."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from app import dossiers
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel
from app.workflow.states import CaseState
from app.permissions import Permission
from app.session import Session
from app.store.persons import PersonFilter

from .. import formatting, layout_memory
from ..dialogs import show_error
from ..excel.export_action import export_list
from ..excel.wizard import ImportWizard
from ..cases.labels import state_label
from ..cases.widgets import ListFrame
from ..labels import secrecy_label
from .editor import DossierEditor
from .jobs import run_read, run_write
from .list_model import PersonListModel
from .prompts import Prompts

SEARCH_DELAY_MS = 200


class PersonTable(QTableView):
    """The list; Enter opens the current dossier on every platform."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class DossiersPage(QWidget):
    changed = Signal()  # a dossier was saved or merged: the banner level may have changed
    open_case = Signal(int)  # a case chosen in a dossier's Cases tab (the cases area opens it)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = Prompts()
        self.can_edit = session.can(Permission.EDIT_DOSSIERS)
        self.units: list[str] = []
        self.editors: dict[int, DossierEditor] = {}
        self.new_editors: list[DossierEditor] = []
        self._opening: set[int] = set()

        heading = QLabel(self.tr("Dossiers"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, CCCD, party card, hometown or unit — marks optional (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search dossiers"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.unit = QComboBox(self)
        self.unit.setMinimumContentsLength(22)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.addItem(self.tr("All units"), None)
        unit_label = QLabel(self.tr("&Unit:"), self)
        unit_label.setBuddy(self.unit)
        self.secrecy = QComboBox(self)
        self.secrecy.addItem(self.tr("All levels"), None)
        for level in SecrecyLevel:
            self.secrecy.addItem(secrecy_label(level), int(level))
        secrecy_label_widget = QLabel(self.tr("Se&crecy:"), self)
        secrecy_label_widget.setBuddy(self.secrecy)
        self.case_state = QComboBox(self)
        self.case_state.addItem(self.tr("Any case state"), None)
        for state in CaseState:
            self.case_state.addItem(state_label(state), state.value)
        self.case_state.setAccessibleName(self.tr("Has a case in this state"))
        case_state_label = QLabel(self.tr("Cas&e:"), self)
        case_state_label.setBuddy(self.case_state)
        self.abroad = QCheckBox(self.tr("With relatives &abroad"), self)
        self.new_button = QPushButton(self.tr("&New dossier"), self)
        self.new_button.setToolTip(self.tr("Create a dossier (Ctrl+N)"))
        self.new_button.setVisible(self.can_edit)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the selected dossier (Enter)"))
        self.import_button = QPushButton(self.tr("&Import from Excel…"), self)
        self.import_button.setToolTip(self.tr("Create or update dossiers from a spreadsheet, after a preview"))
        self.import_button.setVisible(session.can(Permission.IMPORT_EXCEL))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.export_button.setToolTip(self.tr("Write the dossiers of the current list to an .xlsx file"))
        self.export_button.setVisible(session.can(Permission.VIEW_DOSSIERS))
        self.import_wizard: ImportWizard | None = None
        self.export_job = None

        self.model = PersonListModel(session, self)
        self.table = PersonTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Dossiers"))
        vheader = self.table.verticalHeader()
        vheader.hide()
        # Fixed row heights: the view never measures a million rows.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        char = self.fontMetrics().averageCharWidth()
        for col, chars in enumerate((26, 11, 8, 26, 18, 26, 14, 11)):
            self.table.setColumnWidth(col, chars * char + 16)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout_memory.remember_header(header, "dossiers")
        frame = ListFrame(self, self.table)
        self.stack, self.empty_label, self.count_label, self.error_label = (
            frame.stack, frame.empty_label, frame.count_label, frame.error_label)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.addWidget(unit_label)
        filters.addWidget(self.unit)
        filters.addSpacing(12)
        filters.addWidget(secrecy_label_widget)
        filters.addWidget(self.secrecy)
        filters.addSpacing(12)
        filters.addWidget(case_state_label)
        filters.addWidget(self.case_state)
        filters.addSpacing(12)
        filters.addWidget(self.abroad)
        filters.addStretch(1)
        filters.addWidget(self.import_button)
        filters.addWidget(self.export_button)
        filters.addWidget(self.new_button)
        filters.addWidget(self.open_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 8)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(self.error_label)
        box.addWidget(self.stack, 1)
        box.addWidget(self.count_label)

        self.search_action = QAction(self.tr("Search"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.new_action = QAction(self.tr("New dossier"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_person)
        self.new_action.setEnabled(self.can_edit)
        for action in (self.search_action, self.new_action):
            # Anywhere in the window, but only while this area is shown (hidden widgets' shortcuts sleep).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.unit.currentIndexChanged.connect(self.run_search)
        self.secrecy.currentIndexChanged.connect(self.run_search)
        self.case_state.currentIndexChanged.connect(self.run_search)
        self.abroad.toggled.connect(self.run_search)
        self.new_button.clicked.connect(self.new_person)
        self.open_button.clicked.connect(self.open_selected)
        self.import_button.clicked.connect(self.import_excel)
        self.export_button.clicked.connect(self.export_excel)
        self.table.open_requested.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.loaded.connect(self._update_state)
        self.model.total_known.connect(lambda _: self._update_state())
        self.model.modelReset.connect(self._update_state)
        self.model.failed.connect(self._show_failure)
        self.load_units()
        self.run_search()

    # -- searching -----------------------------------------------------------
    def current_filter(self) -> PersonFilter:
        abroad = True if self.abroad.isChecked() else None
        level = self.secrecy.currentData()
        return PersonFilter(unit=self.unit.currentData(), secrecy=SecrecyLevel(level) if level is not None else None, has_abroad=abroad,
                            case_state=self.case_state.currentData())

    def run_search(self) -> None:
        self._debounce.stop()
        self.error_label.hide()
        self.model.search(self.search.text().strip(), self.current_filter())

    def refresh(self) -> None:
        """After a save elsewhere: the same search, fresh rows; units may be new."""
        self.model.refresh()
        self.load_units()

    def load_units(self) -> None:
        session = self.session
        run_read(lambda: dossiers.list_units(session), self._units_loaded, self._show_failure, owner=self)

    def _units_loaded(self, units: list[str]) -> None:
        self.units = units
        current = self.unit.currentData()
        self.unit.blockSignals(True)  # the selection stays; no new search
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for u in units:
            self.unit.addItem(u, u)
        index = self.unit.findData(current) if current is not None else 0
        self.unit.setCurrentIndex(max(0, index))
        self.unit.blockSignals(False)
        if current is not None and index < 0:
            self.run_search()  # the unit chosen has gone (merged away)

    def _is_filtered(self) -> bool:
        flt = self.current_filter()
        return bool(self.model.query) or flt != PersonFilter()

    def _update_state(self) -> None:
        total, searching = self.model.total, self.model.searching
        if searching and self.model.rowCount() == 0:
            self.count_label.setText(self.tr("Searching…"))
        elif total is None:
            self.count_label.setText(self.tr("More than {n} dossiers; counting…").format(n=formatting.number(self.model.rowCount())))
        elif self._is_filtered():
            self.count_label.setText(self.tr("%Ln dossier(s) found", "", total))
        else:
            self.count_label.setText(self.tr("%Ln dossier(s) in the vault", "", total))
        if total == 0 and not searching:
            if self._is_filtered():
                self.empty_label.setText(self.tr("No dossier matches the search and filters."))
            else:
                self.empty_label.setText(self.tr("No dossiers yet — import a list from Excel or create a new one")
                                         if self.can_edit or not self.import_button.isHidden() else
                                         self.tr("No dossiers yet. An officer creates them or imports a list from Excel."))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.table)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def _show_failure(self, message) -> None:
        self.error_label.setText(message if isinstance(message, str) else str(message))
        self.error_label.show()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_entered(self) -> None:
        """Enter in the search box: search now and move to the results."""
        if self._debounce.isActive():
            self.run_search()
        self._focus_results()

    def _focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    # -- opening -------------------------------------------------------------
    def open_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_person(row.id)

    def open_person(self, person_id: int) -> None:
        """Bring its editor forward, or read the dossier (the view is audited) and open one."""
        editor = self.editors.get(person_id)
        if editor is not None:
            self._show_editor(editor)
            return
        if person_id in self._opening:
            return
        self._opening.add(person_id)
        session = self.session
        run_write(lambda: dossiers.get_person(session, person_id), self._person_loaded,
                  lambda exc: self._open_failed(person_id, exc), owner=self)

    def _person_loaded(self, person: Person) -> None:
        self._opening.discard(person.id)
        if person.id in self.editors:
            self._show_editor(self.editors[person.id])
            return
        editor = self._make_editor(person)
        self.editors[person.id] = editor
        self._show_editor(editor)

    def _open_failed(self, person_id: int, exc: BaseException) -> None:
        self._opening.discard(person_id)
        show_error(self, exc)

    def new_person(self) -> None:
        if not self.can_edit:
            return
        editor = self._make_editor(None)
        self.new_editors.append(editor)
        self._show_editor(editor)

    def _make_editor(self, person: Person | None) -> DossierEditor:
        editor = DossierEditor(self.session, person, self.prompts, self.units, self)
        editor.saved.connect(lambda pid, e=editor: self._editor_saved(e, pid))
        editor.merged.connect(self._merged_away)
        editor.open_requested.connect(self.open_person)
        editor.open_case.connect(self.open_case)
        editor.data_changed.connect(self.changed)
        editor.finished.connect(lambda _, e=editor: self._editor_closed(e))
        return editor

    @staticmethod
    def _show_editor(editor: DossierEditor) -> None:
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def _editor_saved(self, editor: DossierEditor, person_id: int) -> None:
        if editor in self.new_editors:  # a new dossier now has an id
            self.new_editors.remove(editor)
            self.editors[person_id] = editor
        self.refresh()
        self.changed.emit()

    def _merged_away(self, drop_id: int) -> None:
        other = self.editors.pop(drop_id, None)
        if other is not None:
            other.done(DossierEditor.DialogCode.Rejected)  # that dossier no longer exists on its own

    def _editor_closed(self, editor: DossierEditor) -> None:
        for pid, e in list(self.editors.items()):
            if e is editor:
                del self.editors[pid]
        if editor in self.new_editors:
            self.new_editors.remove(editor)
        editor.deleteLater()

    def open_editors(self) -> list[DossierEditor]:
        return list(self.editors.values()) + list(self.new_editors)

    # -- Excel -----------------------------------------------------------------
    def import_excel(self) -> None:
        """The import wizard (window-modal); the list refreshes once dossiers are written."""
        if not self.session.can(Permission.IMPORT_EXCEL):
            return
        if self.import_wizard is not None:
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return
        wizard = ImportWizard(self.session, parent=self)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.imported.connect(lambda _: (self.refresh(), self.changed.emit()))
        wizard.finished.connect(lambda _, w=wizard: self._import_closed(w))
        self.import_wizard = wizard
        wizard.open()

    def _import_closed(self, wizard: ImportWizard) -> None:
        if self.import_wizard is wizard:
            self.import_wizard = None
        wizard.deleteLater()

    def export_excel(self) -> None:
        """The current search and filters, as the list shows them, to .xlsx (confirmed, registered)."""
        self.export_job = export_list(self, self.session, self.prompts, self.search.text().strip(), self.current_filter())
