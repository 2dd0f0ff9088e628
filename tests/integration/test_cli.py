"""The `hoso` command line as a subprocess: JSON keys, exit codes, messages."""

import json

import pytest

from app.messages import CATALOG
from tests.conftest import run_hoso

PW = "Quản-trị-2026!"
NEW_PW = "Chuyên-viên-2026#"


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory):
    vault = tmp_path_factory.mktemp("cli") / "vault"
    r = run_hoso(["init", "--vault", str(vault), "--unit-code", "TU-TQ", "--unit-name", "Ban Tổ chức Tỉnh ủy",
                  "--admin", "admin", "--password-stdin", "--json"], stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) >= {"vault", "unit_code", "fingerprint", "recovery_key"}
    assert out["unit_code"] == "TU-TQ" and out["vault"] == str(vault)
    return vault, out


def _auth(vault, *args, stdin=PW + "\n", user="admin"):
    return run_hoso([*args, "--vault", str(vault), "--user", user, "--password-stdin", "--json"], stdin=stdin)


def test_init_refuses_an_existing_vault(cli_vault):
    vault, _ = cli_vault
    r = run_hoso(["init", "--vault", str(vault), "--unit-code", "X", "--unit-name", "X", "--admin", "admin",
                  "--password-stdin", "--json"], stdin=PW + "\n")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "vault_exists"
    assert "Traceback" not in r.stderr


def test_user_add_and_list(cli_vault):
    vault, _ = cli_vault
    r = _auth(vault, "user", "add", "cv1", "--role", "officer", "--full-name", "Trần Thị Chuyên", stdin=f"{PW}\n{NEW_PW}\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"user": "cv1", "role": "officer"}
    r = _auth(vault, "user", "list")
    assert {"user": "cv1", "full_name": "Trần Thị Chuyên", "role": "officer", "active": True, "locked": False} in json.loads(r.stdout)["users"]
    # The officer may not add users: refused by the service, exit 1.
    r = _auth(vault, "user", "add", "cv9", "--role", "officer", stdin=f"{NEW_PW}\n{NEW_PW}x\n", user="cv1")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "permission_denied"


def test_wrong_password_exit_1_with_code(cli_vault):
    vault, _ = cli_vault
    r = _auth(vault, "audit", "verify", stdin="sai-mat-khau\n", user="nobody")
    assert r.returncode == 1
    assert json.loads(r.stdout) == {"error": "wrong_password", "message": CATALOG["wrong_password"][0]}  # Vietnamese by default
    assert CATALOG["wrong_password"][0].startswith("Tên đăng nhập hoặc mật khẩu không đúng.")
    assert "không đúng" in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2(cli_vault):
    vault, _ = cli_vault
    assert run_hoso(["user", "add"]).returncode == 2
    assert run_hoso(["audit", "verify", "--vault", str(vault)]).returncode == 2  # no --user
    r = run_hoso(["user", "add", "x", "--role", "king", "--json"])
    assert r.returncode == 2 and json.loads(r.stdout)["error"] == "usage"


def test_not_a_vault(tmp_path):
    r = run_hoso(["audit", "verify", "--vault", str(tmp_path), "--user", "a", "--password-stdin", "--json"], stdin="x\n")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "not_a_vault"


def test_help_is_bilingual():
    r = run_hoso(["--help"])
    assert r.returncode == 0 and "kho dữ liệu" in r.stdout and "vault" in r.stdout


def test_audit_verify_ok_then_tampered(cli_vault):
    vault, _ = cli_vault
    r = _auth(vault, "audit", "verify")
    out = json.loads(r.stdout)
    assert r.returncode == 0 and out["ok"] is True and out["entries"] >= 3
    # Tamper with entry 2 directly in the database, then verify again.
    from app.vault import open_vault

    s = open_vault(vault, "admin", PW)
    s.vault.conn.execute("UPDATE audit SET summary = 'đã sửa' WHERE seq = 2")
    s.close()
    r = _auth(vault, "audit", "verify")
    out = json.loads(r.stdout)
    assert r.returncode == 1 and out["ok"] is False and out["first_bad_seq"] == 2 and out["error"] == "audit_tampered"


def test_recovery_reset_via_cli(cli_vault):
    vault, init = cli_vault
    r = run_hoso(["user", "reset", "admin", "--recovery-key-stdin", "--vault", str(vault), "--json"],
                 stdin=f"{init['recovery_key']}\n{PW}\n")
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_hoso(["user", "reset", "admin", "--recovery-key-stdin", "--vault", str(vault), "--json"],
                 stdin=f"AAAA-BBBB\n{PW}\n")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "bad_recovery_key"


@pytest.mark.real_kdf
def test_self_test_passes():
    r = run_hoso(["self-test", "--json"], timeout=300)
    out = json.loads(r.stdout)
    assert r.returncode == 0 and out["ok"] is True, out
    names = {c["name"] for c in out["checks"]}
    assert {"vault_create", "no_plaintext_on_disk", "backup_restore", "audit_chain", "gui_start"} <= names


def test_demo_then_search_and_show(tmp_path):
    vault = tmp_path / "demo"
    r = run_hoso(["demo", "--vault", str(vault), "--persons", "120", "--password-stdin", "--json"], stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["persons"] == 120
    r = _auth(vault, "person", "search", "")
    out = json.loads(r.stdout)
    assert r.returncode == 0 and out["total"] == 120 and len(out["results"]) == 50
    assert set(out["results"][0]) >= {"id", "full_name", "birth_date"}
    first = out["results"][0]
    from app.text.vietnamese import tokens

    r = _auth(vault, "person", "search", " ".join(tokens(first["full_name"])))
    assert first["id"] in [x["id"] for x in json.loads(r.stdout)["results"]]
    r = _auth(vault, "person", "show", str(first["id"]))
    shown = json.loads(r.stdout)
    assert shown["id"] == first["id"] and shown["full_name"] == first["full_name"] and shown["relatives"]
    assert all("must_verify" in x for x in shown["relatives"])
    r = _auth(vault, "person", "show", "999999")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "person_not_found"
    # Filling again adds to the same vault.
    r = run_hoso(["demo", "--vault", str(vault), "--persons", "5", "--password-stdin", "--json"], stdin=PW + "\n")
    assert json.loads(r.stdout)["persons"] == 5
    assert json.loads(_auth(vault, "person", "search", "").stdout)["total"] == 125
    # Demo scans are real PDFs inside the vault.
    from app import attachments
    from app.vault import open_vault

    s = open_vault(vault, "admin", PW)
    try:
        pdfs = [a for pid in range(1, 6) for a in attachments.list_attachments(s, pid)]
        assert pdfs and attachments.read_bytes(s, pdfs[0].id).startswith(b"%PDF-")
    finally:
        s.close()


def test_admission_flow_end_to_end_through_the_cli(tmp_path):
    vault = tmp_path / "flow"
    assert run_hoso(["demo", "--vault", str(vault), "--persons", "20", "--password-stdin"], stdin=PW + "\n").returncode == 0
    r = run_hoso(["case", "purposes", "--json"])
    assert {p["code"] for p in json.loads(r.stdout)["purposes"]} >= {"admission", "appointment"}
    r = _auth(vault, "user", "add", "ld1", "--role", "leader", stdin=f"{PW}\nLãnh-đạo-2026$\n")
    assert r.returncode == 0, r.stdout
    for purpose in ("admission", "appointment"):
        out = json.loads(_auth(vault, "case", "create", "--person", "3", "--purpose", purpose).stdout)
        cid, items = out["id"], out["items"]
        assert out["state"] == "received" and all(set(i) >= {"code", "status", "required"} for i in items)
        for to in ("collecting", "verifying"):
            assert json.loads(_auth(vault, "case", "advance", str(cid), "--to", to).stdout)["state"] == to
        r = _auth(vault, "case", "advance", str(cid), "--to", "appraising")
        assert r.returncode == 1 and json.loads(r.stdout)["error"] == "checklist_incomplete"
        r = _auth(vault, "case", "advance", str(cid), "--to", "concluded")
        assert r.returncode == 1 and json.loads(r.stdout)["error"] == "invalid_transition"
        for item in items:
            r = _auth(vault, "case", "check", str(cid), item["code"], "--status", "done", "--note", "Đã kiểm tra")
            assert json.loads(r.stdout) == {"item": item["code"], "status": "done"}
        _auth(vault, "case", "advance", str(cid), "--to", "appraising")
        r = _auth(vault, "case", "advance", str(cid), "--to", "awaiting_decision", "--outcome", "meets", "--note", "Bảo đảm")
        assert json.loads(r.stdout)["state"] == "awaiting_decision"
        r = _auth(vault, "case", "advance", str(cid), "--to", "concluded", stdin="Lãnh-đạo-2026$\n", user="ld1")
        assert json.loads(r.stdout)["state"] == "concluded", r.stdout
        shown = json.loads(_auth(vault, "case", "show", str(cid)).stdout)
        assert shown["state"] == "concluded" and all(i["status"] == "done" for i in shown["items"])
        r = _auth(vault, "case", "check", str(cid), items[0]["code"], "--status", "failed", "--note", "x")
        assert r.returncode == 1 and json.loads(r.stdout)["error"] == "case_closed"
    listed = json.loads(_auth(vault, "case", "list", "--state", "concluded", "--person", "3").stdout)
    assert listed["total"] == 2 and all(set(x) >= {"id", "person_id", "purpose", "state"} for x in listed["results"])
    report = json.loads(_auth(vault, "report", "cases", "-o", str(tmp_path / "r.xlsx")).stdout)
    assert report["total"] >= 2 and (tmp_path / "r.xlsx").exists()


def test_units_bundles_and_registers_through_the_cli(tmp_path):
    a, b = tmp_path / "xa", tmp_path / "tinh"
    for vault, code in ((a, "XA-MX"), (b, "TINH-TQ")):
        r = run_hoso(["init", "--vault", str(vault), "--unit-code", code, "--unit-name", code, "--admin", "admin", "--password-stdin", "--json"],
                     stdin=PW + "\n")
        assert r.returncode == 0, r.stderr
    run_hoso(["demo", "--vault", str(a), "--persons", "10", "--password-stdin"], stdin=PW + "\n")
    cards = {}
    for vault, code in ((a, "XA-MX"), (b, "TINH-TQ")):
        out = json.loads(_auth(vault, "unit", "card", "-o", str(tmp_path / f"{code}.card")).stdout)
        assert out["unit_code"] == code
        cards[code] = out["fingerprint"]
    r = _auth(b, "unit", "trust", str(tmp_path / "XA-MX.card"), "--fingerprint", "WRONG-FINGER-PRINT")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "fingerprint_mismatch"
    assert json.loads(_auth(b, "unit", "trust", str(tmp_path / "XA-MX.card"), "--fingerprint", cards["XA-MX"]).stdout)["unit_code"] == "XA-MX"
    assert _auth(a, "unit", "trust", str(tmp_path / "TINH-TQ.card"), "--fingerprint", cards["TINH-TQ"]).returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    r = _auth(a, "bundle", "export", "--to", "TINH-TQ", "--person", "1", "--person", "2", "--case", "1", "-o", str(usb / "gui-tinh.hoso"))
    out = json.loads(r.stdout)
    assert r.returncode == 0 and set(out) >= {"path", "bytes", "sequence", "sha256"} and out["path"] == str(usb / "gui-tinh.hoso")
    head = json.loads(run_hoso(["bundle", "inspect", out["path"], "--json"]).stdout)
    assert head["sender"] == "XA-MX" and head["recipients"] == ["TINH-TQ"] and set(head) >= {"format_version", "secrecy", "sequence"}
    r = _auth(b, "bundle", "import", out["path"], "--preview")
    pre = json.loads(r.stdout)
    assert r.returncode == 0 and pre["status"] == "preview" and pre["conflicts"] == 0
    kinds = {x["kind"] for x in pre["records"]}
    assert {"person", "case"} <= kinds and all(x["action"] == "create" for x in pre["records"] if x["kind"] in ("person", "case"))
    r = _auth(b, "bundle", "import", out["path"])
    got = json.loads(r.stdout)
    assert r.returncode == 0 and got["status"] == "imported" and got["persons"] >= 2 and got["cases"] == 1 and got["conflicts"] == 0
    r = _auth(b, "bundle", "import", out["path"])
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "bundle_replayed"
    incoming = json.loads(_auth(b, "register", "list", "--kind", "incoming").stdout)["entries"]
    outgoing = json.loads(_auth(a, "register", "list", "--kind", "outgoing").stdout)["entries"]
    assert len(incoming) == 1 and incoming[0]["sender"] == "XA-MX" and len(outgoing) == 1
    r = _auth(a, "bundle", "import", got["receipt"])
    assert json.loads(r.stdout)["status"] == "receipt"
    (usb / "broken.hoso").write_bytes(b"HOSOBND1 not really")
    r = _auth(b, "bundle", "import", str(usb / "broken.hoso"))
    assert r.returncode == 1 and json.loads(r.stdout)["error"] in ("bundle_malformed", "bundle_truncated")


def test_every_command_group_is_reachable_from_hoso(cli_vault):
    """The groups defined beside their code (conflicts, forms, release, secrecy, incidents, ...) are wired in."""
    vault, _ = cli_vault
    for group in ("conflict", "form", "verify-release", "secrecy", "incident", "carrier", "destruction", "register"):
        r = run_hoso([group, "--help"])
        assert r.returncode == 0 and "usage: hoso " + group in r.stdout, (group, r.stderr)
    r = _auth(vault, "conflict", "list")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["conflicts"] == []
