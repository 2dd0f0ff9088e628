"""Registers kept as numbered books: numbers per register and year, never reused.

Columns are data (a JSON object per entry), so that a change in the official
forms needs no schema change. For Tuyệt mật the abstract is left empty.
"""

from __future__ import annotations

import datetime as _dt
import json
import time
from dataclasses import dataclass

from ..domain.secrecy import SecrecyLevel

_NEXT = "SELECT coalesce(max(number), 0) + 1 FROM registers WHERE register = ? AND year = ?"
_INSERT = (
    "INSERT INTO registers(register, year, number, created_at, created_by, secrecy, fields, object_kind, object_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_COLS = "id, register, year, number, created_at, created_by, secrecy, fields, object_kind, object_id, status, cancel_reason"
_LIST = f"SELECT {_COLS} FROM registers WHERE register = ? ORDER BY year DESC, number DESC LIMIT ?"
_GET = f"SELECT {_COLS} FROM registers WHERE id = ?"
_SET_FIELDS = "UPDATE registers SET fields = ? WHERE id = ?"


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    register: str
    year: int
    number: int
    created_at: float
    created_by: str
    secrecy: SecrecyLevel
    fields: dict
    object_kind: str
    object_id: str
    status: str
    cancel_reason: str


def _entry(r) -> RegisterEntry:
    r = list(r)
    r[6] = SecrecyLevel(r[6])
    r[7] = json.loads(r[7])
    return RegisterEntry(*r)


def add(conn, register: str, user: str, secrecy: SecrecyLevel, fields: dict, object_kind: str = "", object_id: object = "") -> RegisterEntry:
    """A new entry inside the caller's transaction (the act and its record go together)."""
    now = time.time()
    year = _dt.date.fromtimestamp(now).year
    number = conn.execute(_NEXT, (register, year)).fetchone()[0]
    fields = dict(fields)
    if secrecy >= SecrecyLevel.TUYET_MAT and "abstract" in fields:
        fields["abstract"] = ""  # no abstract of a Tuyệt mật item without a recorded authorisation
    rid = conn.execute(_INSERT, (register, year, number, now, user, int(secrecy), json.dumps(fields, ensure_ascii=False),
                                 object_kind, str(object_id))).lastrowid
    return get(conn, rid)


def get(conn, entry_id: int) -> RegisterEntry | None:
    r = conn.execute(_GET, (entry_id,)).fetchone()
    return _entry(r) if r else None


def update_fields(conn, entry_id: int, changes: dict) -> None:
    entry = get(conn, entry_id)
    conn.execute(_SET_FIELDS, (json.dumps({**entry.fields, **changes}, ensure_ascii=False), entry_id))


def entries(conn, register: str, limit: int = 1000) -> list[RegisterEntry]:
    return [_entry(r) for r in conn.execute(_LIST, (register, limit))]
