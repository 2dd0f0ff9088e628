"""Storage of attachment bytes (chunked, by SHA-256) and their dossier links."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from ..domain.secrecy import SecrecyLevel

CHUNK = 1 << 20  # 1 MiB: progress per chunk, never a whole 50 MB scan twice in memory

_FIND_BLOB = "SELECT id FROM blobs WHERE sha256 = ?"
_NEW_BLOB = "INSERT INTO blobs(sha256, size) VALUES (?, ?)"
_SET_BLOB = "UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?"
_DROP_BLOB = "DELETE FROM blobs WHERE id = ?"
_ADD_CHUNK = "INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, ?, ?)"
_READ_CHUNKS = "SELECT data FROM blob_chunks WHERE blob_id = ? ORDER BY seq"
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
    """Write the stream's bytes as chunks; return (blob id, was it new).

    Chunks are written under a provisional row while hashing, so the file is
    read once; if the same bytes are already stored, the new copy is dropped.
    Must run inside a transaction; raises Cancelled on cancel.
    """
    provisional = conn.execute(_NEW_BLOB, (f"pending-{time.time_ns()}", 0)).lastrowid
    h = hashlib.sha256()
    done, seq = 0, 0
    while True:
        if cancel and cancel():
            raise Cancelled()
        data = stream.read(CHUNK)
        if not data:
            break
        h.update(data)
        conn.execute(_ADD_CHUNK, (provisional, seq, data))
        seq += 1
        done += len(data)
        if progress:
            progress(done, total)
    digest = h.hexdigest()
    existing = conn.execute(_FIND_BLOB, (digest,)).fetchone()
    if existing:
        conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", (provisional,))
        conn.execute(_DROP_BLOB, (provisional,))
        return existing[0], False
    conn.execute(_SET_BLOB, (digest, done, provisional))
    return provisional, True


def read_blob(conn, blob_id: int) -> Iterator[bytes]:
    for (data,) in conn.execute(_READ_CHUNKS, (blob_id,)):
        yield bytes(data)


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
