"""`hoso self-test`: an end-to-end round trip in a throw-away folder.

Each check is a small function; a failure names the check. The GUI layer can
add its own checks (a GUI start offscreen) without app/ importing Qt.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

MARKER = "HOSO-SELFTEST-MARKER-Đức"


@dataclass
class CheckResult:
    name: str
    ok: bool
    seconds: float
    detail: str = ""


def _core_checks(workdir: Path) -> list[tuple[str, Callable[[], None]]]:
    from . import audit, users
    from .domain.roles import Role
    from .vault import create_vault, open_vault, open_with_recovery
    from .vault import backup as backup_mod
    from .vault import rekey as rekey_mod

    state: dict = {}
    vdir = workdir / "vault"
    pw, pw2 = "Tự-kiểm-tra-2026!", "Chuyên-Viên-2026#"

    def create() -> None:
        created = create_vault(vdir, "SELFTEST", "Đơn vị tự kiểm tra", "admin", pw)
        state["recovery"] = created.recovery_key
        created.vault.close()

    def unlock_and_write() -> None:
        s = open_vault(vdir, "admin", pw)
        try:
            users.add_user(s, "officer", pw2, Role.OFFICER, MARKER)
        finally:
            s.close()

    def attachment_file() -> None:
        # A scan goes to its own encrypted file beside the database and reads back verified.
        from . import attachments, dossiers
        from .domain.person import Person

        scan = workdir / "ban-quet.pdf"
        scan.write_bytes(b"%PDF-1.4\n" + MARKER.encode() + bytes(range(256)) * 8192)
        s = open_vault(vdir, "admin", pw)
        try:
            p = dossiers.create_person(s, Person(full_name="Người Tự Kiểm Tra"))
            a = attachments.add_attachment(s, p.id, scan)
            if attachments.read_bytes(s, a.id) != scan.read_bytes():
                raise AssertionError("the attachment did not read back")
        finally:
            s.close()
        if not any(f.is_file() for f in (vdir / "blobs").rglob("*")):
            raise AssertionError("no attachment file beside the database")

    def no_plaintext() -> None:
        for f in vdir.rglob("*"):
            if f.is_file():
                data = f.read_bytes()
                if data.startswith(b"SQLite format 3") or MARKER.encode() in data:
                    raise AssertionError(f"plaintext in {f.name}")

    def recovery_and_rekey() -> None:
        s = open_with_recovery(vdir, state["recovery"])
        s.close()
        s = open_vault(vdir, "admin", pw)
        try:
            rekey_mod.rekey(s)
        finally:
            s.close()
        open_vault(vdir, "officer", pw2).close()

    def backup_restore() -> None:
        s = open_vault(vdir, "admin", pw)
        try:
            info = backup_mod.backup(s, workdir)
        finally:
            s.close()
        backup_mod.restore(info.path, vdir, "admin", pw)

    def audit_chain() -> None:
        s = open_vault(vdir, "admin", pw)
        try:
            r = audit.verify(s.vault.conn, s.vault.vault_id)
            if not r.ok:
                raise AssertionError(f"audit chain broken at {r.first_bad_seq}")
        finally:
            s.close()

    def libraries() -> None:
        import openpyxl
        import python_calamine  # noqa: F401
        import reportlab  # noqa: F401

        if not openpyxl.DEFUSEDXML:
            raise AssertionError("openpyxl is not protected by defusedxml")

    def excel_write_read() -> None:
        # Written with openpyxl, read back by the guarded child process (multiprocessing spawn: the frozen case).
        from openpyxl import Workbook

        from .excel.reading import read_workbook
        from .excel.template import build_template

        (workdir / "mau.xlsx").write_bytes(build_template())
        path = workdir / "danh-sach.xlsx"
        wb = Workbook()
        wb.active.append(["Họ và tên", "Ngày sinh"])
        wb.active.append([MARKER, "05/03/1985"])
        wb.save(path)
        table = read_workbook(path)
        if not any(MARKER in str(cell) for row in table.rows for cell in row):
            raise AssertionError("the spreadsheet did not read back")

    def pdf_vietnamese() -> None:
        import unicodedata

        import pypdfium2 as pdfium

        from .forms import api

        s = open_vault(vdir, "admin", pw)
        try:
            res = api.print_form(s, api.fingerprint_draft(s), workdir / "van-tay.pdf")
        finally:
            s.close()
        doc = pdfium.PdfDocument(str(res.path))
        try:
            text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        finally:
            doc.close()
        if "Đơn vị tự kiểm tra" not in unicodedata.normalize("NFC", text):
            raise AssertionError("the Vietnamese text is not in the PDF")

    def bundle_seal_open() -> None:
        from . import demo, dossiers
        from .exchange import bundles, units

        other = workdir / "vault-b"
        create_vault(other, "SELFTEST-B", "Đơn vị nhận thử", "admin", pw).vault.close()
        a, b = open_vault(vdir, "admin", pw), open_vault(other, "admin", pw)
        try:
            for me, them in ((a, b), (b, a)):  # each trusts the other's card, fingerprint as read off paper
                path = workdir / f"{them.vault.unit_code()}.card"
                card = units.export_card(them, path)
                units.trust_unit(me, path.read_bytes(), card.fingerprint)
            demo.fill(a, 1, seed=7, with_scans=0)
            name = dossiers.get_person(a, 1).full_name
            usb = workdir / "usb"
            usb.mkdir()
            out = bundles.export_bundle(a, ["SELFTEST-B"], usb, person_ids=[1])
            if name.encode() in out.path.read_bytes():
                raise AssertionError("the sealed bundle shows a name in clear")
            bundles.import_bundle(b, out.path)
            if [r.full_name for r in dossiers.search_persons(b, "", limit=5).rows] != [name]:
                raise AssertionError("the bundle did not open at the receiving unit")
        finally:
            a.close()
            b.close()

    return [
        ("vault_create", create),
        ("vault_unlock_write", unlock_and_write),
        ("attachment_file", attachment_file),
        ("no_plaintext_on_disk", no_plaintext),
        ("recovery_and_rekey", recovery_and_rekey),
        ("backup_restore", backup_restore),
        ("audit_chain", audit_chain),
        ("libraries", libraries),
        ("excel_write_read", excel_write_read),
        ("pdf_vietnamese", pdf_vietnamese),
        ("bundle_seal_open", bundle_seal_open),
    ]


def run(extra_checks: list[tuple[str, Callable[[], None]]] = (), progress: Callable[[int, int, str], None] | None = None) -> list[CheckResult]:
    results = []
    with tempfile.TemporaryDirectory(prefix="hoso-selftest-") as tmp:
        checks = _core_checks(Path(tmp)) + list(extra_checks)
        for i, (name, fn) in enumerate(checks):
            if progress:
                progress(i, len(checks), name)
            start = time.perf_counter()
            try:
                fn()
                results.append(CheckResult(name, True, time.perf_counter() - start))
            except Exception as exc:  # a self-test reports every failure, it never crashes
                results.append(CheckResult(name, False, time.perf_counter() - start, f"{type(exc).__name__}: {exc}"))
                if name.startswith("vault_create"):
                    break
    return results
