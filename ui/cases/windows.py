"""The open case windows: one per case, shared by every page that lists cases."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.session import Session

from .case_window import CaseWindow
from .prompts import CasePrompts


class CaseWindows(QObject):
    changed = Signal(int)  # a case was changed in its window: lists refresh

    def __init__(self, session: Session, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget  # windows die with it (the workspace goes on lock)
        self.prompts = CasePrompts()
        self.windows: dict[int, CaseWindow] = {}

    def open(self, case_id: int) -> CaseWindow:
        window = self.windows.get(case_id)
        if window is None:
            window = CaseWindow(self.session, case_id, self.prompts, self.parent_widget)
            window.changed.connect(self.changed)
            window.open_case.connect(self.open)
            window.finished.connect(lambda _=0, cid=case_id: self._closed(cid))
            self.windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _closed(self, case_id: int) -> None:
        window = self.windows.pop(case_id, None)
        if window is not None:
            window.deleteLater()
