"""The registers as printable books: one row per entry, oldest first, every column of the template.

A book prints one volume (default: every entry, or one year). A closed volume
ends with the closing line (count, numbers from–to, who closed it and when)
and the signature lines, for binding. Cells come from app.register_cells, the
same rendering the screen uses: cancelled entries marked ĐÃ HỦY with the
reason, corrections shown old → new with the reason.
"""

from __future__ import annotations

import datetime as _dt

from ..domain.secrecy import SecrecyLevel
from ..store import copies, registers
from . import sources, words
from .drafts import Draft
from .errors import FormError
from .model import Table
from .templates import FormTemplate, Layout

KINDS = {"outgoing": "book_outgoing", "incoming": "book_incoming", "copy": "book_copy", "handover": "book_handover",
         "carrier": "book_carrier", "destruction": "book_destruction"}
MAX_ROWS = 100_000


def _entries(conn, kind: str, volume: int | None) -> list:
    found = copies.entries(conn, MAX_ROWS, volume) if kind == "copy" else registers.entries(conn, kind, MAX_ROWS, volume)
    return list(reversed(found))


def closing_line(entries: list, vol: registers.Volume, closed_by: str) -> str:
    numbers = sorted((e.year, e.number) for e in entries)
    cancelled = sum(1 for e in entries if e.status == "cancelled")
    span = f"từ số {numbers[0][1]}/{numbers[0][0]} đến số {numbers[-1][1]}/{numbers[-1][0]}" if numbers else "không có mục nào"
    return (f"Khóa sổ: quyển số {vol.volume} gồm {len(entries)} mục ({span}"
            + (f"; trong đó {cancelled} mục đã hủy" if cancelled else "") + f"), khóa ngày {words.short_date(_dt.date.fromtimestamp(vol.closed_at))}"
            + f" bởi {closed_by}" + (f"; ghi chú: {vol.close_note}" if vol.close_note else "") + ".")


def book(conn, lay: Layout, t: FormTemplate, kind: str, year: int | None, printed_by: str, volume: int | None = None) -> Draft:
    from ..registers import cell_texts  # the one rendering of a cell (screen and paper)

    if kind not in KINDS:
        raise FormError("unknown_register", kind=kind)
    vol = None
    if volume is not None:
        vol = registers.get_volume(conn, kind, volume)
        if vol is None:
            raise FormError("unknown_register", kind=f"{kind}, quyển {volume}")
    entries = [e for e in _entries(conn, kind, volume) if not year or e.year == year]
    _, rows = cell_texts(conn, kind, entries)
    years = sorted({e.year for e in entries}) or [year or _dt.date.today().year]
    year_text = ", ".join(str(y) for y in years)
    scope = f"quyển số {vol.volume} — năm {year_text}" if vol else f"năm {year_text}"
    closed = vol is not None and vol.closed and not year
    fields = {**sources.unit_fields(conn, lay), "printed_on": words.short_date(_dt.date.today()), "printed_by": printed_by,
              "count": str(len(entries)), "years": year_text, "scope": scope, "volume": str(vol.volume) if vol else "",
              "closed": "x" if closed else "", "closed_on": "", "closed_by": "", "closing_line": ""}
    if closed:
        who = sources.full_name(conn, vol.closed_by)
        fields.update(closed_on=words.short_date(_dt.date.fromtimestamp(vol.closed_at)), closed_by=who,
                      closing_line=closing_line(entries, vol, who))
    table = Table([c.title for c in t.columns], [c.width for c in t.columns], rows)
    level = max([SecrecyLevel.MAT, *(e.secrecy for e in entries)])  # a book of secret entries is kept as a secret itself
    what = f"Sổ {kind} {scope} ({len(entries)} mục)"
    return Draft(t.name, "register", kind if vol is None else f"{kind}:{vol.volume}", what, t, fields, level,
                 table=table, keep_content=False)
