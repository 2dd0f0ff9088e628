"""The print service: number, sign, mark, render, register — in one transaction.

Every print or saved PDF leaves the vault, so it is a copy: it gets copy
numbers that continue across reprints, a line in the copying register, a
print record naming who authorised it, and an audit entry. A numbered form is
issued once per object; printing it again is a reprint, needs a reason, and
reproduces the stored content (same number, same digest).
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..domain.roles import Role
from ..errors import HosoError
from ..exchange.units import own_unit
from ..fsutil import atomic_write
from ..permissions import Permission
from ..secrecy import lifecycle as secrecy_lifecycle
from ..store import copies as copy_register
from ..users import get_user
from . import seal, sources, store, words
from . import templates as T
from .compose import compose
from .drafts import Draft
from .errors import FormError
from .marks import CopyMark, Options
from .model import Document
from .render import Rendered, render

MAX_COPIES = 200


@dataclass(frozen=True)
class PrintJob:
    copies: int = 1
    reason: str = ""
    authorised_by: str | None = None  # a leader or administrator; default: the draft's or the user
    recall_by: _dt.date | None = None
    named: bool = False


@dataclass(frozen=True)
class PrintResult:
    path: Path | None
    pdf: bytes
    pages: int  # in the file (all copies)
    pages_per_copy: int
    copies: int
    first_copy: int
    last_copy: int
    number: str  # "15-KL/TU" or "" for unnumbered forms
    code: str  # the typed check code, "" for unnumbered forms
    digest: str
    document_id: int
    register_number: int
    register_year: int
    reprint: bool


def _authoriser(session, draft: Draft, job: PrintJob) -> str:
    name = job.authorised_by or draft.authoriser or session.user.username
    if job.authorised_by:
        u = get_user(session.vault.conn, name)
        if u is None or not u.active or u.role not in (Role.LEADER, Role.ADMIN):
            raise FormError("unknown_authoriser", user=name)
    return name


def place_date(lay: T.Layout, d: _dt.date) -> str:
    return f"{lay.place}, {words.long_date(d)}"


def _compose(draft: Draft, lay: T.Layout, number: str, day: _dt.date | None) -> Document:
    fields = dict(draft.fields)
    if day is not None:
        fields.update(doc_number=number, doc_date=words.short_date(day))
    return compose(draft.template, lay, fields, draft.lists, secrecy=draft.secrecy, number=number,
                   place_date=place_date(lay, day) if day else "", table=draft.table)


def issued(conn, draft: Draft, lay: T.Layout) -> store.DocRow | None:
    """The document a print of this draft would reprint: one per object for a
    conclusion; for the other numbered forms, only while the case is unchanged."""
    if draft.template.doc_type is None:
        return None
    prev = store.latest_for(conn, draft.form, draft.object_kind, draft.object_id)
    if prev is None or not prev.content:
        return None
    if draft.reissue_on_change and prev.source != source_digest(draft, lay):
        return None
    return prev


def source_digest(draft: Draft, lay: T.Layout) -> str:
    return _compose(draft, lay, "", None).digest().hex()


def _issue(conn, session, draft: Draft, lay: T.Layout, job: PrintJob) -> tuple[store.DocRow, Document, bool]:
    """The document to print: the stored one (a reprint) or a newly numbered one."""
    t = draft.template
    numbered = t.doc_type is not None
    prev = issued(conn, draft, lay)
    if prev is not None:
        if not job.reason.strip():
            raise FormError("reason_required", number=prev.symbol, copies=prev.copies)
        return prev, Document.from_json(json.loads(prev.content)), True
    source = source_digest(draft, lay)
    today = _dt.date.today()
    body = lay.bodies[t.issuer] if t.issuer else None
    n = store.next_number(conn, body.symbol, t.doc_type, lay.term) if numbered else None
    symbol = f"{n}-{t.doc_type}/{body.symbol}" if numbered else ""
    doc = _compose(draft, lay, symbol, today if numbered else None)
    if not numbered:
        doc.place_date = place_date(lay, today)
    row = store.insert_document(
        conn, form=draft.form, object_kind=draft.object_kind, object_id=draft.object_id, body=body.symbol if numbered else None,
        doc_type=t.doc_type, term=lay.term if numbered else None, number=n, symbol=symbol or None, issued_on=today.isoformat(),
        secrecy=draft.secrecy, content=doc.canonical().decode() if draft.keep_content else None,
        digest=doc.digest().hex() if draft.keep_content else "", source=source if draft.keep_content else "",
        user=session.user.username)
    return row, doc, False


def print_draft(session, draft: Draft, job: PrintJob, out: Path | None = None) -> PrintResult:
    """Print `job.copies` copies of the draft's document; with `out`, save them as one PDF."""
    session.require(Permission.PRINT_FORMS)
    if not 1 <= job.copies <= MAX_COPIES:
        raise FormError("bad_copies", max=MAX_COPIES)
    conn = session.vault.conn
    lay = T.layout(conn)
    authoriser = _authoriser(session, draft, job)
    user = session.user.username
    # never below its sources' levels; a stored document only by a recorded decision
    draft.secrecy = secrecy_lifecycle.print_floor(conn, draft.object_kind, draft.object_id, draft.secrecy)
    try:
        with session.vault.transaction():
            row, doc, reprint = _issue(conn, session, draft, lay, job)
            draft.secrecy, stamped = secrecy_lifecycle.stamp_for_print(session.vault, user, draft.secrecy, row, doc)
            first, last = store.add_copies(conn, row.id, job.copies)
            digest = doc.digest()
            unit = own_unit(conn)
            marks = [CopyMark(c, last, seal.qr_payload(unit.code, doc.number, c, last, digest, unit.identity.sign) if doc.number else None,
                              seal.typed_code(doc.number, digest) if doc.number else None) for c in range(first, last + 1)]
            opts = Options(recall_by=words.short_date(job.recall_by) if job.recall_by else "", named=job.named,
                           printed_on=words.short_date(_dt.date.today()), printed_by=sources.full_name(conn, user))
            rendered: Rendered = render(stamped, lay, marks, opts)
            what = f"{draft.label}" + (f", văn bản số {doc.number}" if doc.number else "")
            note = f"{what}; bản số {first}–{last}/{last}; người cho phép: {authoriser}" + ("; in lại" if reprint else "")
            if job.reason.strip():
                note += f"; lý do: {job.reason.strip()}"
            entry = copy_register.register(conn, user, "print", draft.object_kind, draft.object_id, draft.secrecy, job.copies,
                                           destination=str(out) if out else "máy in", reason=note)
            store.insert_print(conn, row.id, first, last, user, authoriser, job.reason.strip(), str(out) if out else "", entry.id)
            session.vault.audit(user, "form_reprinted" if reprint else "form_printed", draft.object_kind, draft.object_id,
                                f"In {job.copies} bản {draft.form}{' số ' + doc.number if doc.number else ''} (bản {first}–{last}),"
                                f" sổ sao chụp số {entry.number}/{entry.year}")
            if out is not None:
                atomic_write(Path(out), rendered.pdf, mode=0o600)  # inside: a failed write undoes number and register entry
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{out}: {exc.strerror or exc}") from exc
    return PrintResult(Path(out) if out else None, rendered.pdf, rendered.pages, rendered.pages_per_copy, job.copies, first, last,
                       doc.number, seal.typed_code(doc.number, digest) if doc.number else "", digest.hex(), row.id,
                       entry.number, entry.year, reprint)
