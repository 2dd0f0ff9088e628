"""Running slow service calls (Argon2id, backup, restore) off the GUI thread.

A Job runs one callable in the global QThreadPool and reports back on the GUI
thread. Sessions made in a worker are usable on the GUI thread because the
vault opens sqlite with check_same_thread=False.
"""

from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_active: set["Job"] = set()  # keeps running jobs alive until they report


def busy_count() -> int:
    """How many jobs are still running (auto-lock waits for them)."""
    return len(_active)


class _Runnable(QRunnable):
    def __init__(self, job: "Job", fn: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported to the GUI thread, shown there
            self._job._relay.emit(False, exc)
        else:
            self._job._relay.emit(True, result)
        finally:
            self._fn = None


class Job(QObject):
    """One background call. `succeeded(result)` or `failed(exc)`, then `finished()`."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    _relay = Signal(bool, object)

    def __init__(self, fn: Callable[[], Any], owner: QObject | None = None) -> None:
        super().__init__()  # no parent: the job must outlive a closed dialog
        self._fn = fn
        self._owner = owner
        self.running = False
        self._relay.connect(self._report)

    def start(self) -> "Job":
        self.running = True
        _active.add(self)
        QThreadPool.globalInstance().start(_Runnable(self, self._fn))
        self._fn = None
        return self

    @Slot(bool, object)
    def _report(self, ok: bool, value: object) -> None:
        self.running = False
        _active.discard(self)
        # The widget that asked may be gone (window closed meanwhile): then stay silent.
        if self._owner is None or shiboken6.isValid(self._owner):
            (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()


def run_job(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> Job:
    job = Job(fn, owner)
    job.succeeded.connect(on_success)
    job.failed.connect(on_error)
    return job.start()


def wait_all(msecs: int = 30000) -> None:
    """At exit: let running jobs end before the interpreter tears down."""
    QThreadPool.globalInstance().waitForDone(msecs)
