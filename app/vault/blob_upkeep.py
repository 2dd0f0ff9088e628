"""Upkeep of the attachment folder when a vault is opened.

- Orphans: a transaction that stored a file and then rolled back (or a crash
  before its commit) leaves a file no row names. They are removed under the
  database's write lock: every writer creates its file only while holding that
  lock (store_blob inserts its row first), so under it a file without a row
  can belong to no transaction still in progress, and a committed blob is
  never touched. If another process holds the lock, the sweep waits for the
  busy timeout and otherwise is skipped until the next opening.
- Conversion: blobs still held inline in `blob_chunks` (vaults made before
  migration 13) are moved to files, one transaction per blob: write the file,
  name it in the row, drop the chunks. A crash in between leaves either the
  inline blob (and an orphan file for the next sweep) or the file blob.

Neither step may keep the user out: a failure is logged and retried at the
next opening; inline blobs read as before in the meantime.
"""

from __future__ import annotations

import logging

from ..errors import HosoError
from ..store import attachments as store
from . import database
from .blobfiles import BlobStore, is_blob_name

log = logging.getLogger("hoso.blobs")


def sweep_orphans(vault) -> int:
    """Remove files no `blobs` row names (and leftovers of interrupted writes); return how many."""
    bs = BlobStore.of(vault.conn)
    if not bs.root.is_dir():
        return 0
    removed = 0
    with vault.transaction() as conn:  # BEGIN IMMEDIATE: no other writer is between its file and its commit
        known = store.file_names(conn)
        for p in list(bs.files()):
            if is_blob_name(p.name) and p.name in known and p.parent.name == p.name[:2]:
                continue
            p.unlink(missing_ok=True)
            removed += 1
    if removed:
        log.info("removed %d attachment file(s) no record names", removed)
    return removed


def convert_inline(vault) -> int:
    """Move every inline blob to its own file; return how many were moved."""
    moved = 0
    for blob_id, sha in store.inline_blobs(vault.conn):
        with vault.transaction() as conn:
            pending = BlobStore.of(conn).new_file()
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
    """Sweep, then convert; called by open_vault / open_with_recovery after the migrations."""
    try:
        sweep_orphans(vault)
        convert_inline(vault)
    except (OSError, ValueError, HosoError, database.DatabaseError) as exc:
        log.warning("attachment folder upkeep not finished (%s); retried at the next opening", exc)
