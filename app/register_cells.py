"""What each cell of a register says: one rendering for the screen and for the printed book.

The columns themselves are data: the book templates (resources/forms/book_*.toml,
or an administrator's imported version) list each column's key, title and
width. A cell shows the corrected value followed by "[sửa: cũ → mới; lý do]",
so the original is never lost from sight; a cancelled entry stays, marked ĐÃ HỦY.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from .domain.secrecy import SecrecyLevel, level_styles
from .forms import words

# Keys filled by the application itself; every other column of a book is a field of the entry.
COMPUTED = frozenset({"number", "year", "by", "status", "secrecy"})
DATE_KEYS = frozenset({"date", "document_date", "date_received", "permit_date", "decision_date", "out_at", "returned_at"})
NUMBER_KEYS = frozenset({"copies"})
CANCELLED = "ĐÃ HỦY"
OBJECTS = {"case": "Vụ việc", "person": "Hồ sơ", "verification_request": "Đề nghị thẩm tra", "register": "Sổ", "unit": "Đơn vị",
           "vault": "Kho dữ liệu", "attachment": "Tệp đính kèm", "report": "Báo cáo", "excel": "Tệp Excel", "persons": "Hồ sơ",
           "bundle": "Gói tin", "yearly_report": "Báo cáo thống kê năm", "destruction": "Biên bản tiêu hủy", "carrier": "Vật chứa (USB)",
           "paper": "Tài liệu giấy", "form_document": "Văn bản in"}
COPY_KINDS = {"print": "In", "attachment_export": "Xuất tệp đính kèm", "excel_export": "Xuất Excel", "report_export": "Xuất báo cáo",
              "excel_error_report": "Báo cáo lỗi Excel", "paper_copy": "Sao, chụp bản giấy"}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Cell:
    text: str  # as printed (the corrections indicated)
    value: str  # the current value alone
    corrected: bool = False


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    text = str(value)
    return words.short_date(text) if _ISO.match(text) else text


def stamp(ts: float) -> str:
    return words.short_date(_dt.date.fromtimestamp(ts))


def is_copy(entry: Any) -> bool:
    return hasattr(entry, "made_at")


def raw_value(entry: Any, key: str, names: dict[str, str] | None = None) -> str:
    """The current value of one column, before any annotation."""
    names = names or {}
    if key == "number":
        return f"{entry.number}/{entry.year}"
    if key == "year":
        return str(entry.year)
    if key == "secrecy":
        return level_styles()[entry.secrecy].label_vi
    if key == "status":
        return f"{CANCELLED}: {entry.cancel_reason}" if entry.status == "cancelled" else ""
    if is_copy(entry):
        if key == "date":
            return stamp(entry.made_at)
        if key == "by":
            return names.get(entry.made_by, entry.made_by)
        if key == "kind":
            return COPY_KINDS.get(entry.kind, entry.kind)
        if key == "object":
            if entry.object_kind == "paper":
                return entry.object_id
            number = f"số {entry.object_id}" if entry.object_id.isdigit() else entry.object_id
            return f"{OBJECTS.get(entry.object_kind, entry.object_kind)} {number}".strip()
        if key in ("copies", "destination", "reason"):
            return str(getattr(entry, key))
        return _plain(entry.fields.get(key))
    if key == "by":
        return names.get(entry.created_by, entry.created_by)
    if key == "date" and not entry.fields.get("date"):
        return stamp(entry.created_at)
    return _plain(entry.fields.get(key))


def cell(entry: Any, key: str, names: dict[str, str] | None = None) -> Cell:
    value = raw_value(entry, key, names)
    if key == "number" and entry.status == "cancelled":
        return Cell(f"{value} ({CANCELLED}: {entry.cancel_reason})", value)
    fixes = [c for c in entry.corrections if c.field == key]
    if not fixes:
        return Cell(value, value)
    notes = "; ".join(f"{_plain(c.old) or '(trống)'} → {_plain(c.new) or '(trống)'}, lý do: {c.reason}" for c in fixes)
    return Cell(f"{value} [sửa: {notes}]", value, True)


def hidden_abstract(entry: Any, key: str) -> bool:
    """A Tuyệt mật entry without an authorised abstract: the screen says why the cell is empty."""
    return key == "abstract" and entry.secrecy >= SecrecyLevel.TUYET_MAT and not raw_value(entry, key)


def sort_key(entry: Any, key: str) -> Any:
    if key == "number":
        return entry.year * 1_000_000 + entry.number  # one int: Qt's sort compares no Python tuples
    if key == "secrecy":
        return int(entry.secrecy)
    if key == "date":
        return entry.created_at if is_copy(entry) or not entry.fields.get("date") else str(entry.fields.get("date"))
    if key in DATE_KEYS:
        return str(entry.fields.get(key) or "")
    if key in NUMBER_KEYS:
        try:
            return int(raw_value(entry, key) or 0)
        except ValueError:
            return 0
    return raw_value(entry, key)
