"""The destruction tab: proposals (items, council, method), the decision, the execution
(confirmed: it cannot be undone) and the record printed for the council to sign."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app import destruction
from app.destruction import ItemKind, ItemSpec, Member, procedure_no
from app.permissions import Permission
from app.session import Session
from app.store.destruction import ProcedureRow

from ..dialogs import confirm, error_text, notify, show_error
from ..dossiers.jobs import locked, run_read, run_write
from ..forms.launch import open_preview
from ..job_dialog import JobDialog
from ..progress import run_with_progress
from ..labels import destruction_item_label, destruction_state_label, secrecy_label



class ProposeDialog(JobDialog):
    """Items one by one (what, its number, copy, abstract), the council one per line, the method."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[ItemSpec] = []
        self.setWindowTitle(self.tr("Propose a destruction"))
        self.ok_button.setText(self.tr("&Propose"))
        self.set_intro(self.tr("List what is to be destroyed. Dossiers, attachments and cases are removed from the vault "
                               "when the destruction is carried out; printed copies, carriers and paper documents are destroyed by hand "
                               "and recorded. A leader decides before anything is destroyed."))
        self.kind = QComboBox(self)
        for k in ItemKind:
            self.kind.addItem(self._kind_text(k), k.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.object = QLineEdit(self)
        self.copy = QLineEdit(self)
        self.copy.setMaximumWidth(80)
        self.abstract = QLineEdit(self)
        self.add_button = QPushButton(self.tr("&Add item"), self)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Re&move item"), self)
        self.remove_button.clicked.connect(self.remove_item)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Items to destroy"))
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.object, 1)
        row.addWidget(self.copy)
        row.addWidget(self.add_button)
        self.council = QPlainTextEdit(self)
        self.council.setPlaceholderText(self.tr("One member per line: full name | post"))
        self.council.setTabChangesFocus(True)
        self.council.setMaximumHeight(90)
        self.method = QLineEdit(self)
        self.method.setPlaceholderText(self.tr("e.g. removed from the vault; paper burnt; USB stick crushed"))
        self.reason = QLineEdit(self)
        for text, w in ((self.tr("&What:"), row), (self.tr("A&bstract (paper; optional otherwise):"), self.abstract),
                        (self.tr("&Items:"), self.list), ("", self.remove_button), (self.tr("&Council:"), self.council),
                        (self.tr("&Method:"), self.method), (self.tr("&Reason:"), self.reason)):
            if isinstance(w, QHBoxLayout):
                lab = QLabel(text, self)
                lab.setBuddy(self.kind)
                self.form.addRow(lab, w)
                continue
            lab = QLabel(text, self)
            lab.setBuddy(w)
            self.form.addRow(lab, w)
        for w in (self.method,):
            w.textChanged.connect(self.update_ok)
        self.council.textChanged.connect(self.update_ok)
        self._kind_changed()
        self.update_ok()
        self.setMinimumWidth(640)

    def _kind_text(self, k: ItemKind) -> str:
        return {ItemKind.PERSON: self.tr("Dossier (number)"), ItemKind.ATTACHMENT: self.tr("Attachment (number)"),
                ItemKind.CASE: self.tr("Case (number)"), ItemKind.FORM_COPY: self.tr("Printed copy (document number, copy)"),
                ItemKind.COPY: self.tr("Exported copy (copying-register entry)"), ItemKind.CARRIER: self.tr("Carrier (label)"),
                ItemKind.PAPER: self.tr("Paper document (number and symbol, copy)")}[k]

    def _kind_changed(self, *_: object) -> None:
        k = ItemKind(self.kind.currentData())
        self.copy.setEnabled(k in (ItemKind.FORM_COPY, ItemKind.PAPER))
        self.object.setPlaceholderText(self.tr("number and symbol") if k is ItemKind.PAPER else self.tr("label") if k is ItemKind.CARRIER
                                       else self.tr("number"))
        self.copy.setPlaceholderText(self.tr("copy no.") if self.copy.isEnabled() else "")

    def add_item(self) -> None:
        k = ItemKind(self.kind.currentData())
        obj, copy, abstract = self.object.text().strip(), self.copy.text().strip(), self.abstract.text().strip()
        if not obj:
            self.show_error(self.tr("Type the number or label of the item first."))
            return
        spec = ItemSpec(k, "" if k is ItemKind.PAPER else obj, copy, obj if k is ItemKind.PAPER else "", abstract)
        self.items.append(spec)
        self.list.addItem(" — ".join(x for x in (self._kind_text(k), obj, copy and self.tr("copy {n}").format(n=copy), abstract) if x))
        for w in (self.object, self.copy, self.abstract):
            w.clear()
        self.show_error("")
        self.object.setFocus()
        self.update_ok()

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self.list.takeItem(row)
            self.update_ok()

    def members(self) -> list[Member]:
        out = []
        for line in self.council.toPlainText().splitlines():
            name, _, post = line.partition("|")
            if name.strip():
                out.append(Member(name.strip(), post.strip()))
        return out

    def can_submit(self) -> bool:
        return bool(self.items) and len(self.members()) >= destruction.MIN_MEMBERS and bool(self.method.text().strip())

    def work(self) -> Callable[[], Any]:
        s, items, members, method, reason = self.session, list(self.items), self.members(), self.method.text(), self.reason.text()
        return lambda: locked(lambda: destruction.propose(s, items, members, method, reason))


class DecideDialog(JobDialog):
    def __init__(self, session: Session, p: ProcedureRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.procedure = session, p
        self.setWindowTitle(self.tr("Decision on proposal {number}").format(number=procedure_no(p)))
        self.ok_button.setText(self.tr("&Record the decision"))
        self.set_intro(self.tr("Record the written decision that allows this destruction ({count} item(s)).").format(count=len(p.items)))
        self.decision_no = QLineEdit(self)
        self.decision_date = QDateEdit(QDate.currentDate(), self)
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setDisplayFormat("dd/MM/yyyy")
        self.decision_date.setMaximumDate(QDate.currentDate())
        self.authority = QLineEdit(self)
        for text, w in ((self.tr("Decision &number:"), self.decision_no), (self.tr("Decision &date:"), self.decision_date),
                        (self.tr("Decided &by:"), self.authority)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            self.form.addRow(lab, w)
        self.decision_no.textChanged.connect(self.update_ok)
        self.authority.textChanged.connect(self.update_ok)
        self.update_ok()
        self.setMinimumWidth(440)

    def can_submit(self) -> bool:
        return bool(self.decision_no.text().strip() and self.authority.text().strip())

    def work(self) -> Callable[[], Any]:
        s, pid, no, auth = self.session, self.procedure.id, self.decision_no.text(), self.authority.text()
        day = self.decision_date.date().toPython()
        return lambda: locked(lambda: destruction.decide(s, pid, no, day, auth))


class DestructionTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm = confirm  # tests answer for the user here
        self.setWindowTitle(self.tr("Destruction"))
        self.procedures: list[ProcedureRow] = []
        self.last_result: destruction.ExecuteResult | None = None
        self.list = QTableWidget(0, 5, self)
        self.list.setHorizontalHeaderLabels([self.tr("Number"), self.tr("State"), self.tr("Items"), self.tr("Decision"), self.tr("Method")])
        self.items = QTableWidget(0, 5, self)
        self.items.setHorizontalHeaderLabels([self.tr("What"), self.tr("Number and symbol"), self.tr("Copy"), self.tr("Level"), self.tr("Abstract")])
        for t in (self.list, self.items):
            t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.verticalHeader().hide()
            t.horizontalHeader().setSectionResizeMode(t.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(self.tr("Destruction procedures"))
        self.items.setAccessibleName(self.tr("Items of the procedure"))
        self.council = QLabel(self)
        self.council.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("&Propose…"), self)
        self.decide_button = QPushButton(self.tr("&Decide…"), self)
        self.execute_button = QPushButton(self.tr("Carry &out the destruction…"), self)
        self.record_button = QPushButton(self.tr("Print the &record…"), self)
        self.cancel_button = QPushButton(self.tr("&Withdraw the proposal…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.propose_button, self.decide_button, self.execute_button, self.record_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        detail = QWidget(self)
        dbox = QVBoxLayout(detail)
        dbox.setContentsMargins(0, 0, 0, 0)
        dbox.addWidget(self.council)
        dbox.addWidget(self.items, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(detail)
        box = QVBoxLayout(self)
        box.addLayout(buttons)
        box.addWidget(split, 1)
        box.addWidget(self.status)
        self.propose_button.clicked.connect(self.propose)
        self.decide_button.clicked.connect(self.decide)
        self.execute_button.clicked.connect(self.execute_selected)
        self.record_button.clicked.connect(self.print_record)
        self.cancel_button.clicked.connect(self.withdraw)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self._update_buttons()

    # -- view ------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        run_read(lambda: destruction.list_procedures(self.session), lambda rows: self._loaded(rows, select),
                 lambda exc: self.status.setText(error_text(exc)), self)

    def _loaded(self, rows: list[ProcedureRow], select: int | None) -> None:
        keep = select if select is not None else (self.selected().id if self.selected() else None)
        self.procedures = rows
        self.list.setRowCount(len(rows))
        for i, p in enumerate(rows):
            cells = (procedure_no(p), destruction_state_label(p.state), str(len(p.items)),
                     f"{p.decision_no} ({p.authority})" if p.decision_no else "", p.method)
            for col, text in enumerate(cells):
                self.list.setItem(i, col, QTableWidgetItem(text))
            if p.id == keep:
                self.list.selectRow(i)
        for col in range(4):
            self.list.resizeColumnToContents(col)
        self._show_selected()

    def selected(self) -> ProcedureRow | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        return self.procedures[rows[0].row()] if rows and rows[0].row() < len(self.procedures) else None

    def _show_selected(self) -> None:
        p = self.selected()
        self.items.setRowCount(len(p.items) if p else 0)
        if p is not None:
            for i, it in enumerate(p.items):
                for col, text in enumerate((destruction_item_label(it.kind), it.number_symbol, it.copy_number,
                                            secrecy_label(it.secrecy), it.abstract)):
                    self.items.setItem(i, col, QTableWidgetItem(text))
            for col in range(4):
                self.items.resizeColumnToContents(col)
            members = "; ".join(f"{m['name']} ({m['post']})" if m.get("post") else m["name"] for m in p.council)
            self.council.setText(self.tr("Council: {members}. Method: {method}.").format(members=members, method=p.method))
        else:
            self.council.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.selected()
        s = self.session
        keep, decide = s.can(Permission.KEEP_REGISTERS), s.can(Permission.DECIDE_DESTRUCTION)
        self.propose_button.setEnabled(keep)
        self.decide_button.setEnabled(decide and p is not None and p.state == "proposed")
        self.execute_button.setEnabled(keep and p is not None and p.state in ("decided", "executed"))
        self.execute_button.setText(self.tr("Compact the vault again…") if p is not None and p.state == "executed"
                                    else self.tr("Carry &out the destruction…"))
        self.record_button.setEnabled(s.can(Permission.PRINT_FORMS) and p is not None and p.state in ("decided", "executed"))
        self.cancel_button.setEnabled(p is not None and ((p.state == "proposed" and keep) or (p.state == "decided" and decide)))

    # -- actions ---------------------------------------------------------------
    def propose(self) -> ProposeDialog:
        dlg = ProposeDialog(self.session, self)
        dlg.accepted.connect(lambda: self.refresh(dlg.result_value.id))
        dlg.open()
        return dlg

    def decide(self) -> DecideDialog | None:
        p = self.selected()
        if p is None:
            return None
        dlg = DecideDialog(self.session, p, self)
        dlg.accepted.connect(lambda: self.refresh(p.id))
        dlg.open()
        return dlg

    def execute_selected(self) -> None:
        p = self.selected()
        if p is None:
            return
        persons = sum(1 for i in p.items if i.kind in ("person", "attachment", "case"))
        if p.state == "decided" and not self.confirm(
                self, self.tr("Carry out the destruction"),
                self.tr("Destroy the {count} item(s) of proposal {number} under decision {decision}?\n\n"
                        "{data} of them are removed from the vault for good: the dossiers with their relatives, versions, "
                        "attachments and cases. Only the register entries remain. This cannot be undone; backups made "
                        "earlier still hold the data and must be destroyed the same way.").format(
                    count=len(p.items), number=procedure_no(p), decision=p.decision_no, data=persons),
                self.tr("&Destroy")):
            return
        self.execute(p.id)

    def execute(self, destruction_id: int):
        s = self.session
        self.execute_button.setEnabled(False)
        return run_with_progress(
            self, self.tr("Destroying"),
            lambda progress, _cancel: locked(lambda: destruction.execute(s, destruction_id, confirmed=True, progress=progress)),
            self._executed, self._failed, cancellable=False)

    def _executed(self, result: destruction.ExecuteResult) -> None:
        self.last_result = result
        r = result.removed
        self.status.setText(self.tr("Destroyed: {persons} dossier(s), {cases} case(s), {attachments} attachment(s). "
                                    "The vault was compacted. Print the record for the council to sign.").format(
            persons=r.persons, cases=r.cases, attachments=r.attachments))
        self.refresh(result.procedure.id)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    def print_record(self):
        p = self.selected()
        if p is None:
            return None
        pid = p.id
        return open_preview(self, self.session, self.tr("Destruction record {number}").format(number=procedure_no(p)),
                            lambda s: destruction.record_draft(s, pid))

    def withdraw(self) -> None:
        p = self.selected()
        if p is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Withdraw the proposal"), self.tr("Why is proposal {number} withdrawn?").format(
            number=procedure_no(p)))
        if ok and reason.strip():
            self.withdraw_procedure(p.id, reason)

    def withdraw_procedure(self, destruction_id: int, reason: str) -> None:
        run_write(lambda: destruction.cancel(self.session, destruction_id, reason),
                  lambda p: (self.refresh(p.id), notify(self, self.tr("Proposal {number} was withdrawn.").format(number=procedure_no(p)))),
                  lambda exc: show_error(self, exc), self)
