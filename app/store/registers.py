"""Registers kept as numbered books: numbers per register and year, never reused.

Columns are data (a JSON object per entry), so that a change in the official
forms needs no schema change. For Tuyệt mật the abstract is left empty unless
an authorisation is recorded for the entry.

Books are bound in volumes: an entry goes into its register's open volume; a
closed volume takes no entry, cancellation or correction, and the next entry
opens the next volume. Volumes and corrections also serve the copying register
(register name 'copy', rows in copy_register; see copies.py).
"""

from __future__ import annotations

import datetime as _dt
import json
import time
from dataclasses import dataclass, field

from ..domain.secrecy import SecrecyLevel
from ..errors import HosoError

_NEXT = "SELECT coalesce(max(number), 0) + 1 FROM registers WHERE register = ? AND year = ?"
_INSERT = (
    "INSERT INTO registers(register, year, number, created_at, created_by, secrecy, fields, object_kind, object_id, volume, manual)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_COLS = ("id, register, year, number, created_at, created_by, secrecy, fields, object_kind, object_id, status, cancel_reason,"
         " volume, cancelled_at, cancelled_by, manual")
_LIST = f"SELECT {_COLS} FROM registers WHERE register = ? ORDER BY year DESC, number DESC LIMIT ?"
_LIST_VOLUME = f"SELECT {_COLS} FROM registers WHERE register = ? AND volume = ? ORDER BY year DESC, number DESC LIMIT ?"
_GET = f"SELECT {_COLS} FROM registers WHERE id = ?"
_BY_OBJECT = f"SELECT {_COLS} FROM registers WHERE register = ? AND object_kind = ? AND object_id = ? ORDER BY id"
_COUNT = "SELECT count(*) FROM registers WHERE register = ? AND volume = ?"
_SET_FIELDS = "UPDATE registers SET fields = ? WHERE id = ?"
_CANCEL = "UPDATE registers SET status = 'cancelled', cancel_reason = ?, cancelled_at = ?, cancelled_by = ? WHERE id = ?"

_VOL_COLS = "register, volume, opened_at, opened_by, closed_at, closed_by, close_note"
_VOL_LAST = f"SELECT {_VOL_COLS} FROM register_volumes WHERE register = ? ORDER BY volume DESC LIMIT 1"
_VOL_GET = f"SELECT {_VOL_COLS} FROM register_volumes WHERE register = ? AND volume = ?"
_VOL_LIST = f"SELECT {_VOL_COLS} FROM register_volumes WHERE register = ? ORDER BY volume"
_VOL_INSERT = "INSERT INTO register_volumes(register, volume, opened_at, opened_by) VALUES (?, ?, ?, ?)"
_VOL_CLOSE = "UPDATE register_volumes SET closed_at = ?, closed_by = ?, close_note = ? WHERE register = ? AND volume = ? AND closed_at IS NULL"

_CORR_INSERT = ("INSERT INTO register_corrections(register, entry_id, field, old_value, new_value, reason, made_by, made_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_CORR_LIST = ("SELECT entry_id, field, old_value, new_value, reason, made_by, made_at FROM register_corrections"
              " WHERE register = ? ORDER BY id")
_CORR_ENTRY = ("SELECT entry_id, field, old_value, new_value, reason, made_by, made_at FROM register_corrections"
               " WHERE register = ? AND entry_id = ? ORDER BY id")

_AUTH_INSERT = "INSERT OR REPLACE INTO register_authorisations(entry_id, authorised_by, decision, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)"
_AUTH_GET = "SELECT authorised_by, decision, recorded_by, recorded_at FROM register_authorisations WHERE entry_id = ?"
_AUTH_LIST = ("SELECT a.entry_id, a.authorised_by, a.decision, a.recorded_by, a.recorded_at FROM register_authorisations a"
              " JOIN registers r ON r.id = a.entry_id WHERE r.register = ?")

ABSTRACT = "abstract"


@dataclass(frozen=True)
class Correction:
    entry_id: int
    field: str
    old: str
    new: str
    reason: str
    made_by: str
    made_at: float


@dataclass(frozen=True)
class Authorisation:
    authorised_by: str
    decision: str
    recorded_by: str
    recorded_at: float


@dataclass(frozen=True)
class Volume:
    register: str
    volume: int
    opened_at: float
    opened_by: str
    closed_at: float | None
    closed_by: str
    close_note: str

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


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
    volume: int = 1
    cancelled_at: float | None = None
    cancelled_by: str = ""
    manual: bool = False
    corrections: tuple[Correction, ...] = field(default=(), compare=False)

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


def _entry(r, corrections: tuple[Correction, ...] = ()) -> RegisterEntry:
    r = list(r)
    r[6] = SecrecyLevel(r[6])
    r[7] = json.loads(r[7])
    r[15] = bool(r[15])
    return RegisterEntry(*r, corrections=corrections)


def year_of(now: float) -> int:
    return _dt.date.fromtimestamp(now).year


# -- volumes --------------------------------------------------------------------------------------------------------

def open_volume(conn, register: str, user: str, now: float) -> Volume:
    """The volume new entries go into: the last one if open, else a new one (1 for a new book)."""
    last = last_volume(conn, register)
    if last is not None and not last.closed:
        return last
    number = last.volume + 1 if last else 1
    conn.execute(_VOL_INSERT, (register, number, now, user))
    return Volume(register, number, now, user, None, "", "")


def last_volume(conn, register: str) -> Volume | None:
    r = conn.execute(_VOL_LAST, (register,)).fetchone()
    return Volume(*r) if r else None


def get_volume(conn, register: str, volume: int) -> Volume | None:
    r = conn.execute(_VOL_GET, (register, volume)).fetchone()
    return Volume(*r) if r else None


def volumes(conn, register: str) -> list[Volume]:
    return [Volume(*r) for r in conn.execute(_VOL_LIST, (register,))]


def close_volume(conn, register: str, volume: int, user: str, now: float, note: str = "") -> bool:
    """True if the volume was open and is now closed."""
    return conn.execute(_VOL_CLOSE, (now, user, note, register, volume)).rowcount == 1


def require_open(conn, register: str, volume: int) -> None:
    v = get_volume(conn, register, volume)
    if v is not None and v.closed:
        raise HosoError("register_volume_closed", volume=volume, book=register)


# -- corrections and authorisations ---------------------------------------------------------------------------------

def add_correction(conn, register: str, entry_id: int, field_key: str, old: str, new: str, reason: str, user: str, now: float) -> Correction:
    conn.execute(_CORR_INSERT, (register, entry_id, field_key, old, new, reason, user, now))
    return Correction(entry_id, field_key, old, new, reason, user, now)


def corrections_of(conn, register: str, entry_id: int | None = None) -> dict[int, tuple[Correction, ...]]:
    rows = conn.execute(_CORR_ENTRY, (register, entry_id)) if entry_id is not None else conn.execute(_CORR_LIST, (register,))
    out: dict[int, list[Correction]] = {}
    for r in rows:
        out.setdefault(r[0], []).append(Correction(*r))
    return {k: tuple(v) for k, v in out.items()}


def authorisation(conn, entry_id: int) -> Authorisation | None:
    r = conn.execute(_AUTH_GET, (entry_id,)).fetchone()
    return Authorisation(*r) if r else None


def authorisations(conn, register: str) -> dict[int, Authorisation]:
    return {r[0]: Authorisation(*r[1:]) for r in conn.execute(_AUTH_LIST, (register,))}


def record_authorisation(conn, entry_id: int, authorised_by: str, decision: str, user: str, now: float) -> None:
    conn.execute(_AUTH_INSERT, (entry_id, authorised_by, decision, user, now))


# -- entries --------------------------------------------------------------------------------------------------------

def add(conn, register: str, user: str, secrecy: SecrecyLevel, fields: dict, object_kind: str = "", object_id: object = "", *,
        now: float | None = None, manual: bool = False, authorised: tuple[str, str] | None = None) -> RegisterEntry:
    """A new entry inside the caller's transaction (the act and its record go together).

    `now` (unix time) sets the entry's date and so its year; `authorised` = (who, written authorisation)
    keeps the abstract of a Tuyệt mật entry and records the authorisation with it."""
    now = time.time() if now is None else now
    year = year_of(now)
    vol = open_volume(conn, register, user, now)
    number = conn.execute(_NEXT, (register, year)).fetchone()[0]
    fields = dict(fields)
    keep = authorised is not None and all(str(x).strip() for x in authorised)
    if secrecy >= SecrecyLevel.TUYET_MAT and ABSTRACT in fields and not keep:
        fields[ABSTRACT] = ""  # no abstract of a Tuyệt mật item without a recorded authorisation
    rid = conn.execute(_INSERT, (register, year, number, now, user, int(secrecy), json.dumps(fields, ensure_ascii=False),
                                 object_kind, str(object_id), vol.volume, int(manual))).lastrowid
    if keep and secrecy >= SecrecyLevel.TUYET_MAT:
        record_authorisation(conn, rid, authorised[0].strip(), authorised[1].strip(), user, now)
    return get(conn, rid)


def get(conn, entry_id: int) -> RegisterEntry | None:
    r = conn.execute(_GET, (entry_id,)).fetchone()
    if not r:
        return None
    return _entry(r, corrections_of(conn, r[1], entry_id).get(entry_id, ()))


def update_fields(conn, entry_id: int, changes: dict) -> None:
    """Filling a column left for later (the receiver's signature when the receipt arrives): not a correction."""
    entry = get(conn, entry_id)
    conn.execute(_SET_FIELDS, (json.dumps({**entry.fields, **changes}, ensure_ascii=False), entry_id))


def set_fields(conn, entry_id: int, fields: dict) -> None:
    conn.execute(_SET_FIELDS, (json.dumps(fields, ensure_ascii=False), entry_id))


def cancel(conn, entry_id: int, reason: str, user: str, now: float) -> None:
    conn.execute(_CANCEL, (reason, now, user, entry_id))


def entries(conn, register: str, limit: int = 1000, volume: int | None = None) -> list[RegisterEntry]:
    """Newest first, each with its corrections."""
    rows = conn.execute(_LIST_VOLUME, (register, volume, limit)) if volume is not None else conn.execute(_LIST, (register, limit))
    rows = rows.fetchall()
    corr = corrections_of(conn, register) if rows else {}
    return [_entry(r, corr.get(r[0], ())) for r in rows]


def count_in_volume(conn, register: str, volume: int) -> int:
    return conn.execute(_COUNT, (register, volume)).fetchone()[0]


def by_object(conn, register: str, object_kind: str, object_id: object) -> list[RegisterEntry]:
    return [_entry(r) for r in conn.execute(_BY_OBJECT, (register, object_kind, str(object_id)))]
