"""The party document frame (Hướng dẫn 36-HD/VPTW) as reportlab flowables.

Header: issuing body left (superior, body in bold, "*", number line, room for
the stamp), "ĐẢNG CỘNG SẢN VIỆT NAM" right with a rule beneath and the place
and date in italics. Then the centred type and abstract with "-----", the
body, and the signature beside "Nơi nhận", kept with the last body lines.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from . import fonts, marks
from .model import Block, Document
from .qr import QrFlowable
from .templates import Layout

LEFT_SHARE = 0.47  # of the text width, for the issuing body column
_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)  # tables default to Helvetica otherwise


_STYLES: dict[str, dict[str, ParagraphStyle]] = {}


def styles(lay: Layout) -> dict[str, ParagraphStyle]:
    cached = _STYLES.get(lay.source)
    if cached is None:
        cached = _STYLES[lay.source] = _make_styles(lay)
    return cached


def _make_styles(lay: Layout) -> dict[str, ParagraphStyle]:
    f, s, small = fonts.register(), lay.font_size, lay.small_size
    lead = s * lay.leading
    base = ParagraphStyle("body", fontName=f, fontSize=s, leading=lead, alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                          spaceAfter=s * 0.3, bulletFontName=f)
    bold = fonts.face(bold=True)
    return {
        "body": base,
        "plain": ParagraphStyle("plain", parent=base, alignment=TA_LEFT),
        "heading": ParagraphStyle("heading", parent=base, fontName=bold, alignment=TA_LEFT, spaceBefore=s * 0.3),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "center_bold": ParagraphStyle("center_bold", parent=base, fontName=bold, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=s * 0.6),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=lay.title_size, leading=lay.title_size * 1.3,
                                alignment=TA_CENTER, firstLineIndent=0, spaceBefore=s * 0.4, spaceAfter=0),
        "abstract": ParagraphStyle("abstract", parent=base, fontName=bold, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "big": ParagraphStyle("big", parent=base, fontName=bold, fontSize=s + 2, leading=(s + 2) * 1.35, alignment=TA_CENTER,
                              firstLineIndent=0, spaceBefore=s * 0.3, spaceAfter=s * 0.5),
        "small": ParagraphStyle("small", parent=base, fontSize=small, leading=small * 1.2, firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
        "right": ParagraphStyle("right", parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "sign": ParagraphStyle("sign", parent=base, fontName=bold, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0, leading=s * 1.2),
        "nn_head": ParagraphStyle("nn_head", parent=base, fontName=fonts.face(bold=True, italic=True), alignment=TA_LEFT,
                                  firstLineIndent=0, spaceAfter=0, fontSize=small, leading=small * 1.25),
        "nn": ParagraphStyle("nn", parent=base, fontSize=small - 1, leading=(small - 1) * 1.25, alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=small - 2, leading=(small - 2) * 1.2, alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=bold, fontSize=small - 2, leading=(small - 2) * 1.2,
                                    alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class PartyHeader(Flowable):
    """Drawn directly: exact columns, and a reserved spot for the per-copy stamp."""

    def __init__(self, doc: Document, lay: Layout, geom: marks.Geometry, opts: marks.Options) -> None:
        super().__init__()
        self.doc, self.lay, self.geom, self.opts = doc, lay, geom, opts

    def _left_lines(self, width: float) -> list[tuple[str, str, float]]:
        lay, doc, s = self.lay, self.doc, self.lay.font_size
        reg, bold = fonts.face(), fonts.face(bold=True)
        sup_face = bold if lay.superior_bold else reg
        out = [(t, sup_face, s) for t in simpleSplit(doc.superior, sup_face, s, width)] if doc.superior else []
        out += [(t, bold, s) for t in simpleSplit(doc.issuer, bold, s, width)]
        out.append(("*", reg, s))
        self._number_row = len(out)
        out.append((lay.marks["number_line"].format(number=doc.number), reg, s))
        if not doc.title and doc.abstract:  # a công văn: "V/v ..." under the number
            out += [(t, reg, lay.small_size) for t in simpleSplit(doc.abstract, reg, lay.small_size, width)]
        return out

    def wrap(self, aw, ah):
        self._aw = aw
        self._lines = self._left_lines(aw * LEFT_SHARE - 4 * mm)
        lh = self.lay.font_size * 1.2
        self._h = lh * max(len(self._lines), 4) + 2 * mm + marks.copy_block_height(self.lay, self.doc.secrecy, self.opts)
        return aw, self._h

    def draw(self):
        c, lay, doc = self.canv, self.lay, self.doc
        lw = self._aw * LEFT_SHARE
        rx = lw + (self._aw - lw) / 2
        lh = lay.font_size * 1.2
        y = self._h - lh * 0.85
        for i, (text, face, size) in enumerate(self._lines):
            c.setFont(face, size)
            c.drawCentredString(lw / 2, y - i * lh, text)
        bold = fonts.face(bold=True)
        size = lay.font_size + 1
        party_w = stringWidth(lay.party_name, bold, size)
        while party_w > self._aw - lw and size > 9:
            size -= 0.5
            party_w = stringWidth(lay.party_name, bold, size)
        c.setFont(bold, size)
        c.drawCentredString(rx, y, lay.party_name)
        c.setLineWidth(0.7)
        c.line(rx - party_w / 2, y - 4, rx + party_w / 2, y - 4)
        c.setFont(fonts.face(italic=True), lay.font_size)
        c.drawCentredString(rx, y - self._number_row * lh, doc.place_date)
        x0, y0 = c.absolutePosition(lw / 2, y - (len(self._lines) - 1) * lh - lh * 0.5)
        self.geom.stamp_centre = (x0, y0)


class DotsLine(Flowable):
    """A label followed by dots to the end of the line (fields to fill by hand)."""

    def __init__(self, text: str, lay: Layout) -> None:
        super().__init__()
        self.text, self.lay = text, lay

    def wrap(self, aw, ah):
        self._aw = aw
        return aw, self.lay.font_size * self.lay.leading * 1.1

    def draw(self):
        face, s = fonts.face(), self.lay.font_size
        self.canv.setFont(face, s)
        w = stringWidth(self.text, face, s)
        dot_w = stringWidth(".", face, s)
        n = max(0, int((self._aw - w) / dot_w) - 1)
        self.canv.drawString(0, s * 0.3, self.text + "." * n)


def block_flowable(b: Block, lay: Layout, width: float):
    st = styles(lay)
    if b.style == "page_break":
        return PageBreak()
    if b.style == "space":
        return Spacer(1, lay.font_size)
    if b.style == "dots":
        return DotsLine(b.text, lay)
    if b.style == "qr":
        return QrFlowable(b.text, 45 * mm)
    if b.style == "pair":  # "left | right": two centred bold columns (the two signatures of a record)
        cells = [para(t.strip(), st["sign"]) for t in b.text.split("|", 1)] + [para("", st["sign"])]
        return Table([cells[:2]], colWidths=[width / 2, width / 2],
                     style=TableStyle([_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    if b.style == "right":
        return Table([[None, para(b.text, st["right"])]], colWidths=[width * 0.4, width * 0.6],
                     style=TableStyle([_FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return para(b.text, st[b.style])


def title_block(doc: Document, lay: Layout) -> list:
    st = styles(lay)
    out = [Spacer(1, lay.font_size * 0.4)]
    if doc.title:
        out.append(para(doc.title, st["title"]))
        if doc.abstract:
            out.append(para(doc.abstract, st["abstract"]))
        out.append(para("-----", st["center"]))
    return out


def signature_block(doc: Document, lay: Layout, width: float, copies: str) -> Table:
    st = styles(lay)
    left = []
    if doc.recipients or doc.note:
        left.append(Paragraph("<u>Nơi nhận:</u>", st["nn_head"]))
        left += [para(r, st["nn"]) for r in doc.recipients]
        if doc.note:
            left.append(para(doc.note.replace("{copies}", copies), st["nn"]))
    right = [para(s, st["sign"]) for s in doc.signature]
    if doc.signature or doc.signer_name:
        right.append(Spacer(1, 24 * mm))
        right.append(para(doc.signer_name, st["sign"]))
    return Table([[left, right]], colWidths=[width * 0.45, width * 0.55],
                 style=TableStyle([_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))


def party_story(doc: Document, lay: Layout, geom: marks.Geometry, opts: marks.Options, width: float, copies: str) -> list:
    story: list = [PartyHeader(doc, lay, geom, opts), *title_block(doc, lay)]
    body = [block_flowable(b, lay, width) for b in doc.body]
    tail = [body.pop()] if body else []
    story += body
    # The signature never stands alone on a page: it goes with the last body lines.
    story.append(KeepTogether([*tail, Spacer(1, lay.font_size * 0.6), signature_block(doc, lay, width, copies)]))
    story += [block_flowable(b, lay, width) for b in doc.appendix]
    return story


def plain_story(doc: Document, lay: Layout, width: float) -> list:
    st = styles(lay)
    story: list = [para(doc.title, st["title"])]
    if doc.abstract:
        story.append(para(doc.abstract, st["abstract"]))
    story.append(para("-----", st["center"]))
    story += [block_flowable(b, lay, width) for b in doc.body]
    return story


def book_story(doc: Document, lay: Layout, width: float) -> list:
    st = styles(lay)
    story: list = [para(doc.title, st["title"])]
    if doc.abstract:
        story.append(para(doc.abstract, st["abstract"]))
    story.append(Spacer(1, lay.font_size * 0.6))
    t = doc.table
    total = sum(t.widths) or 1
    widths = [width * w / total for w in t.widths]
    rows = [[para(h, st["cell_head"]) for h in t.titles]]
    rows += [[para(v, st["cell"]) for v in r] for r in t.rows]
    if not t.rows:
        rows.append([para("(Sổ chưa có mục nào)", st["cell"])] + [""] * (len(t.titles) - 1))
    story.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([_FONT,
        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")])))
    if doc.appendix:  # the end-of-volume line and the signatures stay together
        story.append(KeepTogether([block_flowable(b, lay, width) for b in doc.appendix]))
    return story
