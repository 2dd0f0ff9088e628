"""Conflicts from exchanges: a record changed here and over there since the
last exchange. The officer decides; whatever is decided, both versions stay
(ours in the dossier's history, theirs in the conflict row)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from ..domain.person import Person
from ..errors import HosoError
from ..permissions import Permission
from ..store import cases as case_store
from ..store import persons as person_store
from . import records

_COLS = "id, bundle_id, sender_code, kind, uid, local_id, incoming, reason, status, resolved_at, resolved_by"
_LIST = f"SELECT {_COLS} FROM exchange_conflicts WHERE (? OR status = 'open') ORDER BY id"
_GET = f"SELECT {_COLS} FROM exchange_conflicts WHERE id = ?"
_RESOLVE = "UPDATE exchange_conflicts SET status = ?, resolved_at = ?, resolved_by = ? WHERE id = ? AND status = 'open'"


@dataclass(frozen=True)
class Conflict:
    id: int
    bundle_id: str
    sender: str
    kind: str
    uid: str
    local_id: int | None
    incoming: dict
    reason: str
    status: str
    resolved_at: float | None
    resolved_by: str | None


def _row(r) -> Conflict:
    r = list(r)
    r[6] = json.loads(r[6])
    return Conflict(*r)


def list_conflicts(session, include_resolved: bool = False) -> list[Conflict]:
    session.require(Permission.VIEW_DOSSIERS)
    return [_row(r) for r in session.vault.conn.execute(_LIST, (int(include_resolved),))]


def resolve(session, conflict_id: int, take_incoming: bool) -> Conflict:
    """Take their version (a new version here; ours stays in the history) or keep ours."""
    session.require(Permission.EDIT_DOSSIERS)
    conn = session.vault.conn
    r = conn.execute(_GET, (conflict_id,)).fetchone()
    if r is None:
        raise HosoError("bad_input", detail=f"không có xung đột số {conflict_id}")
    c = _row(r)
    if c.status != "open":
        raise HosoError("bad_input", detail=f"xung đột số {conflict_id} đã được giải quyết")
    status = "took_incoming" if take_incoming else "kept_local"
    user = session.user.username
    with session.vault.transaction():
        if take_incoming and c.kind == "person":
            local = person_store.get(conn, c.local_id)
            theirs = Person.from_json({**c.incoming["content"], "uid": c.uid})
            theirs.id, theirs.version = local.id, local.version
            person_store.update(conn, theirs, user, f"Lấy bản của đơn vị {c.sender} (xung đột số {c.id})")
            records.mark_sent(conn, c.uid, c.sender, theirs.version, c.incoming["content"])
        elif take_incoming and c.kind == "case":
            case_store.set_from_remote(conn, c.local_id, c.incoming["content"])
            records.write_case_body(conn, c.local_id, case_store.get_case(conn, c.local_id).person_id, c.incoming["content"])
            case_store.add_event(conn, c.local_id, user, "conflict", f"Lấy bản của đơn vị {c.sender}")
            records.mark_sent(conn, c.uid, c.sender, records.case_version(conn, c.local_id), c.incoming["content"])
        else:
            # Ours stands; remember theirs as seen so the same version does not conflict again.
            local_version = (person_store.get(conn, c.local_id).version if c.kind == "person"
                             else records.case_version(conn, c.local_id))
            records.mark_sent(conn, c.uid, c.sender, local_version, c.incoming["content"])
        conn.execute(_RESOLVE, (status, time.time(), user, conflict_id))
        session.vault.audit(user, "conflict_resolved", c.kind, c.local_id, f"Xung đột số {c.id}: {'lấy bản nhận được' if take_incoming else 'giữ bản của đơn vị'}")
    return _row(conn.execute(_GET, (conflict_id,)).fetchone())
