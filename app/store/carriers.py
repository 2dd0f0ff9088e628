"""Storage of carriers (USB sticks) and their uses: each taking-out, what it carried, its return."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.secrecy import SecrecyLevel

_C_COLS = "id, label, serial, kind, secrecy, notes, registered_at, registered_by, status, destroyed_at, destruction_id"
_C_INSERT = ("INSERT INTO carriers(label, serial, kind, secrecy, notes, registered_at, registered_by)"
             " VALUES (?, ?, ?, ?, ?, ?, ?)")
_C_GET = f"SELECT {_C_COLS} FROM carriers WHERE id = ?"
_C_BY_LABEL = f"SELECT {_C_COLS} FROM carriers WHERE label = ?"
_C_BY_SERIAL = f"SELECT {_C_COLS} FROM carriers WHERE serial = ? AND serial != '' ORDER BY status, id"
_C_LIST = f"SELECT {_C_COLS} FROM carriers ORDER BY status, label"
_C_DESTROYED = "UPDATE carriers SET status = 'destroyed', destroyed_at = ?, destruction_id = ? WHERE id = ?"

_U_COLS = ("id, carrier_id, register_id, taken_by, permit_no, permit_date, permit_by, content, out_at, out_by,"
           " returned_at, returned_to, notes")
_U_INSERT = ("INSERT INTO carrier_uses(carrier_id, taken_by, permit_no, permit_date, permit_by, content, out_at, out_by, notes)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_U_SET_REGISTER = "UPDATE carrier_uses SET register_id = ? WHERE id = ?"
_U_GET = f"SELECT {_U_COLS} FROM carrier_uses WHERE id = ?"
_U_OPEN = f"SELECT {_U_COLS} FROM carrier_uses WHERE carrier_id = ? AND returned_at IS NULL"
_U_ALL_OPEN = f"SELECT {_U_COLS} FROM carrier_uses WHERE returned_at IS NULL ORDER BY out_at"
_U_OPEN_BY = f"SELECT {_U_COLS} FROM carrier_uses WHERE taken_by = ? COLLATE NOCASE AND returned_at IS NULL ORDER BY out_at"
_U_OF = f"SELECT {_U_COLS} FROM carrier_uses WHERE carrier_id = ? ORDER BY out_at DESC"
_U_RETURN = "UPDATE carrier_uses SET returned_at = ?, returned_to = ? WHERE id = ? AND returned_at IS NULL"
_U_CONTENT = "UPDATE carrier_uses SET content = ? WHERE id = ?"


@dataclass(frozen=True)
class Carrier:
    id: int
    label: str
    serial: str
    kind: str
    secrecy: SecrecyLevel
    notes: str
    registered_at: float
    registered_by: str
    status: str  # active | destroyed
    destroyed_at: float | None
    destruction_id: int | None

    @property
    def destroyed(self) -> bool:
        return self.status == "destroyed"


@dataclass(frozen=True)
class CarrierUse:
    id: int
    carrier_id: int
    register_id: int | None
    taken_by: str
    permit_no: str
    permit_date: str
    permit_by: str
    content: str
    out_at: float
    out_by: str
    returned_at: float | None
    returned_to: str | None
    notes: str

    @property
    def out(self) -> bool:
        return self.returned_at is None


def _carrier(r) -> Carrier:
    r = list(r)
    r[4] = SecrecyLevel(r[4])
    return Carrier(*r)


def insert(conn, label: str, serial: str, kind: str, secrecy: SecrecyLevel, notes: str, now: float, user: str) -> Carrier:
    cid = conn.execute(_C_INSERT, (label, serial, kind, int(secrecy), notes, now, user)).lastrowid
    return get(conn, cid)


def get(conn, carrier_id: int) -> Carrier | None:
    r = conn.execute(_C_GET, (carrier_id,)).fetchone()
    return _carrier(r) if r else None


def by_label(conn, label: str) -> Carrier | None:
    r = conn.execute(_C_BY_LABEL, (label,)).fetchone()
    return _carrier(r) if r else None


def by_serial(conn, serial: str) -> Carrier | None:
    r = conn.execute(_C_BY_SERIAL, (serial,)).fetchone()
    return _carrier(r) if r else None


def all_carriers(conn) -> list[Carrier]:
    return [_carrier(r) for r in conn.execute(_C_LIST)]


def mark_destroyed(conn, carrier_id: int, now: float, destruction_id: int) -> None:
    conn.execute(_C_DESTROYED, (now, destruction_id, carrier_id))


def add_use(conn, carrier_id: int, taken_by: str, permit_no: str, permit_date: str, permit_by: str, content: str,
            now: float, user: str, notes: str = "") -> CarrierUse:
    uid = conn.execute(_U_INSERT, (carrier_id, taken_by, permit_no, permit_date, permit_by, content, now, user, notes)).lastrowid
    return get_use(conn, uid)


def set_register(conn, use_id: int, register_id: int) -> None:
    conn.execute(_U_SET_REGISTER, (register_id, use_id))


def get_use(conn, use_id: int) -> CarrierUse | None:
    r = conn.execute(_U_GET, (use_id,)).fetchone()
    return CarrierUse(*r) if r else None


def open_use(conn, carrier_id: int) -> CarrierUse | None:
    r = conn.execute(_U_OPEN, (carrier_id,)).fetchone()
    return CarrierUse(*r) if r else None


def open_uses(conn) -> list[CarrierUse]:
    return [CarrierUse(*r) for r in conn.execute(_U_ALL_OPEN)]


def open_uses_by(conn, taken_by: str) -> list[CarrierUse]:
    return [CarrierUse(*r) for r in conn.execute(_U_OPEN_BY, (taken_by,))]


def uses_of(conn, carrier_id: int) -> list[CarrierUse]:
    return [CarrierUse(*r) for r in conn.execute(_U_OF, (carrier_id,))]


def mark_returned(conn, use_id: int, now: float, returned_to: str) -> bool:
    return conn.execute(_U_RETURN, (now, returned_to, use_id)).rowcount == 1


def set_content(conn, use_id: int, content: str) -> None:
    conn.execute(_U_CONTENT, (content, use_id))
