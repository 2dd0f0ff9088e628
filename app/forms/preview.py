"""On-screen preview: the document as it would print, never numbered or registered.

An issued document is shown from its stored content; one not yet issued gets
a blank number ("Số      -KL/TU"). A watermark says it is not a copy. The
bytes stay in memory; the GUI asks for pages as RGB.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass

from ..pdfpages import RenderedPage, render_page  # noqa: F401  (the GUI renders previews with it)
from . import templates as T
from .drafts import Draft
from .marks import CopyMark, Options
from .model import Document
from .service import _compose, issued, place_date
from .render import render


@dataclass(frozen=True)
class Preview:
    pdf: bytes
    page_count: int
    number: str  # the issued number, or "" when not issued yet

    def page(self, index: int = 0, scale: float = 1.5) -> RenderedPage:
        return render_page(self.pdf, index, scale)


def preview(session, draft: Draft) -> Preview:
    """The draft comes from app.forms.api (which checked the permission)."""
    conn = session.vault.conn
    lay = T.layout(conn)
    prev = issued(conn, draft, lay)
    if prev is not None:
        doc, number = Document.from_json(json.loads(prev.content)), prev.symbol or ""
    else:
        t = draft.template
        blank = lay.marks["draft_number"].format(doc_type=t.doc_type, symbol=lay.bodies[t.issuer].symbol) if t.doc_type else ""
        doc, number = _compose(draft, lay, blank, _dt.date.today() if t.doc_type else None), ""
        doc.place_date = place_date(lay, _dt.date.today())
    r = render(doc, lay, [CopyMark(0, 0)], Options(preview=True))
    with session.change(None, "form_previewed", draft.object_kind, draft.object_id, f"Xem trước {draft.form}"):
        pass
    return Preview(r.pdf, r.pages, number)
