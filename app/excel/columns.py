"""The columns HoSo writes (exports, the blank template): headers the importer
recognises, so an export can be imported again as it is."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..domain.ids import Sex
from ..domain.partial_date import PartialDate
from ..domain.person import Person
from ..domain.secrecy import level_styles


@dataclass(frozen=True)
class OutColumn:
    field: str
    header: str
    width: int
    kind: str = "text"  # text, date, id, sex, secrecy, stt
    list_name: str | None = None  # drop-down list in the template
    template: bool = True  # in the blank template


COLUMNS = (
    OutColumn("stt", "STT", 6, "stt"),
    OutColumn("full_name", "Họ và tên", 26),
    OutColumn("other_names", "Tên gọi khác", 16, template=False),
    OutColumn("birth_date", "Ngày sinh", 12, "date"),
    OutColumn("sex", "Giới tính", 9, "sex", "sex"),
    OutColumn("ethnicity", "Dân tộc", 10, list_name="ethnicity"),
    OutColumn("nationality", "Quốc tịch", 11, template=False),
    OutColumn("religion", "Tôn giáo", 12, list_name="religion"),
    OutColumn("religious_office", "Chức sắc tôn giáo", 14, template=False),
    OutColumn("birth_place", "Nơi sinh", 28),
    OutColumn("hometown", "Quê quán", 28),
    OutColumn("permanent_address", "Nơi thường trú", 28),
    OutColumn("current_address", "Nơi ở hiện nay", 28),
    OutColumn("id_number", "Số CCCD/CMND", 15, "id"),
    OutColumn("id_override_reason", "Lý do chấp nhận số định danh", 20, template=False),
    OutColumn("party_card", "Số thẻ đảng viên", 14, "id"),
    OutColumn("party_joined", "Ngày vào Đảng", 13, "date"),
    OutColumn("party_official", "Ngày chính thức", 13, "date"),
    OutColumn("unit", "Đơn vị", 26),
    OutColumn("position", "Chức vụ", 20),
    OutColumn("education_general", "Giáo dục phổ thông", 10, list_name="education_general"),
    OutColumn("specialism", "Trình độ chuyên môn", 22),
    OutColumn("political_theory", "Lý luận chính trị", 12, list_name="political_theory"),
    OutColumn("secrecy", "Độ mật", 10, "secrecy", "secrecy"),
    OutColumn("notes", "Ghi chú", 30),
)
DATE_FORMAT = "dd/mm/yyyy"


def value(p: Person, col: OutColumn, number: int):
    """The cell for one dossier: full dates as date cells, partial dates as text, IDs as text."""
    if col.kind == "stt":
        return number
    v = getattr(p, col.field)
    if col.kind == "date":
        if v is None:
            return None
        return _dt.date(v.year, v.month, v.day) if isinstance(v, PartialDate) and v.day else v.display()
    if col.kind == "sex":
        return {Sex.MALE: "Nam", Sex.FEMALE: "Nữ"}.get(v, "")
    if col.kind == "secrecy":
        label = level_styles()[v].label_vi
        return label[:1] + label[1:].lower() if label.isupper() else label
    return v or None
