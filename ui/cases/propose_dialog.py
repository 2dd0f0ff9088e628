"""Proposing the conclusion: appraising → awaiting decision."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from app import cases
from app.session import Session
from app.workflow.states import CaseState
from app.workflow.templates import issue_codes, outcomes

from ..job_dialog import JobDialog
from .jobs import locked


class ProposeDialog(JobDialog):
    def __init__(self, parent: QWidget | None, session: Session, case_id: int) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.outcomes = outcomes()
        self.setWindowTitle(self.tr("Propose the conclusion"))
        self.set_intro(self.tr("The proposal goes to the leadership for decision. An outcome that is not a plain "
                               "\"meets the standard\" names the issues found, from the catalogue."))
        self.outcome = QComboBox(self)
        for code, o in self.outcomes.items():
            self.outcome.addItem(o.title, code)
        self.reasons = QPlainTextEdit(self)
        self.reasons.setTabChangesFocus(True)
        self.reasons.setMinimumHeight(80)
        self.reasons.setPlaceholderText(self.tr("The grounds of the proposal: what was verified and what it showed"))
        self.limit = QLineEdit(self)
        self.limit.setPlaceholderText(self.tr("e.g. not to be placed in key or secret posts"))
        self.issues = QListWidget(self)
        self.issues.setMinimumHeight(140)
        kinds = {"history": self.tr("political history"), "current": self.tr("current politics")}
        subjects = {"self": self.tr("the person"), "relative": self.tr("a relative")}
        for code, ic in issue_codes().items():
            item = QListWidgetItem(f"{code} — {ic.title}", self.issues)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            tip = self.tr("Kind: {kind}; concerns {subject}").format(kind=kinds.get(ic.kind, ic.kind), subject=subjects.get(ic.subject, ic.subject))
            if ic.foreign:
                tip += "; " + self.tr("foreign element")
            if ic.legal_basis:
                tip += "\n" + ic.legal_basis
            item.setToolTip(tip)
        self.limit_label = QLabel(self.tr("&Limit:"), self)
        self.limit_label.setBuddy(self.limit)
        for text, field in ((self.tr("&Outcome:"), self.outcome), (self.tr("&Reasons:"), self.reasons)):
            label = QLabel(text, self)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.limit_label, self.limit)
        issues_label = QLabel(self.tr("&Issues found:"), self)
        issues_label.setBuddy(self.issues)
        self.form.addRow(issues_label, self.issues)
        self.ok_button.setText(self.tr("&Propose"))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.reasons.textChanged.connect(self.update_ok)
        self.limit.textChanged.connect(self.update_ok)
        self._outcome_changed()
        self.resize(620, 520)

    def needs_limit(self) -> bool:
        o = self.outcomes.get(self.outcome.currentData())
        return bool(o and o.needs_limit)

    def _outcome_changed(self) -> None:
        self.limit_label.setVisible(self.needs_limit())
        self.limit.setVisible(self.needs_limit())
        self.update_ok()

    def set_outcome(self, code: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(code))

    def checked_issues(self) -> list[str]:
        return [self.issues.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.issues.count())
                if self.issues.item(i).checkState() == Qt.CheckState.Checked]

    def check_issue(self, code: str, checked: bool = True) -> None:
        for i in range(self.issues.count()):
            if self.issues.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.issues.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def can_submit(self) -> bool:
        return bool(self.reasons.toPlainText().strip()) and (not self.needs_limit() or bool(self.limit.text().strip()))

    def work(self) -> Callable[[], Any]:
        s, cid = self.session, self.case_id
        outcome, note, codes = self.outcome.currentData(), self.reasons.toPlainText().strip(), self.checked_issues()
        limit = self.limit.text().strip() if self.needs_limit() else ""
        return lambda: locked(lambda: cases.advance(s, cid, CaseState.AWAITING_DECISION, outcome=outcome, note=note,
                                                    issue_codes=codes, limit=limit))
