"""Checks before parsing: every refusal is an ExcelError ("bad_excel") with the reason and the limit."""

import gzip
import re
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.excel.errors import ExcelError
from app.excel.guard import Kind, check_file
from app.excel.limits import Limits

from tests.conftest import CORPUS  # noqa: E402


def _xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Ngày sinh"])
    wb.active.append(["Nguyễn Văn An", "01/02/1980"])
    wb.save(path)
    return path


def _rewrite(src: Path, dest: Path, change) -> Path:
    """Copy a zip member by member; change(name, data) returns new data or None to keep."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, change(info.filename, data) or data)
    return dest


def test_openpyxl_parses_through_defusedxml():
    import app.excel  # noqa: F401 - the check runs at import

    assert openpyxl.DEFUSEDXML is True


def test_a_good_file_passes(tmp_path):
    assert check_file(_xlsx(tmp_path / "a.xlsx")).kind is Kind.XLSX


def _refused(path, limits=Limits()) -> ExcelError:
    with pytest.raises(ExcelError) as e:
        check_file(path, limits)
    assert e.value.code == "bad_excel" and e.value.message.startswith("Không nhập được tệp")
    return e.value


def test_not_spreadsheets(tmp_path):
    (tmp_path / "a.xlsx").write_text("Họ và tên;Ngày sinh\n", "utf-8")
    assert "CSV" in _refused(tmp_path / "a.xlsx").reason
    (tmp_path / "b.xlsx").write_bytes(b"")
    assert "rỗng" in _refused(tmp_path / "b.xlsx").reason
    (tmp_path / "c.xlsx").write_bytes(gzip.compress(b"<x/>" * 1000))
    assert "gzip" in _refused(tmp_path / "c.xlsx").reason
    assert "không phải là một tệp" in _refused(tmp_path).reason


def test_truncated_zip(tmp_path):
    data = _xlsx(tmp_path / "a.xlsx").read_bytes()
    (tmp_path / "t.xlsx").write_bytes(data[: len(data) // 2])
    assert "cắt cụt" in _refused(tmp_path / "t.xlsx").reason


def test_file_size_limit(tmp_path):
    e = _refused(_xlsx(tmp_path / "a.xlsx"), Limits(max_file_bytes=1000))
    assert "quá lớn" in e.reason and "giới hạn" in e.message


def test_zip_bomb_member(tmp_path):
    src = _xlsx(tmp_path / "a.xlsx")
    bomb = _rewrite(src, tmp_path / "bomb.xlsx",
                    lambda n, d: d + b" " * (8 * 1024 * 1024) if n == "xl/worksheets/sheet1.xml" else None)
    e = _refused(bomb)
    assert "bom nén" in e.reason and e.limit == "250:1" and "giới hạn: 250:1" in e.message


def test_total_unpacked_and_entry_count_limits(tmp_path):
    src = _xlsx(tmp_path / "a.xlsx")
    assert "giải nén" in _refused(src, Limits(max_unpacked_bytes=1000)).reason
    assert "thành phần" in _refused(src, Limits(max_entries=3)).reason


def test_absurd_declared_dimension(tmp_path):
    src = _xlsx(tmp_path / "a.xlsx")

    def forge(name, data):
        if name == "xl/worksheets/sheet1.xml":
            return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD99999999"', data)

    e = _refused(_rewrite(src, tmp_path / "dim.xlsx", forge))
    assert "kích thước bất thường" in e.reason and "1.048.576" in e.limit


def test_encrypted_zip_member(tmp_path):
    data = bytearray(_xlsx(tmp_path / "a.xlsx").read_bytes())
    pos = data.find(b"PK\x01\x02")  # first central directory entry: set "encrypted" in its flags
    data[pos + 8] |= 1
    (tmp_path / "enc.xlsx").write_bytes(bytes(data))
    assert "mật khẩu" in _refused(tmp_path / "enc.xlsx").reason


def test_encrypted_ods_manifest(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", "<manifest:encryption-data/>")
        z.writestr("content.xml", "x")
    (tmp_path / "enc.ods").write_bytes(buf.getvalue())
    assert "mật khẩu" in _refused(tmp_path / "enc.ods").reason


def test_zip_that_is_not_a_workbook(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    (tmp_path / "z.xlsx").write_bytes(buf.getvalue())
    assert "không phải bảng tính" in _refused(tmp_path / "z.xlsx").reason


@pytest.mark.parametrize("name", ["calamine/pass_protected.xlsx", "python-calamine/password.xlsx", "excelize/encryptAES.xlsx",
                                  "roo/encrypted-letmein.ods", "calamine/pass_protected.ods"])
def test_password_protected_corpus_files(name):
    assert "mật khẩu" in _refused(CORPUS / name).reason


def test_kinds_by_content_not_by_name():
    assert check_file(CORPUS / "calamine/date.xls").kind is Kind.XLS
    assert check_file(CORPUS / "calamine/date.ods").kind is Kind.ODS
    checked = check_file(CORPUS / "roo/type_openoffice.xlsx")  # an .ods called .xlsx
    assert checked.kind is Kind.ODS and not checked.extension_matches
