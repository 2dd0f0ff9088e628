"""Copied data is marked for clipboard managers and wiped after a while."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ui.clipboard import KDE_HINT, secret_clipboard


def test_copied_text_is_cleared_after_the_timeout(qtbot):
    clip = secret_clipboard()
    clip.clear_after_ms = 150
    try:
        clip.copy("Nguyễn Văn A\t01/01/1970")
        mime = QGuiApplication.clipboard().mimeData()
        assert mime.text() == "Nguyễn Văn A\t01/01/1970"
        assert bytes(mime.data(KDE_HINT)) == b"secret"
        qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    finally:
        clip.clear_after_ms = 30_000


def test_text_copied_elsewhere_meanwhile_is_left_alone(qtbot):
    clip = secret_clipboard()
    clip.clear_after_ms = 100
    try:
        clip.copy("bí mật")
        QGuiApplication.clipboard().setText("something the user copied later")
        qtbot.waitUntil(lambda: not clip._timer.isActive(), timeout=3000)
        assert QGuiApplication.clipboard().text() == "something the user copied later"
    finally:
        clip.clear_after_ms = 30_000
        QGuiApplication.clipboard().clear()
