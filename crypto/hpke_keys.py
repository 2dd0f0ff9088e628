"""HPKE receiving keys: hybrid ML-KEM-768 + X25519 (default) or classic X25519.

Used for key slots in the vault and, later, for bundle recipients. Serialised
forms are raw bytes: private = ML-KEM seed (64) || X25519 (32), public =
ML-KEM encapsulation key (1184) || X25519 (32); X25519 alone is 32 / 32.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from .errors import WrongKey

MLKEM_SEED_LEN = 64
MLKEM_PUB_LEN = 1184
X25519_LEN = 32


class KemKind(str, enum.Enum):
    HYBRID = "mlkem768x25519"
    X25519 = "x25519"


def _suite(kind: KemKind) -> hpke.Suite:
    kem = hpke.KEM.MLKEM768_X25519 if kind is KemKind.HYBRID else hpke.KEM.X25519
    return hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


@dataclass(frozen=True)
class ReceivingKey:
    kind: KemKind
    private_raw: bytes

    @classmethod
    def generate(cls, kind: KemKind = KemKind.HYBRID) -> "ReceivingKey":
        x = x25519.X25519PrivateKey.generate().private_bytes_raw()
        if kind is KemKind.X25519:
            return cls(kind, x)
        return cls(kind, mlkem.MLKEM768PrivateKey.generate().private_bytes_raw() + x)

    def _key(self):
        if self.kind is KemKind.X25519:
            return x25519.X25519PrivateKey.from_private_bytes(self.private_raw)
        m = mlkem.MLKEM768PrivateKey.from_seed_bytes(self.private_raw[:MLKEM_SEED_LEN])
        x = x25519.X25519PrivateKey.from_private_bytes(self.private_raw[MLKEM_SEED_LEN:])
        return hpke.MLKEM768X25519PrivateKey(m, x)

    def public_raw(self) -> bytes:
        if self.kind is KemKind.X25519:
            return self._key().public_key().public_bytes_raw()
        m = mlkem.MLKEM768PrivateKey.from_seed_bytes(self.private_raw[:MLKEM_SEED_LEN])
        x = x25519.X25519PrivateKey.from_private_bytes(self.private_raw[MLKEM_SEED_LEN:])
        return m.public_key().public_bytes_raw() + x.public_key().public_bytes_raw()

    def open(self, ciphertext: bytes, info: bytes) -> bytes:
        try:
            return _suite(self.kind).decrypt(ciphertext, self._key(), info=info)
        except (InvalidTag, ValueError) as exc:
            raise WrongKey("HPKE open failed") from exc


def _public_key(kind: KemKind, public_raw: bytes):
    if kind is KemKind.X25519:
        return x25519.X25519PublicKey.from_public_bytes(public_raw)
    if len(public_raw) != MLKEM_PUB_LEN + X25519_LEN:
        raise ValueError("bad hybrid public key length")
    m = mlkem.MLKEM768PublicKey.from_public_bytes(public_raw[:MLKEM_PUB_LEN])
    x = x25519.X25519PublicKey.from_public_bytes(public_raw[MLKEM_PUB_LEN:])
    return hpke.MLKEM768X25519PublicKey(m, x)


def seal_to(kind: KemKind, public_raw: bytes, plaintext: bytes, info: bytes) -> bytes:
    """HPKE base-mode single-shot encryption to a receiving public key."""
    return _suite(kind).encrypt(plaintext, _public_key(kind, public_raw), info=info)
