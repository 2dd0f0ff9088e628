"""Remembered window geometry and column layouts (QSettings: sizes only, no data).

A window or a table header registered here gets back the geometry or column
widths/order it had when last closed. Keys are fixed names, never user data.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

GROUP = "layout"


def _settings() -> QSettings:
    return QSettings()


def _load(key: str) -> QByteArray | None:
    value = _settings().value(f"{GROUP}/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _store(key: str, value: QByteArray) -> None:
    s = _settings()
    s.setValue(f"{GROUP}/{key}", value)
    s.sync()


def restore_window(window: QWidget, key: str) -> bool:
    """Put the window back where it was; False (leave the default) when unknown or unusable."""
    state = _load(f"{key}/geometry")
    return bool(state is not None and window.restoreGeometry(state))


def save_window(window: QWidget, key: str) -> None:
    _store(f"{key}/geometry", window.saveGeometry())


def remember_header(header: QHeaderView, key: str) -> None:
    """Restore the header's column layout now and save it (debounced) on every change."""
    state = _load(f"{key}/columns")
    if state is not None:
        header.restoreState(state)
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(400)
    timer.timeout.connect(lambda: _store(f"{key}/columns", header.saveState()))
    for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
        signal.connect(lambda *_: timer.start())
    header.destroyed.connect(timer.stop)


def forget_all() -> None:
    s = _settings()
    s.remove(GROUP)
    s.sync()



