"""The folder of attachment files beside the database (`<vault>/blobs/ab/ab12…`).

Each file is crypto/blobfile's AES-256-GCM stream under its own random key;
the key, the file's name and the plaintext's SHA-256 live in the `blobs` row
inside SQLCipher. Names are random (the file id), never the content hash, so a
folder listing tells nothing about what two vaults share. Files are written
once: temporary name, fsync, rename, fsync of the folder; only then may the
row that names them commit. No SQL here (app/store/attachments.py owns it).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from crypto import blobfile

from ..errors import HosoError
from ..fsutil import fsync_dir

BLOBS_DIR = "blobs"
UNSETTLED = ".unsettled"  # present while a transaction that wrote files may not have ended (a crash leaves it)
_NAME = re.compile(r"^[0-9a-f]{32}$")


def is_blob_name(name: str) -> bool:
    return bool(_NAME.match(name))


@dataclass(frozen=True)
class BlobRef:
    """What the `blobs` row says about a file: enough to find and verify it."""

    blob_id: int
    name: str
    key: bytes
    size: int


class PendingFile:
    """A blob file being written: `writer` takes the bytes, `commit()` makes it
    durable under its final name, `discard()` removes whatever exists of it."""

    def __init__(self, store: "BlobStore") -> None:
        self.key = blobfile.new_key()
        file_id = blobfile.new_file_id()
        self.name = file_id.hex()
        self.final = store.path(self.name)
        self.tmp = self.final.with_name(f".{self.name}.partial")
        self._root = store.root
        self._new_shard = not self.final.parent.is_dir()
        self.final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._fh = open(os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600), "wb")
        self.writer = blobfile.BlobWriter(self._fh, self.key, file_id)
        self._renamed = False

    def commit(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self.tmp, self.final)
        self._renamed = True
        fsync_dir(self.final.parent)
        if self._new_shard:
            fsync_dir(self._root)

    def discard(self) -> None:
        try:
            self._fh.close()
        except OSError:
            pass
        self.tmp.unlink(missing_ok=True)
        if self._renamed:
            self.final.unlink(missing_ok=True)


class BlobStore:
    def __init__(self, vault_dir: Path) -> None:
        self.root = Path(vault_dir) / BLOBS_DIR

    @classmethod
    def of(cls, conn) -> "BlobStore":
        """The store beside the database `conn` has open (the vault folder, or a restore's staging copy)."""
        for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
            if name == "main" and file:
                return cls(Path(file).parent)
        raise HosoError("vault_corrupt", detail="in-memory database has no attachment folder")

    def path(self, name: str) -> Path:
        if not is_blob_name(name):
            raise HosoError("blob_damaged", blob=name, detail="tên tệp không hợp lệ")
        return self.root / name[:2] / name

    def new_file(self) -> PendingFile:
        if not self.root.is_dir():
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            fsync_dir(self.root.parent)
        return PendingFile(self)

    # -- settling: orphans are looked for only after a transaction that wrote files did not end ------
    def unsettle(self) -> None:
        """Mark the folder before a file is written in a transaction: should the
        process die before the transaction ends, the next opening sweeps."""
        marker = self.root / UNSETTLED
        if not marker.exists():
            if not self.root.is_dir():
                self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
                fsync_dir(self.root.parent)
            marker.touch(mode=0o600)
            fsync_dir(self.root)

    def settle(self) -> None:
        (self.root / UNSETTLED).unlink(missing_ok=True)

    def is_settled(self) -> bool:
        return not (self.root / UNSETTLED).exists()

    def read(self, ref: BlobRef) -> Iterator[bytes]:
        """The verified plaintext, chunk by chunk; a missing or altered file is a clear HosoError."""
        path = self.path(ref.name)
        try:
            fh = open(path, "rb", buffering=0)
        except FileNotFoundError:
            raise HosoError("blob_missing", blob=ref.blob_id, name=_shown(self.root, path)) from None
        except OSError as exc:
            raise HosoError("disk_error", detail=f"{path.name}: {exc.strerror or exc}") from exc
        with fh:
            try:
                yield from blobfile.read_chunks(fh, ref.key, bytes.fromhex(ref.name), ref.size)
            except blobfile.BlobFileError as exc:
                raise HosoError("blob_damaged", blob=ref.blob_id, detail=str(exc)) from None
            except OSError as exc:
                raise HosoError("disk_error", detail=f"{path.name}: {exc.strerror or exc}") from exc

    def verify(self, ref: BlobRef) -> None:
        for _ in self.read(ref):
            pass

    def remove(self, names: Iterable[str]) -> bool:
        """Unlink files whose rows are gone (committed); False if one could not be
        (the caller then leaves the folder unsettled, for the sweep)."""
        parents, all_gone = set(), True
        for name in names:
            p = self.path(name)
            try:
                p.unlink(missing_ok=True)
                parents.add(p.parent)
            except OSError:
                all_gone = False
        for d in parents:
            try:
                fsync_dir(d)
            except OSError:
                pass
        return all_gone

    def files(self) -> Iterator[Path]:
        """Every file under the folder (blob files, and leftovers of interrupted writes)."""
        if not self.root.is_dir():
            return
        for shard in self.root.iterdir():
            if shard.is_dir():
                yield from (p for p in shard.iterdir() if p.is_file())
            elif shard.is_file():
                yield shard

    def copy_to(self, ref: BlobRef, other: "BlobStore") -> Path:
        """Copy one file into another store (a backup, a restore's staging folder) and fsync it."""
        src, dst = self.path(ref.name), other.path(ref.name)
        dst.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fi = open(src, "rb")
        except FileNotFoundError:
            raise HosoError("blob_missing", blob=ref.blob_id, name=_shown(self.root, src)) from None
        with fi, open(os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600), "wb") as fo:
            _copy(fi, fo)
            fo.flush()
            os.fsync(fo.fileno())
        return dst


def _copy(fi: BinaryIO, fo: BinaryIO) -> None:
    while block := fi.read(1 << 20):
        fo.write(block)


def _shown(root: Path, path: Path) -> str:
    return f"{BLOBS_DIR}/{path.relative_to(root).as_posix()}"
