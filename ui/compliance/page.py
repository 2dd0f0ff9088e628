"""The "Secrets protection" area: one tab per duty of the office's secrets clerk.

Each tab is a widget built as `Tab(session, parent)` with an optional
`refresh()`; the tabs are listed in TABS in the order they are shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.session import Session

# (module under ui.compliance, class name) — imported here so a broken tab fails loudly.
TABS: list[tuple[str, str]] = [
    ("terms_tab", "TermsTab"),
    ("carriers_tab", "CarriersTab"),
    ("destruction_tab", "DestructionTab"),
    ("incidents_tab", "IncidentsTab"),
    ("yearly_tab", "YearlyTab"),
]


class CompliancePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import importlib

        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Secrets protection"))
        self.by_name: dict[str, QWidget] = {}
        for module, cls in TABS:
            widget = getattr(importlib.import_module(f"{__package__}.{module}"), cls)(session, self.tabs)
            self.by_name[cls] = widget
            self.tabs.addTab(widget, widget.windowTitle() or cls)
        self.tabs.currentChanged.connect(self._current_changed)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)

    def _current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if hasattr(widget, "refresh"):
            widget.refresh()

    def refresh(self) -> None:
        self._current_changed(self.tabs.currentIndex())
