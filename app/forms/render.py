"""Document + layout + copy marks -> PDF bytes (A4, Liberation Serif embedded).

The body is laid out once. The canvas keeps each laid-out page and, on save,
emits the whole set once per copy, drawing that copy's marks (stamp, "Bản số
x/y", page numbers, QR) on top, so N copies cost little more than one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from . import fonts, frame, marks, qr
from .model import Document
from .templates import Layout


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages_per_copy: int
    copies: int

    @property
    def pages(self) -> int:
        return self.pages_per_copy * self.copies


def _canvas_class(decorate, copies: list[marks.CopyMark]):
    class CopyingCanvas(Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._laid_out: list[dict] = []

        def showPage(self):  # keep the page; emit it per copy on save
            self._laid_out.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._laid_out)
            for mark in copies:
                for i, state in enumerate(self._laid_out):
                    self.__dict__.update(state)
                    self._code = list(state["_code"])
                    self._formsinuse = list(state["_formsinuse"])
                    decorate(self, mark, i + 1, n)
                    Canvas.showPage(self)
            self.__dict__["_pages_per_copy"] = n
            Canvas.save(self)

    return CopyingCanvas


def render(doc: Document, lay: Layout, copies: list[marks.CopyMark], opts: marks.Options = marks.Options()) -> Rendered:
    fonts.register()
    size = landscape(A4) if doc.orientation == "landscape" else A4
    top, bottom, left, right = (m * mm for m in lay.margins_mm)
    width = size[0] - left - right
    geom = marks.Geometry()
    if doc.frame == "party":
        total = max((m.copies for m in copies), default=0)
        story = frame.party_story(doc, lay, geom, opts, width, "..." if opts.preview else f"{total:02d}")
    elif doc.frame == "book":
        story = frame.book_story(doc, lay, width)
    else:
        story = frame.plain_story(doc, lay, width)
    matrices = {m.copy: qr.encode(m.qr_payload) if m.qr_payload else None for m in copies}

    def decorate(canv, mark: marks.CopyMark, page: int, pages: int) -> None:
        pw, ph = size
        if opts.preview:
            marks.draw_watermark(canv, lay, pw, ph)
        if doc.frame == "party" and page == 1 and geom.stamp_centre:
            marks.draw_copy_block(canv, lay, doc.secrecy, mark, opts, *geom.stamp_centre, centred=True)
        else:
            marks.draw_top_marks(canv, lay, doc.secrecy, mark, opts, left, ph - 6 * mm)
        if doc.frame == "book":
            marks.draw_footer_text(canv, lay, lay.marks["printed"].format(date=opts.printed_on, user=opts.printed_by),
                                   lay.marks["book_page"].format(page=page, pages=pages), pw)
        elif page > 1:
            marks.draw_page_number(canv, lay, lay.marks["page"].format(page=page, pages=pages), pw, ph)
        if mark.qr_payload or mark.code:
            marks.draw_footer_code(canv, lay, mark, matrices.get(mark.copy), pw)

    buf = io.BytesIO()
    template = BaseDocTemplate(buf, pagesize=size, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
                               title=doc.title or doc.form, author="HoSo", creator="HoSo", subject=doc.abstract,
                               pageCompression=1, invariant=1)
    template.addPageTemplates([PageTemplate("page", [Frame(left, bottom, width, size[1] - top - bottom, id="body",
                                                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])])
    holder: dict = {}

    def maker(*a, **k):
        k["initialFontName"], k["initialFontSize"] = fonts.REGULAR, lay.font_size  # no stray Helvetica
        holder["canvas"] = _canvas_class(decorate, copies)(*a, **k)
        return holder["canvas"]

    template.build(story, canvasmaker=maker)
    return Rendered(buf.getvalue(), holder["canvas"].__dict__.get("_pages_per_copy", 0), len(copies))
