"""The case lifecycle (DOMAIN.md §5) as a table of transitions with guards.

received → collecting → verifying → appraising → awaiting_decision →
concluded → archived; any open state ⇄ suspended (with reasons). A leader
approves or returns a proposal. The guards that need data (checklist
complete, proposal complete) live in app/cases.py; this module says which
moves exist, who may make them and whether reasons are required.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..permissions import Permission


class CaseState(str, enum.Enum):
    RECEIVED = "received"
    COLLECTING = "collecting"
    VERIFYING = "verifying"
    APPRAISING = "appraising"
    AWAITING_DECISION = "awaiting_decision"
    CONCLUDED = "concluded"
    ARCHIVED = "archived"
    SUSPENDED = "suspended"

    @property
    def label_vi(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    CaseState.RECEIVED: "Tiếp nhận", CaseState.COLLECTING: "Thu thập hồ sơ", CaseState.VERIFYING: "Thẩm tra, xác minh",
    CaseState.APPRAISING: "Thẩm định", CaseState.AWAITING_DECISION: "Chờ quyết định", CaseState.CONCLUDED: "Đã kết luận",
    CaseState.ARCHIVED: "Lưu trữ", CaseState.SUSPENDED: "Tạm dừng",
}
OPEN_STATES = (CaseState.RECEIVED, CaseState.COLLECTING, CaseState.VERIFYING, CaseState.APPRAISING, CaseState.AWAITING_DECISION)
CLOSED_STATES = (CaseState.CONCLUDED, CaseState.ARCHIVED)


class ItemStatus(str, enum.Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    FAILED = "failed"
    NA = "na"  # not applicable, with a reason

    @property
    def is_open(self) -> bool:
        return self in (ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Transition:
    action: str
    source: CaseState
    target: CaseState
    permission: Permission
    needs_note: bool = False


TRANSITIONS: tuple[Transition, ...] = (
    Transition("start_collecting", CaseState.RECEIVED, CaseState.COLLECTING, Permission.WORK_CASES),
    Transition("start_verifying", CaseState.COLLECTING, CaseState.VERIFYING, Permission.WORK_CASES),
    Transition("start_appraising", CaseState.VERIFYING, CaseState.APPRAISING, Permission.WORK_CASES),
    Transition("propose", CaseState.APPRAISING, CaseState.AWAITING_DECISION, Permission.WORK_CASES, needs_note=True),
    Transition("approve", CaseState.AWAITING_DECISION, CaseState.CONCLUDED, Permission.DECIDE_CASES),
    Transition("return", CaseState.AWAITING_DECISION, CaseState.APPRAISING, Permission.DECIDE_CASES, needs_note=True),
    Transition("archive", CaseState.CONCLUDED, CaseState.ARCHIVED, Permission.WORK_CASES),
) + tuple(
    Transition("suspend", s, CaseState.SUSPENDED, Permission.WORK_CASES, needs_note=True) for s in OPEN_STATES
)


def find_transition(source: CaseState, target: CaseState, suspended_from: CaseState | None) -> Transition | None:
    if source is CaseState.SUSPENDED:
        if suspended_from is not None and target is suspended_from:
            return Transition("reopen", CaseState.SUSPENDED, target, Permission.WORK_CASES, needs_note=True)
        return None
    for t in TRANSITIONS:
        if t.source is source and t.target is target:
            return t
    return None


def allowed_targets(source: CaseState, suspended_from: CaseState | None) -> list[CaseState]:
    if source is CaseState.SUSPENDED:
        return [suspended_from] if suspended_from else []
    return [t.target for t in TRANSITIONS if t.source is source]
