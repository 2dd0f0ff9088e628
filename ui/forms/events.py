"""Copies were made: the books that show them reload (they live on another page)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Events(QObject):
    printed = Signal()


_events: _Events | None = None


def hub() -> _Events:
    global _events
    if _events is None:
        _events = _Events()  # first use is on the GUI thread
    return _events


def printed() -> None:
    hub().printed.emit()
