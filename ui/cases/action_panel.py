"""The moves a case may make next, as buttons; only those the user's role may make."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.cases import CaseView
from app.permissions import Permission
from app.session import Session
from app.workflow.states import CLOSED_STATES, CaseState, find_transition

translate = QCoreApplication.translate

CORRECT = "correct"


def action_text(action: str) -> str:
    return {
        "start_collecting": translate("CaseActions", "Start c&ollecting documents"),
        "start_verifying": translate("CaseActions", "Start &verifying"),
        "start_appraising": translate("CaseActions", "Start appr&aisal"),
        "propose": translate("CaseActions", "&Propose the conclusion…"),
        "approve": translate("CaseActions", "Appro&ve…"),
        "return": translate("CaseActions", "Ret&urn with reasons…"),
        "archive": translate("CaseActions", "Arc&hive"),
        "suspend": translate("CaseActions", "&Suspend…"),
        "reopen": translate("CaseActions", "Re&open…"),
        CORRECT: translate("CaseActions", "Co&rrect…"),
    }.get(action, action)


class ActionPanel(QGroupBox):
    requested = Signal(str, object)  # action, target CaseState (None for a correction)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Next step"), parent)
        self.session = session
        self.buttons: dict[str, QPushButton] = {}
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.progress_label = QLabel(self.tr("Checklist progress:"), self)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress_label.setBuddy(self.progress)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.hint)
        self.box.addStretch(1)
        self.box.addWidget(self.progress_label)
        self.box.addWidget(self.progress)
        self.setMinimumWidth(230)

    def set_view(self, view: CaseView) -> None:
        for b in self.buttons.values():
            self.box.removeWidget(b)
            b.deleteLater()
        self.buttons = {}
        c = view.case
        self.progress.setRange(0, max(1, len(view.items)))
        self.progress.setValue(sum(1 for i in view.items if not i.status.is_open))
        moves: list[tuple[str, CaseState | None]] = []
        for target in view.next_states:
            t = find_transition(c.state, target, c.suspended_from)
            if t is not None and self.session.can(t.permission):
                moves.append((t.action, target))
        if c.state in CLOSED_STATES and c.corrected_by_id is None and self.session.can(Permission.WORK_CASES):
            moves.append((CORRECT, None))
        for n, (action, target) in enumerate(moves):
            button = QPushButton(action_text(action), self)
            button.clicked.connect(lambda _=False, a=action, t=target: self.requested.emit(a, t))
            self.box.insertWidget(1 + n, button)
            self.buttons[action] = button
        self.hint.setText(self._hint(view, [a for a, _ in moves]))

    def _hint(self, view: CaseView, actions: list[str]) -> str:
        c = view.case
        if not actions:
            if c.state is CaseState.AWAITING_DECISION:
                return self.tr("The proposal waits for the leadership's decision.")
            if c.corrected_by_id:
                return self.tr("This case has been corrected by case no. {n}.").format(n=c.corrected_by_id)
            return self.tr("Your role cannot change this case.")
        if c.state is CaseState.VERIFYING and view.open_required:
            return self.tr("%n required item(s) still open: complete them before the appraisal.", "", len(view.open_required))
        if c.state is CaseState.AWAITING_DECISION:
            return self.tr("Approve the proposal to issue the conclusion, or return it with reasons.")
        if c.state is CaseState.APPRAISING:
            return self.tr("Propose the conclusion with its reasons and the issues found.")
        if c.state is CaseState.SUSPENDED:
            return self.tr("The case is suspended; reopen it to continue.")
        if c.state in CLOSED_STATES:
            return self.tr("The conclusion is final; a correction opens a new version of the case.")
        return self.tr("Move the case on when this stage is complete.")
