"""`hoso form ...` as a subprocess: the contract's JSON keys, exit codes, the register."""

import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from app import cases
from app.workflow.states import CaseState as S
from tests.conftest import ADMIN_PW, ROOT
from tests.forms_helpers import NAME, advance_to, concluded_case, make_person


def run_form(args: list[str], vault, stdin: str = ADMIN_PW + "\n"):
    cmd = [sys.executable, "-m", "ui.launcher", *args, "--vault", str(vault), "--user", "admin", "--password-stdin", "--json"]
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, HOSO_LANG="vi"), timeout=120)
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


@pytest.fixture
def prepared(admin, vault_dir):
    done = concluded_case(admin)
    p = make_person(admin, "Hoàng Thị Ánh")
    open_case = cases.create_case(admin, p.id, "appointment").case.id
    advance_to(admin, open_case, S.VERIFYING)
    return vault_dir, done, open_case


def test_form_conclusion_contract_and_register(prepared, tmp_path):
    vault, done, open_case = prepared
    out = tmp_path / "kl.pdf"
    r, js = run_form(["form", "conclusion", str(done), "-o", str(out), "--copies", "2"], vault)
    assert r.returncode == 0, r.stderr
    assert {"path", "pages", "copies"} <= set(js) and js["copies"] == 2 and js["path"] == str(out)
    reader = PdfReader(str(out))
    assert js["pages"] == len(reader.pages) and NAME in reader.pages[0].extract_text()
    r, js2 = run_form(["register", "list", "--kind", "print"], vault)
    assert r.returncode == 0 and js2["entries"][0]["copies"] == 2 and js2["entries"][0]["kind"] == "print"
    r, v = run_form(["form", "verify", *js["code"].split(" ")], vault)
    assert r.returncode == 0 and v["ok"] and v["status"] == "valid" and v["number"] == js["number"]
    r, v = run_form(["form", "verify", js["number"], "0000-0000-0000"], vault)
    assert r.returncode == 1 and v["error"] == "form_not_verified" and v["status"] == "unknown"
    r, e = run_form(["form", "conclusion", str(done), "-o", str(tmp_path / "again.pdf")], vault)
    assert r.returncode == 1 and e["error"] == "reason_required"
    r, js3 = run_form(["form", "conclusion", str(done), "-o", str(tmp_path / "again.pdf"), "--reason", "Lưu hồ sơ"], vault)
    assert r.returncode == 0 and (js3["first_copy"], js3["last_copy"], js3["number"]) == (3, 3, js["number"])


def test_refusals_and_usage(prepared, tmp_path):
    vault, done, open_case = prepared
    r, e = run_form(["form", "conclusion", str(open_case), "-o", str(tmp_path / "x.pdf")], vault)
    assert r.returncode == 1 and e["error"] == "case_not_concluded" and "Traceback" not in r.stderr
    assert not (tmp_path / "x.pdf").exists()
    r, e = run_form(["form", "register", "--kind", "nope", "-o", str(tmp_path / "x.pdf")], vault)
    assert r.returncode == 2
    r, e = run_form(["form", "conclusion", str(done), "-o", str(tmp_path / "x.pdf"), "--copies", "0"], vault)
    assert r.returncode == 2


def test_other_forms_and_templates(prepared, tmp_path, created):
    vault, done, _ = prepared
    for args in (["cover", "1"], ["register", "--kind", "copy"], ["fingerprint"], ["report", str(done)], ["appraisal", str(done)]):
        r, js = run_form(["form", *args, "-o", str(tmp_path / f"{args[0]}.pdf")], vault)
        assert r.returncode == 0, (args, r.stderr)
        assert js["pages"] >= 1
    r, js = run_form(["form", "recovery-sheet", "-o", str(tmp_path / "rk.pdf")], vault, stdin=f"{ADMIN_PW}\n{created.recovery_key}\n")
    assert r.returncode == 0, r.stderr
    r, js = run_form(["form", "templates"], vault)
    assert r.returncode == 0 and {t["name"] for t in js["templates"]} >= {"layout", "conclusion", "book_copy"}
    r, js = run_form(["form", "template-export", "layout", "-o", str(tmp_path / "layout.toml")], vault)
    assert r.returncode == 0 and "ĐẢNG CỘNG SẢN VIỆT NAM" in (tmp_path / "layout.toml").read_text("utf-8")
    bad = tmp_path / "conclusion.toml"
    bad.write_text('form = "conclusion"\nversion = 9\nissuer = "tinh_uy"\ndoc_type = "KL"\ntitle = "{khong_co}"\n', "utf-8")
    r, e = run_form(["form", "template-import", str(bad)], vault)
    assert r.returncode == 1 and e["error"] == "bad_form_template" and "dòng 5" in e["message"]
