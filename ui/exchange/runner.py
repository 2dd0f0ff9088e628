"""A long exchange call run off the GUI thread, reporting into a page's own bar.

Export and import take the GUI's single write lock (the whole application
shares one SQLCipher connection) and get `progress(done, total, message)` and
`cancel() -> bool`, the pattern of every long service in app/.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressBar

from .jobs import locked
from ..worker import run_job

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues."""

    report = Signal(int, int, str)


class ProgressRunner(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[ProgressFn, CancelFn], Any], owner: QObject) -> None:
        super().__init__(owner)
        self._cancelled = threading.Event()
        self._relay = _Relay()
        self._relay.report.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        relay, cancelled = self._relay, self._cancelled

        def progress(done: int, total: int, message: str = "") -> None:
            relay.report.emit(int(done), int(total), str(message))

        self.running = True
        self.job = run_job(lambda: locked(lambda: fn(progress, cancelled.is_set)), self._ok, self._failed, owner=owner)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _ok(self, value: Any) -> None:
        self.running = False
        self.succeeded.emit(value)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    """QProgressBar takes int: byte counts of gigabytes are scaled down."""
    if total <= 0:
        bar.setRange(0, 0)
        return
    scale = max(1, total // 1_000_000)
    bar.setRange(0, total // scale)
    bar.setValue(min(done // scale, total // scale))
