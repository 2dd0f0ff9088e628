"""Background vault calls of the Dossiers area, with the writing ones serialised.

The whole application shares one SQLCipher connection. Two write transactions
begun on it from two worker threads would collide ("cannot start a transaction
within a transaction"), so every call here that writes -- opening a dossier
records the view, reading an attachment records it too -- holds one lock.
Pure reads (search, lists, history) run freely: the connection is serialised
by SQLite itself.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject

from ..worker import Job, run_job

_write_lock = threading.Lock()


def locked(fn: Callable[[], Any]) -> Any:
    """Run `fn` holding the write lock (call from a worker thread only)."""
    with _write_lock:
        return fn()


def run_read(fn: Callable[[], Any], on_success: Callable[[Any], None], on_error: Callable[[BaseException], None],
             owner: QObject | None = None) -> Job:
    return run_job(fn, on_success, on_error, owner)


def run_write(fn: Callable[[], Any], on_success: Callable[[Any], None], on_error: Callable[[BaseException], None],
              owner: QObject | None = None) -> Job:
    return run_job(lambda: locked(fn), on_success, on_error, owner)
