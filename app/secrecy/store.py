"""SQL of the secrecy lifecycle: the items' own rows, the decisions, the overrides.

An item is a row of a table with a `secrecy` column and a creation time. The
table names below are constants of this module, never user input.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    code: str  # object_kind in secrecy_decisions
    table: str
    created: str  # creation time column (unix time): the day the level was first set
    by: str  # who created it: who set the level
    live: str  # SQL condition: rows that still count as items
    label: str  # SQL expression naming the item for people


KINDS: dict[str, Kind] = {k.code: k for k in (
    Kind("person", "persons", "created_at", "created_by", "merged_into IS NULL", "full_name"),
    Kind("attachment", "attachments", "added_at", "added_by", "1",
         "coalesce(nullif(title, ''), filename) || ' — ' || coalesce((SELECT full_name FROM persons p WHERE p.id = attachments.person_id), '')"),
    Kind("case", "cases", "created_at", "created_by", "1",
         "purpose || ' — ' || coalesce((SELECT full_name FROM persons p WHERE p.id = cases.person_id), '')"),
    Kind("form_document", "form_documents", "created_at", "created_by", "1", "coalesce(symbol || ' ', '') || form"),
    Kind("outgoing_bundle", "outgoing_bundles", "created_at", "created_by", "1", "file_name || ' → ' || recipients"),
    Kind("incoming_bundle", "incoming_bundles", "received_at", "received_by", "1", "sender_code || ' #' || sequence"),
)}

_NOT_OVERRIDDEN = "NOT EXISTS (SELECT 1 FROM secrecy_state s WHERE s.object_kind = '{code}' AND s.object_id = CAST({table}.id AS TEXT))"
_GET = {k.code: f"SELECT id, secrecy, {k.created}, {k.by}, {k.label}, {k.live} FROM {k.table} WHERE id = ?" for k in KINDS.values()}
# Rows of one level whose derived term may end before a date: a range of the
# (secrecy, created) index, oldest first, rows with an override left to the state table.
_CANDIDATES = {k.code: f"SELECT id, secrecy, {k.created}, {k.by}, {k.label} FROM {k.table}"
                       f" WHERE secrecy = ? AND {k.created} < ? AND {k.live} AND {_NOT_OVERRIDDEN.format(code=k.code, table=k.table)}"
                       f" ORDER BY {k.created} LIMIT ?" for k in KINDS.values()}
_SET_LEVEL = {k.code: f"UPDATE {k.table} SET secrecy = ? WHERE id = ?" for k in KINDS.values() if k.code != "person"}
# A dossier's level: the state it replaces is kept as a version (the same row
# app.store.persons.update writes), the version goes up; name and search words
# are unchanged, so the search index is not touched (the level is not in it).
_PERSON_VERSION = "INSERT INTO person_versions(person_id, version, changed_at, changed_by, summary, snapshot) VALUES (?, ?, ?, ?, ?, ?)"
_PERSON_SET_LEVEL = "UPDATE persons SET secrecy = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"

_STATE_GET = "SELECT classified_on, classified_by, expires_on FROM secrecy_state WHERE object_kind = ? AND object_id = ?"
_STATE_PUT = ("INSERT INTO secrecy_state(object_kind, object_id, classified_on, classified_by, expires_on) VALUES (?, ?, ?, ?, ?)"
              " ON CONFLICT(object_kind, object_id) DO UPDATE SET classified_on = excluded.classified_on,"
              " classified_by = excluded.classified_by, expires_on = excluded.expires_on")
_STATE_DELETE = "DELETE FROM secrecy_state WHERE object_kind = ? AND object_id = ?"
_STATE_DUE = ("SELECT object_kind, object_id, classified_on, classified_by, expires_on FROM secrecy_state"
              " WHERE expires_on <= ? AND (? = '' OR object_kind = ?) ORDER BY expires_on LIMIT ?")

_DECISION_COLS = ("id, object_kind, object_id, kind, old_level, new_level, old_expires, new_expires, decision_no, decision_date,"
                  " authority, reason, automatic, made_at, made_by")
_INSERT_DECISION = ("INSERT INTO secrecy_decisions(object_kind, object_id, kind, old_level, new_level, old_expires, new_expires,"
                    " decision_no, decision_date, authority, reason, automatic, made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_HISTORY = f"SELECT {_DECISION_COLS} FROM secrecy_decisions WHERE object_kind = ? AND object_id = ? ORDER BY made_at, id"

# Parts (what a combined item holds) and containers (what holds an item).
_PERSON_PARTS = "SELECT coalesce(max(secrecy), 0) FROM attachments WHERE person_id = ? AND removed_at IS NULL"
_CASE_PERSON = "SELECT person_id FROM cases WHERE id = ?"
_CASE_EVIDENCE = ("SELECT coalesce(max(a.secrecy), 0) FROM item_evidence e JOIN case_items i ON i.id = e.item_id"
                  " JOIN attachments a ON a.id = e.attachment_id WHERE i.case_id = ?")
_DOC_SOURCE = "SELECT object_kind, object_id FROM form_documents WHERE id = ?"
_REQUEST_CASE = "SELECT case_id FROM verification_requests WHERE id = ?"
_ATTACHMENT_PERSON = "SELECT person_id FROM attachments WHERE id = ?"
_PERSON_CASES = "SELECT id FROM cases WHERE person_id = ? AND secrecy < ?"
_PERSON_DOCS = "SELECT id FROM form_documents WHERE object_kind = 'person' AND object_id = ? AND secrecy < ?"
_CASE_DOCS = ("SELECT id FROM form_documents WHERE secrecy < ?2 AND ((object_kind = 'case' AND object_id = ?1)"
              " OR (object_kind = 'verification_request' AND object_id IN"
              " (SELECT CAST(id AS TEXT) FROM verification_requests WHERE case_id = CAST(?1 AS INTEGER))))")


@dataclass(frozen=True)
class BaseRow:
    id: int
    level: int
    created_at: float
    created_by: str
    label: str
    live: bool = True


@dataclass(frozen=True)
class StateRow:
    classified_on: str
    classified_by: str
    expires_on: str


@dataclass(frozen=True)
class DecisionRow:
    id: int
    object_kind: str
    object_id: str
    kind: str
    old_level: int | None
    new_level: int | None
    old_expires: str | None
    new_expires: str | None
    decision_no: str
    decision_date: str | None
    authority: str
    reason: str
    automatic: bool
    made_at: float
    made_by: str


def base_row(conn, kind: str, object_id: object) -> BaseRow | None:
    try:
        rid = int(object_id)
    except (TypeError, ValueError):
        return None
    r = conn.execute(_GET[kind], (rid,)).fetchone()
    return BaseRow(r[0], r[1], r[2], r[3], r[4] or "", bool(r[5])) if r else None


def candidates(conn, kind: str, level: int, created_before: float, limit: int) -> list[BaseRow]:
    return [BaseRow(*r[:4], r[4] or "") for r in conn.execute(_CANDIDATES[kind], (level, created_before, limit))]


def set_level(conn, kind: str, object_id: int, level: int) -> None:
    """Persons go through app.store.persons.update (a version is kept); the others are one UPDATE."""
    conn.execute(_SET_LEVEL[kind], (level, object_id))


def set_person_level(conn, person_id: int, version: int, snapshot: str, level: int, user: str, summary: str,
                     now: float | None = None) -> None:
    """Change only a dossier's level, keeping `snapshot` (the dossier at `version`) as a version."""
    now = time.time() if now is None else now
    conn.execute(_PERSON_VERSION, (person_id, version, now, user, summary, snapshot))
    if conn.execute(_PERSON_SET_LEVEL, (level, now, user, person_id, version)).rowcount != 1:
        raise RuntimeError(f"person {person_id} changed while its level was set")  # same transaction: cannot happen


def state(conn, kind: str, object_id: object) -> StateRow | None:
    r = conn.execute(_STATE_GET, (kind, str(object_id))).fetchone()
    return StateRow(*r) if r else None


def put_state(conn, kind: str, object_id: object, classified_on: str, classified_by: str, expires_on: str) -> None:
    conn.execute(_STATE_PUT, (kind, str(object_id), classified_on, classified_by, expires_on))


def delete_state(conn, kind: str, object_id: object) -> None:
    conn.execute(_STATE_DELETE, (kind, str(object_id)))


def due_states(conn, expires_by: str, kind: str, limit: int) -> list[tuple[str, str, StateRow]]:
    return [(r[0], r[1], StateRow(*r[2:])) for r in conn.execute(_STATE_DUE, (expires_by, kind, kind, limit))]


def add_decision(conn, *, object_kind: str, object_id: object, kind: str, old_level: int | None, new_level: int | None,
                 old_expires: str | None, new_expires: str | None, decision_no: str, decision_date: str | None,
                 authority: str, reason: str, automatic: bool, user: str, now: float | None = None) -> int:
    return conn.execute(_INSERT_DECISION, (object_kind, str(object_id), kind, old_level, new_level, old_expires, new_expires,
                                           decision_no, decision_date, authority, reason, int(automatic),
                                           time.time() if now is None else now, user)).lastrowid


def decisions(conn, kind: str, object_id: object) -> list[DecisionRow]:
    return [DecisionRow(*r[:12], bool(r[12]), r[13], r[14]) for r in conn.execute(_HISTORY, (kind, str(object_id)))]


def request_case(conn, request_id: object) -> int | None:
    if not str(request_id).isdigit():
        return None
    r = conn.execute(_REQUEST_CASE, (int(request_id),)).fetchone()
    return r[0] if r else None


def parts_level(conn, kind: str, object_id: int) -> int:
    """The highest level among what the item holds (0 if it holds nothing classified)."""
    if kind == "person":
        return conn.execute(_PERSON_PARTS, (object_id,)).fetchone()[0]
    if kind == "case":  # the dossier (with its attachments) and the evidence
        evidence = conn.execute(_CASE_EVIDENCE, (object_id,)).fetchone()[0]
        r = conn.execute(_CASE_PERSON, (object_id,)).fetchone()
        person = base_row(conn, "person", r[0]) if r else None
        return max(evidence, person.level if person else 0, parts_level(conn, "person", person.id) if person else 0)
    if kind == "form_document":
        r = conn.execute(_DOC_SOURCE, (object_id,)).fetchone()
        if r is None:
            return 0
        src_kind, src_id = r
        if src_kind == "verification_request":
            src_kind, src_id = "case", request_case(conn, src_id)
        if src_kind in ("person", "case") and src_id is not None:
            row = base_row(conn, src_kind, src_id)
            return max(row.level, parts_level(conn, src_kind, row.id)) if row else 0
    return 0


def containers_below(conn, kind: str, object_id: int, level: int) -> list[tuple[str, int]]:
    """The items directly holding this one whose level is below `level`."""
    if kind == "attachment":
        r = conn.execute(_ATTACHMENT_PERSON, (object_id,)).fetchone()
        p = base_row(conn, "person", r[0]) if r else None
        return [("person", p.id)] if p is not None and p.level < level else []
    if kind == "person":
        return ([("case", r[0]) for r in conn.execute(_PERSON_CASES, (object_id, level))]
                + [("form_document", r[0]) for r in conn.execute(_PERSON_DOCS, (str(object_id), level))])
    if kind == "case":
        return [("form_document", r[0]) for r in conn.execute(_CASE_DOCS, (str(object_id), level))]
    return []
