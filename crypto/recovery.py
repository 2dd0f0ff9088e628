"""The recovery key: 160 random bits shown once as groups of characters.

Format: 32 Crockford base32 characters of key material followed by 4 characters
of checksum (first 20 bits of SHA-256 over the key bytes), shown as nine groups
of four separated by dashes. Crockford's alphabet avoids I, L, O, U, and input
is read leniently (case, O->0, I/L->1, spaces and dashes ignored), so a key
copied by hand onto paper can be typed back.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import BadEncoding

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 20
GROUP = 4
_DECODE = {c: i for i, c in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})


def b32encode(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    n = (len(data) * 8 + 4) // 5
    bits <<= n * 5 - len(data) * 8
    return "".join(ALPHABET[(bits >> (5 * (n - 1 - i))) & 31] for i in range(n))


def b32decode(text: str, nbytes: int) -> bytes:
    n = len(text)
    value = 0
    for ch in text:
        if ch not in _DECODE:
            raise BadEncoding(f"invalid character {ch!r}")
        value = (value << 5) | _DECODE[ch]
    value >>= n * 5 - nbytes * 8
    return value.to_bytes(nbytes, "big")


def _checksum(key: bytes) -> str:
    return b32encode(hashlib.sha256(b"hoso-recovery" + key).digest()[:3])[:4]


def group(text: str, size: int = GROUP) -> str:
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def normalise(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch not in " -_\t\n")


def generate() -> tuple[bytes, str]:
    """Return the raw key and its printable form."""
    key = os.urandom(KEY_BYTES)
    return key, format_key(key)


def format_key(key: bytes) -> str:
    return group(b32encode(key) + _checksum(key))


def parse(text: str) -> bytes:
    """Parse a typed recovery key; BadEncoding if malformed or mistyped."""
    flat = normalise(text)
    bad = sorted({c for c in flat if c not in _DECODE})
    if bad:
        raise BadEncoding(f"invalid characters {''.join(bad)!r}")
    body_len = (KEY_BYTES * 8 + 4) // 5
    if len(flat) != body_len + 4:
        raise BadEncoding("wrong length")
    key = b32decode(flat[:body_len], KEY_BYTES)
    check = "".join(ALPHABET[_DECODE[c]] for c in flat[body_len:])
    if check != _checksum(key):
        raise BadEncoding("checksum mismatch")
    return key


def kek_from_recovery(key: bytes, vault_id: str) -> bytes:
    """160 random bits need no slow KDF; HKDF binds the KEK to this vault."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(), info=b"hoso-recovery-kek-v1"
    ).derive(key)
