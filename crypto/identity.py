"""A unit's identity: Ed25519 for signing and an HPKE key for receiving.

The fingerprint is what officers compare out of band (printed sheet, phone
call): SHA-256 over the canonical public part, first 160 bits, in Crockford
base32 groups of four.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ed25519

from .hpke_keys import KemKind, ReceivingKey
from .recovery import b32encode, group


@dataclass(frozen=True)
class UnitIdentity:
    signing_private: bytes  # Ed25519 raw 32 bytes
    receiving: ReceivingKey

    @classmethod
    def generate(cls, kind: KemKind = KemKind.HYBRID) -> "UnitIdentity":
        sk = ed25519.Ed25519PrivateKey.generate().private_bytes_raw()
        return cls(sk, ReceivingKey.generate(kind))

    def signing_public(self) -> bytes:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.signing_private).public_key().public_bytes_raw()

    def sign(self, data: bytes) -> bytes:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.signing_private).sign(data)


def public_encoding(unit_code: str, signing_public: bytes, kem: KemKind, receiving_public: bytes) -> bytes:
    """Canonical, length-prefixed encoding of what a unit card vouches for."""
    parts = [b"hoso-unit-v1", unit_code.encode(), signing_public, kem.value.encode(), receiving_public]
    return b"".join(len(p).to_bytes(4, "big") + p for p in parts)


def fingerprint(unit_code: str, signing_public: bytes, kem: KemKind, receiving_public: bytes) -> str:
    digest = hashlib.sha256(public_encoding(unit_code, signing_public, kem, receiving_public)).digest()
    return group(b32encode(digest[:20]))
