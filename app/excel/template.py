"""The blank import template: the recommended columns (ID numbers formatted as
text so Excel keeps their leading zeros, dates as dd/mm/yyyy), drop-down lists
from resources/excel/lists.json, and an instructions sheet."""

from __future__ import annotations

import json
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from ..errors import HosoError
from ..fsutil import atomic_write
from ..resources import resource_path
from .columns import COLUMNS, DATE_FORMAT
from .limits import DEFAULT_LIMITS

TEMPLATE_ROWS = 2000  # rows prepared with formats and drop-downs
_LISTS_SHEET = "DanhMuc"

INSTRUCTIONS = [
    "HƯỚNG DẪN ĐIỀN DANH SÁCH ĐỂ NHẬP VÀO HOSO",
    "",
    "1. Mỗi người một dòng, bắt đầu từ dòng 2 của trang “Danh sách”. Không gộp ô, không chèn dòng tiêu đề phụ.",
    "2. Họ và tên ghi đầy đủ, có dấu (Unicode, ví dụ phông Times New Roman). Bảng mã TCVN3 (.VnTime) hay VNI "
    "vẫn nhập được: chương trình tự nhận biết và chuyển sang Unicode.",
    "3. Ngày tháng ghi ngày trước, tháng sau: 05/03/1985. Nếu chỉ biết năm, ghi 1985; chỉ biết tháng và năm, ghi 03/1985.",
    "4. Số CCCD ghi đủ 12 chữ số (CMND cũ: 9 chữ số), kể cả số 0 ở đầu. Cột này đã định dạng Văn bản để Excel không "
    "làm mất số 0; nếu dán từ nơi khác, hãy “Dán giá trị”.",
    "5. Giới tính, dân tộc, tôn giáo, lý luận chính trị, độ mật: chọn trong danh sách thả xuống.",
    "6. Có thể thêm cột khác: cột không nhận ra được bỏ qua (chương trình hiển thị để kiểm tra trước khi nhập).",
    "7. Khi nhập, chương trình cho xem trước từng dòng: tạo mới, cập nhật hồ sơ đã có (tìm theo số CCCD/CMND, số thẻ "
    "đảng viên, hoặc họ tên + ngày sinh + quê quán), trùng lặp, cần xem xét, hoặc lỗi kèm lý do.",
    "",
    "Giới hạn của tệp nhập:",
] + [f"  - {what}: {limit}" for what, limit in DEFAULT_LIMITS.describe()]


@lru_cache(maxsize=1)
def lists() -> dict[str, list[str]]:
    return json.loads(resource_path("excel", "lists.json").read_text("utf-8"))["lists"]


def build_template() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    cols = [c for c in COLUMNS if c.template]
    ws.append([c.header for c in cols])
    fill = PatternFill("solid", fgColor="D9E1F2")
    for cell in ws[1]:
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.freeze_panes = "A2"
    src = wb.create_sheet(_LISTS_SHEET)
    src.sheet_state = "hidden"
    ranges = {}
    for k, (name, items) in enumerate(lists().items(), 1):
        letter = get_column_letter(k)
        src.cell(1, k, name)
        for i, item in enumerate(items, 2):
            src.cell(i, k, item)
        ranges[name] = f"{quote_sheetname(_LISTS_SHEET)}!${letter}$2:${letter}${len(items) + 1}"
    last = TEMPLATE_ROWS + 1
    for i, col in enumerate(cols, 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = col.width
        if col.kind == "id":
            for r in range(2, last + 1):
                ws.cell(r, i).number_format = "@"
        elif col.kind == "date":
            for r in range(2, last + 1):
                ws.cell(r, i).number_format = DATE_FORMAT
        if col.list_name in ranges:
            dv = DataValidation(type="list", formula1=f"={ranges[col.list_name]}", allow_blank=True,
                                showErrorMessage=col.list_name in ("sex", "secrecy"),
                                errorTitle="Giá trị không có trong danh sách", error="Hãy chọn trong danh sách thả xuống.")
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
    guide = wb.create_sheet("Hướng dẫn", 0)
    guide.column_dimensions["A"].width = 120
    for line in INSTRUCTIONS:
        guide.append([line])
    guide["A1"].font = Font(bold=True, size=13)
    for row in guide.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    wb.active = 1
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_template(dest: Path) -> Path:
    """No dossier data inside: needs no login and no copy register entry."""
    dest = Path(dest)
    try:
        atomic_write(dest, build_template(), mode=0o644)
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{dest}: {exc.strerror or exc}") from exc
    return dest
