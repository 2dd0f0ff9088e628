"""Unit cards: the public part of a unit's identity, passed on paper-checked files.

A card is JSON with the unit's code, name, level, parent, public keys, card
version and fingerprint, self-signed with the unit's Ed25519 key. A card made
by key rotation also carries the previous fingerprint and a signature by the
previous signing key, so a trusting unit can follow the rotation without a new
paper check.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from crypto.hpke_keys import KemKind
from crypto.identity import fingerprint as compute_fingerprint
from crypto.recovery import normalise

from ..errors import HosoError

FORMAT = "hoso-unit-card"
VERSION = 1
_SIGNED = ("format", "version", "unit_code", "name", "level", "parent_code", "signing_public", "kem",
           "receiving_public", "fingerprint", "card_version", "previous_fingerprint")


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


@dataclass(frozen=True)
class UnitCard:
    unit_code: str
    name: str
    level: str
    parent_code: str
    signing_public: bytes
    kem: KemKind
    receiving_public: bytes
    fingerprint: str
    card_version: int = 1
    previous_fingerprint: str | None = None
    self_signature: bytes = b""
    rotation_signature: bytes | None = None

    def signed_part(self) -> bytes:
        d = self._fields()
        return json.dumps({k: d[k] for k in _SIGNED}, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def _fields(self) -> dict:
        return {
            "format": FORMAT, "version": VERSION, "unit_code": self.unit_code, "name": self.name, "level": self.level,
            "parent_code": self.parent_code, "signing_public": _b64(self.signing_public), "kem": self.kem.value,
            "receiving_public": _b64(self.receiving_public), "fingerprint": self.fingerprint,
            "card_version": self.card_version, "previous_fingerprint": self.previous_fingerprint,
        }

    def to_bytes(self) -> bytes:
        d = self._fields()
        d["self_signature"] = _b64(self.self_signature)
        d["rotation_signature"] = _b64(self.rotation_signature) if self.rotation_signature else None
        return (json.dumps(d, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode()


def make_card(unit_code: str, name: str, level: str, parent_code: str, signing_private: bytes, kem: KemKind,
              receiving_public: bytes, card_version: int = 1, previous_signing_private: bytes | None = None,
              previous_fingerprint: str | None = None) -> UnitCard:
    sk = ed25519.Ed25519PrivateKey.from_private_bytes(signing_private)
    spub = sk.public_key().public_bytes_raw()
    fp = compute_fingerprint(unit_code, spub, kem, receiving_public)
    card = UnitCard(unit_code, name, level, parent_code, spub, kem, receiving_public, fp, card_version, previous_fingerprint)
    signed = card.signed_part()
    rotation = ed25519.Ed25519PrivateKey.from_private_bytes(previous_signing_private).sign(signed) if previous_signing_private else None
    return UnitCard(**{**card.__dict__, "self_signature": sk.sign(signed), "rotation_signature": rotation})


def parse_card(data: bytes) -> UnitCard:
    """Read a card and check it is internally consistent (fingerprint, self-signature)."""
    try:
        d = json.loads(data.decode("utf-8"))
        if d.get("format") != FORMAT or int(d.get("version", 0)) != VERSION:
            raise ValueError("không phải thẻ đơn vị HoSo")
        card = UnitCard(
            unit_code=str(d["unit_code"]), name=str(d["name"]), level=str(d.get("level", "")),
            parent_code=str(d.get("parent_code", "")), signing_public=base64.b64decode(d["signing_public"], validate=True),
            kem=KemKind(d["kem"]), receiving_public=base64.b64decode(d["receiving_public"], validate=True),
            fingerprint=str(d["fingerprint"]), card_version=int(d["card_version"]),
            previous_fingerprint=d.get("previous_fingerprint"),
            self_signature=base64.b64decode(d["self_signature"], validate=True),
            rotation_signature=base64.b64decode(d["rotation_signature"], validate=True) if d.get("rotation_signature") else None,
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise HosoError("bad_unit_card", detail=str(exc)) from exc
    try:
        expected = compute_fingerprint(card.unit_code, card.signing_public, card.kem, card.receiving_public)
    except ValueError as exc:
        raise HosoError("bad_unit_card", detail=f"khóa công khai không hợp lệ ({exc})") from exc
    if expected != card.fingerprint:
        raise HosoError("bad_unit_card", detail="dấu vân tay ghi trên thẻ không khớp với khóa trong thẻ")
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(card.signing_public).verify(card.self_signature, card.signed_part())
    except (InvalidSignature, ValueError) as exc:
        raise HosoError("bad_unit_card", detail="chữ ký của thẻ không đúng") from exc
    return card


def rotation_is_signed_by(card: UnitCard, previous_signing_public: bytes) -> bool:
    if not card.rotation_signature:
        return False
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(previous_signing_public).verify(card.rotation_signature, card.signed_part())
        return True
    except (InvalidSignature, ValueError):
        return False


def same_fingerprint(typed: str, fingerprint: str) -> bool:
    """Compare a fingerprint typed from paper leniently (case, dashes, O/0, I/L/1)."""
    table = str.maketrans({"O": "0", "I": "1", "L": "1"})
    return normalise(typed).translate(table) == normalise(fingerprint).translate(table)
