"""The copying register (sổ quản lý sao, chụp): numbered per year, never reused.

Bound in volumes like the other books (register name 'copy' in register_volumes);
a hand-made entry (a paper document photocopied) keeps its extra columns in `fields`.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from ..domain.secrecy import SecrecyLevel
from . import registers as books

REGISTER = "copy"
_NEXT = "SELECT coalesce(max(number), 0) + 1 FROM copy_register WHERE year = ?"
_INSERT = (
    "INSERT INTO copy_register(year, number, made_at, made_by, kind, object_kind, object_id, secrecy, copies, destination, reason,"
    " volume, fields, manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_COLS = ("id, year, number, made_at, made_by, kind, object_kind, object_id, secrecy, copies, destination, reason,"
         " volume, status, cancel_reason, cancelled_at, cancelled_by, fields, manual")
_LIST = f"SELECT {_COLS} FROM copy_register ORDER BY id DESC LIMIT ?"
_LIST_VOLUME = f"SELECT {_COLS} FROM copy_register WHERE volume = ? ORDER BY id DESC LIMIT ?"
_GET = f"SELECT {_COLS} FROM copy_register WHERE id = ?"
_CANCEL = "UPDATE copy_register SET status = 'cancelled', cancel_reason = ?, cancelled_at = ?, cancelled_by = ? WHERE id = ?"
_SET = {  # the columns a correction may change; the rest of a hand-made entry is in `fields`
    "copies": "UPDATE copy_register SET copies = ? WHERE id = ?",
    "destination": "UPDATE copy_register SET destination = ? WHERE id = ?",
    "reason": "UPDATE copy_register SET reason = ? WHERE id = ?",
    "object": "UPDATE copy_register SET object_id = ? WHERE id = ?",  # a hand-made entry names its document here
}
_COUNT = "SELECT count(*) FROM copy_register WHERE volume = ?"
_SET_FIELDS = "UPDATE copy_register SET fields = ? WHERE id = ?"
COLUMNS = tuple(_SET)


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
    volume: int = 1
    status: str = "active"
    cancel_reason: str = ""
    cancelled_at: float | None = None
    cancelled_by: str = ""
    fields: dict = field(default_factory=dict, compare=False)
    manual: bool = False
    corrections: tuple = field(default=(), compare=False)

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def created_at(self) -> float:  # the same name as a RegisterEntry's date
        return self.made_at


def _entry(r, corrections: tuple = ()) -> CopyEntry:
    r = list(r)
    return CopyEntry(*r[:8], SecrecyLevel(r[8]), *r[9:17], json.loads(r[17] or "{}"), bool(r[18]), corrections)


def register(conn, user: str, kind: str, object_kind: str, object_id: object, secrecy: SecrecyLevel,
             copies: int = 1, destination: str = "", reason: str = "", *, now: float | None = None,
             fields: dict | None = None, manual: bool = False) -> CopyEntry:
    """Add an entry inside the caller's transaction (so the copy and its record go together)."""
    now = time.time() if now is None else now
    year = books.year_of(now)
    vol = books.open_volume(conn, REGISTER, user, now)
    number = conn.execute(_NEXT, (year,)).fetchone()[0]
    rid = conn.execute(_INSERT, (year, number, now, user, kind, object_kind, str(object_id), int(secrecy), copies, destination, reason,
                                 vol.volume, json.dumps(fields or {}, ensure_ascii=False), int(manual))).lastrowid
    return get(conn, rid)


def get(conn, entry_id: int) -> CopyEntry | None:
    r = conn.execute(_GET, (entry_id,)).fetchone()
    return _entry(r, books.corrections_of(conn, REGISTER, entry_id).get(entry_id, ())) if r else None


def entries(conn, limit: int = 500, volume: int | None = None) -> list[CopyEntry]:
    rows = (conn.execute(_LIST_VOLUME, (volume, limit)) if volume is not None else conn.execute(_LIST, (limit,))).fetchall()
    corr = books.corrections_of(conn, REGISTER) if rows else {}
    return [_entry(r, corr.get(r[0], ())) for r in rows]


def count_in_volume(conn, volume: int) -> int:
    return conn.execute(_COUNT, (volume,)).fetchone()[0]


def cancel(conn, entry_id: int, reason: str, user: str, now: float) -> None:
    conn.execute(_CANCEL, (reason, now, user, entry_id))


def set_value(conn, entry_id: int, key: str, value) -> None:
    """A fixed column, or one of the extra columns of `fields`."""
    if key in _SET:
        conn.execute(_SET[key], (value, entry_id))
        return
    e = get(conn, entry_id)
    conn.execute(_SET_FIELDS, (json.dumps({**e.fields, key: value}, ensure_ascii=False), entry_id))
