"""Helpers for the Excel tests: workbooks written by the tests themselves (no tests here)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Quê quán", "Đơn vị", "Chức vụ"]
TITLE = [["ĐẢNG BỘ TỈNH TUYÊN QUANG"], ["ĐẢNG ỦY SỞ NỘI VỤ"], [], [None, "DANH SÁCH ĐẢNG VIÊN"], []]
FOOTER = [[], [None, None, None, "Tuyên Quang, ngày 05 tháng 03 năm 2026"], [None, "NGƯỜI LẬP BIỂU", None, "T/M ĐẢNG ỦY"],
          [None, "Nguyễn Văn Lập", None, "Lê Văn Bí"]]


def write_xlsx(path: Path, sheets: dict[str, list[list]], text_columns: tuple[int, ...] = ()) -> Path:
    """Each sheet from rows of values; `text_columns` (1-based) are stored as text like typed with '."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for col in text_columns:
            for cell in ws.iter_cols(min_col=col, max_col=col):
                for c in cell:
                    c.number_format = "@"
    wb.save(path)
    return path


def person_row(i: int, name: str, birth, sex: str = "Nam", cccd: str | int | None = None, hometown: str = "Hà Nội",
               unit: str = "Sở Nội vụ", position: str = "Chuyên viên") -> list:
    return [i, name, birth, sex, cccd, hometown, unit, position]


def cccd(year: int, sex: str = "Nam", serial: int = 1, province: str = "008") -> str:
    digit = (year - 1900) // 100 * 2 + (1 if sex == "Nữ" else 0)
    return f"{province}{digit}{year % 100:02d}{serial:06d}"


def simple_list(path: Path, people: list[list], sheet: str = "Danh sách", title: bool = True) -> Path:
    rows = (TITLE if title else []) + [HEADER] + people + (FOOTER if title else [])
    return write_xlsx(path, {sheet: rows})


def write_ods(path: Path, rows: list[list]) -> Path:
    """A minimal OpenDocument spreadsheet, built by hand (strings, numbers, dates)."""
    def cell(v) -> str:
        if v is None:
            return "<table:table-cell/>"
        if isinstance(v, dt.date):
            return (f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
                    f"<text:p>{v:%d/%m/%Y}</text:p></table:table-cell>")
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Danh sách">{body}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path
