"""Translated names for case states, item statuses and timeline events, and the
date formats of the cases area (the core stores ISO dates and speaks Vietnamese)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.workflow.states import CaseState, ItemStatus

from .. import theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally

OVERDUE_COLOUR = QColor("#B71C1C")
SOON_COLOUR = QColor("#A04000")
DONE_COLOUR = QColor("#1B5E20")
MUTED_COLOUR = QColor("#616161")
NEXT_BACKGROUND = QColor("#FFF3C4")


on_screen = theme.on_screen  # the status colours above are for the light palette


def state_label(state: CaseState | str) -> str:
    names = {
        CaseState.RECEIVED: translate("CaseLabels", "Received"),
        CaseState.COLLECTING: translate("CaseLabels", "Collecting documents"),
        CaseState.VERIFYING: translate("CaseLabels", "Verifying"),
        CaseState.APPRAISING: translate("CaseLabels", "Appraising"),
        CaseState.AWAITING_DECISION: translate("CaseLabels", "Awaiting decision"),
        CaseState.CONCLUDED: translate("CaseLabels", "Concluded"),
        CaseState.ARCHIVED: translate("CaseLabels", "Archived"),
        CaseState.SUSPENDED: translate("CaseLabels", "Suspended"),
    }
    try:
        return names[CaseState(state)]
    except ValueError:
        return str(state)


def status_label(status: ItemStatus) -> str:
    return {
        ItemStatus.NOT_STARTED: translate("CaseLabels", "Not started"),
        ItemStatus.IN_PROGRESS: translate("CaseLabels", "In progress"),
        ItemStatus.DONE: translate("CaseLabels", "Done"),
        ItemStatus.FAILED: translate("CaseLabels", "Failed"),
        ItemStatus.NA: translate("CaseLabels", "Not applicable"),
    }[status]


def status_colour(status: ItemStatus) -> QColor | None:
    colour = {ItemStatus.DONE: DONE_COLOUR, ItemStatus.FAILED: OVERDUE_COLOUR, ItemStatus.NA: MUTED_COLOUR}.get(status)
    return on_screen(colour) if colour is not None else None


def event_label(kind: str) -> str:
    names = {
        "created": translate("CaseLabels", "Case opened"),
        "item": translate("CaseLabels", "Checklist item"),
        "evidence": translate("CaseLabels", "Evidence attached"),
        "request": translate("CaseLabels", "Request sent"),
        "reply": translate("CaseLabels", "Reply recorded"),
        "start_collecting": translate("CaseLabels", "Collecting started"),
        "start_verifying": translate("CaseLabels", "Verification started"),
        "start_appraising": translate("CaseLabels", "Appraisal started"),
        "propose": translate("CaseLabels", "Conclusion proposed"),
        "approve": translate("CaseLabels", "Approved"),
        "return": translate("CaseLabels", "Returned"),
        "archive": translate("CaseLabels", "Archived"),
        "suspend": translate("CaseLabels", "Suspended"),
        "reopen": translate("CaseLabels", "Reopened"),
        "correction": translate("CaseLabels", "Correction opened"),
        "corrected": translate("CaseLabels", "Corrected"),
        "demo": translate("CaseLabels", "Demo data"),
        "received": translate("CaseLabels", "Received from another unit"),
        "conflict": translate("CaseLabels", "Exchange conflict"),
    }
    return names.get(kind, kind)


def date_text(iso: str | None) -> str:
    """ISO date → dd/mm/yyyy (empty for none)."""
    if not iso:
        return ""
    try:
        return _dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def month_text(key: str) -> str:
    """'2025-03' → '03/2025'."""
    year, _, month = key.partition("-")
    return f"{month}/{year}" if month else key


def timestamp_text(ts: float | None) -> str:
    return _dt.datetime.fromtimestamp(ts).strftime("%d/%m/%Y %H:%M") if ts else ""


def case_number(case_id: int) -> str:
    return translate("CaseLabels", "No. {n}").format(n=case_id)
