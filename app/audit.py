"""The append-only, hash-chained audit trail.

Each entry's hash covers the previous entry's hash and the entry's own fields
(sequence number included), anchored at a genesis value derived from the
vault id. `audit_head` keeps the last entry, so removing entries from the end
is detected as well as altering, removing or reordering inside the chain.
Summaries never carry secret field values: callers pass short descriptions.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass

_INSERT = (
    "INSERT INTO audit(seq, ts, username, action, object_kind, object_id, summary, prev_hash, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_HEAD = "SELECT seq, hash FROM audit_head WHERE id = 1"
_SET_HEAD = "INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"
_ALL = "SELECT seq, ts, username, action, object_kind, object_id, summary, prev_hash, hash FROM audit ORDER BY seq"
_COUNT = "SELECT count(*) FROM audit"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: float
    username: str
    action: str
    object_kind: str
    object_id: str
    summary: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    reason: str = ""


def genesis_hash(vault_id: str) -> str:
    return hashlib.sha256(f"hoso-audit-genesis|{vault_id}".encode()).hexdigest()


def entry_hash(prev_hash: str, seq: int, ts: float, username: str, action: str, object_kind: str, object_id: str, summary: str) -> str:
    body = json.dumps([seq, repr(float(ts)), username, action, object_kind, object_id, summary], ensure_ascii=False)
    return hashlib.sha256(bytes.fromhex(prev_hash) + body.encode("utf-8")).hexdigest()


def append(conn, vault_id: str, username: str, action: str, object_kind: str = "", object_id: object = "", summary: str = "", ts: float | None = None) -> AuditEntry:
    """Append one entry. Call inside the transaction that makes the change."""
    if not conn.in_transaction:
        raise RuntimeError("audit.append must run inside the change's transaction")
    head = conn.execute(_HEAD).fetchone()
    seq, prev = (head[0] + 1, head[1]) if head else (1, genesis_hash(vault_id))
    ts = time.time() if ts is None else ts
    oid = "" if object_id is None else str(object_id)
    h = entry_hash(prev, seq, ts, username, action, object_kind, oid, summary)
    conn.execute(_INSERT, (seq, ts, username, action, object_kind, oid, summary, prev, h))
    conn.execute(_SET_HEAD, (seq, h))
    return AuditEntry(seq, ts, username, action, object_kind, oid, summary, prev, h)


def verify(conn, vault_id: str) -> VerifyResult:
    """Walk the chain; report the first entry that was altered, removed or reordered."""
    expected_prev = genesis_hash(vault_id)
    expected_seq = 1
    count = 0
    for row in conn.execute(_ALL):
        e = AuditEntry(*row)
        count += 1
        if e.seq != expected_seq:
            return VerifyResult(False, count, expected_seq, "missing or reordered entry")
        if e.prev_hash != expected_prev:
            return VerifyResult(False, count, e.seq, "broken link to the previous entry")
        if entry_hash(e.prev_hash, e.seq, e.ts, e.username, e.action, e.object_kind, e.object_id, e.summary) != e.hash:
            return VerifyResult(False, count, e.seq, "entry content altered")
        expected_prev, expected_seq = e.hash, e.seq + 1
    head = conn.execute(_HEAD).fetchone()
    if head is None and count == 0:
        return VerifyResult(False, 0, 1, "audit trail is empty")
    if head is None or head[0] != expected_seq - 1 or head[1] != expected_prev:
        return VerifyResult(False, count, expected_seq, "entries removed from the end")
    return VerifyResult(True, count)


@dataclass(frozen=True)
class AuditFilter:
    text: str = ""  # matched against user, action, object and summary
    username: str = ""
    action: str = ""
    since: float | None = None
    until: float | None = None


def query(conn, flt: AuditFilter = AuditFilter(), limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    where, args = [], []
    if flt.text:
        like = f"%{flt.text}%"
        where.append("(username LIKE ? OR action LIKE ? OR object_kind LIKE ? OR object_id LIKE ? OR summary LIKE ?)")
        args += [like] * 5
    if flt.username:
        where.append("username = ?")
        args.append(flt.username)
    if flt.action:
        where.append("action = ?")
        args.append(flt.action)
    if flt.since is not None:
        where.append("ts >= ?")
        args.append(flt.since)
    if flt.until is not None:
        where.append("ts < ?")
        args.append(flt.until)
    sql = _ALL.replace(" ORDER BY seq", "")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC LIMIT ? OFFSET ?"
    return [AuditEntry(*r) for r in conn.execute(sql, (*args, limit, offset))]


def count(conn) -> int:
    return int(conn.execute(_COUNT).fetchone()[0])


# -- service level: what the GUI and CLI call ----------------------------------

def entries_for(session, flt: AuditFilter = AuditFilter(), limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """The audit log for viewing; only roles with VIEW_AUDIT may read it."""
    from .permissions import Permission

    session.require(Permission.VIEW_AUDIT)
    return query(session.vault.conn, flt, limit, offset)


def verify_for(session) -> VerifyResult:
    from .permissions import Permission

    session.require(Permission.VIEW_AUDIT)
    return verify(session.vault.conn, session.vault.vault_id)
