"""Conflicts from exchanges: a record changed here and over there since the
last exchange. The officer decides; whatever is decided, both versions stay:

- a dossier: both go into the dossier's history. Taking theirs makes a new
  version (ours is the one before it); keeping ours first records theirs as a
  version, then restores ours on top of it, so the history shows both. A
  merge (ours with some fields of theirs, dossiers only) goes the same way:
  theirs as a version, then the merged dossier on top of it.
- a case (which has no versions, only a timeline): the one that stands is the
  case; the other stays in the conflict row (theirs as it came, ours as it was
  just before theirs replaced it, under "local_at_resolution").
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Iterable

from ..domain.person import Person
from ..dossiers import FIELD_LABELS, validate
from ..errors import HosoError
from ..permissions import Permission
from ..store import cases as case_store
from ..store import persons as person_store
from . import records

_COLS = "id, bundle_id, sender_code, kind, uid, local_id, incoming, reason, status, resolved_at, resolved_by"
_LIST = f"SELECT {_COLS} FROM exchange_conflicts WHERE (? OR status = 'open') ORDER BY id"
_GET = f"SELECT {_COLS} FROM exchange_conflicts WHERE id = ?"
_COUNT_OPEN = "SELECT count(*) FROM exchange_conflicts WHERE status = 'open'"
_RESOLVE = ("UPDATE exchange_conflicts SET status = ?, resolved_at = ?, resolved_by = ?, incoming = ?"
            " WHERE id = ? AND status = 'open'")
# A newer bundle from the same unit may bring the same record again before the first conflict is decided:
# the newest is the one to decide; deciding it settles the older ones (their versions stay in their rows).
_NEWER_OPEN = "SELECT min(id) FROM exchange_conflicts WHERE uid = ? AND sender_code = ? AND status = 'open' AND id > ?"
_SUPERSEDE = ("UPDATE exchange_conflicts SET status = 'kept_local', resolved_at = ?, resolved_by = ?,"
              " incoming = json_set(incoming, '$.decision', 'superseded', '$.superseded_by', ?)"
              " WHERE uid = ? AND sender_code = ? AND status = 'open' AND id < ?")
# What the officer's list shows beside each conflict: whose record, from which unit and bundle, when.
_OVERVIEW = (
    f"SELECT {', '.join('x.' + c.strip() for c in _COLS.split(','))},"
    " coalesce(p.full_name, pc.full_name, ''), coalesce(c.purpose, ''), coalesce(u.name, ''),"
    " b.sequence, b.received_at, r.number, r.year"
    " FROM exchange_conflicts x"
    " LEFT JOIN persons p ON x.kind = 'person' AND p.id = x.local_id"
    " LEFT JOIN cases c ON x.kind = 'case' AND c.id = x.local_id"
    " LEFT JOIN persons pc ON pc.id = c.person_id"
    " LEFT JOIN units u ON u.code = x.sender_code"
    " LEFT JOIN incoming_bundles b ON b.bundle_id = x.bundle_id"
    " LEFT JOIN registers r ON r.id = b.register_id"
    " WHERE (? OR x.status = 'open') ORDER BY x.status != 'open', x.id DESC"
)
LOCAL_KEY = "local_at_resolution"
_DECISION_VI = {"took_incoming": "lấy bản nhận được", "kept_local": "giữ bản của đơn vị", "merged": "gộp hai bản"}
SUPERSEDED = "superseded"  # decision of an older conflict settled with a newer one on the same record


@dataclass(frozen=True)
class Conflict:
    id: int
    bundle_id: str
    sender: str
    kind: str  # person | case
    uid: str
    local_id: int | None
    incoming: dict  # the record as it came: {"uid", "content", ...}
    reason: str
    status: str  # open | took_incoming | kept_local
    resolved_at: float | None
    resolved_by: str | None

    @property
    def decision(self) -> str:
        """open | took_incoming | kept_local | merged | superseded (the last two are stored as kept_local)."""
        return self.incoming.get("decision", self.status)

    @property
    def taken_fields(self) -> tuple[str, ...]:
        """For a merge, the fields taken from theirs."""
        return tuple(self.incoming.get("taken_fields", ()))

    @property
    def local_at_resolution(self) -> dict | None:
        """Our content as it was when the conflict was resolved (None while open)."""
        return self.incoming.get(LOCAL_KEY)


@dataclass(frozen=True)
class ConflictEntry:
    """One line of the officer's list."""

    conflict: Conflict
    person_name: str
    case_purpose: str  # "" for a dossier
    sender_name: str  # "" if the unit is unknown here
    sequence: int | None  # the bundle's sequence number from that sender
    received_at: float | None
    register_number: str  # in the incoming register, "3/2026"


@dataclass(frozen=True)
class Comparison:
    """The two versions side by side (content dicts as records.person_content / case_doc give them)."""

    conflict: Conflict
    ours: dict | None  # now (open) or as it was when resolved; None if unknown
    theirs: dict
    differing: tuple[str, ...]  # top-level keys whose values differ


def _row(r) -> Conflict:
    r = list(r)
    r[6] = json.loads(r[6])
    return Conflict(*r)


def list_conflicts(session, include_resolved: bool = False) -> list[Conflict]:
    session.require(Permission.VIEW_DOSSIERS)
    return [_row(r) for r in session.vault.conn.execute(_LIST, (int(include_resolved),))]


def count_open(session) -> int:
    session.require(Permission.VIEW_DOSSIERS)
    return int(session.vault.conn.execute(_COUNT_OPEN).fetchone()[0])


def overview(session, include_resolved: bool = False) -> list[ConflictEntry]:
    """Open conflicts first (newest first), then, if asked, the resolved ones."""
    session.require(Permission.VIEW_DOSSIERS)
    n = len(_COLS.split(","))
    out = []
    for r in session.vault.conn.execute(_OVERVIEW, (int(include_resolved),)):
        number = f"{r[n + 5]}/{r[n + 6]}" if r[n + 5] is not None else ""
        out.append(ConflictEntry(_row(r[:n]), r[n], r[n + 1], r[n + 2], r[n + 3], r[n + 4], number))
    return out


def _get(conn, conflict_id: int) -> Conflict:
    r = conn.execute(_GET, (conflict_id,)).fetchone()
    if r is None:
        raise HosoError("conflict_not_found", id=conflict_id)
    return _row(r)


def _local_content(conn, c: Conflict) -> dict | None:
    if c.local_id is None:
        return None
    if c.kind == "person":
        p = person_store.get(conn, c.local_id)
        return records.person_content(p) if p is not None else None
    if case_store.get_case(conn, c.local_id) is None:
        return None
    return records.case_doc(conn, c.local_id)["content"]


def differing_keys(ours: dict | None, theirs: dict) -> tuple[str, ...]:
    if ours is None:
        return tuple(theirs)
    return tuple(k for k in dict.fromkeys([*ours, *theirs]) if ours.get(k) != theirs.get(k))


def compare(session, conflict_id: int) -> Comparison:
    """Both versions of the record. Looking at them is recorded like opening the dossier."""
    session.require(Permission.VIEW_DOSSIERS)
    conn = session.vault.conn
    c = _get(conn, conflict_id)
    ours = _local_content(conn, c) if c.status == "open" else c.local_at_resolution
    theirs = c.incoming["content"]
    with session.change(Permission.VIEW_DOSSIERS, "conflict_viewed", c.kind, c.local_id, f"Xem xung đột số {c.id}"):
        pass
    return Comparison(c, ours, theirs, differing_keys(ours, theirs))


def resolve(session, conflict_id: int, take_incoming: bool) -> Conflict:
    """Take their version or keep ours; the other one stays (see the module's note)."""
    return _settle(session, conflict_id, "took_incoming" if take_incoming else "kept_local", ())


def merge(session, conflict_id: int, take_fields: Iterable[str]) -> Conflict:
    """A dossier made of ours with the named fields (keys of records.person_content) taken from theirs.
    Taking none keeps ours, taking every differing field takes theirs; anything between is a merge,
    recorded as ours kept (our dossier is the base) with decision "merged" and the fields taken."""
    session.require(Permission.EDIT_DOSSIERS)
    fields = tuple(dict.fromkeys(take_fields))
    c = _get(session.vault.conn, conflict_id)
    if c.kind != "person" and fields:
        raise HosoError("conflict_merge_case", id=conflict_id)
    ours = _local_content(session.vault.conn, c) if c.status == "open" else None
    differing = differing_keys(ours, c.incoming["content"]) if ours is not None else ()
    unknown = [f for f in fields if f not in differing]
    if ours is not None and unknown:
        raise HosoError("conflict_bad_fields", id=conflict_id, fields=", ".join(FIELD_LABELS.get(f, f) for f in unknown))
    if not fields:
        return _settle(session, conflict_id, "kept_local", ())
    if set(fields) == set(differing):
        return _settle(session, conflict_id, "took_incoming", ())
    return _settle(session, conflict_id, "merged", fields)


def _settle(session, conflict_id: int, decision: str, fields: tuple[str, ...]) -> Conflict:
    session.require(Permission.EDIT_DOSSIERS)
    conn = session.vault.conn
    c = _get(conn, conflict_id)
    if c.status != "open":
        raise HosoError("conflict_resolved", id=conflict_id, by=c.resolved_by or "")
    if c.local_id is None or _local_content(conn, c) is None:
        raise HosoError("conflict_record_gone", id=conflict_id)
    newer = conn.execute(_NEWER_OPEN, (c.uid, c.sender, c.id)).fetchone()[0]
    if newer is not None:
        raise HosoError("conflict_superseded", id=conflict_id, newer=newer, unit=c.sender)
    user = session.user.username
    with session.vault.transaction():
        ours = _local_content(conn, c)
        if c.kind == "person":
            version = _resolve_person(conn, c, decision, fields, user)
        else:
            version = _resolve_case(conn, c, decision == "took_incoming", user)
        # Remember theirs as seen, so the same version does not conflict again.
        records.mark_sent(conn, c.uid, c.sender, version, c.incoming["content"])
        kept = {**c.incoming, LOCAL_KEY: ours}
        if decision == "merged":
            kept.update(decision="merged", taken_fields=list(fields))
        status = "took_incoming" if decision == "took_incoming" else "kept_local"  # a merge keeps our dossier as the base
        now = time.time()
        conn.execute(_RESOLVE, (status, now, user, json.dumps(kept, ensure_ascii=False), c.id))
        conn.execute(_SUPERSEDE, (now, user, c.id, c.uid, c.sender, c.id))
        session.vault.audit(user, "conflict_resolved", c.kind, c.local_id, f"Xung đột số {c.id}: {_DECISION_VI[decision]}"
                            + (f" ({', '.join(FIELD_LABELS.get(f, f) for f in fields)})" if fields else ""))
    return _get(conn, conflict_id)


def _resolve_person(conn, c: Conflict, decision: str, fields: tuple[str, ...], user: str) -> int:
    ours = person_store.get(conn, c.local_id)
    theirs = Person.from_json({**c.incoming["content"], "uid": c.uid})
    theirs.id, theirs.version = ours.id, ours.version
    if decision == "took_incoming":
        person_store.update(conn, theirs, user, f"Lấy bản của đơn vị {c.sender} (xung đột số {c.id})")
        return theirs.version
    if decision == "merged":
        content = records.person_content(ours)
        content.update({f: c.incoming["content"][f] for f in fields})
        result = Person.from_json({**content, "uid": c.uid})
        _require_valid(result, c.id)
        summary = (f"Gộp (xung đột số {c.id}): lấy từ bản của {c.sender}: "
                   + ", ".join(FIELD_LABELS.get(f, f) for f in fields))
    else:
        result = ours
        summary = f"Giữ bản của đơn vị, không lấy bản của {c.sender} (xung đột số {c.id})"
    # Theirs becomes a version of the history, the result goes on top of it.
    person_store.update(conn, theirs, user, f"Bản nhận từ đơn vị {c.sender}, lưu để đối chiếu (xung đột số {c.id})")
    result.id, result.version = ours.id, theirs.version
    person_store.update(conn, result, user, summary)
    return result.version


def _require_valid(p: Person, conflict_id: int) -> None:
    """A merge may combine fields that do not fit together (a CCCD number and a birth date)."""
    v = validate(p)
    problems = {**v.errors, **({k: m for k, m in v.warnings.items() if k == "id_number"} if not p.id_override_reason.strip() else {})}
    if problems:
        raise HosoError("conflict_merge_invalid", id=conflict_id,
                        detail="; ".join(f"{FIELD_LABELS.get(k.split('[')[0], k)}: {m}" for k, m in problems.items()))


def _resolve_case(conn, c: Conflict, take_incoming: bool, user: str) -> int:
    if take_incoming:
        content = c.incoming["content"]
        case_store.set_from_remote(conn, c.local_id, content)
        records.write_case_body(conn, c.local_id, case_store.get_case(conn, c.local_id).person_id, content)
        case_store.add_event(conn, c.local_id, user, "conflict",
                             f"Lấy bản của đơn vị {c.sender}; bản trước đó lưu ở xung đột số {c.id}")
    else:
        case_store.add_event(conn, c.local_id, user, "conflict",
                             f"Giữ bản của đơn vị; bản của {c.sender} lưu ở xung đột số {c.id}")
    return records.case_version(conn, c.local_id)
