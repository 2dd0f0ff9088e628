"""PDF pages drawn in memory as RGB pixels, for the viewers (never to disk)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InvalidInput


@dataclass(frozen=True)
class RenderedPage:
    """One PDF page as packed RGB pixels."""

    width: int
    height: int
    stride: int
    rgb: bytes
    page_count: int


def render_page(pdf: bytes, index: int = 0, scale: float = 1.5, name: str = "PDF") -> RenderedPage:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise InvalidInput(detail=f"{name}: PDF hỏng ({exc})") from exc
    try:
        count = len(doc)
        if not 0 <= index < count:
            raise InvalidInput(detail=f"trang {index + 1} ngoài phạm vi 1–{count}")
        bitmap = doc[index].render(scale=scale, rev_byteorder=True)
        return RenderedPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), count)
    finally:
        doc.close()
