"""Storage of attachment bytes (encrypted files, by SHA-256) and their dossier links.

The bytes live in AES-256-GCM files beside the database (app/vault/blobfiles.py),
each under its own random key kept in its `blobs` row. Rows made before
migration 13 still hold their bytes inline in `blob_chunks` (file IS NULL)
until app/vault/blob_upkeep.py moves them out; both read the same way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from ..domain.secrecy import SecrecyLevel
from ..vault.blobfiles import BlobRef, BlobStore

CHUNK = 1 << 20  # 1 MiB: progress per chunk, never a whole 50 MB scan twice in memory

_FIND_BLOB = "SELECT id FROM blobs WHERE sha256 = ?"
_NEW_BLOB = "INSERT INTO blobs(sha256, size) VALUES (?, ?)"
_SET_BLOB = "UPDATE blobs SET sha256 = ?, size = ?, file = ?, file_key = ? WHERE id = ?"
_DROP_BLOB = "DELETE FROM blobs WHERE id = ?"
_BLOB_REF = "SELECT file, file_key, size FROM blobs WHERE id = ?"
_FILE_REFS = "SELECT id, file, file_key, size FROM blobs WHERE file IS NOT NULL ORDER BY id"
_FILE_NAMES = "SELECT file FROM blobs WHERE file IS NOT NULL"
_INLINE_BLOBS = "SELECT id, sha256 FROM blobs WHERE file IS NULL AND sha256 NOT LIKE 'pending-%' ORDER BY id"
_SET_FILE = "UPDATE blobs SET file = ?, file_key = ? WHERE id = ? AND file IS NULL"
_READ_CHUNKS = "SELECT data FROM blob_chunks WHERE blob_id = ? ORDER BY seq"
_DROP_CHUNKS = "DELETE FROM blob_chunks WHERE blob_id = ?"
_INSERT = (
    "INSERT INTO attachments(person_id, blob_id, filename, kind, title, secrecy, added_at, added_by)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_COLS = "a.id, a.person_id, a.filename, a.kind, a.title, a.secrecy, a.added_at, a.added_by, b.size, b.sha256, a.blob_id"
_LIST = f"SELECT {_COLS} FROM attachments a JOIN blobs b ON b.id = a.blob_id WHERE a.person_id = ? AND a.removed_at IS NULL ORDER BY a.id"
_GET = f"SELECT {_COLS} FROM attachments a JOIN blobs b ON b.id = a.blob_id WHERE a.id = ?"
_REMOVE = "UPDATE attachments SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL"
_MOVE = "UPDATE attachments SET person_id = ? WHERE person_id = ?"
_MAX_SECRECY = "SELECT max(secrecy) FROM attachments WHERE removed_at IS NULL"


class Cancelled(Exception):
    """The user pressed Cancel; the transaction must be rolled back."""


@dataclass(frozen=True)
class Attachment:
    id: int
    person_id: int
    filename: str
    kind: str
    title: str
    secrecy: SecrecyLevel
    added_at: float
    added_by: str
    size: int
    sha256: str
    blob_id: int


def _row(r) -> Attachment:
    return Attachment(r[0], r[1], r[2], r[3], r[4], SecrecyLevel(r[5]), r[6], r[7], r[8], r[9], r[10])


def store_blob(conn, stream: BinaryIO, total: int, progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> tuple[int, bool]:
    """Encrypt the stream's bytes into a new file beside the database; return (blob id, was it new).

    Must run inside a write transaction. The provisional row comes first: it
    takes the write lock before any file exists, which is what lets the
    orphan sweep (blob_upkeep) treat every unnamed file it finds under that
    lock as left over. The file is durable under its final name before the
    row names it; if the same bytes are already stored, the new file is
    removed before it gets a final name. On any failure (Cancelled, a full
    disk, a vanished folder) the file is removed and the error propagates; if
    the caller's transaction rolls back later, the file is removed then
    (conn.on_rollback). A crash in between leaves the folder marked
    unsettled, and the next opening sweeps it.
    """
    provisional = conn.execute(_NEW_BLOB, (f"pending-{time.time_ns()}", 0)).lastrowid
    blobs = BlobStore.of(conn)
    blobs.unsettle()
    conn.on_end(blobs.settle)
    pending = blobs.new_file()
    try:
        done = 0
        while True:
            if cancel and cancel():
                raise Cancelled()
            data = stream.read(CHUNK)
            if not data:
                break
            pending.writer.write(data)
            done += len(data)
            if progress:
                progress(done, total)
        digest, size = pending.writer.finish()
        existing = conn.execute(_FIND_BLOB, (digest,)).fetchone()
        if existing:
            pending.discard()
            conn.execute(_DROP_BLOB, (provisional,))
            return existing[0], False
        pending.commit()
        conn.on_rollback(pending.discard)  # the transaction that would name the file did not commit
        conn.execute(_SET_BLOB, (digest, size, pending.name, pending.key, provisional))
    except BaseException:
        pending.discard()
        raise
    return provisional, True


def blob_ref(conn, blob_id: int) -> BlobRef | None:
    """Where a blob's bytes are: None while they are still inline (blob_chunks)."""
    row = conn.execute(_BLOB_REF, (blob_id,)).fetchone()
    if row is None or row[0] is None:
        return None
    return BlobRef(blob_id, row[0], bytes(row[1]), row[2])


def read_blob(conn, blob_id: int) -> Iterator[bytes]:
    """The blob's verified plaintext, in blocks of up to 1 MiB.

    The row is read once; the file is then read without holding the
    database, so an export does not stall the other threads.
    """
    ref = blob_ref(conn, blob_id)
    if ref is not None:
        yield from BlobStore.of(conn).read(ref)
        return
    yield from inline_chunks(conn, blob_id)


def file_refs(conn) -> list[BlobRef]:
    """Every blob stored as a file (backups copy and verify them)."""
    return [BlobRef(i, f, bytes(k), n) for i, f, k, n in conn.execute(_FILE_REFS).fetchall()]


def file_names(conn) -> set[str]:
    return {r[0] for r in conn.execute(_FILE_NAMES).fetchall()}


def inline_blobs(conn) -> list[tuple[int, str]]:
    """(id, sha256) of the blobs still held in blob_chunks."""
    return [tuple(r) for r in conn.execute(_INLINE_BLOBS).fetchall()]


def inline_chunks(conn, blob_id: int) -> Iterator[bytes]:
    for (data,) in conn.execute(_READ_CHUNKS, (blob_id,)):
        yield bytes(data)


def set_file(conn, blob_id: int, name: str, key: bytes) -> bool:
    """Point an inline blob at its new file and drop its chunks."""
    if conn.execute(_SET_FILE, (name, key, blob_id)).rowcount != 1:
        return False
    conn.execute(_DROP_CHUNKS, (blob_id,))
    return True


def link(conn, person_id: int, blob_id: int, filename: str, kind: str, title: str, secrecy: SecrecyLevel, user: str) -> int:
    return conn.execute(_INSERT, (person_id, blob_id, filename, kind, title, int(secrecy), time.time(), user)).lastrowid


def list_for(conn, person_id: int) -> list[Attachment]:
    return [_row(r) for r in conn.execute(_LIST, (person_id,))]


def get(conn, attachment_id: int) -> Attachment | None:
    r = conn.execute(_GET, (attachment_id,)).fetchone()
    return _row(r) if r else None


def remove(conn, attachment_id: int, user: str) -> bool:
    return conn.execute(_REMOVE, (time.time(), user, attachment_id)).rowcount == 1


def move_all(conn, from_person: int, to_person: int) -> None:
    conn.execute(_MOVE, (to_person, from_person))


def max_secrecy(conn) -> SecrecyLevel:
    v = conn.execute(_MAX_SECRECY).fetchone()[0]
    return SecrecyLevel(v) if v is not None else SecrecyLevel.NONE
