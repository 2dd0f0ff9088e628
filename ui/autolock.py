"""Locking on inactivity: an application-wide input filter and a timer.

Any key, click, mouse move or wheel anywhere in the application restarts the
timer; when it runs out, `timed_out` fires and the main window locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.Shortcut,
})


class InactivityMonitor(QObject):
    timed_out = Signal()
    # The lock keys work in dialogs too, where Qt blocks the main window's shortcuts.
    lock_requested = Signal()
    LOCK_KEYS = QKeySequence("Ctrl+L")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse timers may fire 5 % early
        self.timer.timeout.connect(self.timed_out)
        self.set_timeout_minutes(10)
        # Destroying this object removes the filter: the parent window owns its life.
        QApplication.instance().installEventFilter(self)

    def set_timeout_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(int(minutes) * 60_000)

    def set_timeout_ms(self, msecs: int) -> None:
        """Tests shorten this to milliseconds."""
        self.timer.setInterval(max(1, int(msecs)))
        if self.timer.isActive():
            self.timer.start()

    def timeout_ms(self) -> int:
        return self.timer.interval()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # asked once: this runs for every event of the application
        if kind not in _INPUT_EVENTS:
            return False
        if self.timer.isActive():
            self.timer.start()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.isAutoRepeat():
            if QKeySequence(event.keyCombination()) == self.LOCK_KEYS:
                self.lock_requested.emit()
                return True
        return False


def close_transient_windows() -> None:
    """Close popups (menus, combo lists) and every modal dialog, innermost first."""
    app = QApplication.instance()
    for _ in range(50):  # bounded: a widget that refuses to close must not hang the lock
        popup = app.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for _ in range(50):
        modal = app.activeModalWidget()
        if modal is None:
            break
        if isinstance(modal, QDialog):
            modal.done(QDialog.DialogCode.Rejected)  # bypasses overrides that refuse to close
        else:
            modal.hide()
    # Non-modal helper dialogs may show data too.
    for w in app.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.done(QDialog.DialogCode.Rejected)
