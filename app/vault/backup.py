"""Backup to a chosen folder and restore from it, both verified.

A backup is a folder `hoso-backup-UNIT-YYYYmmdd-HHMMSS/` holding an encrypted
snapshot of the database (sqlcipher_export, consistent while the app runs),
the key file as it was, and `manifest.json` with SHA-256 of both. It is
written under a temporary name and renamed when complete and verified.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from .. import audit
from ..errors import HosoError, VaultError
from ..fsutil import atomic_write, fsync_dir
from ..permissions import Permission
from . import database
from .keystore import KEYFILE_NAME, KeyFile

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    bytes: int
    audit_entries: int
    schema_version: int


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify_database_copy(db_path: Path, dek: bytes | bytearray, vault_id: str) -> int:
    """Open a copy, run the integrity checks and the audit chain; return entries."""
    try:
        conn = database.connect(db_path, dek)
    except database.DatabaseError as exc:
        raise VaultError("vault_corrupt", detail=f"{db_path.name}: {exc}") from exc
    try:
        problems = database.integrity_problems(conn)
        if problems:
            raise VaultError("vault_corrupt", detail="; ".join(problems[:3]))
        result = audit.verify(conn, vault_id)
        if not result.ok:
            raise VaultError("vault_corrupt", detail=f"nhật ký kiểm toán hỏng tại mục {result.first_bad_seq}: {result.reason}")
        return result.entries
    finally:
        conn.close()


def backup(session, dest_parent: Path) -> BackupInfo:
    session.require(Permission.BACKUP)
    vault = session.vault
    dest_parent = Path(dest_parent)
    name = f"hoso-backup-{vault.unit_code()}-{time.strftime('%Y%m%d-%H%M%S')}"
    final = dest_parent / name
    tmp = dest_parent / f".{name}.partial"
    try:
        if final.exists():
            raise VaultError("backup_failed", detail=f"{final} đã tồn tại")
        # The entry goes in first so that the copy records its own making.
        with session.change(Permission.BACKUP, "backup", "vault", "", f"Sao lưu vào {final}"):
            pass
        tmp.mkdir(parents=True, mode=0o700)
        database.export_copy(vault.conn, tmp / database.DB_NAME, vault.dek())
        shutil.copy2(vault.path / KEYFILE_NAME, tmp / KEYFILE_NAME)
        entries = verify_database_copy(tmp / database.DB_NAME, vault.dek(), vault.vault_id)
        version = int(vault.conn.execute("PRAGMA user_version").fetchone()[0])
        manifest = {
            "format": "hoso-backup",
            "version": 1,
            "vault_id": vault.vault_id,
            "unit_code": vault.unit_code(),
            "created_at": time.time(),
            "schema_version": version,
            "audit_entries": entries,
            "files": {n: _sha256(tmp / n) for n in (database.DB_NAME, KEYFILE_NAME)},
        }
        atomic_write(tmp / MANIFEST, json.dumps(manifest, indent=1).encode())
        tmp.rename(final)
        fsync_dir(dest_parent)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if vault.conn.execute("SELECT 1 FROM audit WHERE action = 'backup' AND summary = ?", (f"Sao lưu vào {final}",)).fetchone():
            with session.change(Permission.BACKUP, "backup_failed", "vault", "", f"Sao lưu vào {final} không thành công"):
                pass
        if isinstance(exc, OSError):
            raise VaultError("backup_failed", detail=exc.strerror or str(exc)) from exc
        raise
    size = sum(p.stat().st_size for p in final.iterdir())
    return BackupInfo(final, size, entries, version)


def read_manifest(backup_dir: Path) -> dict:
    try:
        manifest = json.loads((Path(backup_dir) / MANIFEST).read_text("utf-8"))
        if manifest.get("format") != "hoso-backup":
            raise ValueError("not a HoSo backup")
        return manifest
    except (OSError, ValueError) as exc:
        raise VaultError("restore_failed", detail=f"{backup_dir}: {exc}") from exc


def restore(backup_dir: Path, vault_dir: Path, username: str, password: str) -> Path | None:
    """Check a backup fully, then put it in place of the vault at `vault_dir`.

    The user must be an administrator in the backup and unlock it with the
    password valid at backup time. The current vault, if any, is moved aside to
    `backups/before-restore-*` rather than deleted; that path is returned.
    """
    from ..domain.roles import Role
    from .vault import BACKUPS_DIR, is_vault, open_vault

    backup_dir, vault_dir = Path(backup_dir), Path(vault_dir)
    manifest = read_manifest(backup_dir)
    for fname, digest in manifest["files"].items():
        p = backup_dir / fname
        if not p.is_file() or _sha256(p) != digest:
            raise VaultError("restore_failed", detail=f"{fname} không khớp mã băm (bản sao lưu bị hỏng hoặc bị sửa)")
    if is_vault(vault_dir) and KeyFile.load(vault_dir).vault_id != manifest["vault_id"]:
        raise VaultError("restore_failed", detail="bản sao lưu thuộc kho dữ liệu khác")
    # Unlock a scratch copy: proves the password and checks the chain and pages
    # without touching the live vault.
    staging = vault_dir.parent / f".{vault_dir.name}.restore-{int(time.time())}"
    try:
        staging.mkdir(parents=True, mode=0o700)
        for fname in (database.DB_NAME, KEYFILE_NAME):
            shutil.copy2(backup_dir / fname, staging / fname)
        session = open_vault(staging, username, password)
        try:
            if session.user.role is not Role.ADMIN:
                raise HosoError("permission_denied", role=session.user.role.label_vi, permission=Permission.RESTORE.value)
            problems = database.integrity_problems(session.vault.conn)
            if problems:
                raise VaultError("restore_failed", detail="; ".join(problems[:3]))
            result = audit.verify(session.vault.conn, session.vault.vault_id)
            if not result.ok:
                raise VaultError("restore_failed", detail=f"nhật ký kiểm toán hỏng tại mục {result.first_bad_seq}")
            with session.change(Permission.RESTORE, "restored", "vault", "", f"Khôi phục từ {backup_dir.name}"):
                pass
            session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            session.close()
        (staging / "login-state.json").unlink(missing_ok=True)
        aside = None
        if vault_dir.exists() and any(vault_dir.iterdir()):
            aside = vault_dir / BACKUPS_DIR / f"before-restore-{time.strftime('%Y%m%d-%H%M%S')}"
            aside.mkdir(parents=True, mode=0o700)
            for fname in (database.DB_NAME, database.DB_NAME + "-wal", database.DB_NAME + "-shm", KEYFILE_NAME):
                if (vault_dir / fname).exists():
                    (vault_dir / fname).rename(aside / fname)
        vault_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Database first, key file last: the folder is a vault again only when both are in.
        for fname in (database.DB_NAME, KEYFILE_NAME):
            (staging / fname).rename(vault_dir / fname)
        fsync_dir(vault_dir)
        return aside
    except OSError as exc:
        raise VaultError("restore_failed", detail=exc.strerror or str(exc)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
