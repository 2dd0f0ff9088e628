"""Checking a paper copy against the vault, from its QR payload or typed code.

Statuses: `valid` (issued here, content and signature intact), `unknown`
(no such document here), `altered` (the stored content no longer matches its
digest), `bad_signature` (a QR not signed by the unit it names),
`foreign_valid` (signed by another trusted unit; its content is not here).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from ..domain.secrecy import SecrecyLevel
from ..exchange.units import get_unit, own_unit
from ..permissions import Permission
from . import seal, store, words
from .model import content_digest


@dataclass(frozen=True)
class Verification:
    status: str
    message: str
    number: str = ""
    form: str = ""
    title: str = ""
    issued_on: str = ""
    copies_issued: int = 0
    copy: int | None = None
    unit: str = ""
    signature_ok: bool | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("valid", "foreign_valid")


def _signature_ok(public: bytes, p: seal.Parsed) -> bool:
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public).verify(
            p.signature, seal.message(p.unit, p.number, p.copy, p.copies, p.digest_prefix))
        return True
    except InvalidSignature:
        return False


def verify(session, code: str) -> Verification:
    session.require(Permission.VIEW_DOSSIERS)
    conn = session.vault.conn
    p = seal.parse(code)
    me = own_unit(conn)
    sig_ok = None
    if p.from_qr:
        if p.unit.upper() != me.code.upper():
            other = get_unit(conn, p.unit)
            if other is None or not other.trusted:
                return _audited(session, Verification("unknown", f"Đơn vị {p.unit} chưa được tin cậy: không kiểm tra được chữ ký.", p.number, unit=p.unit))
            ok = _signature_ok(other.signing_public, p)
            v = Verification("foreign_valid" if ok else "bad_signature",
                             f"Chữ ký của đơn vị {p.unit} {'hợp lệ' if ok else 'KHÔNG hợp lệ'}; nội dung văn bản do đơn vị đó lưu giữ.",
                             p.number, copy=p.copy, unit=p.unit, signature_ok=ok)
            return _audited(session, v)
        sig_ok = _signature_ok(me.identity.signing_public(), p)
        if not sig_ok:
            return _audited(session, Verification("bad_signature", "Chữ ký trên mã QR không hợp lệ: bản này không do đơn vị phát hành hoặc đã bị sửa.",
                                                  p.number, copy=p.copy, unit=me.code, signature_ok=False))
    matches = [d for d in store.by_symbol(conn, p.number) if seal.short_digest(bytes.fromhex(d.digest)).startswith(p.digest_prefix)]
    if not matches:
        return _audited(session, Verification("unknown", f"Không có văn bản số {p.number} với mã này trong kho: bản giấy không khớp với văn bản đã phát hành.",
                                              p.number, unit=me.code, signature_ok=sig_ok))
    d = matches[-1]
    intact = d.content is not None and content_digest(d.content.encode()).hex() == d.digest
    title = "" if d.secrecy >= SecrecyLevel.TUYET_MAT else _title(d)
    if not intact:
        return _audited(session, Verification("altered", f"Văn bản số {d.symbol} có trong kho nhưng nội dung lưu giữ không khớp mã băm.",
                                              d.symbol, d.form, title, d.issued_on, d.copies, p.copy, me.code, sig_ok))
    if p.copy is not None and not 1 <= p.copy <= d.copies:
        return _audited(session, Verification("unknown", f"Văn bản số {d.symbol} chỉ có {d.copies} bản; không có bản số {p.copy}.",
                                              d.symbol, d.form, title, d.issued_on, d.copies, p.copy, me.code, sig_ok))
    copy = f", bản số {p.copy}" if p.copy else ""
    return _audited(session, Verification("valid", f"Đúng văn bản số {d.symbol} ngày {words.short_date(d.issued_on)}{copy} do {me.name} phát hành ({d.copies} bản đã in).",
                                          d.symbol, d.form, title, d.issued_on, d.copies, p.copy, me.code, sig_ok))


def _title(d: store.DocRow) -> str:
    import json

    c = json.loads(d.content) if d.content else {}
    return " ".join(x for x in (c.get("title", ""), c.get("abstract", "")) if x)


def _audited(session, v: Verification) -> Verification:
    with session.change(None, "form_verified", "form", v.number, f"Kiểm tra bản giấy {v.number}: {v.status}"):
        pass
    return v
