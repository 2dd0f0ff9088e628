"""Exporting the current search result to .xlsx: a copy leaving the vault, so
the user must have confirmed, it is entered in the copy register and audited,
and written atomically. The sheet carries the secrecy level of its most
secret row (stamp above the table, page header and footer)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Callable

from ..domain.secrecy import SecrecyLevel, level_styles
from ..errors import HosoError
from ..fsutil import atomic_write
from ..permissions import Permission
from ..store import copies
from ..store import persons as store
from ..store.persons import PersonFilter
from .columns import COLUMNS, DATE_FORMAT, value
from .errors import Cancelled

HEADER_ROW = 4  # stamp, title, blank line, then the header


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    secrecy: SecrecyLevel
    register_number: str  # "12/2026"


def export_persons(session, dest: Path, query: str = "", flt: PersonFilter = PersonFilter(), *, confirmed: bool,
                   progress: Callable | None = None, cancel: Callable | None = None) -> ExportResult:
    session.require(Permission.VIEW_DOSSIERS)
    if not confirmed:
        raise HosoError("confirmation_required")
    conn = session.vault.conn
    rows = store.search(conn, query, flt, limit=1 << 40, offset=0, want_total=False).rows
    level = max((r.secrecy for r in rows), default=SecrecyLevel.NONE)
    try:
        data = _workbook(conn, rows, level, query, progress, cancel)
    except Cancelled:
        raise HosoError("cancelled") from None
    dest = Path(dest)
    what = f"{len(rows)} hồ sơ" + (f", tìm “{query}”" if query else "")
    try:
        with session.vault.transaction() as c:
            entry = copies.register(c, session.user.username, "excel_export", "persons", what, level, destination=str(dest))
            session.vault.audit(session.user.username, "persons_exported", "persons", "",
                                f"Xuất Excel {len(rows)} hồ sơ, sổ sao chụp số {entry.number}/{entry.year}")
            atomic_write(dest, data)  # inside: a failed write undoes the register entry
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{dest}: {exc.strerror or exc}") from exc
    return ExportResult(dest, len(rows), level, f"{entry.number}/{entry.year}")


def _workbook(conn, rows, level: SecrecyLevel, query: str, progress, cancel) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    style = level_styles()[level]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    for i, col in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = f"C{HEADER_ROW + 1}"  # header row and the number and name columns stay in view
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    if level is not SecrecyLevel.NONE:
        for hf in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter):
            hf.center.text, hf.center.size, hf.center.color = style.label_vi, 14, "C62828"
            hf.center.font = "Times New Roman,Bold"
    stamp = WriteOnlyCell(ws, style.label_vi if level is not SecrecyLevel.NONE else None)
    stamp.font = Font(bold=True, size=14, color="C62828")
    ws.append([stamp])
    title = WriteOnlyCell(ws, f"DANH SÁCH HỒ SƠ ({len(rows)} người{', tìm: ' + query if query else ''};"
                              f" xuất ngày {_dt.date.today():%d/%m/%Y})")
    title.font = Font(bold=True, size=13)
    ws.append([title])
    ws.append([])
    fill = PatternFill("solid", fgColor="D9E1F2")
    head = []
    for col in COLUMNS:
        c = WriteOnlyCell(ws, col.header)
        c.font, c.fill = Font(bold=True), fill
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.append(c)
    ws.append(head)
    n = len(rows)
    for k, r in enumerate(rows, 1):
        if k % 500 == 1:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(k - 1, n, "Đang xuất")
        p = store.get(conn, r.id)
        out = []
        for col in COLUMNS:
            v = value(p, col, k)
            if col.kind == "date" and isinstance(v, _dt.date):
                cell = WriteOnlyCell(ws, v)
                cell.number_format = DATE_FORMAT
                out.append(cell)
            elif col.kind == "id" and v:
                cell = WriteOnlyCell(ws, str(v))
                cell.number_format = "@"  # text: a leading zero must survive editing in Excel
                out.append(cell)
            else:
                out.append(v)
        ws.append(out)
    if progress is not None:
        progress(n, n, "Đang ghi tệp")
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()
