"""One case in its own window: header, checklist, requests, timeline and the next step."""

from __future__ import annotations

import datetime as _dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app import attachments, cases
from app.cases import CaseView
from app.permissions import Permission
from app.session import Session
from app.store.attachments import Attachment
from app.workflow.states import CLOSED_STATES, CaseState
from app.workflow.templates import issue_codes, outcomes

from .. import theme
from ..dialogs import error_text, show_error
from ..forms.case_forms import CaseFormsBox
from ..job_dialog import JobDialog
from .action_panel import CORRECT, ActionPanel
from .checklist import ChecklistPanel
from .jobs import run_read, run_write
from .labels import OVERDUE_COLOUR, SOON_COLOUR, date_text, on_screen, state_label
from .note_dialog import NoteDialog
from .prompts import CasePrompts
from .propose_dialog import ProposeDialog
from .queries import purpose_titles
from .requests_panel import RequestsPanel
from .timeline import TimelinePanel
from .widgets import banner, heading


class CaseWindow(QDialog):
    changed = Signal(int)  # this case changed (lists refresh)
    open_case = Signal(int)  # show another case (the correction of this one)
    loaded = Signal()

    def __init__(self, session: Session, case_id: int, prompts: CasePrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.prompts = prompts
        self.view: CaseView | None = None
        self.dialog: JobDialog | None = None
        self._seq = 0
        self.titles = purpose_titles(session)
        self.setWindowTitle(self.tr("Case no. {n}").format(n=case_id))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)

        self.title = heading(self.tr("Loading…"), self, 1.35)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.info: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        fields = (("state", self.tr("State:")), ("due", self.tr("Due date:")), ("received", self.tr("Received on:")),
                  ("officer", self.tr("Officer:")), ("unit", self.tr("Requesting unit:")), ("post", self.tr("Target post:")),
                  ("template", self.tr("Template:")))
        for n, (key, caption) in enumerate(fields):
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(f"<b>{html.escape(caption)}</b>", self), n % 4, (n // 4) * 2)
            grid.addWidget(value, n % 4, (n // 4) * 2 + 1)
            self.info[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.banner = banner(self, "#FFF8E1", "#F9A825")
        self.conclusion = banner(self, "#E8F0FE", "#90A4D4")
        self.conclusion.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label, bold=True)
        self.error_label.hide()

        self.checklist = ChecklistPanel(session, prompts, self)
        self.requests = RequestsPanel(session, self)
        self.timeline = TimelinePanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.checklist, self.tr("&Checklist"))
        self.tabs.addTab(self.requests, self.tr("Verification re&quests"))
        self.tabs.addTab(self.timeline, self.tr("Time&line"))
        self.actions_panel = ActionPanel(session, self)
        self.actions_panel.requested.connect(self.run_action)
        self.forms_box = CaseFormsBox(session, self)
        self.checklist.changed.connect(self.reload_after_change)
        self.requests.changed.connect(self.reload_after_change)

        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        header.addSpacing(6)
        header.addLayout(grid)
        top = QHBoxLayout()
        top.addLayout(header, 1)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        side = QVBoxLayout()
        side.addWidget(self.actions_panel, 1)
        side.addWidget(self.forms_box)
        body.addLayout(side)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.addLayout(top)
        box.addWidget(self.banner)
        box.addWidget(self.conclusion)
        box.addWidget(self.error_label)
        box.addLayout(body, 1)
        self.resize(1120, 720)
        self.load()

    # -- loading -------------------------------------------------------------
    def load(self) -> None:
        self._seq += 1
        seq, s, cid = self._seq, self.session, self.case_id

        def read() -> tuple[CaseView, dict[int, Attachment]]:
            view = cases.get_case(s, cid)
            files = {a.id: a for a in attachments.list_attachments(s, view.case.person_id)}
            return view, files

        run_read(read, lambda result: self._loaded(seq, result), self._load_failed, owner=self)

    def reload_after_change(self) -> None:
        self.changed.emit(self.case_id)
        self.load()

    def _load_failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def _loaded(self, seq: int, result: tuple[CaseView, dict[int, Attachment]]) -> None:
        if seq != self._seq:
            return  # a newer read is on its way
        view, files = result
        self.view = view
        c = view.case
        self.error_label.hide()
        editable = self.session.can(Permission.WORK_CASES) and c.state not in CLOSED_STATES and c.state is not CaseState.SUSPENDED
        self.setWindowTitle(self.tr("Case no. {n} — {person}").format(n=c.id, person=view.person_name))
        self.title.setText(view.person_name)
        self.subtitle.setText(self.tr("{purpose} · case no. {n}").format(purpose=self.titles.get(c.purpose, c.purpose), n=c.id))
        self._fill_info(view)
        self._fill_banner(view)
        self._fill_conclusion(view)
        self.checklist.set_view(view, files, editable)
        self.requests.set_view(view, editable)
        self.timeline.set_events(view.events)
        late = len(cases.overdue_requests(view.requests))
        self.tabs.setTabText(1, self.tr("Verification re&quests ({n})").format(n=len(view.requests)) +
                             (" ⚠" if late else ""))
        self.actions_panel.set_view(view)
        self.forms_box.set_view(view)
        self.loaded.emit()

    def _fill_info(self, view: CaseView) -> None:
        c = view.case
        self.info["state"].setText(state_label(c.state) + (
            " " + self.tr("(from: {state})").format(state=state_label(c.suspended_from)) if c.suspended_from else ""))
        due = date_text(c.due_on)
        colour = None
        if cases.is_overdue(c):
            days = (_dt.date.today() - _dt.date.fromisoformat(c.due_on)).days
            due += " — " + self.tr("overdue by %n day(s)", "", days)
            colour = on_screen(OVERDUE_COLOUR)
        elif cases.is_due_soon(c):
            due += " — " + self.tr("due soon")
            colour = on_screen(SOON_COLOUR)
        self.info["due"].setText(due)
        self.info["due"].setStyleSheet(f"QLabel {{ color: {colour.name()}; font-weight: bold; }}" if colour else "")
        self.info["received"].setText(date_text(c.received_on))
        self.info["officer"].setText(c.officer)
        self.info["unit"].setText(c.requesting_unit or "—")
        self.info["post"].setText(c.target_post or "—")
        self.info["template"].setText(self.tr("version {v}").format(v=c.template_version))

    def _fill_banner(self, view: CaseView) -> None:
        c = view.case
        text = ""
        if c.state in CLOSED_STATES:
            text = self.tr("This case is {state}: it is read-only. A correction opens a new version.").format(state=state_label(c.state).lower())
            if c.corrected_by_id:
                text += " " + self.tr("It has been corrected by case no. {n}.").format(n=c.corrected_by_id)
        elif c.state is CaseState.SUSPENDED:
            text = self.tr("This case is suspended: nothing can be changed until it is reopened.")
        elif not self.session.can(Permission.WORK_CASES):
            text = self.tr("You can read this case; your role does not work on cases.")
        if c.corrects_case_id:
            text = (text + " " if text else "") + self.tr("This case corrects case no. {n}.").format(n=c.corrects_case_id)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _fill_conclusion(self, view: CaseView) -> None:
        c = view.case
        if not c.outcome:
            self.conclusion.hide()
            return
        e = html.escape

        def field(caption: str, value: str) -> str:  # lupdate cannot read tr() inside f-strings
            return "<b>" + e(caption) + ":</b> " + e(value)

        o = outcomes().get(c.outcome)
        verb = self.tr("Conclusion") if c.concluded_on else self.tr("Proposed conclusion")
        lines = [field(verb, o.title if o else c.outcome)]
        if c.outcome_limit:
            lines.append(field(self.tr("Limit"), c.outcome_limit))
        if c.issue_codes:
            catalogue = issue_codes()
            names = "; ".join(f"{code} — {catalogue[code].title}" if code in catalogue else code for code in c.issue_codes)
            lines.append(field(self.tr("Issues"), names))
        if c.proposal:
            lines.append(field(self.tr("Reasons"), c.proposal + (f" ({c.proposed_by})" if c.proposed_by else "")))
        if c.concluded_on:
            lines.append(e(self.tr("Approved by {user} on {date}; valid until {until}.").format(
                user=c.decided_by or "", date=date_text(c.concluded_on), until=date_text(c.valid_until))))
        elif c.decided_by and c.decision_note:
            lines.append(field(self.tr("Returned by {user}").format(user=c.decided_by), c.decision_note))
        self.conclusion.setText("<br>".join(lines))
        self.conclusion.show()

    # -- moving the case -------------------------------------------------------------
    def run_action(self, action: str, target: CaseState | None) -> None:
        if self.view is None:
            return
        s, cid = self.session, self.case_id
        if action == "propose":
            self._open(ProposeDialog(self, s, cid))
        elif action == CORRECT:
            self._open(NoteDialog(self, self.tr("Correct the conclusion"),
                                  self.tr("A concluded case never changes. The correction is a new case that starts at the "
                                          "appraisal with this case's checklist results; say why it is needed."),
                                  self.tr("&Reason for the correction:"), lambda note: cases.correct_case(s, cid, note),
                                  ok_text=self.tr("Open the &correction")),
                       on_done=lambda result: self.open_case.emit(result.case.id))
        elif action == "approve":
            self._open(NoteDialog(self, self.tr("Approve the conclusion"),
                                  self.tr("Approving issues the conclusion; it cannot be changed afterwards."),
                                  self.tr("Decision &note (optional):"),
                                  lambda note: cases.advance(s, cid, target, note=note), required=False,
                                  ok_text=self.tr("Appro&ve")))
        elif action in ("return", "suspend", "reopen"):
            titles = {"return": self.tr("Return the proposal"), "suspend": self.tr("Suspend the case"), "reopen": self.tr("Reopen the case")}
            intros = {"return": self.tr("The case goes back to appraisal; the officer sees your reasons."),
                      "suspend": self.tr("Nothing can be changed while the case is suspended."),
                      "reopen": self.tr("The case goes back to the stage where it was suspended.")}
            self._open(NoteDialog(self, titles[action], intros[action], self.tr("&Reasons:"),
                                  lambda note: cases.advance(s, cid, target, note=note)))
        else:
            self.actions_panel.setEnabled(False)
            run_write(lambda: cases.advance(s, cid, target), self._advanced, self._refused, owner=self)

    def _open(self, dialog: JobDialog, on_done=None) -> None:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the previous form, done with
        self.dialog = dialog
        dialog.accepted.connect(self.reload_after_change)
        if on_done is not None:
            dialog.accepted.connect(lambda: on_done(dialog.result_value))
        dialog.open()

    def _advanced(self, _view: CaseView) -> None:
        self.actions_panel.setEnabled(True)
        self.reload_after_change()

    def _refused(self, exc: BaseException) -> None:
        self.actions_panel.setEnabled(True)
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        show_error(self, exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dialog is not None and self.dialog.job is not None:
            event.ignore()  # a change is being written
            return
        super().closeEvent(event)
