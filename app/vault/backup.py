"""Backup to a chosen folder and restore from it, both verified.

A backup is a folder `hoso-backup-UNIT-YYYYmmdd-HHMMSS/` holding an encrypted
snapshot of the database (sqlcipher_export, consistent while the app runs),
the key file as it was, the attachment files that snapshot names
(`blobs/`, still encrypted, each decrypted once to check it), and
`manifest.json` with SHA-256 of every file. It is written under a temporary
name and renamed when complete and verified. Attachment files are written
once and removed only after their row is gone, so every file the snapshot
names is still there to copy.
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
from ..store import attachments as blob_store
from . import database
from .blobfiles import BLOBS_DIR, BlobRef, BlobStore
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
        raise VaultError("vault_corrupt", detail=f"{db_path.name}: không mở được bằng khóa của kho") from exc
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


def _snapshot_blob_refs(db_path: Path, dek: bytes | bytearray) -> list[BlobRef]:
    conn = database.connect(db_path, dek)
    try:
        return blob_store.file_refs(conn)
    finally:
        conn.close()


def _copy_blobs(refs: list[BlobRef], source: BlobStore, target: BlobStore) -> dict[str, str]:
    """Copy the files, hash each copy and decrypt it with its key; return {name: SHA-256}."""
    digests = {}
    for ref in refs:
        dst = source.copy_to(ref, target)
        target.verify(ref)  # a damaged or missing file is refused here, not discovered at restore
        digests[ref.name] = _sha256(dst)
    for shard in {target.path(r.name).parent for r in refs}:
        fsync_dir(shard)
    if refs:
        fsync_dir(target.root)
    return digests


def _blob_path(backup_dir: Path, name: str) -> Path:
    return BlobStore(backup_dir).path(name)


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
        try:
            blobs = _copy_blobs(_snapshot_blob_refs(tmp / database.DB_NAME, vault.dek()), BlobStore(vault.path), BlobStore(tmp))
        except HosoError as exc:
            if exc.code in ("blob_missing", "blob_damaged"):
                raise VaultError("backup_failed", detail=exc.message) from exc
            raise
        version = int(vault.conn.execute("PRAGMA user_version").fetchone()[0])
        manifest = {
            "format": "hoso-backup",
            "version": 2,
            "vault_id": vault.vault_id,
            "unit_code": vault.unit_code(),
            "created_at": time.time(),
            "schema_version": version,
            "audit_entries": entries,
            "files": {n: _sha256(tmp / n) for n in (database.DB_NAME, KEYFILE_NAME)},
            "blobs": blobs,  # attachment file name -> SHA-256 of the encrypted file (version 2)
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
    size = sum(p.stat().st_size for p in final.rglob("*") if p.is_file())
    return BackupInfo(final, size, entries, version)


def read_manifest(backup_dir: Path) -> dict:
    try:
        manifest = json.loads((Path(backup_dir) / MANIFEST).read_text("utf-8"))
        if manifest.get("format") != "hoso-backup":
            raise ValueError("not a HoSo backup")
        return manifest
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "không phải bản sao lưu HoSo hoặc tệp mô tả bị hỏng"
        raise VaultError("restore_failed", detail=f"{backup_dir}: {reason}") from exc


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
    blobs = manifest.get("blobs", {})
    for name, digest in blobs.items():
        try:
            p = _blob_path(backup_dir, name)
        except HosoError as exc:
            raise VaultError("restore_failed", detail=f"tên tệp đính kèm không hợp lệ: {name!r}") from exc
        if not p.is_file():
            raise VaultError("restore_failed", detail=f"thiếu tệp đính kèm {BLOBS_DIR}/{name[:2]}/{name} (bản sao lưu không đủ)")
        if _sha256(p) != digest:
            raise VaultError("restore_failed", detail=f"tệp đính kèm {BLOBS_DIR}/{name[:2]}/{name} không khớp mã băm (bị hỏng hoặc bị sửa)")
    if is_vault(vault_dir) and KeyFile.load(vault_dir).vault_id != manifest["vault_id"]:
        raise VaultError("restore_failed", detail="bản sao lưu thuộc kho dữ liệu khác")
    # Unlock a scratch copy: proves the password and checks the chain and pages
    # without touching the live vault.
    staging = vault_dir.parent / f".{vault_dir.name}.restore-{int(time.time())}"
    try:
        staging.mkdir(parents=True, mode=0o700)
        for fname in (database.DB_NAME, KEYFILE_NAME):
            shutil.copy2(backup_dir / fname, staging / fname)
        for name in blobs:
            dst = _blob_path(staging, name)
            dst.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.copyfile(_blob_path(backup_dir, name), dst)
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
            # Every attachment the database names must be there and open with its key.
            staged = BlobStore.of(session.vault.conn)
            for ref in blob_store.file_refs(session.vault.conn):
                try:
                    staged.verify(ref)
                except HosoError as exc:
                    raise VaultError("restore_failed", detail=exc.message) from exc
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
            for fname in (database.DB_NAME, database.DB_NAME + "-wal", database.DB_NAME + "-shm", KEYFILE_NAME, BLOBS_DIR):
                if (vault_dir / fname).exists():
                    (vault_dir / fname).rename(aside / fname)
        vault_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Attachment files, then the database, key file last: the folder is a vault again only when all are in.
        if (staging / BLOBS_DIR).exists():
            (staging / BLOBS_DIR).rename(vault_dir / BLOBS_DIR)
        for fname in (database.DB_NAME, KEYFILE_NAME):
            (staging / fname).rename(vault_dir / fname)
        fsync_dir(vault_dir)
        return aside
    except OSError as exc:
        raise VaultError("restore_failed", detail=exc.strerror or str(exc)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
