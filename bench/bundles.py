"""Bundle export and import throughput for 1 GiB of attachments, against a plain copy.

    .venv/bin/python bench/bundles.py [--mib 1024] [--rounds 3] [--dest DIR]

Baseline, measured in the same run: copying the same bytes into the same
folder with fsync (what a careful file manager does). Export includes reading
the attachments from the encrypted vault, sealing, writing with fsync, and the
read-back check from the medium. Target: export ≥ 0.7 of the copy throughput.
Copy and export alternate for --rounds rounds and the median ratio is the
figure (a shared virtual disk's speed swings by a factor of three within a
minute here).

Also printed: reading the same
attachments out of the vault alone (each attachment's AES-256-GCM file beside
the database, decrypted and authenticated per 1 MiB chunk; the files are
dropped from the page cache first), measured after the export.
Use --mib 256 to iterate quickly.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import attachments, dossiers  # noqa: E402
from app.domain.person import Person  # noqa: E402
from app.exchange import bundles, units  # noqa: E402
from app.store import attachments as attachment_store  # noqa: E402
from app.vault import create_vault, open_vault  # noqa: E402
from app.vault.blobfiles import BlobStore  # noqa: E402

PW = "Đo-thông-lượng-2026!"
FILE_MIB = 64


def _unit(root: Path, code: str):
    create_vault(root / code, code, code, "admin", PW).vault.close()
    return open_vault(root / code, "admin", PW)


def _copy_with_fsync(sources: list[Path], dest_dir: Path) -> float:
    start = time.perf_counter()
    for src in sources:
        dst = dest_dir / (src.name + ".copy")
        with open(src, "rb") as fi, open(dst, "wb") as fo:
            shutil.copyfileobj(fi, fo, 1 << 20)
            fo.flush()
            os.fsync(fo.fileno())
    fd = os.open(dest_dir, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    return time.perf_counter() - start


def _read_back(dest_dir: Path) -> float:
    """Read the copies back from the medium (cache dropped) and hash them: the
    check the export must also make before it may say the bundle is good."""
    import hashlib

    start = time.perf_counter()
    for p in sorted(dest_dir.glob("*.copy")):
        with open(p, "rb") as fh:
            if hasattr(os, "posix_fadvise"):
                os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            h = hashlib.sha256()
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=1024)
    ap.add_argument("--rounds", type=int, default=3, help="copy/export rounds (odd: the median is one of them)")
    ap.add_argument("--dest", type=Path, default=None, help="the 'medium' folder (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="hoso-bench-bundles-") as tmp:
        root = Path(tmp)
        medium = args.dest or root / "medium"
        medium.mkdir(parents=True, exist_ok=True)
        src = root / "scans"
        src.mkdir()
        files = []
        for i in range(max(1, args.mib // FILE_MIB)):
            p = src / f"scan-{i:03d}.pdf"
            with open(p, "wb") as fh:
                fh.write(b"%PDF-1.4\n")
                fh.write(os.urandom(FILE_MIB * 1024 * 1024 - 9))
            files.append(p)
        total = sum(p.stat().st_size for p in files)
        a, b = _unit(root, "XA"), _unit(root, "TINH")
        for x, y in ((a, b), (b, a)):
            card = units.export_card(y, root / "card")
            units.trust_unit(x, (root / "card").read_bytes(), card.fingerprint)
        person = dossiers.create_person(a, Person(full_name="Nguyễn Văn Đo"))
        t0 = time.perf_counter()
        for p in files:
            attachments.add_attachment(a, person.id, p)
        t_store = time.perf_counter() - t0

        # Copy and export alternate, round by round, so that both see the same
        # weather on a shared disk; the ratio is taken per round and its median printed.
        rounds = []
        for r in range(args.rounds):
            t_copy = _copy_with_fsync(files, medium)
            t_verify = _read_back(medium)
            for p in medium.glob("*.copy"):
                p.unlink()
            t0 = time.perf_counter()
            out = bundles.export_bundle(a, ["TINH"], medium, person_ids=[person.id])
            t_export = time.perf_counter() - t0
            rounds.append((t_copy, t_verify, t_export))
            if r < args.rounds - 1:
                out.path.unlink()
        t0 = time.perf_counter()
        res = bundles.import_bundle(b, out.path, receipt_dir=root)
        t_import = time.perf_counter() - t0
        assert res.persons == 1
        for f in BlobStore.of(a.vault.conn).files():  # a cold read, as the export's first one was
            if hasattr(os, "posix_fadvise"):
                with open(f, "rb") as fh:
                    os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        t0 = time.perf_counter()
        for att in attachment_store.list_for(a.vault.conn, person.id):
            for _block in attachment_store.read_blob(a.vault.conn, att.blob_id):
                pass
        t_vault_read = time.perf_counter() - t0
        a.close()
        b.close()
    mib = total / (1 << 20)
    print(f"payload: {mib:.0f} MiB in {len(files)} attachments; bundle {out.bytes / (1 << 20):.0f} MiB")
    print(f"storing the attachments in the vault: {mib / t_store:.0f} MiB/s")
    print(f"reading the attachments out of the vault alone: {t_vault_read:.2f} s = {mib / t_vault_read:.0f} MiB/s")
    print(f"bundle import (verify, decrypt, merge): {t_import:.2f} s = {mib / t_import:.0f} MiB/s")
    for i, (t_copy, t_verify, t_export) in enumerate(rounds, 1):
        print(f"round {i}: copy with fsync {t_copy:.2f} s = {mib / t_copy:.0f} MiB/s;"
              f" export (read vault, seal, write, fsync, read back) {t_export:.2f} s = {mib / t_export:.0f} MiB/s;"
              f" ratio {t_copy / t_export:.2f}; against copy + read-back {(t_copy + t_verify) / t_export:.2f}")
    ratios = sorted(c / e for c, _, e in rounds)
    print(f"ratio export/copy throughput, median of {len(rounds)} rounds: {ratios[len(ratios) // 2]:.2f}"
          f" (range {ratios[0]:.2f}–{ratios[-1]:.2f}; target >= 0.7)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
