"""The check printed on every numbered copy: a QR payload and a short typed code.

QR (Crockford base32, upper case, so the QR stays in its compact alphanumeric mode):
    HOSO1:<unit>:<number>:<copy>/<copies>:<digest, 32 chars>:<signature, 103 chars>
where digest = the first 160 bits of SHA-256 over the canonical content and
signature = Ed25519 by the issuing unit over
    "hoso-form-v1\\n<unit>\\n<NUMBER>\\n<copy>/<copies>\\n<digest>".
Typed code: "<number> XXXX-XXXX-XXXX" = the number and the first 60 bits of the digest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crypto.errors import BadEncoding
from crypto.recovery import ALPHABET, b32decode, b32encode, group, normalise

from .errors import FormError

PREFIX = "HOSO1"
DIGEST_CHARS = 32  # 160 bits
CODE_CHARS = 12  # 60 bits
SIG_CHARS = 103  # 64 bytes


def short_digest(digest: bytes) -> str:
    return b32encode(digest[:20])


def message(unit: str, number: str, copy: int, copies: int, digest32: str) -> bytes:
    return f"hoso-form-v1\n{unit}\n{number.upper()}\n{copy}/{copies}\n{digest32}".encode()


def qr_payload(unit: str, number: str, copy: int, copies: int, digest: bytes, sign) -> str:
    d = short_digest(digest)
    sig = b32encode(sign(message(unit, number, copy, copies, d)))
    return f"{PREFIX}:{unit}:{number.upper()}:{copy}/{copies}:{d}:{sig}"


def typed_code(number: str, digest: bytes) -> str:
    return f"{number} {group(short_digest(digest)[:CODE_CHARS])}"


@dataclass(frozen=True)
class Parsed:
    number: str
    digest_prefix: str  # 12 characters typed, or the 32 of a QR
    unit: str | None = None
    copy: int | None = None
    copies: int | None = None
    signature: bytes | None = None

    @property
    def from_qr(self) -> bool:
        return self.signature is not None


_LENIENT = {"O": "0", "I": "1", "L": "1"}
_QR = re.compile(r"^HOSO1:([^:]+):([^:]+):(\d+)/(\d+):([0-9A-Z]{32}):([0-9A-Z]{103})$")


def parse(text: str) -> Parsed:
    """A scanned QR payload or a code typed from the paper (leniently: case, O/0, I/L/1)."""
    t = " ".join(text.strip().split())
    m = _QR.match(t.upper())
    if m:
        try:
            sig = b32decode(m.group(6), 64)
        except BadEncoding as exc:
            raise FormError("bad_form_code", detail=str(exc)) from None
        unit = t.split(":")[1]
        return Parsed(m.group(2), m.group(5), unit, int(m.group(3)), int(m.group(4)), sig)
    parts = t.split(" ")
    if parts and parts[0].lower() in ("số", "so"):
        parts = parts[1:]
    if len(parts) < 2:
        raise FormError("bad_form_code", detail="cần số văn bản và mã gồm ba nhóm ký tự")
    number, digits = parts[0], normalise("".join(parts[1:]))
    if len(digits) != CODE_CHARS:
        raise FormError("bad_form_code", detail=f"mã phải có {CODE_CHARS} ký tự, đang có {len(digits)}")
    canon = "".join(_LENIENT.get(ch, ch) for ch in digits)
    bad = [ch for ch in canon if ch not in ALPHABET]
    if bad:
        raise FormError("bad_form_code", detail=f"ký tự '{bad[0]}' không có trong mã")
    return Parsed(number, canon)
