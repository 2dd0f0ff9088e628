"""The copying register (sổ quản lý sao, chụp): numbered per year, never reused."""

from __future__ import annotations

import datetime as _dt
import time
from dataclasses import dataclass

from ..domain.secrecy import SecrecyLevel

_NEXT = "SELECT coalesce(max(number), 0) + 1 FROM copy_register WHERE year = ?"
_INSERT = (
    "INSERT INTO copy_register(year, number, made_at, made_by, kind, object_kind, object_id, secrecy, copies, destination, reason)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_LIST = "SELECT id, year, number, made_at, made_by, kind, object_kind, object_id, secrecy, copies, destination, reason FROM copy_register ORDER BY id DESC LIMIT ?"


@dataclass(frozen=True)
class CopyEntry:
    id: int
    year: int
    number: int
    made_at: float
    made_by: str
    kind: str
    object_kind: str
    object_id: str
    secrecy: SecrecyLevel
    copies: int
    destination: str
    reason: str


def register(conn, user: str, kind: str, object_kind: str, object_id: object, secrecy: SecrecyLevel,
             copies: int = 1, destination: str = "", reason: str = "") -> CopyEntry:
    """Add an entry inside the caller's transaction (so the copy and its record go together)."""
    now = time.time()
    year = _dt.date.fromtimestamp(now).year
    number = conn.execute(_NEXT, (year,)).fetchone()[0]
    rid = conn.execute(_INSERT, (year, number, now, user, kind, object_kind, str(object_id), int(secrecy), copies, destination, reason)).lastrowid
    return CopyEntry(rid, year, number, now, user, kind, object_kind, str(object_id), secrecy, copies, destination, reason)


def entries(conn, limit: int = 500) -> list[CopyEntry]:
    return [CopyEntry(*r[:8], SecrecyLevel(r[8]), *r[9:]) for r in conn.execute(_LIST, (limit,))]
