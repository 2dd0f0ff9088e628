"""`hoso excel import|export|template` as subprocesses: the contract's keys and exit codes."""

import json
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import run_hoso
from tests.integration.test_excel_support import cccd, person_row, simple_list

PW = "Quản-trị-2026!"
from tests.conftest import CORPUS  # noqa: E402


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    v = tmp_path_factory.mktemp("excel-cli") / "vault"
    r = run_hoso(["init", "--vault", str(v), "--unit-code", "TU-TQ", "--unit-name", "Ban Tổ chức", "--admin", "admin",
                  "--password-stdin", "--json"], stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    return v


def _auth(vault, *args, json_out=True):
    extra = ["--json"] if json_out else []
    return run_hoso([*args, "--vault", str(vault), "--user", "admin", "--password-stdin", *extra], stdin=PW + "\n")


def test_template_needs_no_login(tmp_path):
    r = run_hoso(["excel", "template", "-o", str(tmp_path / "mau.xlsx"), "--json"])
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"path": str(tmp_path / "mau.xlsx")}
    assert "Danh sách" in openpyxl.load_workbook(tmp_path / "mau.xlsx").sheetnames


def test_import_dry_run_then_import_then_export(vault, tmp_path):
    path = simple_list(tmp_path / "ds.xlsx", [person_row(1, "Nguyễn Văn An", "01/02/1980", cccd=int(cccd(1980))),
                                             person_row(2, "Lê Thị Bình", "1985", "Nữ"),
                                             person_row(3, "Lê Thị Bình", "1985", "Nữ"),
                                             person_row(4, "Trần Văn Cường", "31/02/1990")])
    r = _auth(vault, "excel", "import", str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert {"rows_read", "created", "updated", "duplicates", "errors"} <= set(out)
    assert (out["rows_read"], out["created"], out["updated"], out["duplicates"], out["dry_run"]) == (4, 2, 0, 1, True)
    assert out["errors"] == [{"row": 10, "column": "Ngày sinh", "column_letter": "C", "level": "error",
                              "message": "ngày tháng không hợp lệ '31/02/1990': ngày 31/02/1990 không tồn tại"}]
    r = _auth(vault, "excel", "import", str(path), "--report", str(tmp_path / "loi.xlsx"))
    out = json.loads(r.stdout)
    assert r.returncode == 0 and out["created"] == 2 and not out["dry_run"] and Path(out["report"]).exists()
    r = _auth(vault, "excel", "import", str(path), json_out=False)  # text mode: progress on stderr, summary on stdout
    assert r.returncode == 0 and "Đang đọc tệp" in r.stderr and "trùng/đã có 3" in r.stdout and "dòng 10" in r.stdout
    r = _auth(vault, "excel", "export", "-o", str(tmp_path / "out.xlsx"), "--search", "binh")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["rows"] == 1 and out["secrecy"] == "mat" and Path(out["path"]).exists()
    r = _auth(vault, "register", "list", "--kind", "print")  # not ours: just make sure nothing broke if it exists
    assert r.returncode in (0, 1, 2)


@pytest.mark.parametrize("name", ["roo/no_spreadsheet_file.txt", "calamine/pass_protected.xlsx", "hostile/utf8entity.dontuse.xlsx"])
def test_bad_files_exit_1_with_bad_excel(vault, name):
    r = _auth(vault, "excel", "import", str(CORPUS / name))
    assert r.returncode == 1
    out = json.loads(r.stdout)
    assert out["error"] == "bad_excel" and out["message"].startswith("Không nhập được tệp")
    assert "Traceback" not in r.stderr and out["message"] in r.stderr


def test_a_file_without_a_list_is_refused_and_overrides_help(vault, tmp_path):
    from tests.integration.test_excel_support import write_xlsx

    path = write_xlsx(tmp_path / "x.xlsx", {"S": [["Mã", "Người"], ["1", "Lê Văn A"]]})
    r = _auth(vault, "excel", "import", str(path))
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "bad_excel" and "tiêu đề" in json.loads(r.stdout)["message"]
    r = _auth(vault, "excel", "import", str(path), "--header-row", "1", "--dry-run")
    assert r.returncode == 1 and "họ và tên" in json.loads(r.stdout)["message"]


def test_usage_errors(vault):
    assert run_hoso(["excel", "export"]).returncode == 2
    assert run_hoso(["excel", "import"]).returncode == 2
