"""The registers as printable books: one row per entry, oldest first, every column."""

from __future__ import annotations

import datetime as _dt
import re

from ..domain.secrecy import SecrecyLevel, level_styles
from ..store import copies, registers
from . import sources, words
from .drafts import Draft
from .errors import FormError
from .model import Table
from .templates import FormTemplate, Layout

KINDS = {"outgoing": "book_outgoing", "incoming": "book_incoming", "copy": "book_copy"}
OBJECTS = {"case": "Vụ việc", "person": "Hồ sơ", "verification_request": "Đề nghị thẩm tra", "register": "Sổ", "unit": "Đơn vị",
           "vault": "Kho dữ liệu", "attachment": "Tệp đính kèm"}
COPY_KINDS = {"print": "In", "attachment_export": "Xuất tệp đính kèm", "excel_export": "Xuất Excel"}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
MAX_ROWS = 100_000


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    text = str(value)
    return words.short_date(text) if _ISO.match(text) else text


def _stamp(ts: float) -> str:
    return words.short_date(_dt.date.fromtimestamp(ts))


def _register_rows(conn, kind: str, year: int | None) -> tuple[list[dict], list[SecrecyLevel]]:
    rows, levels = [], []
    for e in reversed(registers.entries(conn, kind, MAX_ROWS)):
        if year and e.year != year:
            continue
        number = f"{e.number}" + (f" (ĐÃ HỦY: {e.cancel_reason})" if e.status == "cancelled" else "")
        rows.append({"date": _stamp(e.created_at), **e.fields, "number": number, "year": e.year,
                     "secrecy": level_styles()[e.secrecy].label_vi, "by": e.created_by, "status": e.status})
        levels.append(e.secrecy)
    return rows, levels


def _copy_rows(conn, year: int | None) -> tuple[list[dict], list[SecrecyLevel]]:
    rows, levels = [], []
    for e in reversed(copies.entries(conn, MAX_ROWS)):
        if year and e.year != year:
            continue
        rows.append({"number": f"{e.number}", "year": e.year, "date": _stamp(e.made_at), "by": sources.full_name(conn, e.made_by),
                     "kind": COPY_KINDS.get(e.kind, e.kind), "object": f"{OBJECTS.get(e.object_kind, e.object_kind)} {e.object_id}",
                     "secrecy": level_styles()[e.secrecy].label_vi, "copies": e.copies, "destination": e.destination,
                     "reason": e.reason, "status": ""})
        levels.append(e.secrecy)
    return rows, levels


def book(conn, lay: Layout, t: FormTemplate, kind: str, year: int | None, printed_by: str) -> Draft:
    if kind not in KINDS:
        raise FormError("unknown_register", kind=kind)
    rows, levels = _copy_rows(conn, year) if kind == "copy" else _register_rows(conn, kind, year)
    years = sorted({r["year"] for r in rows}) or [year or _dt.date.today().year]
    fields = {**sources.unit_fields(conn, lay), "printed_on": words.short_date(_dt.date.today()), "printed_by": printed_by,
              "count": str(len(rows)), "years": ", ".join(str(y) for y in years)}
    table = Table([c.title for c in t.columns], [c.width for c in t.columns], [[_cell(r.get(c.key)) for c in t.columns] for r in rows])
    level = max([SecrecyLevel.MAT, *levels])  # a book of secret entries is kept as a secret itself
    return Draft(t.name, "register", kind, f"Sổ {kind} năm {fields['years']} ({len(rows)} mục)", t, fields, level,
                 table=table, keep_content=False)
