"""Per-copy and per-page marks: secrecy stamp, copy number, page numbers, QR.

They are drawn after the layout is done (see render.py), so the body is laid
out once and every copy gets its own "Bản số x/y" and its own signed QR.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.secrecy import SecrecyLevel, level_styles
from . import fonts, qr
from .templates import Layout


@dataclass(frozen=True)
class CopyMark:
    copy: int
    copies: int
    qr_payload: str | None = None
    code: str | None = None  # the short check code typed by a recipient


@dataclass(frozen=True)
class Options:
    recall_by: str = ""  # dd/mm/yyyy when the document must be returned
    named: bool = False  # "Chỉ người có tên mới được bóc bì"
    preview: bool = False  # on screen: no copy number, a watermark instead
    printed_on: str = ""
    printed_by: str = ""


@dataclass
class Geometry:
    """Where the page-1 header left room for the stamp (filled while laying out)."""

    stamp_centre: tuple[float, float] | None = None
    extra: dict = field(default_factory=dict)


def stamp_label(level: int) -> str:
    if level <= 0:
        return ""
    return level_styles()[SecrecyLevel(level)].label_vi.upper()


def stamp_height(lay: Layout) -> float:
    return lay.font_size + 3 * mm


def draw_stamp(canv, lay: Layout, level: int, cx: float, top: float, *, centred: bool = True) -> float:
    """The red boxed level; returns its bottom y. cx is the centre (or the left edge)."""
    label = stamp_label(level)
    if not label:
        return top
    size = lay.font_size
    w = stringWidth(label, fonts.face(bold=True), size) + 6 * mm
    h = stamp_height(lay)
    x = cx - w / 2 if centred else cx
    canv.saveState()
    canv.setStrokeColor(HexColor(lay.stamp_colour))
    canv.setFillColor(HexColor(lay.stamp_colour))
    canv.setLineWidth(1.2)
    canv.rect(x, top - h, w, h, stroke=1, fill=0)
    canv.setFont(fonts.face(bold=True), size)
    canv.drawCentredString(x + w / 2, top - h + 1.5 * mm + size * 0.12, label)
    canv.restoreState()
    return top - h


def _red_text(canv, lay: Layout, text: str, x: float, y: float, *, size: float, centred: bool, bold: bool = False, italic: bool = False) -> None:
    canv.saveState()
    canv.setFillColor(HexColor(lay.stamp_colour))
    canv.setFont(fonts.face(bold=bold, italic=italic), size)
    (canv.drawCentredString if centred else canv.drawString)(x, y, text)
    canv.restoreState()


def mark_lines(lay: Layout, opts: Options) -> list[tuple[str, bool, bool]]:
    """The lines under the copy number: (text, bold, italic)."""
    out = []
    if opts.recall_by:
        out.append((lay.marks["recall"], True, False))
        out.append((lay.marks["recall_by"].format(date=opts.recall_by), False, True))
    if opts.named:
        out.append((lay.marks["named"], False, True))
    return out


def draw_copy_block(canv, lay: Layout, level: int, mark: CopyMark | None, opts: Options, x: float, top: float, *, centred: bool) -> None:
    """Stamp, then "Bản số x/y", then recall/named marks, stacked downwards."""
    y = draw_stamp(canv, lay, level, x, top, centred=centred)
    size = lay.small_size
    y -= size + 1.5
    if mark is not None and not opts.preview:
        _red_text(canv, lay, lay.marks["copy"].format(copy=mark.copy, copies=mark.copies), x, y, size=size, centred=centred, bold=True)
        y -= size + 1.5
    for text, bold, italic in mark_lines(lay, opts):
        _red_text(canv, lay, text, x, y, size=size, centred=centred, bold=bold, italic=italic)
        y -= size + 1.5


def draw_top_marks(canv, lay: Layout, level: int, mark: CopyMark | None, opts: Options, x: float, top: float) -> None:
    """Continuation pages and sheets: stamp, copy number and recall mark on one line in the top margin."""
    y = draw_stamp(canv, lay, level, x, top, centred=False)
    label = stamp_label(level)
    x += (stringWidth(label, fonts.face(bold=True), lay.font_size) + 9 * mm) if label else 0
    base = (y + top) / 2 - lay.small_size * 0.35 if label else top - lay.small_size
    texts = [] if mark is None or opts.preview else [(lay.marks["copy"].format(copy=mark.copy, copies=mark.copies), True, False)]
    texts += mark_lines(lay, opts)[:1]
    for text, bold, italic in texts:
        _red_text(canv, lay, text, x, base, size=lay.small_size, centred=False, bold=bold, italic=italic)
        x += stringWidth(text, fonts.face(bold=bold, italic=italic), lay.small_size) + 6 * mm


def copy_block_height(lay: Layout, level: int, opts: Options) -> float:
    h = (stamp_height(lay) if level > 0 else 0) + lay.small_size + 3
    return h + len(mark_lines(lay, opts)) * (lay.small_size + 1.5)


def draw_page_number(canv, lay: Layout, text: str, page_w: float, page_h: float) -> None:
    canv.saveState()
    canv.setFont(fonts.face(), lay.font_size - 1)
    canv.drawCentredString(page_w / 2, page_h - lay.margins_mm[0] * mm * 0.55, text)
    canv.restoreState()


def draw_footer_code(canv, lay: Layout, mark: CopyMark, matrix, page_w: float) -> None:
    """QR in the bottom right corner of the margin, the typed code beside it."""
    side = lay.qr_mm * mm
    bottom = max(2 * mm, lay.margins_mm[1] * mm - side - 1 * mm)
    x = page_w - lay.margins_mm[3] * mm - side
    if matrix is not None:
        qr.draw(canv, matrix, x, bottom, side)
    if mark.code:
        canv.saveState()
        canv.setFont(fonts.face(), 8)
        canv.drawRightString(x - 2 * mm, bottom + 2 * mm, lay.marks["code"].format(code=mark.code))
        canv.restoreState()


def draw_footer_text(canv, lay: Layout, left: str, right: str, page_w: float) -> None:
    canv.saveState()
    canv.setFont(fonts.face(italic=True), 9)
    y = lay.margins_mm[1] * mm * 0.45
    canv.drawString(lay.margins_mm[2] * mm, y, left)
    canv.drawRightString(page_w - lay.margins_mm[3] * mm, y, right)
    canv.restoreState()


def draw_watermark(canv, lay: Layout, page_w: float, page_h: float) -> None:
    canv.saveState()
    canv.setFillColorRGB(0.75, 0.75, 0.75)
    canv.setFont(fonts.face(bold=True), 28)
    canv.translate(page_w / 2, page_h / 2)
    canv.rotate(35)
    canv.drawCentredString(0, 0, lay.marks["preview"])
    canv.restoreState()
