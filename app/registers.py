"""The registers (sổ) as real books: reading, entries by hand, cancellation, correction, closing a volume.

Entries are made by the operations themselves (bundles sent and received, prints and exports, hand-overs,
carriers, destruction) through app.store.registers.add / app.store.copies.register, and by hand here for
paper documents that never touch the application. Numbers run per register and year and are never reused;
a cancelled entry keeps its number and stays visible; a correction keeps the old value beside the new one.
A volume once closed takes no entry, cancellation or correction; the next entry opens the next volume.
"""

from __future__ import annotations

import datetime as _dt
import time
from dataclasses import dataclass

from .domain.secrecy import SecrecyLevel
from .errors import HosoError
from .forms import templates as T
from .permissions import Permission
from .register_cells import COMPUTED, DATE_KEYS, NUMBER_KEYS, cell, raw_value
from .store import copies, registers
from .store.registers import ABSTRACT, RegisterEntry, Volume
from .users import get_user

KINDS = ("outgoing", "incoming", "handover", "copy", "carrier", "destruction")
ALIASES = {"print": "copy"}  # the CLI's name of the copying register
BOOK_NAMES = {  # as sentences say them
    "outgoing": "sổ văn bản mật đi", "incoming": "sổ văn bản mật đến", "handover": "sổ giao nhận tài liệu mật",
    "copy": "sổ sao, chụp (in, xuất) tài liệu mật", "carrier": "sổ quản lý vật mang tin", "destruction": "sổ tiêu hủy tài liệu mật",
}
COPY_INPUTS = ("object", "copies", "reason", "destination")  # a hand-made copy entry: what the clerk types
MAX_TEXT = 2000


@dataclass(frozen=True)
class InputColumn:
    key: str
    title: str
    kind: str  # text | date | number


def canonical(kind: str) -> str:
    kind = ALIASES.get(kind, kind)
    if kind not in KINDS:
        raise HosoError("register_unknown_kind", kind=kind, kinds=", ".join(KINDS))
    return kind


def book_form(kind: str) -> str:
    return f"book_{canonical(kind)}"


def columns(conn, kind: str) -> tuple[T.Column, ...]:
    """The book's columns, from its template (the one source for the screen and the printed book)."""
    return T.form(book_form(kind), conn).columns


def input_columns(conn, kind: str) -> list[InputColumn]:
    """What a clerk fills in for an entry by hand: every column the application does not fill itself."""
    kind = canonical(kind)
    out = []
    for c in columns(conn, kind):
        if c.key in COMPUTED or (kind == "copy" and c.key not in COPY_INPUTS):
            continue
        out.append(InputColumn(c.key, c.title, "date" if c.key in DATE_KEYS else "number" if c.key in NUMBER_KEYS else "text"))
    return out


# -- reading ----------------------------------------------------------------------------------------------------------

def list_register(session, kind: str, limit: int = 1000, volume: int | None = None) -> list:
    """Entries of one register, newest first: RegisterEntry, or CopyEntry for "copy" (alias "print")."""
    session.require(Permission.VIEW_DOSSIERS)
    kind = canonical(kind)
    if kind == "copy":
        return copies.entries(session.vault.conn, limit, volume)
    return registers.entries(session.vault.conn, kind, limit, volume)


def get_entry(session, kind: str, entry_id: int):
    session.require(Permission.VIEW_DOSSIERS)
    return _get(session.vault.conn, canonical(kind), entry_id)


def volumes(session, kind: str) -> list[Volume]:
    session.require(Permission.VIEW_DOSSIERS)
    return registers.volumes(session.vault.conn, canonical(kind))


class _Names(dict):
    """Full names of the users who made entries, looked up once each."""

    def __init__(self, conn) -> None:
        super().__init__()
        self.conn = conn

    def get(self, username: str, default=None):
        if username not in self:
            u = get_user(self.conn, username) if username else None
            self[username] = (u.full_name or u.username) if u else (default if default is not None else username)
        return self[username]


def user_names(conn) -> dict[str, str]:
    return _Names(conn)


def entry_json(entry, names: dict[str, str] | None = None) -> dict:
    """One entry for the CLI: the old flat keys (fields at the top) plus number, year, volume, date, status,
    fields and corrections."""
    copy = isinstance(entry, copies.CopyEntry)
    fields = dict(entry.fields)
    out: dict = {**fields} if not copy else {
        "kind": entry.kind, "object_kind": entry.object_kind, "object_id": entry.object_id, "copies": entry.copies,
        "destination": entry.destination, "reason": entry.reason}
    day = fields.get("date") if not copy and fields.get("date") else _dt.date.fromtimestamp(entry.created_at).isoformat()
    out.update(id=entry.id, number=entry.number, year=entry.year, volume=entry.volume, date=str(day)[:10], created_at=entry.created_at,
               secrecy=entry.secrecy.code, by=entry.made_by if copy else entry.created_by, status=entry.status,
               cancel_reason=entry.cancel_reason, manual=entry.manual, fields=fields,
               corrections=[{"field": c.field, "old": c.old, "new": c.new, "reason": c.reason, "by": c.made_by,
                             "at": c.made_at} for c in entry.corrections])
    if names is not None:
        out["by_name"] = names.get(out["by"], out["by"])
    return out


def authorisation(session, entry_id: int) -> registers.Authorisation | None:
    session.require(Permission.VIEW_DOSSIERS)
    return registers.authorisation(session.vault.conn, entry_id)


# -- changes (KEEP_REGISTERS, each in one transaction with its audit entry) ------------------------------------------

def _get(conn, kind: str, entry_id: int):
    e = copies.get(conn, entry_id) if kind == "copy" else registers.get(conn, entry_id)
    if e is None or (kind != "copy" and e.register != kind):
        raise HosoError("register_entry_not_found", id=entry_id, book=BOOK_NAMES[kind])
    return e


def _text(value) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > MAX_TEXT:
        raise HosoError("register_value_too_long", max=MAX_TEXT)
    return text


def _value(col: InputColumn, value) -> str | int:
    """A typed value checked and normalised: dates to ISO, copies to a whole number."""
    text = _text(value)
    if not text:
        return "" if col.kind != "number" else 0
    if col.kind == "date":
        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return _dt.datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                pass
        raise HosoError("register_bad_value", column=col.title, value=text, expected="ngày dd/mm/yyyy")
    if col.kind == "number":
        if not text.isdigit() or int(text) > 100_000:
            raise HosoError("register_bad_value", column=col.title, value=text, expected="số nguyên không âm")
        return int(text)
    return text


def _reason(reason: str) -> str:
    reason = _text(reason)
    if not reason:
        raise HosoError("register_reason_required")
    return reason


def _open(conn, kind: str, entry) -> None:
    registers.require_open(conn, kind, entry.volume)
    if entry.status == "cancelled":
        raise HosoError("register_entry_cancelled", number=f"{entry.number}/{entry.year}")


def add_entry(session, kind: str, secrecy: SecrecyLevel, fields: dict, *, authorised_by: str = "", authorisation: str = "",
              now: float | None = None):
    """An entry by hand (a paper document). For Tuyệt mật the abstract is kept only with an authorisation."""
    kind = canonical(kind)
    conn = session.vault.conn
    cols = {c.key: c for c in input_columns(conn, kind)}
    unknown = sorted(set(fields) - set(cols))
    if unknown:
        raise HosoError("register_field_unknown", field=unknown[0], book=BOOK_NAMES[kind])
    values = {k: _value(cols[k], v) for k, v in fields.items()}
    if not any(values.values()):
        raise HosoError("register_entry_empty")
    secrecy = SecrecyLevel(secrecy)
    auth = (_text(authorised_by), _text(authorisation))
    if secrecy >= SecrecyLevel.TUYET_MAT and values.get(ABSTRACT) and not all(auth):
        raise HosoError("register_abstract_not_authorised")
    now = time.time() if now is None else now
    user = session.user.username
    with session.change(Permission.KEEP_REGISTERS, "register_entry_added", "register", kind, f"Ghi tay vào {BOOK_NAMES[kind]}") as c:
        if kind == "copy":
            e = copies.register(c, user, "paper_copy", "paper", values.get("object", ""), secrecy, int(values.get("copies") or 0),
                                str(values.get("destination", "")), str(values.get("reason", "")), now=now, manual=True)
        else:
            e = registers.add(c, kind, user, secrecy, values, "paper", "", now=now, manual=True,
                              authorised=auth if all(auth) else None)
        session.vault.audit(user, "register_entry_numbered", "register", f"{kind}:{e.id}", f"Số {e.number}/{e.year}, quyển {e.volume}")
    return e


def cancel_entry(session, kind: str, entry_id: int, reason: str, now: float | None = None):
    kind = canonical(kind)
    reason = _reason(reason)
    now = time.time() if now is None else now
    with session.change(Permission.KEEP_REGISTERS, "register_entry_cancelled", "register", f"{kind}:{entry_id}",
                        f"Hủy mục {entry_id} của {BOOK_NAMES[kind]}: {reason}") as c:
        e = _get(c, kind, entry_id)
        _open(c, kind, e)
        (copies.cancel if kind == "copy" else registers.cancel)(c, entry_id, reason, session.user.username, now)
    return _get(session.vault.conn, kind, entry_id)


def correct_entry(session, kind: str, entry_id: int, key: str, new_value, reason: str, now: float | None = None):
    """Correct one column: the old value is kept in the corrections and shown beside the new one."""
    kind = canonical(kind)
    reason = _reason(reason)
    conn = session.vault.conn
    cols = {c.key: c for c in input_columns(conn, kind)}
    if kind != "copy":
        cols.setdefault("date", InputColumn("date", "Ngày", "date"))
    if key not in cols:
        raise HosoError("register_field_unknown", field=key, book=BOOK_NAMES[kind])
    value = _value(cols[key], new_value)
    now = time.time() if now is None else now
    user = session.user.username
    with session.change(Permission.KEEP_REGISTERS, "register_entry_corrected", "register", f"{kind}:{entry_id}",
                        f"Sửa cột {key} mục {entry_id} của {BOOK_NAMES[kind]}: {reason}") as c:
        e = _get(c, kind, entry_id)
        _open(c, kind, e)
        if key == ABSTRACT and e.secrecy >= SecrecyLevel.TUYET_MAT and value and registers.authorisation(c, entry_id) is None:
            raise HosoError("register_abstract_not_authorised")
        old = _stored(e, key)
        if str(old) == str(value):
            raise HosoError("register_same_value")
        registers.add_correction(c, kind, entry_id, key, str(old), str(value), reason, user, now)
        if kind == "copy":
            copies.set_value(c, entry_id, key, value)
        else:
            registers.set_fields(c, entry_id, {**e.fields, key: value})
    return _get(conn, kind, entry_id)


def authorise_abstract(session, entry_id: int, authorised_by: str, decision: str, abstract: str, now: float | None = None) -> RegisterEntry:
    """Record who authorised the abstract of a Tuyệt mật entry (and by which writing), and enter the abstract."""
    who, decision, abstract = _text(authorised_by), _text(decision), _text(abstract)
    if not who or not decision:
        raise HosoError("register_authorisation_required")
    now = time.time() if now is None else now
    user = session.user.username
    with session.change(Permission.KEEP_REGISTERS, "register_abstract_authorised", "register", f"entry:{entry_id}",
                        f"Cho phép ghi trích yếu mục {entry_id}: {who}, {decision}") as c:
        e = registers.get(c, entry_id)
        if e is None:
            raise HosoError("register_entry_not_found", id=entry_id, book="sổ")
        _open(c, e.register, e)
        registers.record_authorisation(c, entry_id, who, decision, user, now)
        if abstract and abstract != e.fields.get(ABSTRACT, ""):
            registers.add_correction(c, e.register, entry_id, ABSTRACT, str(e.fields.get(ABSTRACT, "")), abstract,
                                     f"ghi trích yếu theo {decision} ({who})", user, now)
            registers.set_fields(c, entry_id, {**e.fields, ABSTRACT: abstract})
    return registers.get(session.vault.conn, entry_id)


def close_volume(session, kind: str, note: str = "", now: float | None = None) -> Volume:
    """Close the open volume (it must hold at least one entry); the next entry opens the next volume."""
    kind = canonical(kind)
    now = time.time() if now is None else now
    user = session.user.username
    with session.change(Permission.KEEP_REGISTERS, "register_volume_closed", "register", kind, f"Khóa sổ {BOOK_NAMES[kind]}") as c:
        v = registers.last_volume(c, kind)
        if v is None or v.closed or not _count(c, kind, v.volume):
            raise HosoError("register_volume_empty", book=BOOK_NAMES[kind])
        registers.close_volume(c, kind, v.volume, user, now, _text(note))
    return registers.get_volume(session.vault.conn, kind, v.volume)


def _count(conn, kind: str, volume: int) -> int:
    return copies.count_in_volume(conn, volume) if kind == "copy" else registers.count_in_volume(conn, kind, volume)


def _stored(entry, key: str) -> str:
    """A column's value as stored (ISO dates), for the correction's "old"."""
    if isinstance(entry, copies.CopyEntry):
        return entry.object_id if key == "object" else raw_value(entry, key)
    if key == "date" and not entry.fields.get("date"):
        return _dt.date.fromtimestamp(entry.created_at).isoformat()
    value = entry.fields.get(key, "")
    return ", ".join(str(v) for v in value) if isinstance(value, (list, tuple)) else str(value)


def cell_texts(conn, kind: str, entries: list) -> tuple[tuple[T.Column, ...], list[list[str]]]:
    """Every entry's cells in the book's column order (used by the screen and the printed book alike)."""
    cols = columns(conn, kind)
    names = user_names(conn)
    return cols, [[cell(e, c.key, names).text for c in cols] for e in entries]
