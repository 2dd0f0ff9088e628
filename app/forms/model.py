"""The content of a printed document: plain data, canonical JSON, SHA-256 digest.

What is stored, signed and verified is this content; layout (margins, fonts)
and per-copy marks (copy number, QR) are outside it, so a reprint of the same
document has the same digest.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import asdict, dataclass, field


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass
class Block:
    style: str
    text: str = ""


@dataclass
class Table:
    titles: list[str]
    widths: list[float]
    rows: list[list[str]]


@dataclass
class Document:
    form: str
    frame: str  # party | plain | book
    orientation: str
    secrecy: int
    title: str
    abstract: str = ""
    superior: str = ""
    issuer: str = ""
    number: str = ""  # "15-KL/TU"; empty for unnumbered forms
    place_date: str = ""
    body: list[Block] = field(default_factory=list)
    appendix: list[Block] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    note: str = ""  # may hold "{copies}", filled at each print
    table: Table | None = None

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> "Document":
        d = dict(d)
        d["body"] = [Block(**b) for b in d.get("body", [])]
        d["appendix"] = [Block(**b) for b in d.get("appendix", [])]
        d["table"] = Table(**d["table"]) if d.get("table") else None
        return cls(**d)

    def canonical(self) -> bytes:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def digest(self) -> bytes:
        return content_digest(self.canonical())


def content_digest(canonical: bytes) -> bytes:
    """SHA-256 of a document's canonical JSON, domain-separated."""
    return hashlib.sha256(b"hoso-form-content-v1\n" + canonical).digest()
