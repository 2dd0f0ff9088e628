"""Every file of the wild corpus through the importer (dry run): read and previewed, or
refused with a clear HosoError ("bad_excel") — never another exception, never a hang."""

import time
from pathlib import Path

import pytest

from app.errors import HosoError
from app.excel.service import ImportRequest, import_file

from tests.conftest import CORPUS  # noqa: E402
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "INDEX.md")
PER_FILE_SECONDS = 60
# Files that must be refused (encrypted, not spreadsheets, hostile); the others may be read.
MUST_REFUSE = {
    "calamine/pass_protected.xlsx", "calamine/pass_protected.ods", "python-calamine/password.xls",
    "python-calamine/password.xlsx", "excelize/encryptAES.xlsx", "excelize/encryptSHA1.xlsx", "roo/encrypted-letmein.ods",
    "calamine/too_small.xls", "python-calamine/empty_file.ods", "python-calamine/empty_file.xlsx", "roo/iso_8859_1.csv",
    "roo/no_spreadsheet_file.txt", "hostile/gzbomb.gnumeric", "calamine/issue_594_dos.ods", "hostile/ebcdic.dontuse.xlsx",
    "hostile/utf16entity.dontuse.xlsx", "hostile/utf7quoteorder.dontuse.xlsx", "hostile/utf7white.dontuse.xlsx",
    "hostile/utf8and16.dontuse.xlsx", "hostile/utf8and16.entity.dontuse.xlsx", "hostile/utf8entity.dontuse.xlsx",
}


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    from crypto import kdf
    from app.vault import create_vault, open_vault

    vault = tmp_path_factory.mktemp("corpus") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kdf, "calibrate", lambda *a, **k: kdf.fast_params_for_tests())
        create_vault(vault, "TU-TQ", "Ban Tổ chức", "admin", "Quản-trị-2026!", "A").vault.close()
    s = open_vault(vault, "admin", "Quản-trị-2026!")
    yield s
    s.close()


def test_the_corpus_is_there():
    assert len(FILES) >= 100
    assert {f.relative_to(CORPUS).as_posix() for f in FILES} >= MUST_REFUSE


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_file_is_imported_or_refused_clearly(session, path):
    rel = path.relative_to(CORPUS).as_posix()
    t0 = time.monotonic()
    try:
        outcome = import_file(session, ImportRequest(path, dry_run=True))
    except HosoError as exc:
        assert exc.code == "bad_excel", exc.message
        assert exc.message.startswith("Không nhập được tệp") and len(exc.message) > 30
        refused = True
    else:
        refused = False
        s = outcome.summary()
        assert s["dry_run"] and s["rows_read"] >= 0 and s["created"] + len(s["errors"]) >= 0
    assert time.monotonic() - t0 < PER_FILE_SECONDS
    if rel in MUST_REFUSE:
        assert refused, f"{rel} should have been refused"
