"""Column mapping: which field each column fills. Suggested from the header
synonyms, or taken from a saved profile with the same header layout; the
user confirms or edits it before the preview."""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import ExcelError
from .headers import Layout, detect_layout, field_labels
from .reading import Table

# Columns of a two-row header: the date under "Nam"/"Nữ" gives the sex too.
SPECIAL_FIELDS = {
    "birth_male": "Ngày sinh (cột Nam)", "birth_female": "Ngày sinh (cột Nữ)",
    "sex_male": "Giới tính: đánh dấu Nam", "sex_female": "Giới tính: đánh dấu Nữ",
}
NAME_FIELDS = ("full_name", "name_family", "name_given")


def all_fields() -> dict[str, str]:
    """Field code -> label, for the wizard's drop-downs."""
    return {**field_labels(), **SPECIAL_FIELDS}


@dataclass
class MappingChoice:
    layout: Layout
    mapping: dict[int, str]  # column index -> field code
    source: str = "auto"  # "auto", "profile", "user"
    profile: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def header_key(self) -> str:
        return self.layout.header_key

    def field_column(self) -> dict[str, int]:
        return {f: j for j, f in sorted(self.mapping.items(), reverse=True)}


def _dedupe(layout: Layout, mapping: dict[int, str], notes: list[str]) -> dict[int, str]:
    seen: dict[str, int] = {}
    out = {}
    labels = all_fields()
    for j in sorted(mapping):
        code = mapping[j]
        if code in seen and code not in ("stt",):
            header = layout.columns[j].header if j < len(layout.columns) else ""
            notes.append(f"Cột “{header}” cũng là “{labels.get(code, code)}”: chỉ dùng cột đầu tiên, cột này bỏ qua.")
            continue
        seen[code] = j
        out[j] = code
    return out


def check_mapping(mapping: dict[int, str], file: str = "") -> None:
    known = all_fields()
    bad = [c for c in mapping.values() if c not in known]
    if bad:
        raise ExcelError(f"trường không có: {', '.join(bad)}", file=file)
    codes = set(mapping.values())
    if not (codes & {"full_name", "name_given"}):
        raise ExcelError("chưa xác định được cột họ và tên; hãy chỉ định cột nào là “Họ và tên”", file=file)


def locate(table: Table, header_row: int | None = None, last_row: int | None = None) -> Layout:
    """The table layout; header_row/last_row are sheet row numbers (1-based) chosen by the user."""
    h = None if header_row is None else header_row - 1 - table.row0
    last = None if last_row is None else last_row - 1 - table.row0
    if h is not None and not 0 <= h < len(table.rows):
        raise ExcelError(f"dòng tiêu đề {header_row} nằm ngoài bảng (trang có {len(table.rows)} dòng)", file=table.file_name)
    layout = detect_layout(table.rows, h, last)
    if layout is None:
        raise ExcelError(f"không tìm thấy dòng tiêu đề của danh sách ở trang “{table.sheet}” "
                         "(cần các cột như “Họ và tên”, “Ngày sinh”...); hãy chỉ định dòng tiêu đề", file=table.file_name)
    return layout


def suggest(table: Table, layout: Layout, conn=None, profile_name: str | None = None) -> MappingChoice:
    """The mapping to show: a named profile, else the profile of this header layout, else the synonyms."""
    from . import profiles

    notes: list[str] = []
    if conn is not None:
        prof = profiles.get(conn, profile_name) if profile_name else profiles.find_for_key(conn, layout.header_key)
        if profile_name and prof is None:
            raise ExcelError(f"không có mẫu ánh xạ cột “{profile_name}”", file=table.file_name)
        if prof is not None:
            width = len(layout.columns)
            mapping = {j: c for j, c in prof.mapping.items() if j < width}
            if prof.header_key != layout.header_key:
                notes.append(f"Mẫu “{prof.name}” được lập cho bảng có tiêu đề khác; hãy kiểm tra lại các cột.")
            return MappingChoice(layout, _dedupe(layout, mapping, notes), "profile", prof.name, notes)
    mapping = {c.index: c.field for c in layout.columns if c.field}
    mapping = _dedupe(layout, mapping, notes)
    codes = set(mapping.values())
    if "full_name" in codes:  # a full-name column wins over split name parts
        mapping = {j: c for j, c in mapping.items() if c not in ("name_family", "name_given")}
    elif "name_given" in codes and "name_family" not in codes:
        for j, c in mapping.items():
            if c == "name_given":
                mapping[j] = "full_name"  # a lone "Tên" column holds whole names
    unmapped = [c.header for c in layout.columns if c.header and c.index not in mapping]
    if unmapped:
        notes.append("Các cột không dùng: " + ", ".join(f"“{h}”" for h in unmapped[:20]))
    return MappingChoice(layout, mapping, "auto", None, notes)
