"""Reads for the lists of the cases area, run in a worker thread.

`list_cases` returns bare case rows; the lists also show the person's name and
the purpose's title, so they are resolved here (names in one query per list).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from app import cases
from app.session import Session
from app.store.cases import CaseRow
from app.workflow.states import CLOSED_STATES, CaseState

LIST_LIMIT = 1000
SHORT_LIST = 5


@dataclass(frozen=True)
class CaseEntry:
    row: CaseRow
    person: str
    purpose_title: str
    overdue: bool
    due_soon: bool


@dataclass(frozen=True)
class CaseFilter:
    state: CaseState | None = None
    purpose: str | None = None
    officer: str | None = None
    overdue: bool = False


@dataclass
class CasePage:
    entries: list[CaseEntry]
    total: int


def purpose_titles(session: Session) -> dict[str, str]:
    return {code: t.title for code, t in cases.active_templates(session).items()}


def to_entries(session: Session, rows: list[CaseRow], names: dict[int, str] | None = None) -> list[CaseEntry]:
    names = {} if names is None else names
    titles = purpose_titles(session)
    today = _dt.date.today()
    out = []
    missing = [r for r in rows if r.person_id not in names]
    if missing:
        names.update(cases.person_names(session, missing))
    for r in rows:
        out.append(CaseEntry(r, names.get(r.person_id, ""), titles.get(r.purpose, r.purpose),
                             cases.is_overdue(r, today), cases.is_due_soon(r, today)))
    return out


def case_page(session: Session, flt: CaseFilter, limit: int = LIST_LIMIT) -> CasePage:
    rows, total = cases.list_cases(session, state=flt.state, purpose=flt.purpose, officer=flt.officer,
                                   overdue=flt.overdue, limit=limit)
    return CasePage(to_entries(session, rows), total)


@dataclass
class StartData:
    mine: list[CaseEntry] = field(default_factory=list)
    mine_total: int = 0
    overdue: list[CaseEntry] = field(default_factory=list)
    overdue_total: int = 0
    awaiting: list[CaseEntry] | None = None  # None: the user does not decide
    awaiting_total: int = 0
    recent: list[CaseEntry] = field(default_factory=list)
    recent_total: int = 0
    any_cases: bool = False


def start_data(session: Session, decides: bool, limit: int = SHORT_LIST) -> StartData:
    names: dict[int, str] = {}
    data = StartData()
    _, everything = cases.list_cases(session, limit=1)
    data.any_cases = everything > 0
    rows, _ = cases.list_cases(session, officer=session.user.username, limit=LIST_LIMIT)
    mine = [r for r in rows if r.state not in CLOSED_STATES]
    data.mine_total = len(mine)
    data.mine = to_entries(session, mine[:limit], names)
    rows, data.overdue_total = cases.list_cases(session, overdue=True, limit=limit)
    data.overdue = to_entries(session, rows, names)
    if decides:
        rows, data.awaiting_total = cases.list_cases(session, state=CaseState.AWAITING_DECISION, limit=limit)
        data.awaiting = to_entries(session, rows, names)
    # Newly opened cases nobody has started on, newest first.
    rows, data.recent_total = cases.list_cases(session, state=CaseState.RECEIVED, limit=LIST_LIMIT)
    rows.sort(key=lambda r: (r.received_on, r.id), reverse=True)
    data.recent = to_entries(session, rows[:limit], names)
    return data
