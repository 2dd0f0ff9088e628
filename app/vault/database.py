"""Opening the SQLCipher database with the raw data key."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Callable

import sqlcipher3

from ..errors import VaultError

log = logging.getLogger("hoso.vault")

DB_NAME = "hoso.db"
CACHE_KIB = 256 * 1024
DatabaseError = sqlcipher3.DatabaseError


def _key_pragma(dek: bytes | bytearray) -> str:
    # A raw key in hex: SQLCipher uses it as is and skips its own PBKDF2.
    return f"PRAGMA key = \"x'{bytes(dek).hex()}'\""


class _SerialCursor(sqlcipher3.Cursor):
    """A cursor of a SerialConnection: every call that steps or prepares holds the connection's lock."""

    def execute(self, *args, **kwargs):
        with self.connection.lock:
            return super().execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):
        with self.connection.lock:
            return super().executemany(*args, **kwargs)

    def executescript(self, *args, **kwargs):
        with self.connection.lock:
            return super().executescript(*args, **kwargs)

    def fetchone(self):
        with self.connection.lock:
            return super().fetchone()

    def fetchmany(self, *args, **kwargs):
        with self.connection.lock:
            return super().fetchmany(*args, **kwargs)

    def fetchall(self):
        with self.connection.lock:
            return super().fetchall()

    def __next__(self):
        with self.connection.lock:
            return super().__next__()


class SerialConnection(sqlcipher3.Connection):
    """One connection shared by the GUI thread and its workers, used by one thread at a time.

    SQLite itself is thread-safe, but the driver's statement cache is not: two
    threads preparing statements at once were seen to break it (a KeyError
    naming the SQL, then failures of later queries). Every call that prepares
    or steps a statement holds `lock`, the same re-entrant lock a write
    transaction holds from BEGIN to COMMIT (Vault.transaction).
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.RLock()
        # Work outside the database that belongs to the write transaction in
        # progress (attachment files): undone if it rolls back, settled when it ends.
        self._on_rollback: list[Callable[[], None]] = []
        self._on_end: list[Callable[[], None]] = []

    def on_rollback(self, fn: Callable[[], None]) -> None:
        """Run `fn` if the write transaction in progress rolls back (last registered first)."""
        self._on_rollback.append(fn)

    def on_end(self, fn: Callable[[], None]) -> None:
        """Run `fn` when the write transaction in progress ends, committed or rolled back."""
        self._on_end.append(fn)

    def transaction_ended(self, committed: bool) -> None:
        """Called by Vault.transaction after COMMIT or ROLLBACK. The hooks clean up
        files; a failing one is logged and the rest still run (a leftover is swept
        at the next opening)."""
        undo, end = ([] if committed else self._on_rollback[::-1]), self._on_end
        self._on_rollback, self._on_end = [], []
        for fn in undo + end:
            try:
                fn()
            except Exception as exc:  # noqa: BLE001 - never turn a finished transaction into an error
                log.warning("clean-up after a transaction failed (%s)", type(exc).__name__)

    def cursor(self, factory=_SerialCursor):
        return super().cursor(factory)

    def execute(self, *args, **kwargs):
        with self.lock:
            return super().execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):
        with self.lock:
            return super().executemany(*args, **kwargs)

    def executescript(self, *args, **kwargs):
        with self.lock:
            return super().executescript(*args, **kwargs)

    def commit(self) -> None:
        with self.lock:
            super().commit()

    def rollback(self) -> None:
        with self.lock:
            super().rollback()

    def close(self) -> None:
        with self.lock:
            super().close()


def connect(path: Path, dek: bytes | bytearray, *, check: bool = True) -> sqlcipher3.Connection:
    """Open (or create) the database keyed with `dek`.

    Raises DatabaseError ("file is not a database") when the key is wrong; the
    caller decides whether that means damage or a half-finished rekey.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, factory=SerialConnection)
    if os.name != "nt":
        os.chmod(path, 0o600)  # only the owner; the content is encrypted anyway
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(dek))
        # Temporary tables and sort spills stay in memory: nothing in clear in /tmp.
        conn.execute("PRAGMA temp_store = MEMORY")
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Every page read from disk is decrypted: a larger cache (default 2 MB)
        # keeps a million-person index warm. Negative = KiB.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def key_matches(path: Path, dek: bytes | bytearray) -> bool:
    try:
        conn = connect(path, dek)
    except DatabaseError:
        return False
    conn.close()
    return True


def export_copy(conn: sqlcipher3.Connection, target: Path, dek: bytes | bytearray) -> None:
    """Write a consistent, encrypted copy of the open database to `target`.

    sqlcipher_export runs inside one read transaction, so the copy is a
    snapshot even while the application keeps working.
    """
    target = Path(target)
    if target.exists():
        raise VaultError("backup_failed", detail=f"{target} exists")
    conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{bytes(dek).hex()}'\"", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('backup')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA backup.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE backup")


def integrity_problems(conn: sqlcipher3.Connection) -> list[str]:
    """PRAGMA cipher_integrity_check (page HMACs) plus SQLite's integrity_check."""
    problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems
