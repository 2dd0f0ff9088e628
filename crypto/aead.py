"""AES-256-GCM sealing of small secrets (key wrapping) with bound context."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import WrongKey

NONCE_LEN = 12


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Return nonce || ciphertext+tag. `aad` binds the blob to where it is stored."""
    nonce = os.urandom(NONCE_LEN)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < NONCE_LEN + 16:
        raise WrongKey("sealed blob too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_LEN], blob[NONCE_LEN:], aad)
    except InvalidTag as exc:
        raise WrongKey("authentication failed") from exc
