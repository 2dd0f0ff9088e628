"""Copying data out of HoSo: marked for clipboard managers, cleared after 30 s.

Only a digest of the copied text is kept, to recognise it later without
holding the text itself.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
# KDE Klipper and several Wayland/X11 managers skip entries carrying this hint.
KDE_HINT = "x-kde-passwordManagerHint"
# Windows: keep the entry out of Win+V history and cloud clipboard.
_WINDOWS_FORMATS = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class SecretClipboard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_after_ms = CLEAR_AFTER_MS  # tests shorten this
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(KDE_HINT, QByteArray(b"secret"))
        if sys.platform == "win32":
            for fmt, value in _WINDOWS_FORMATS.items():
                mime.setData(fmt, QByteArray(value))
        QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._digest = _digest(text)
        self._timer.start(self.clear_after_ms)

    def holds_ours(self) -> bool:
        return self._digest is not None and _digest(QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)) == self._digest

    def clear_if_ours(self) -> None:
        """Clear only if the user has not copied something else since."""
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self._digest = None


_instance: SecretClipboard | None = None


def secret_clipboard() -> SecretClipboard:
    global _instance
    if _instance is None:
        app = QGuiApplication.instance()
        _instance = SecretClipboard(app)
        app.aboutToQuit.connect(_instance.clear_if_ours)
    return _instance


def copy_text(text: str) -> None:
    secret_clipboard().copy(text)
