"""Import a personnel list from a spreadsheet: file -> sheet and header -> mapping
-> preview -> (Import) -> result.

Reading, previewing and importing run off the GUI thread with progress and
Cancel. Nothing is written before the Import button of the preview page (the
commit page); Cancel anywhere before it leaves the vault as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSpinBox, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage,
)

from app.errors import HosoError
from app.excel.commit import ImportResult, commit
from app.excel.errors import Cancelled
from app.excel.mapping import MappingChoice, all_fields, locate, suggest
from app.excel.plan import Action, ImportPlan, PlanOptions, preview
from app.excel.reading import ReadOptions, Table, read_workbook
from app.excel.records import EarlyColumns
from app.excel.report import write_error_report
from app.excel.service import EarlyParse, suggested_early
from app.session import Session

from .. import theme
from ..dialogs import error_text, notify, wizard_buttons
from ..progress import ProgressJob, run_with_progress
from .plan_model import ACTION_ROLE, PlanModel
from .prompts import ExcelPrompts

PREVIEW_ROWS = 40  # rows of the sheet shown on the table page
SAMPLES = 3  # sample values per column on the mapping page


def _cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "strftime"):
        return v.strftime("%d/%m/%Y")
    return str(v).strip()


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    theme.mark_error(label, bold=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _note_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Page(QWizardPage):
    """A page whose Next may first run a background step; Next is pressed again for it when it ends."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.error = _error_label(self)
        self._ready = False

    def show_error(self, exc: BaseException | str | None) -> None:
        if exc is None:
            self.error.hide()
            return
        if isinstance(exc, Cancelled):
            text = self.tr("Cancelled; nothing was changed.")
        else:
            text = exc if isinstance(exc, str) else error_text(exc)
        self.error.setText(text)
        self.error.show()

    def validatePage(self) -> bool:
        if self._ready:
            self._ready = False
            return True
        if self.w.busy:
            return False
        self.show_error(None)
        try:
            started = self.start_next()
        except HosoError as exc:
            self.show_error(exc)
            return False
        return started is None  # None: nothing to run, go on

    def start_next(self) -> object:
        """Start the background step; return None when there is none to run."""
        return None

    def go_on(self) -> None:
        self._ready = True
        self.w.next()


class FilePage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr("A list of party members as .xlsx, .xlsm, .xls or .ods. "
                                 "Nothing is written to the vault until you press Import on the preview page."))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        self.path.setPlaceholderText(self.tr("Path of the spreadsheet"))
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("Br&owse…"), self)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.error)
        box.addStretch(1)
        self.browse.clicked.connect(self.choose)
        self.path.textChanged.connect(lambda _: (self.show_error(None), self.completeChanged.emit()))

    def choose(self) -> None:
        path = self.w.prompts.open_spreadsheet(self, self.tr("Choose the spreadsheet to import"))
        if path is not None:
            self.path.setText(str(path))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def start_next(self) -> object:
        path = Path(self.path.text().strip())
        table = self.w.table
        if table is not None and self.w.source == path:
            return None  # already read
        early = suggested_early(self.w.session)
        return self.w.run(self.tr("Reading the spreadsheet"),
                          lambda progress, cancel: read_workbook(path, ReadOptions(None), progress, cancel, early),
                          lambda t: self._read(path, t, early), self.show_error)

    def _read(self, path: Path, table: Table, early: EarlyParse) -> None:
        self.w.set_table(table, path)
        self.w.early[table.sheet] = (table, early.columns)
        self.go_on()


class TablePage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Sheet and header"))
        self.setSubTitle(self.tr("Check the sheet, the row holding the column headers and the last row of data."))
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.header_row = QSpinBox(self)
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.last_row = QSpinBox(self)
        self.last_row.setAccessibleName(self.tr("Last data row"))
        self.detected = _note_label(self)
        self.grid = QTableWidget(self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("First rows of the sheet"))
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        form = QHBoxLayout()
        for text, widget in ((self.tr("&Sheet:"), self.sheet), (self.tr("&Header row:"), self.header_row),
                             (self.tr("&Last data row:"), self.last_row)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addWidget(label)
            form.addWidget(widget)
            form.addSpacing(12)
        form.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.detected)
        box.addWidget(self.error)
        box.addWidget(self.grid, 1)
        self._shown: Table | None = None
        self._last_edited = False
        self.sheet.activated.connect(self._sheet_chosen)
        self.header_row.valueChanged.connect(lambda _: self._highlight())
        self.last_row.valueChanged.connect(lambda _: self._highlight())
        self.last_row.editingFinished.connect(self._last_touched)

    def _last_touched(self) -> None:
        self._last_edited = self.last_row.value() != self._default_last

    def initializePage(self) -> None:
        if self.w.table is not self._shown:
            self.show_table()

    def show_table(self) -> None:
        table = self.w.table
        self._shown = table
        self.show_error(None)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for s in table.sheets:
            text = s.name if s.rows < 0 else self.tr("{name} ({n} rows)").format(name=s.name, n=s.rows)
            if not s.visible:
                text += " " + self.tr("(hidden)")
            self.sheet.addItem(text, s.name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(table.sheet)))
        self.sheet.blockSignals(False)
        n = max(1, table.row_number(len(table.rows) - 1)) if table.rows else 1
        for spin in (self.header_row, self.last_row):
            spin.blockSignals(True)
            spin.setRange(1, n)
            spin.blockSignals(False)
        try:
            layout = locate(table)
        except HosoError as exc:
            layout = None
            self.show_error(exc)
        header = table.row_number(layout.header_index) if layout else 1
        last = table.row_number(layout.data_end - 1) if layout and layout.data_end > layout.data_start else n
        self._default_last = last
        self._last_edited = False
        self.header_row.setValue(header)
        self.last_row.setValue(last)
        if layout:
            self.detected.setText(self.tr("Detected: headers on row {h}, data on rows {a}–{b}.").format(
                h=header, a=table.row_number(layout.data_start), b=last))
        else:
            self.detected.setText(self.tr("No header row was found: choose it."))
        self._fill_grid()

    def _fill_grid(self) -> None:
        table = self.w.table
        rows = table.rows[:max(PREVIEW_ROWS, 0)]
        width = max((len(r) for r in rows), default=0)
        self.grid.clear()
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(width)
        self.grid.setHorizontalHeaderLabels([table.column_letter(j) for j in range(width)])
        self.grid.setVerticalHeaderLabels([str(table.row_number(i)) for i in range(len(rows))])
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                text = _cell_text(v)
                if text:
                    self.grid.setItem(i, j, QTableWidgetItem(text))
        self._highlight()
        self.grid.resizeColumnsToContents()
        cap = self.fontMetrics().averageCharWidth() * 40
        for j in range(width):
            self.grid.setColumnWidth(j, min(cap, self.grid.columnWidth(j) + 8))

    def _highlight(self) -> None:
        table = self.w.table
        if table is None:
            return
        h = self.header_row.value() - 1 - table.row0
        last = self.last_row.value() - 1 - table.row0
        bold = QFont(self.grid.font())
        bold.setBold(True)
        for i in range(self.grid.rowCount()):
            for j in range(self.grid.columnCount()):
                item = self.grid.item(i, j)
                if item is None:
                    item = QTableWidgetItem("")
                    self.grid.setItem(i, j, item)
                if i == h:
                    item.setBackground(QBrush(QColor("#FFE082")))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setFont(bold)
                elif i < h or i > last:
                    item.setBackground(QBrush())
                    item.setForeground(QBrush(QColor("#9E9E9E")))
                    item.setFont(self.grid.font())
                else:
                    item.setBackground(QBrush())
                    item.setForeground(QBrush())
                    item.setFont(self.grid.font())
        if 0 <= h < self.grid.rowCount():
            self.grid.scrollToItem(self.grid.item(h, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _sheet_chosen(self, index: int) -> None:
        name = self.sheet.itemData(index)
        table = self.w.table
        if table is None or name == table.sheet:
            return
        cached = self.w.sheets.get(name)
        if cached is not None:
            self.w.table = cached
            self.show_table()
            return
        path = self.w.source

        def failed(exc: BaseException) -> None:
            self.sheet.setCurrentIndex(max(0, self.sheet.findData(self.w.table.sheet)))
            self.show_error(exc)

        early = suggested_early(self.w.session)

        def read(t: Table) -> None:
            self.w.sheets[t.sheet] = t
            self.w.early[t.sheet] = (t, early.columns)
            self.w.table = t
            self.show_table()

        self.w.run(self.tr("Reading the sheet"),
                   lambda progress, cancel: read_workbook(path, ReadOptions(name), progress, cancel, early), read, failed)

    def start_next(self) -> object:
        table = self.w.table
        last = self.last_row.value() if self._last_edited else None
        layout = locate(table, self.header_row.value(), last)
        if last is not None and last < self.header_row.value():
            raise HosoError("bad_input", detail=self.tr("the last data row is above the header row"))
        self.w.set_layout(layout)
        return None


class MappingPage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Choose what each column of the spreadsheet holds; ignored columns are not imported."))
        self.source = _note_label(self)
        self.notes = _note_label(self)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.StyledPanel)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile = QLineEdit(self)
        self.profile.setAccessibleName(self.tr("Profile name"))
        self.profile.setPlaceholderText(self.tr("Leave empty not to save"))
        profile_label = QLabel(self.tr("Save this mapping as &profile:"), self)
        profile_label.setBuddy(self.profile)
        row = QHBoxLayout()
        row.addWidget(profile_label)
        row.addWidget(self.profile, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.source)
        box.addWidget(self.notes)
        box.addWidget(self.area, 1)
        box.addLayout(row)
        box.addWidget(self.error)
        self.combos: dict[int, QComboBox] = {}
        self._shown: MappingChoice | None = None

    def initializePage(self) -> None:
        choice = self.w.choice
        if choice is self._shown:
            return
        self._shown = choice
        self.show_error(None)
        if choice.source == "profile":
            self.source.setText(self.tr("Filled in from the saved profile “{name}”.").format(name=choice.profile))
        else:
            self.source.setText(self.tr("Suggested from the column headers (known synonyms)."))
        self.notes.setText("\n".join(choice.notes))
        self.notes.setVisible(bool(choice.notes))
        self._build(choice)

    def _build(self, choice: MappingChoice) -> None:
        table, layout = self.w.table, choice.layout
        fields = all_fields()
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setHorizontalSpacing(14)
        grid.setContentsMargins(10, 8, 14, 8)
        grid.setVerticalSpacing(6)
        for col, text in enumerate((self.tr("Column"), self.tr("Header"), self.tr("Sample values"), self.tr("Dossier field"))):
            label = QLabel(f"<b>{text}</b>", holder)
            grid.addWidget(label, 0, col)
        data = table.rows[layout.data_start:layout.data_end]
        self.combos = {}
        for r, column in enumerate(layout.columns, start=1):
            j = column.index
            samples = []
            for row in data:
                text = _cell_text(row[j]) if j < len(row) else ""
                if text:
                    samples.append(text)
                if len(samples) == SAMPLES:
                    break
            letter = QLabel(table.column_letter(j), holder)
            header = QLabel(column.header or self.tr("(no header)"), holder)
            header.setWordWrap(True)
            header.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
            sample = QLabel("; ".join(s if len(s) <= 30 else s[:29] + "…" for s in samples), holder)
            sample.setWordWrap(True)
            sample.setStyleSheet("QLabel { color: palette(dark); }")
            combo = QComboBox(holder)
            combo.addItem(self.tr("(ignore)"), None)
            for code, label in fields.items():
                combo.addItem(label, code)
            code = choice.mapping.get(j)
            if code is not None and combo.findData(code) < 0:
                combo.addItem(code, code)
            combo.setCurrentIndex(max(0, combo.findData(code)) if code is not None else 0)
            combo.setAccessibleName(self.tr("Field of column {letter} “{header}”").format(
                letter=table.column_letter(j), header=column.header))
            combo.setMinimumContentsLength(20)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            header.setBuddy(combo)
            grid.addWidget(letter, r, 0)
            grid.addWidget(header, r, 1)
            grid.addWidget(sample, r, 2)
            grid.addWidget(combo, r, 3)
            self.combos[j] = combo
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(len(layout.columns) + 1, 1)
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.area.setWidget(holder)

    def mapping(self) -> dict[int, str]:
        return {j: c.currentData() for j, c in self.combos.items() if c.currentData()}

    def set_field(self, column: int, code: str | None) -> None:
        """Choose the field of a column (None: ignore it), as a user would."""
        combo = self.combos[column]
        combo.setCurrentIndex(0 if code is None else combo.findData(code))

    def start_next(self) -> object:
        suggested = self.w.choice
        mapping = self.mapping()
        if mapping == suggested.mapping:
            choice = suggested
        else:
            choice = MappingChoice(suggested.layout, mapping, "user", suggested.profile)
        return self.w.make_plan(choice, self._planned, self.show_error)

    def _planned(self, plan: ImportPlan) -> None:
        self.w.plan = plan
        self.go_on()


class PreviewPage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What the import will do with each row. Nothing has been written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.counts = _note_label(self)
        self.notices = _note_label(self)
        self.model = PlanModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(ACTION_ROLE)
        self.proxy.setFilterKeyColumn(2)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show rows"))
        filter_label = QLabel(self.tr("&Show:"), self)
        filter_label.setBuddy(self.filter)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Rows of the file"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        head = self.view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for col, chars in enumerate((6, 24, 22)):
            self.view.setColumnWidth(col, chars * char + 16)
        head.setStretchLastSection(True)
        self.include_review = QCheckBox(self.tr("Also &create the near matches shown for review (as new dossiers)"), self)
        self.accept_ids = QCheckBox(self.tr("&Accept CCCD warnings (birth year or sex not matching the number)"), self)
        self.report = QPushButton(self.tr("Save &error report…"), self)
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.report)
        box = QVBoxLayout(self)
        box.addWidget(self.counts)
        box.addWidget(self.notices)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        box.addWidget(self.include_review)
        box.addWidget(self.accept_ids)
        box.addWidget(self.error)
        self.filter.currentIndexChanged.connect(self._filter)
        self.include_review.toggled.connect(self._include_review)
        self.accept_ids.toggled.connect(self._accept_ids)
        self.report.clicked.connect(self.save_report)

    def initializePage(self) -> None:
        self.show_plan()

    def show_plan(self) -> None:
        plan = self.w.plan
        self.show_error(None)
        self.model.set_plan(plan)
        c = plan.counts()
        self.counts.setText(self.tr(
            "<b>{rows}</b> rows read — create: <b>{create}</b>, update: <b>{update}</b>, "
            "repeated or unchanged: <b>{dup}</b>, review: <b>{review}</b>, errors: <b>{error}</b>").format(
            rows=plan.rows_read, create=c["create"], update=c["update"], dup=c["duplicate"] + c["unchanged"],
            review=c["review"], error=c["error"]))
        notes = plan.notices + plan.choice.notes
        self.notices.setText("\n".join(notes))
        self.notices.setVisible(bool(notes))
        labels = self.model.action_labels()
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All rows ({n})").format(n=plan.rows_read), None)
        for action in Action:
            if c[action.value]:
                self.filter.addItem(f"{labels[action]} ({c[action.value]})", action.value)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)
        self._filter()
        self.include_review.setEnabled(c["review"] > 0)
        self.report.setEnabled(bool(plan.issues()) or c["error"] + c["review"] > 0)
        self.completeChanged.emit()

    def _filter(self) -> None:
        value = self.filter.currentData()
        self.proxy.setFilterRegularExpression(QRegularExpression(f"^{value}$") if value else QRegularExpression())

    def show_action(self, action: Action | None) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(action.value if action else None)))

    def _include_review(self, on: bool) -> None:
        self.model.set_include_review(on)
        self.completeChanged.emit()

    def _accept_ids(self, on: bool) -> None:
        """The option changes how rows are judged: preview again."""
        def failed(exc: BaseException) -> None:
            self.accept_ids.blockSignals(True)
            self.accept_ids.setChecked(not on)
            self.accept_ids.blockSignals(False)
            self.show_error(exc)

        def planned(plan: ImportPlan) -> None:
            self.w.plan = plan
            self.show_plan()

        self.w.make_plan(self.w.plan.choice, planned, failed)

    def to_write(self) -> int:
        plan = self.w.plan
        if plan is None:
            return 0
        c = plan.counts()
        return c["create"] + c["update"] + (c["review"] if self.include_review.isChecked() else 0)

    def isComplete(self) -> bool:
        return self.to_write() > 0

    def save_report(self) -> None:
        plan = self.w.plan
        dest = self.w.prompts.save_xlsx(self, self.tr("Save the error report"),
                                        f"{Path(plan.table.file_name).stem} - bao cao loi.xlsx")
        if dest is None:
            return
        session = self.w.session
        self.w.run(self.tr("Writing the error report"),
                   lambda progress, cancel: write_error_report(session, plan, dest),
                   lambda path: self._report_written(path), self.show_error, cancellable=False)

    def _report_written(self, path: Path) -> None:
        self.w.last_report = Path(path)
        notify(self, self.tr("The error report was saved to {path}. It holds personnel data and was entered "
                             "in the copy register.").format(path=path))

    def start_next(self) -> object:
        plan, session = self.w.plan, self.w.session
        include = self.include_review.isChecked()
        name = self.w.mapping_page.profile.text().strip() or None
        return self.w.run(self.tr("Importing"),
                          lambda progress, cancel: commit(session, plan, include_review=include, save_profile=name,
                                                          progress=progress, cancel=cancel),
                          self._done, self.show_error)

    def _done(self, result: ImportResult) -> None:
        self.w.result = result
        self.w.imported.emit(result)
        self.go_on()


class ResultPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import finished"))
        self.summary = _note_label(self)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addStretch(1)

    def initializePage(self) -> None:
        r, plan = self.w.result, self.w.plan
        c = plan.counts()
        lines = [
            self.tr("New dossiers created: {n}").format(n=r.created)
            + (self.tr(" (numbers {a}–{b})").format(a=r.created_ids[0], b=r.created_ids[1]) if r.created_ids else ""),
            self.tr("Dossiers updated (previous versions kept): {n}").format(n=r.updated),
            self.tr("Rows repeated in the file or already in the vault: {n}").format(n=c["duplicate"] + c["unchanged"]),
        ]
        if c["review"] and r.created < c["create"] + c["review"]:
            lines.append(self.tr("Near matches not imported (check them in the list): {n}").format(n=c["review"]))
        lines.append(self.tr("Rows with errors, not imported: {n}").format(n=c["error"]))
        if r.profile:
            lines.append(self.tr("Column mapping saved as profile “{name}”.").format(name=r.profile))
        self.summary.setText("\n".join(lines))


class ImportWizard(QWizard):
    """Emits `imported(ImportResult)` once the dossiers are written."""

    imported = Signal(object)

    def __init__(self, session: Session, prompts: ExcelPrompts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts or ExcelPrompts()
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        wizard_buttons(self, self.tr("&Close"))
        self.source: Path | None = None
        self.table: Table | None = None
        self.sheets: dict[str, Table] = {}
        # Per sheet read: the columns parsed while it was being read (app.excel.service.EarlyParse),
        # which the preview uses if the user keeps the detected table and the suggested mapping.
        self.early: dict[str, tuple[Table, EarlyColumns | None]] = {}
        self.choice: MappingChoice | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.last_report: Path | None = None
        self.job: ProgressJob | None = None
        self.accept_id_warnings = False
        self.file_page = FilePage(self)
        self.table_page = TablePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.table_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        char = self.fontMetrics().averageCharWidth()
        self.resize(max(900, 118 * char), max(620, self.fontMetrics().height() * 34))

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(self, title: str, fn: Callable, on_success: Callable[[Any], None], on_error: Callable[[BaseException], None],
            *, cancellable: bool = True) -> ProgressJob | None:
        if self.job is not None:
            return None

        def done(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self.job = None
                callback(value)
            return call

        self.job = run_with_progress(self, title, fn, done(on_success), done(on_error), cancellable=cancellable)
        return self.job

    def set_table(self, table: Table, path: Path) -> None:
        self.source, self.table = path, table
        self.sheets = {table.sheet: table}
        self.early = {}
        self.choice = self.plan = None

    def set_layout(self, layout) -> None:
        """A new layout suggests a new mapping; the same one keeps the user's edits."""
        old = self.choice
        if (old is not None and getattr(self, "_choice_table", None) is self.table
                and (old.layout.header_index, old.layout.header_rows, old.layout.data_start, old.layout.data_end,
                     old.header_key) == (layout.header_index, layout.header_rows, layout.data_start, layout.data_end,
                                         layout.header_key)):
            return
        self.choice = suggest(self.table, layout, self.session.vault.conn)
        self._choice_table = self.table

    def make_plan(self, choice: MappingChoice, on_success: Callable[[ImportPlan], None],
                  on_error: Callable[[BaseException], None]) -> ProgressJob | None:
        session, table = self.session, self.table
        opts = PlanOptions(accept_id_warnings=self.preview_page.accept_ids.isChecked())
        read, early = self.early.get(table.sheet, (None, None))
        early = early if read is table else None
        return self.run(self.tr("Checking the rows"),
                        lambda progress, cancel: preview(session, table, choice, opts, progress, cancel, early),
                        on_success, on_error)
