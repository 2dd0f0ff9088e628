"""Putting a bundle on the medium: written under a temporary name, and read back
from the medium while it is still being written.

Every SEGMENT bytes a syncing thread makes what was written durable and drops
those pages from the cache, so the read-back that follows a segment behind
reads what the medium holds, not what the cache remembers; it overlaps with
the writing instead of doubling the time. When both are done the file is renamed and its folder synced. Any
failure removes the temporary file (or leaves its ".partial" name if the
medium is gone).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import BinaryIO, Callable

from ..fsutil import fsync_dir

SEGMENT = 32 << 20  # synced and read back in steps of this size
_datasync = getattr(os, "fdatasync", os.fsync)  # Windows has no fdatasync


def _drop_cache(fd: int, start: int, length: int) -> None:
    if hasattr(os, "posix_fadvise"):  # not on Windows: there the read-back may come from the cache
        os.posix_fadvise(fd, start, length, os.POSIX_FADV_DONTNEED)


class WriteAbandoned(Exception):
    """The writing failed or was cancelled: the read-back stops without a verdict."""


class _ReadBackFailed(Exception):
    """Raised in the writing thread: the read-back already refused, stop writing."""


class _Tail:
    """How far the file is on the medium; the writer publishes, the read-back waits."""

    def __init__(self) -> None:
        self._cv = threading.Condition()
        self.durable = 0
        self.complete = False
        self.abandoned = False
        self.refused = False  # set by the read-back: no point writing the rest

    def publish(self, durable: int, complete: bool = False) -> None:
        with self._cv:
            self.durable, self.complete = durable, complete
            self._cv.notify_all()

    def abandon(self) -> None:
        with self._cv:
            self.abandoned = True
            self._cv.notify_all()

    def wait(self, upto: int) -> int:
        """Block until `upto` bytes are on the medium (or the file is complete); return how many are."""
        with self._cv:
            self._cv.wait_for(lambda: self.abandoned or self.complete or self.durable >= upto)
            if self.abandoned:
                raise WriteAbandoned()
            return self.durable


class _DurableOut:
    """The bundle writer's output. Every SEGMENT bytes a syncing thread makes what
    was written so far durable, drops it from the cache and publishes it, while
    the writing (and the hashing in the same thread) goes on: a sync in the
    writing thread would stall it for the medium's whole latency."""

    def __init__(self, fh: BinaryIO, tail: _Tail) -> None:
        self._fh = fh
        self._fd = fh.fileno()
        self._tail = tail
        self.n = 0
        self._handed = 0  # the last offset given to the syncing thread
        self._synced = 0
        self._cv = threading.Condition()
        self._target = 0
        self._stopping = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._sync_loop, name="bundle-sync", daemon=True)
        self._thread.start()

    def write(self, data) -> None:
        if self._tail.refused:
            raise _ReadBackFailed()
        if self._error is not None:
            raise self._error
        self._fh.write(data)
        self.n += len(data)
        if self.n - self._handed >= SEGMENT:
            self._fh.flush()  # into the OS before the other thread syncs it
            self._handed = self.n
            with self._cv:
                self._target = self.n
                self._cv.notify()

    def _sync_loop(self) -> None:
        while True:
            with self._cv:
                self._cv.wait_for(lambda: self._stopping or self._target > self._synced)
                if self._target <= self._synced:
                    return
                target = self._target
            try:
                _datasync(self._fd)  # everything written before `target` is now on the medium
                _drop_cache(self._fd, self._synced, target - self._synced)
            except BaseException as exc:  # raised in the writing thread at its next write or at finish()
                self._error = exc
                return
            self._synced = target
            self._tail.publish(target)

    def _stop(self) -> None:
        with self._cv:
            self._stopping = True
            self._cv.notify()
        self._thread.join()

    def finish(self) -> None:
        """The last bytes, then the full fsync (data and the file's size)."""
        self._fh.flush()
        self._stop()
        if self._error is not None:
            raise self._error
        os.fsync(self._fd)
        _drop_cache(self._fd, self._synced, self.n - self._synced)
        self._synced = self.n
        self._tail.publish(self.n, complete=True)

    def abandon(self) -> None:
        self._stop()


class _FollowingFile:
    """Read-only view of the file being written: read() waits for the bytes it
    asks for to reach the medium; short only at the end of a complete file."""

    def __init__(self, path: Path, tail: _Tail) -> None:
        self._fh = open(path, "rb", buffering=0)
        self._tail = tail
        self._pos = 0

    def seek(self, pos: int, whence: int = 0) -> int:
        if whence != 0:
            raise ValueError("absolute seeks only")
        self._pos = pos
        return pos

    def read(self, n: int) -> bytes:
        available = self._tail.wait(self._pos + n)
        n = max(0, min(n, available - self._pos))
        parts, got = [], 0
        while got < n:
            part = os.pread(self._fh.fileno(), n - got, self._pos + got) if hasattr(os, "pread") else self._read_at(self._pos + got, n - got)
            if not part:
                break
            parts.append(part)
            got += len(part)
        self._pos += got
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def _read_at(self, pos: int, n: int) -> bytes:
        self._fh.seek(pos)
        return self._fh.read(n)

    def close(self) -> None:
        self._fh.close()


class _ReadBack:
    """Runs `check(file)` in a thread on the following view of `path`."""

    def __init__(self, path: Path, tail: _Tail, check: Callable[[_FollowingFile, int], object], length: int) -> None:
        self._result: object = None
        self._error: BaseException | None = None
        self._tail = tail
        self._file = _FollowingFile(path, tail)
        self._thread = threading.Thread(target=self._run, args=(check, length), name="bundle-read-back", daemon=True)
        self._thread.start()

    def _run(self, check, length: int) -> None:
        try:
            self._result = check(self._file, length)
        except BaseException as exc:  # handed to the writing thread in join()
            self._error = exc
            self._tail.refused = True
        finally:
            self._file.close()

    def join(self) -> object:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def write_checked(dest: Path, partial: Path, make: Callable[[BinaryIO, Callable[[int], None]], None],
                  check: Callable[[_FollowingFile, int], object]) -> tuple[int, object]:
    """Write `dest` through `partial`; return (bytes, what `check` returned).

    `make(out, follow)` writes the file to `out` and calls `follow(length)` once
    the file's final length is known (after its header); from then on
    `check(file, length)` reads the file back in a thread, each byte once it is
    on the medium. An error of `make` (a pulled stick, a full medium, Cancel)
    wins over the read-back's; a read-back that refuses stops the writing at
    its next write; either removes the temporary file.
    """
    tail = _Tail()
    reading: list[_ReadBack] = []

    def follow(length: int) -> None:
        reading.append(_ReadBack(partial, tail, check, length))

    try:
        with open(partial, "wb", buffering=1 << 20) as fh:
            out = _DurableOut(fh, tail)
            try:
                make(out, follow)
                out.finish()
            except _ReadBackFailed:
                out.abandon()
                reading[0].join()  # raises the read-back's refusal
                raise
            except BaseException:
                out.abandon()
                tail.abandon()
                for r in reading:
                    try:
                        r.join()
                    except BaseException:
                        pass  # the writing error is the one to report
                raise
        if not reading:
            raise RuntimeError("make() never called follow()")
        result = reading[0].join()
        os.replace(partial, dest)
        fsync_dir(dest.parent)
        if os.stat(dest).st_size != out.n:
            raise OSError(0, "kích thước trên thiết bị khác kích thước đã ghi")
    except BaseException:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # the stick is gone: nothing to clean, and the name says "partial"
        raise
    return out.n, result
