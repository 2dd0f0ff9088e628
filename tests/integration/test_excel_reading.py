"""Reading in the child process: formats, sheets, limits, hostile input, timeout, cancel."""

import datetime as dt
import re
import time
import zipfile
from pathlib import Path

import pytest

from app.excel.errors import Cancelled, ExcelError
from app.excel.limits import Limits
from app.excel.mapping import locate, suggest
from app.excel.reading import ReadOptions, _loads, read_workbook
from tests.integration.test_excel_support import HEADER, simple_list, write_ods, write_xlsx

from tests.conftest import CORPUS  # noqa: E402


def test_xlsx_with_the_list_on_a_later_sheet(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {
        "Bìa": [["BÁO CÁO"], ["Kèm theo danh sách ở trang sau"]],
        "Tổng hợp": [["Đơn vị", "Số lượng"], ["Sở Nội vụ", 2]],
        "DS đảng viên": [["DANH SÁCH"], [], HEADER, [1, "Nguyễn Văn An", "01/02/1980", "Nam", None, "Hà Nội"]],
    })
    t = read_workbook(path)
    assert t.sheet == "DS đảng viên" and t.engine == "calamine"
    assert [s.name for s in t.sheets] == ["Bìa", "Tổng hợp", "DS đảng viên"]
    assert t.rows[2][:2] == ["STT", "Họ và tên"] and t.row_number(2) == 3
    assert read_workbook(path, ReadOptions(sheet="Bìa")).rows[0] == ["BÁO CÁO"]
    with pytest.raises(ExcelError, match="không có trang “Không có”"):
        read_workbook(path, ReadOptions(sheet="Không có"))


def test_cells_keep_their_types_and_positions(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [[None], [None, None, "Họ và tên", "Ngày sinh"],
                                                  [None, None, "Lê Văn A", dt.date(1980, 2, 1)]]})
    t = read_workbook(path)
    assert t.col0 == 2 and t.column_letter(0) == "C"
    assert t.rows[2] == ["Lê Văn A", dt.date(1980, 2, 1)]


def test_xls_from_the_corpus():
    t = read_workbook(CORPUS / "calamine/date.xls")
    assert t.kind == "xls" and t.rows[0][0] == dt.date(2021, 1, 1)


def test_ods_from_the_corpus_and_hand_built(tmp_path):
    t = read_workbook(CORPUS / "calamine/date.ods")
    assert t.kind == "ods" and t.rows[0][0] == dt.date(2021, 1, 1)
    path = write_ods(tmp_path / "ds.ods", [["Họ và tên", "Ngày sinh", "Số CCCD"],
                                           ["Nguyễn Văn An", dt.date(1980, 2, 1), "008080000001"]])
    t = read_workbook(path)
    assert t.rows[1] == ["Nguyễn Văn An", dt.date(1980, 2, 1), "008080000001"]
    layout = locate(t)
    assert [c.field for c in suggest(t, layout).layout.columns] == ["full_name", "birth_date", "id_number"]


def test_misnamed_ods_is_read_by_content():
    assert read_workbook(CORPUS / "roo/type_openoffice.xlsx").kind == "ods"


def test_openpyxl_reads_what_calamine_cannot():
    t = read_workbook(CORPUS / "phpspreadsheet/utf16be.xlsx")
    assert t.engine == "openpyxl" and t.rows


def test_gigantic_cell_is_refused_with_the_limit(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [["Họ và tên"], ["x" * 5000]]})
    with pytest.raises(ExcelError) as e:
        read_workbook(path, ReadOptions(limits=Limits(max_cell_chars=1000)))
    assert "5.000 ký tự" in e.value.reason and "1.000 ký tự" in e.value.message


def test_rows_columns_and_cells_limits(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [[i, "a", "b"] for i in range(50)]})
    with pytest.raises(ExcelError, match="giới hạn: 20 dòng"):
        read_workbook(path, ReadOptions(limits=Limits(max_rows=20)))
    with pytest.raises(ExcelError, match="giới hạn: 2 cột"):
        read_workbook(path, ReadOptions(limits=Limits(max_cols=2)))
    with pytest.raises(ExcelError, match="giới hạn: 100 ô"):
        read_workbook(path, ReadOptions(limits=Limits(max_cells=100)))


def test_memory_limit_stops_the_reader_not_the_app(tmp_path):
    path = simple_list(tmp_path / "a.xlsx", [[i, f"Người {i}", "1980"] for i in range(2000)])
    with pytest.raises(ExcelError) as e:
        read_workbook(path, ReadOptions(limits=Limits(child_memory_bytes=16 * 1024 * 1024)))
    assert "16 MB" in e.value.message


def test_timeout_kills_the_reader(tmp_path):
    path = simple_list(tmp_path / "a.xlsx", [[1, "Lê Văn A", "1980"]])
    t0 = time.monotonic()
    with pytest.raises(ExcelError, match="quá lâu") as e:
        read_workbook(path, ReadOptions(limits=Limits(timeout_seconds=0.01)))
    assert "0 giây" in e.value.message and time.monotonic() - t0 < 10


def test_cancel_stops_at_once(tmp_path):
    path = simple_list(tmp_path / "a.xlsx", [[1, "Lê Văn A", "1980"]])
    with pytest.raises(Cancelled):
        read_workbook(path, cancel=lambda: True)


def test_progress_is_reported(tmp_path):
    path = simple_list(tmp_path / "a.xlsx", [[i, f"Người {i}", "1980"] for i in range(9000)])
    seen = []
    read_workbook(path, progress=lambda d, n, m: seen.append((d, n, m)))
    assert seen[0] == (0, 0, "Đang đọc tệp") and seen[-1][0] >= 9000


def test_only_plain_values_come_back_from_the_child():
    import pickle

    assert _loads(pickle.dumps(("rows", [[1, "a", dt.date(2020, 1, 2), None]])))[1][0][2] == dt.date(2020, 1, 2)
    with pytest.raises(pickle.UnpicklingError):
        _loads(pickle.dumps(Path("/etc/passwd")))


def _entity_bomb(src: Path, dest: Path) -> Path:
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"^<\?xml[^>]*\?>", b"", data)
                data = laughs.encode() + data.replace("Họ và tên".encode(), b"&lol3;")
            zout.writestr(info.filename, data)
    return dest


def test_xml_entity_tricks_are_refused(tmp_path):
    src = write_xlsx(tmp_path / "a.xlsx", {"S": [["Họ và tên", "Ngày sinh"], ["Lê Văn A", "1980"]]})
    with pytest.raises(ExcelError) as e:
        read_workbook(_entity_bomb(src, tmp_path / "lol.xlsx"))
    assert e.value.code == "bad_excel"


@pytest.mark.parametrize("name,words", [
    ("hostile/utf8entity.dontuse.xlsx", "thực thể XML"), ("hostile/ebcdic.dontuse.xlsx", "hỏng"),
    ("hostile/gzbomb.gnumeric", "gzip"), ("calamine/issue_594_dos.ods", "giới hạn"), ("calamine/too_small.xls", "không phải"),
    ("python-calamine/password.xls", "mật khẩu"), ("excelize/BadWorkbook.xlsx", "không có trang tính"),
])
def test_hostile_corpus_files(name, words):
    with pytest.raises(ExcelError) as e:
        read_workbook(CORPUS / name)
    assert words in e.value.message
