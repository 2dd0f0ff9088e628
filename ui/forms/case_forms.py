"""The case window's Print… button: the forms the case's state allows, in a menu."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from app.cases import CaseView
from app.forms import api
from app.session import Session
from app.workflow.states import CaseState

from .launch import can_print, open_preview
from .preview_dialog import PreviewDialog

S = CaseState
REPORT_STATES = (S.APPRAISING, S.AWAITING_DECISION, S.CONCLUDED, S.ARCHIVED)
CONCLUDED = (S.CONCLUDED, S.ARCHIVED)


class CaseFormsBox(QGroupBox):
    """Hidden for roles that cannot print and for cases with nothing to print yet."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Printed forms"), parent)
        self.session = session
        self.case_id = 0
        self.dialog: PreviewDialog | None = None
        self.menu = QMenu(self)
        self.conclusion = QAction(self.tr("Print the &conclusion…"), self)
        self.report = QAction(self.tr("Print the verification &report…"), self)
        self.appraisal = QAction(self.tr("Print the &appraisal submission…"), self)
        for action in (self.conclusion, self.report, self.appraisal):
            self.menu.addAction(action)
        self.conclusion.triggered.connect(lambda: self.open("conclusion"))
        self.report.triggered.connect(lambda: self.open("report"))
        self.appraisal.triggered.connect(lambda: self.open("appraisal"))
        self.button = QPushButton(self.tr("Pr&int…"), self)
        self.button.setMenu(self.menu)
        hint = QLabel(self.tr("Preview first; every printed or saved copy is numbered and registered."), self)
        hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.button)
        box.addWidget(hint)
        self.hide()

    def set_view(self, view: CaseView) -> None:
        c = view.case
        self.case_id = c.id
        self.conclusion.setVisible(c.state in CONCLUDED)
        self.report.setVisible(c.state in REPORT_STATES)
        # The service refuses a submission without a proposal, with its own message.
        self.appraisal.setVisible(c.state in REPORT_STATES[1:] or (c.state is S.APPRAISING and bool(c.outcome)))
        any_form = any(a.isVisible() for a in self.menu.actions())
        self.setVisible(can_print(self.session) and any_form)

    def open(self, form: str) -> PreviewDialog:
        cid = self.case_id
        titles = {"conclusion": self.tr("Conclusion — case no. {n}"), "report": self.tr("Verification report — case no. {n}"),
                  "appraisal": self.tr("Appraisal submission — case no. {n}")}
        drafts = {"conclusion": api.conclusion_draft, "report": api.report_draft, "appraisal": api.appraisal_draft}
        make = drafts[form]
        self.dialog = open_preview(self.window(), self.session, titles[form].format(n=cid), lambda s: make(s, cid))
        return self.dialog
