"""Visiting every area and tab of the main window, for tests that check what is on screen."""

from __future__ import annotations

from typing import Callable, Iterator

from PySide6.QtWidgets import QApplication, QTabWidget

from ui.worker import wait_all


def visit_everything(window, qtbot) -> Iterator[str]:
    """Show each area and, inside it, each tab; yields a description of where it is."""
    titles = window.workspace.area_titles()
    for area in range(len(titles)):
        window.show_area(area)
        qtbot.wait(150)
        page = window.workspace.pages.currentWidget()
        tab_widgets = page.findChildren(QTabWidget) or [None]
        for tabs in tab_widgets:
            for i in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(i)
                qtbot.wait(100)
                wait_all()
                QApplication.processEvents()
                yield f"area {area} ({titles[area]})" + (f", tab {tabs.tabText(i)}" if tabs is not None else "")


def collect(window, qtbot, check: Callable[[str], dict[str, str]]) -> dict[str, str]:
    """Run `check(where)` at every stop of the walk and merge the problems it reports."""
    problems: dict[str, str] = {}
    for where in visit_everything(window, qtbot):
        for key, detail in check(where).items():
            problems.setdefault(key, detail)
    return problems
