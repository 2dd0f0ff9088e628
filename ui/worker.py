"""Running slow service calls (Argon2id, backup, restore) off the GUI thread.

A Job runs one callable in the global QThreadPool and reports back on the GUI
thread. Sessions made in a worker are usable on the GUI thread because the
vault opens sqlite with check_same_thread=False.
"""

from __future__ import annotations

import itertools
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_active: dict[int, "Job"] = {}  # running jobs, kept alive until they report
_ids = itertools.count(1)


def busy_count() -> int:
    """How many jobs are still running (auto-lock waits for them)."""
    return len(_active)


class _Bridge(QObject):
    """Carries results to the GUI thread. It lives as long as the application, so a
    job may be freed right after it reports without Qt touching a deleted object."""

    done = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._dispatch)

    @Slot(int, bool, object)
    def _dispatch(self, job_id: int, ok: bool, value: object) -> None:
        job = _active.pop(job_id, None)
        if job is not None:
            job._report(ok, value)


_bridge: _Bridge | None = None


def _get_bridge() -> _Bridge:
    global _bridge
    if _bridge is None:
        _bridge = _Bridge()  # first call comes from the GUI thread
    return _bridge


class _Runnable(QRunnable):
    """Holds only the callable and an id: no Qt object crosses into the worker."""

    def __init__(self, job_id: int, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self._id, self._fn, self._bridge = job_id, fn, bridge

    def run(self) -> None:
        fn, self._fn = self._fn, None
        try:
            result = fn()
        except BaseException as exc:  # reported to the GUI thread, shown there
            self._bridge.done.emit(self._id, False, exc)
        else:
            self._bridge.done.emit(self._id, True, result)


class Job(QObject):
    """One background call. `succeeded(result)` or `failed(exc)`, then `finished()`."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[], Any], owner: QObject | None = None) -> None:
        super().__init__()  # no parent: the job must outlive a closed dialog
        self._fn = fn
        self._owner = owner
        self.running = False

    def start(self) -> "Job":
        job_id = next(_ids)
        self.running = True
        _active[job_id] = self
        QThreadPool.globalInstance().start(_Runnable(job_id, self._fn, _get_bridge()))
        self._fn = None
        return self

    def _report(self, ok: bool, value: object) -> None:
        self.running = False
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
