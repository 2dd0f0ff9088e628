"""Upkeep of the attachment folder when a vault is opened.

- Orphans: a transaction that rolls back removes the files it wrote itself
  (conn.on_rollback); only a crash before its end leaves a file no row names,
  and the folder then still carries the ".unsettled" mark that every such
  transaction sets and clears. Only then is the folder swept, under the
  database's write lock: every writer creates its file only while holding that
  lock (store_blob inserts its row first), so under it a file without a row
  can belong to no transaction still in progress, and a committed blob is
  never touched. If another process holds the lock, the sweep waits for the
  busy timeout and otherwise is skipped until the next opening.
- Conversion: blobs still held inline in `blob_chunks` (vaults made before
  migration 13) are moved to files, one transaction per blob, for at most
  CONVERT_BUDGET seconds per opening: write the file,
  name it in the row, drop the chunks. A crash in between leaves either the
  inline blob (and an orphan file for the next sweep) or the file blob.

Neither step may keep the user out: a failure is logged and retried at the
next opening; inline blobs read as before in the meantime.
"""

from __future__ import annotations

import logging
import time

from ..errors import HosoError
from ..store import attachments as store
from . import database
from .blobfiles import UNSETTLED, BlobStore, is_blob_name

log = logging.getLogger("hoso.blobs")
CONVERT_BUDGET = 1.0  # seconds of inline-to-file moving per opening: a login never waits long for it


def sweep_orphans(vault) -> int:
    """Remove files no `blobs` row names (and leftovers of interrupted writes); return how many."""
    bs = BlobStore.of(vault.conn)
    if not bs.root.is_dir():
        return 0
    removed = 0
    with vault.transaction() as conn:  # BEGIN IMMEDIATE: no other writer is between its file and its commit
        known = store.file_names(conn)
        for p in list(bs.files()):
            if p.name == UNSETTLED or (is_blob_name(p.name) and p.name in known and p.parent.name == p.name[:2]):
                continue
            p.unlink(missing_ok=True)
            removed += 1
        bs.settle()  # under the lock: no transaction that wrote files is running
    if removed:
        log.info("removed %d attachment file(s) no record names", removed)
    return removed


def convert_inline(vault, budget: float | None = None) -> int:
    """Move inline blobs to their own files, for at most `budget` seconds (the
    rest at the next opening); return how many were moved."""
    moved = 0
    deadline = None if budget is None else time.monotonic() + budget
    for blob_id, sha in store.inline_blobs(vault.conn):
        if deadline is not None and time.monotonic() > deadline:
            log.info("attachment move paused; the rest is moved at the next opening")
            break
        with vault.transaction() as conn:
            bs = BlobStore.of(conn)
            bs.unsettle()
            conn.on_end(bs.settle)
            pending = bs.new_file()
            try:
                for data in store.inline_chunks(conn, blob_id):
                    pending.writer.write(data)
                digest, _size = pending.writer.finish()
                if digest != sha:  # never expected: the pages are authenticated; keep the inline copy
                    raise ValueError(f"blob {blob_id}: stored bytes do not match their SHA-256")
                pending.commit()
                if not store.set_file(conn, blob_id, pending.name, pending.key):
                    raise ValueError(f"blob {blob_id} changed while it was moved")
            except BaseException:
                pending.discard()
                raise
        moved += 1
    if moved:
        log.info("moved %d attachment(s) from the database to files", moved)
    return moved


def after_open(vault) -> None:
    """Called by open_vault / open_with_recovery after the migrations: the sweep
    if a transaction that wrote files did not end (a crash), then the move of
    old inline blobs, for at most CONVERT_BUDGET seconds per opening. A clean
    folder costs one stat: the folder is not listed at every login."""
    try:
        if not BlobStore.of(vault.conn).is_settled():
            sweep_orphans(vault)
        convert_inline(vault, CONVERT_BUDGET)
    except (OSError, ValueError, HosoError, database.DatabaseError) as exc:
        log.warning("attachment folder upkeep not finished (%s); retried at the next opening", exc)
