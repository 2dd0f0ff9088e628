"""The error report: the rows of the file that need attention (or all), the
offending cells filled red (errors) or yellow (warnings) with the reason in a
comment, and added columns with the outcome and reasons; a summary sheet."""

from __future__ import annotations

import datetime as _dt
from io import BytesIO
from pathlib import Path

from ..domain.secrecy import SecrecyLevel, level_styles
from ..errors import HosoError
from ..fsutil import atomic_write
from ..permissions import Permission
from ..store import copies
from .plan import ACTION_LABELS, Action, ImportPlan

_RED, _YELLOW, _GREY = "FFC7CE", "FFEB9C", "D9D9D9"
ROW_HEADER, OUTCOME_HEADER, REASON_HEADER = "Dòng gốc", "Kết quả nhập", "Lý do"


def _level(plan: ImportPlan) -> SecrecyLevel:
    levels = [r.record.value("secrecy") for r in plan.rows if r.record.has_person]
    return max(levels + [plan.options.default_secrecy])


def build_report(plan: ImportPlan, all_rows: bool = False) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Kết quả nhập")
    fills = {lvl: PatternFill("solid", fgColor=c) for lvl, c in (("error", _RED), ("warning", _YELLOW), ("head", _GREY))}
    bold = Font(bold=True)
    table, layout = plan.table, plan.choice.layout
    width = max(len(layout.columns), 1)
    level = _level(plan)
    label = level_styles()[level].label_vi
    if level is not SecrecyLevel.NONE:
        ws.oddHeader.center.text, ws.oddFooter.center.text = label, label
        ws.oddHeader.center.color = ws.oddFooter.center.color = "C62828"
    ws.freeze_panes = "B2"
    for j, c in enumerate([ROW_HEADER] + [col.header for col in layout.columns] + [OUTCOME_HEADER, REASON_HEADER]):
        ws.column_dimensions[_letter(j + 1)].width = 10 if j == 0 else 40 if j == width + 2 else 18
    head = []
    for text in [ROW_HEADER] + [c.header for c in layout.columns] + [OUTCOME_HEADER, REASON_HEADER]:
        cell = WriteOnlyCell(ws, text)
        cell.font, cell.fill = bold, fills["head"]
        head.append(cell)
    ws.append(head)
    letters = {table.column_letter(j): j for j in range(width)}
    for rp in plan.rows:
        issues = rp.record.issues
        interesting = issues or rp.action not in (Action.CREATE, Action.UPDATE)
        if not (all_rows or interesting):
            continue
        src = table.rows[rp.record.index]
        if src is None:  # a row without remarks: its cells were let go after parsing (memory)
            src = _cells_from_person(rp.person, plan.choice.mapping, width)
        by_col: dict[int, list] = {}
        whole: list = []
        for i in issues:
            (by_col.setdefault(letters[i.col], []) if i.col in letters else whole).append(i)
        cells = [WriteOnlyCell(ws, rp.row)]
        for j in range(width):
            v = src[j] if j < len(src) else None
            cell = WriteOnlyCell(ws, v if v != "" else None)
            if isinstance(v, (_dt.date, _dt.datetime)):
                cell.number_format = "dd/mm/yyyy"
            found = by_col.get(j)
            if found:
                worst = "error" if any(i.level == "error" for i in found) else "warning"
                cell.fill = fills[worst]
                cell.comment = Comment("\n".join(i.message for i in found), "HoSo")
            cells.append(cell)
        outcome = WriteOnlyCell(ws, ACTION_LABELS[rp.action])
        if rp.action is Action.ERROR:
            outcome.fill = fills["error"]
        elif issues or rp.action is Action.REVIEW:
            outcome.fill = fills["warning"]
        reasons = [f"{i.col} ({i.column}): {i.message}" if i.col else i.message for i in issues]
        if rp.reason:
            reasons.append(rp.reason)
        reasons += [f"hồ sơ số {c.id} {c.full_name} {c.birth}: {', '.join(c.reasons)}" for c in rp.candidates]
        if rp.changes:
            reasons.append("sẽ cập nhật: " + ", ".join(rp.changes))
        cells += [outcome, WriteOnlyCell(ws, "\n".join(reasons) or None)]
        ws.append(cells)
    _summary(wb.create_sheet("Tóm tắt"), plan, label)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cells_from_person(p, mapping: dict[int, str], width: int) -> list:
    """The row rebuilt from the values read (normalised) when the raw cells were released."""
    from .columns import COLUMNS, value

    by_field = {c.field: c for c in COLUMNS}
    out: list = [None] * width
    for j, code in mapping.items():
        if j < width and code in by_field and code != "stt":
            out[j] = value(p, by_field[code], 0)
        elif j < width and code in ("birth_male", "birth_female"):
            out[j] = value(p, by_field["birth_date"], 0)
    return out


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def _summary(ws, plan: ImportPlan, label: str) -> None:
    c = plan.counts()
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 34, 80
    rows = [["Độ mật", label], ["Tệp", plan.table.file_name], ["Trang", plan.table.sheet],
            ["Dòng tiêu đề", plan.table.row_number(plan.choice.layout.header_index)], ["Số dòng đọc", plan.rows_read]]
    rows += [[ACTION_LABELS[a], c[a.value]] for a in Action]
    rows += [["Ghi chú", n] for n in plan.notices + plan.choice.notes]
    for r in rows:
        ws.append(r)


def write_error_report(session, plan: ImportPlan, dest: Path, all_rows: bool = False) -> Path:
    """Write the report; it holds personnel data, so it is entered in the copy register."""
    session.require(Permission.IMPORT_EXCEL)
    data = build_report(plan, all_rows)
    dest = Path(dest)
    try:
        with session.vault.transaction() as conn:
            entry = copies.register(conn, session.user.username, "excel_error_report", "excel", plan.table.file_name,
                                    _level(plan), destination=str(dest))
            session.vault.audit(session.user.username, "excel_report_written", "excel", plan.table.file_name,
                                f"Ghi báo cáo lỗi nhập Excel, sổ sao chụp số {entry.number}/{entry.year}")
            atomic_write(dest, data)
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{dest}: {exc.strerror or exc}") from exc
    return dest
