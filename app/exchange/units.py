"""This unit's identity and the other units it trusts.

Trusting a unit needs its card and the fingerprint typed (or scanned) from the
sheet that unit printed: a card is only a file, and a file can be swapped on
the way. A later card of the same unit is accepted without a new paper check
only when it is signed by the key already trusted (key rotation).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from crypto.hpke_keys import KemKind, ReceivingKey
from crypto.identity import UnitIdentity

from ..errors import HosoError
from ..fsutil import atomic_write
from ..permissions import Permission
from .cards import UnitCard, make_card, parse_card, rotation_is_signed_by, same_fingerprint

_OWN = "SELECT code, name, level, parent_code, signing_private, kem, receiving_private, card_version FROM unit WHERE id = 1"
_OWN_HISTORY = "SELECT card_version, kem, receiving_private, fingerprint FROM own_key_history ORDER BY card_version DESC"
_RETIRE = "INSERT INTO own_key_history(card_version, signing_private, kem, receiving_private, fingerprint, retired_at) VALUES (?, ?, ?, ?, ?, ?)"
_SET_OWN_KEYS = "UPDATE unit SET signing_private = ?, kem = ?, receiving_private = ?, card_version = ? WHERE id = 1"
_SET_OWN_PLACE = "UPDATE unit SET level = ?, parent_code = ? WHERE id = 1"
_UNIT_COLS = "code, name, level, parent_code, signing_public, kem, receiving_public, fingerprint, card_version, status, trusted_at, trusted_by, revoked_at, revoke_reason"
_GET_UNIT = f"SELECT {_UNIT_COLS} FROM units WHERE code = ?"
_LIST_UNITS = f"SELECT {_UNIT_COLS} FROM units ORDER BY code"
_INSERT_UNIT = (
    "INSERT INTO units(code, name, level, parent_code, signing_public, kem, receiving_public, fingerprint, card_version,"
    " status, trusted_at, trusted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'trusted', ?, ?)"
)
_UPDATE_KEYS = (
    "UPDATE units SET name = ?, level = ?, parent_code = ?, signing_public = ?, kem = ?, receiving_public = ?, fingerprint = ?,"
    " card_version = ? WHERE code = ?"
)
_REVOKE = "UPDATE units SET status = 'revoked', revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE code = ? AND status = 'trusted'"


@dataclass(frozen=True)
class OwnUnit:
    code: str
    name: str
    level: str
    parent_code: str
    identity: UnitIdentity
    card_version: int

    def card(self, previous: "OwnUnit | None" = None) -> UnitCard:
        return make_card(self.code, self.name, self.level, self.parent_code, self.identity.signing_private,
                         self.identity.receiving.kind, self.identity.receiving.public_raw(), self.card_version,
                         previous.identity.signing_private if previous else None,
                         previous.card().fingerprint if previous else None)


@dataclass(frozen=True)
class KnownUnit:
    code: str
    name: str
    level: str
    parent_code: str
    signing_public: bytes
    kem: KemKind
    receiving_public: bytes
    fingerprint: str
    card_version: int
    status: str
    trusted_at: float
    trusted_by: str
    revoked_at: float | None
    revoke_reason: str

    @property
    def trusted(self) -> bool:
        return self.status == "trusted"


def _known(r) -> KnownUnit:
    r = list(r)
    r[4], r[6] = bytes(r[4]), bytes(r[6])
    r[5] = KemKind(r[5])
    return KnownUnit(*r)


def own_unit(conn) -> OwnUnit:
    code, name, level, parent, sk, kem, rk, version = conn.execute(_OWN).fetchone()
    return OwnUnit(code, name, level, parent, UnitIdentity(bytes(sk), ReceivingKey(KemKind(kem), bytes(rk))), version)


def receiving_keys(conn) -> list[tuple[str, ReceivingKey]]:
    """Our current receiving key and the retired ones (bundles in transit during a rotation)."""
    me = own_unit(conn)
    keys = [(me.card().fingerprint, me.identity.receiving)]
    keys += [(fp, ReceivingKey(KemKind(kem), bytes(rk))) for _, kem, rk, fp in conn.execute(_OWN_HISTORY)]
    return keys


def get_unit(conn, code: str) -> KnownUnit | None:
    r = conn.execute(_GET_UNIT, (code,)).fetchone()
    return _known(r) if r else None


def list_units(session) -> list[KnownUnit]:
    session.require(Permission.VIEW_DOSSIERS)
    return [_known(r) for r in session.vault.conn.execute(_LIST_UNITS)]


def export_card(session, dest: Path) -> UnitCard:
    """Write this unit's public card (no secret in it) for other units."""
    session.require(Permission.VIEW_DOSSIERS)
    card = own_unit(session.vault.conn).card()
    try:
        atomic_write(Path(dest), card.to_bytes(), mode=0o644)
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{dest}: {exc.strerror or exc}") from exc
    with session.change(None, "unit_card_exported", "unit", card.unit_code, f"Xuất thẻ đơn vị phiên bản {card.card_version}"):
        pass
    return card


def set_own_place(session, level: str, parent_code: str) -> None:
    with session.change(Permission.MANAGE_UNITS, "unit_updated", "unit", own_unit(session.vault.conn).code, f"Cấp {level}, trực thuộc {parent_code}") as conn:
        conn.execute(_SET_OWN_PLACE, (level, parent_code))


def trust_unit(session, card_bytes: bytes, typed_fingerprint: str | None) -> KnownUnit:
    """Trust a unit from its card. A new unit needs the fingerprint read from
    its printed sheet; a rotated card needs the signature of the trusted key."""
    session.require(Permission.MANAGE_UNITS)
    conn = session.vault.conn
    card = parse_card(card_bytes)
    if card.unit_code == own_unit(conn).code:
        raise HosoError("bad_unit_card", detail="đây là thẻ của chính đơn vị này")
    known = get_unit(conn, card.unit_code)
    now, user = time.time(), session.user.username
    if known is not None and known.fingerprint == card.fingerprint:
        if not known.trusted:
            raise HosoError("unit_revoked", unit=card.unit_code)
        return known
    if known is not None:
        if not known.trusted:
            raise HosoError("unit_revoked", unit=card.unit_code)
        rotated = card.previous_fingerprint == known.fingerprint and rotation_is_signed_by(card, known.signing_public)
        typed_ok = typed_fingerprint is not None and same_fingerprint(typed_fingerprint, card.fingerprint)
        if not rotated and not typed_ok:
            raise HosoError("unit_key_changed", unit=card.unit_code)
        with session.change(Permission.MANAGE_UNITS, "unit_key_rotated", "unit", card.unit_code,
                            f"Khóa mới phiên bản {card.card_version} ({'ký bởi khóa cũ' if rotated else 'đối chiếu dấu vân tay'})") as c:
            c.execute(_UPDATE_KEYS, (card.name, card.level, card.parent_code, card.signing_public, card.kem.value,
                                     card.receiving_public, card.fingerprint, card.card_version, card.unit_code))
        return get_unit(conn, card.unit_code)
    if typed_fingerprint is None or not same_fingerprint(typed_fingerprint, card.fingerprint):
        raise HosoError("fingerprint_mismatch", unit=card.unit_code)
    with session.change(Permission.MANAGE_UNITS, "unit_trusted", "unit", card.unit_code, f"Tin cậy đơn vị {card.unit_code}") as c:
        c.execute(_INSERT_UNIT, (card.unit_code, card.name, card.level, card.parent_code, card.signing_public, card.kem.value,
                                 card.receiving_public, card.fingerprint, card.card_version, now, user))
    return get_unit(conn, card.unit_code)


def revoke_unit(session, code: str, reason: str) -> None:
    if not reason.strip():
        raise HosoError("note_required", what="lý do thu hồi")
    with session.change(Permission.MANAGE_UNITS, "unit_revoked", "unit", code, f"Thu hồi tin cậy: {reason.strip()}") as conn:
        if conn.execute(_REVOKE, (time.time(), session.user.username, reason.strip(), code)).rowcount != 1:
            raise HosoError("unknown_unit", unit=code)


def rotate_own_keys(session, kem: KemKind | None = None) -> UnitCard:
    """New keys for this unit; the new card is signed by the old key."""
    session.require(Permission.MANAGE_UNITS)
    conn = session.vault.conn
    old = own_unit(conn)
    new_identity = UnitIdentity.generate(kem or old.identity.receiving.kind)
    new = OwnUnit(old.code, old.name, old.level, old.parent_code, new_identity, old.card_version + 1)
    card = new.card(previous=old)
    with session.change(Permission.MANAGE_UNITS, "unit_keys_rotated", "unit", old.code, f"Thay khóa đơn vị, thẻ phiên bản {new.card_version}") as c:
        c.execute(_RETIRE, (old.card_version, old.identity.signing_private, old.identity.receiving.kind.value,
                            old.identity.receiving.private_raw, old.card().fingerprint, time.time()))
        c.execute(_SET_OWN_KEYS, (new_identity.signing_private, new_identity.receiving.kind.value,
                                  new_identity.receiving.private_raw, new.card_version))
    return card
