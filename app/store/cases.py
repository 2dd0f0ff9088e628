"""Storage of cases, their checklist items, requests, evidence and timeline."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass

from ..domain.roles import Role
from ..domain.secrecy import SecrecyLevel
from ..workflow.states import CaseState, ItemStatus

_CASE_COLS = (
    "id, uid, person_id, purpose, template_version, requesting_unit, target_post, officer, received_on, due_on, state,"
    " suspended_from, outcome, outcome_limit, proposal, issue_codes, proposed_by, decided_by, decision_note,"
    " concluded_on, valid_until, corrects_case_id, corrected_by_id, secrecy, created_at, created_by, updated_at"
)
_INSERT_CASE = (
    "INSERT INTO cases(uid, person_id, purpose, template_version, template_source, requesting_unit, target_post, officer,"
    " received_on, due_on, state, secrecy, corrects_case_id, created_at, created_by, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_GET_CASE = f"SELECT {_CASE_COLS} FROM cases WHERE id = ?"
_TEMPLATE_SOURCE = "SELECT template_source FROM cases WHERE id = ?"
_SET_STATE = "UPDATE cases SET state = ?, suspended_from = ?, updated_at = ? WHERE id = ? AND state = ?"
_SET_PROPOSAL = "UPDATE cases SET outcome = ?, outcome_limit = ?, proposal = ?, issue_codes = ?, proposed_by = ?, updated_at = ? WHERE id = ?"
_SET_DECISION = "UPDATE cases SET decided_by = ?, decision_note = ?, concluded_on = ?, valid_until = ?, updated_at = ? WHERE id = ?"
_SET_CORRECTED = "UPDATE cases SET corrected_by_id = ? WHERE id = ?"
_ITEM_COLS = "id, case_id, position, code, template_code, title, guidance, required, evidence_required, roles, legal_basis, relative_id, status, note, updated_at, updated_by"
_INSERT_ITEM = (
    "INSERT INTO case_items(case_id, position, code, template_code, title, guidance, required, evidence_required, roles,"
    " legal_basis, relative_id, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ITEMS = f"SELECT {_ITEM_COLS} FROM case_items WHERE case_id = ? ORDER BY position"
_SET_ITEM = "UPDATE case_items SET status = ?, note = ?, updated_at = ?, updated_by = ? WHERE id = ?"
_EVIDENCE = "SELECT item_id, attachment_id FROM item_evidence WHERE item_id IN (SELECT id FROM case_items WHERE case_id = ?)"
_ADD_EVIDENCE = "INSERT OR IGNORE INTO item_evidence(item_id, attachment_id, added_at, added_by) VALUES (?, ?, ?, ?)"
_REQ_COLS = "id, case_id, item_id, recipient, number_symbol, sent_on, deadline, reply_on, finding, created_by"
_INSERT_REQ = "INSERT INTO verification_requests(case_id, item_id, recipient, number_symbol, sent_on, deadline, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
_REQS = f"SELECT {_REQ_COLS} FROM verification_requests WHERE case_id = ? ORDER BY id"
_GET_REQ = f"SELECT {_REQ_COLS} FROM verification_requests WHERE id = ?"
_SET_REPLY = "UPDATE verification_requests SET reply_on = ?, finding = ? WHERE id = ?"
_INSERT_EVENT = "INSERT INTO case_events(case_id, ts, user, kind, detail) VALUES (?, ?, ?, ?, ?)"
_EVENTS = "SELECT ts, user, kind, detail FROM case_events WHERE case_id = ? ORDER BY ts, id"
_UID = "SELECT uid FROM cases WHERE id = ?"
_ID_FOR_UID = "SELECT id FROM cases WHERE uid = ?"
_SET_REMOTE = (
    "UPDATE cases SET requesting_unit = ?, target_post = ?, officer = ?, received_on = ?, due_on = ?, state = ?,"
    " suspended_from = ?, outcome = ?, outcome_limit = ?, proposal = ?, issue_codes = ?, proposed_by = ?, decided_by = ?,"
    " decision_note = ?, concluded_on = ?, valid_until = ?, secrecy = ?, updated_at = ? WHERE id = ?"
)
_DELETE_REQUESTS = "DELETE FROM verification_requests WHERE case_id = ?"
_TEMPLATE_VERSIONS = "SELECT code, version, source FROM checklist_templates ORDER BY code, version"
_INSERT_TEMPLATE = "INSERT INTO checklist_templates(code, version, source, imported_at, imported_by) VALUES (?, ?, ?, ?, ?)"


@dataclass(frozen=True)
class CaseRow:
    id: int
    uid: str
    person_id: int
    purpose: str
    template_version: int
    requesting_unit: str
    target_post: str
    officer: str
    received_on: str
    due_on: str
    state: CaseState
    suspended_from: CaseState | None
    outcome: str | None
    outcome_limit: str
    proposal: str
    issue_codes: tuple[str, ...]
    proposed_by: str | None
    decided_by: str | None
    decision_note: str
    concluded_on: str | None
    valid_until: str | None
    corrects_case_id: int | None
    corrected_by_id: int | None
    secrecy: SecrecyLevel
    created_at: float
    created_by: str
    updated_at: float


@dataclass(frozen=True)
class ItemRow:
    id: int
    case_id: int
    position: int
    code: str
    template_code: str
    title: str
    guidance: str
    required: bool
    evidence_required: bool
    roles: tuple[Role, ...]
    legal_basis: str
    relative_id: int | None
    status: ItemStatus
    note: str
    updated_at: float | None
    updated_by: str | None


@dataclass(frozen=True)
class RequestRow:
    id: int
    case_id: int
    item_id: int | None
    recipient: str
    number_symbol: str
    sent_on: str
    deadline: str
    reply_on: str | None
    finding: str
    created_by: str


@dataclass(frozen=True)
class EventRow:
    ts: float
    user: str
    kind: str
    detail: str


def _case(r) -> CaseRow:
    r = list(r)
    r[10] = CaseState(r[10])
    r[11] = CaseState(r[11]) if r[11] else None
    r[15] = tuple(json.loads(r[15]))
    r[23] = SecrecyLevel(r[23])
    return CaseRow(*r)


def _item(r) -> ItemRow:
    r = list(r)
    r[7], r[8] = bool(r[7]), bool(r[8])
    r[9] = tuple(Role(x) for x in json.loads(r[9]))
    r[12] = ItemStatus(r[12])
    return ItemRow(*r)


def insert_case(conn, *, uid: str | None = None, person_id: int, purpose: str, template_version: int, template_source: str, requesting_unit: str,
                target_post: str, officer: str, received_on: str, due_on: str, secrecy: SecrecyLevel, user: str,
                corrects_case_id: int | None = None, state: CaseState = CaseState.RECEIVED) -> int:
    now = time.time()
    return conn.execute(_INSERT_CASE, (uid or str(uuid.uuid4()), person_id, purpose, template_version, template_source, requesting_unit,
                                       target_post, officer, received_on, due_on, state.value, int(secrecy), corrects_case_id,
                                       now, user, now)).lastrowid


def insert_item(conn, case_id: int, position: int, code: str, template_code: str, title: str, guidance: str, required: bool,
                evidence: bool, roles: tuple[Role, ...], legal_basis: str, relative_id: int | None,
                status: ItemStatus = ItemStatus.NOT_STARTED, note: str = "") -> int:
    return conn.execute(_INSERT_ITEM, (case_id, position, code, template_code, title, guidance, int(required), int(evidence),
                                       json.dumps([r.value for r in roles]), legal_basis, relative_id, status.value, note)).lastrowid


def get_case(conn, case_id: int) -> CaseRow | None:
    r = conn.execute(_GET_CASE, (case_id,)).fetchone()
    return _case(r) if r else None


def template_source(conn, case_id: int) -> str:
    return conn.execute(_TEMPLATE_SOURCE, (case_id,)).fetchone()[0]


def items(conn, case_id: int) -> list[ItemRow]:
    return [_item(r) for r in conn.execute(_ITEMS, (case_id,))]


def evidence(conn, case_id: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for item_id, att in conn.execute(_EVIDENCE, (case_id,)):
        out.setdefault(item_id, []).append(att)
    return out


def add_evidence(conn, item_id: int, attachment_id: int, user: str) -> None:
    conn.execute(_ADD_EVIDENCE, (item_id, attachment_id, time.time(), user))


def set_item(conn, item_id: int, status: ItemStatus, note: str, user: str) -> None:
    conn.execute(_SET_ITEM, (status.value, note, time.time(), user, item_id))


def set_state(conn, case_id: int, old: CaseState, new: CaseState, suspended_from: CaseState | None) -> bool:
    return conn.execute(_SET_STATE, (new.value, suspended_from.value if suspended_from else None, time.time(), case_id, old.value)).rowcount == 1


def set_proposal(conn, case_id: int, outcome: str, limit: str, reasons: str, issue_codes: list[str], user: str) -> None:
    conn.execute(_SET_PROPOSAL, (outcome, limit, reasons, json.dumps(issue_codes), user, time.time(), case_id))


def set_decision(conn, case_id: int, user: str, note: str, concluded_on: str | None, valid_until: str | None) -> None:
    conn.execute(_SET_DECISION, (user, note, concluded_on, valid_until, time.time(), case_id))


def set_corrected_by(conn, case_id: int, new_id: int) -> None:
    conn.execute(_SET_CORRECTED, (new_id, case_id))


def add_request(conn, case_id: int, item_id: int | None, recipient: str, number_symbol: str, sent_on: str, deadline: str, user: str) -> int:
    return conn.execute(_INSERT_REQ, (case_id, item_id, recipient, number_symbol, sent_on, deadline, user)).lastrowid


def requests(conn, case_id: int) -> list[RequestRow]:
    return [RequestRow(*r) for r in conn.execute(_REQS, (case_id,))]


def get_request(conn, request_id: int) -> RequestRow | None:
    r = conn.execute(_GET_REQ, (request_id,)).fetchone()
    return RequestRow(*r) if r else None


def set_reply(conn, request_id: int, reply_on: str, finding: str) -> None:
    conn.execute(_SET_REPLY, (reply_on, finding, request_id))


def add_event(conn, case_id: int, user: str, kind: str, detail: str = "") -> None:
    conn.execute(_INSERT_EVENT, (case_id, time.time(), user, kind, detail))


def events(conn, case_id: int) -> list[EventRow]:
    return [EventRow(*r) for r in conn.execute(_EVENTS, (case_id,))]


def list_cases(conn, *, state: CaseState | None = None, person_id: int | None = None, purpose: str | None = None,
               officer: str | None = None, overdue_on: str | None = None, limit: int = 500, offset: int = 0) -> tuple[list[CaseRow], int]:
    where, args = [], []
    if state is not None:
        where.append("state = ?")
        args.append(state.value)
    if person_id is not None:
        where.append("person_id = ?")
        args.append(person_id)
    if purpose:
        where.append("purpose = ?")
        args.append(purpose)
    if officer:
        where.append("officer = ?")
        args.append(officer)
    if overdue_on:
        where.append("due_on < ? AND state NOT IN ('concluded', 'archived')")
        args.append(overdue_on)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT count(*) FROM cases{cond}", args).fetchone()[0]
    rows = [_case(r) for r in conn.execute(f"SELECT {_CASE_COLS} FROM cases{cond} ORDER BY due_on, id LIMIT ? OFFSET ?", (*args, limit, offset))]
    return rows, total


def imported_templates(conn) -> list[tuple[str, int, str]]:
    return list(conn.execute(_TEMPLATE_VERSIONS))


def insert_template(conn, code: str, version: int, source: str, user: str) -> None:
    conn.execute(_INSERT_TEMPLATE, (code, version, source, time.time(), user))


def uid_of(conn, case_id: int) -> str:
    return conn.execute(_UID, (case_id,)).fetchone()[0]


def id_for_uid(conn, uid: str) -> int | None:
    r = conn.execute(_ID_FOR_UID, (uid,)).fetchone()
    return r[0] if r else None


def set_from_remote(conn, case_id: int, c: dict) -> None:
    """Overwrite a case with the state another unit sent (the caller decided it may)."""
    conn.execute(_SET_REMOTE, (c["requesting_unit"], c["target_post"], c["officer"], c["received_on"], c["due_on"], c["state"],
                               c["suspended_from"], c["outcome"], c["outcome_limit"], c["proposal"], json.dumps(c["issue_codes"]),
                               c["proposed_by"], c["decided_by"], c["decision_note"], c["concluded_on"], c["valid_until"],
                               int(c["secrecy"]), time.time(), case_id))


def delete_requests(conn, case_id: int) -> None:
    conn.execute(_DELETE_REQUESTS, (case_id,))


def item_ids_by_code(conn, case_id: int) -> dict[str, int]:
    return {code: iid for iid, code in conn.execute("SELECT id, code FROM case_items WHERE case_id = ?", (case_id,))}


def set_reply_raw(conn, request_id: int, reply_on: str | None, finding: str) -> None:
    conn.execute(_SET_REPLY, (reply_on, finding, request_id))
