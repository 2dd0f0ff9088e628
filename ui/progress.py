"""Long service calls with a progress bar and Cancel.

The service gets `progress(done, total, message)` and `cancel() -> bool`, the
pattern every long operation in app/ follows; the dialog shows the bar from
the first report (Qt's QProgressDialog waits `minimumDuration` before it
appears, so quick calls do not flash a window).
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .worker import Job, run_job

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class _Relay(QObject):
    """Carries progress reports from the worker thread to the GUI thread (queued)."""

    report = Signal(int, int, str)


class ProgressJob(QObject):
    """Runs `fn(progress, cancel)` in the background under a progress dialog."""

    def __init__(self, parent: QWidget, title: str, fn: Callable[[ProgressFn, CancelFn], Any],
                 on_success: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 *, cancellable: bool = True, min_ms: int = 500) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(min_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancelled.set)
        self._relay = _Relay()
        self._relay.report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)
        relay = self._relay

        def progress(done: int, total: int, message: str = "") -> None:
            relay.report.emit(int(done), int(total), str(message))

        self.job: Job = run_job(lambda: fn(progress, self._cancelled.is_set), self._finish(on_success), self._finish(on_error), owner=parent)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def _on_report(self, done: int, total: int, message: str) -> None:
        if total > 0:
            # QProgressDialog takes int: scale large byte counts down.
            scale = max(1, total // 1_000_000)
            self.dialog.setMaximum(total // scale)
            self.dialog.setValue(min(done // scale, total // scale))
        if message:
            self.dialog.setLabelText(message)

    def _finish(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def done(value: Any) -> None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            callback(value)

        return done


def run_with_progress(parent: QWidget, title: str, fn: Callable[[ProgressFn, CancelFn], Any],
                      on_success: Callable[[Any], None], on_error: Callable[[BaseException], None],
                      *, cancellable: bool = True, min_ms: int = 500) -> ProgressJob:
    return ProgressJob(parent, title, fn, on_success, on_error, cancellable=cancellable, min_ms=min_ms)
