"""Every control a keyboard can reach has a name a screen reader can say.

Walks every area and tab of the main window (administrator, demo data) and asks
Qt's accessibility layer — what assistive technology reads — for the name of
each visible control that takes focus: a button's text, a label's buddy, or an
explicit accessible name all count.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app import demo
from app.vault import open_vault
from ui.main_window import MainWindow
from ui.worker import wait_all

from .conftest import ADMIN_PW
from .walk import collect

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def _name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").replace("&", "").strip()


def _describe(widget: QWidget) -> str:
    chain, w = [], widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return " < ".join(chain)


def test_every_focusable_control_has_an_accessible_name(vault, qtbot):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    demo.fill(session, 30, with_scans=1, case_every=5)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def check(where: str) -> dict[str, str]:
        missing = {}
        for cls in CONTROLS:
            for w in window.findChildren(cls):
                if not w.isVisibleTo(window) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
                    continue
                if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
                    continue  # the editor inside a combo or spin box: the box itself is named
                if not _name(w):
                    missing[_describe(w)] = where
        return missing

    missing = collect(window, qtbot, check)
    wait_all()
    session.close()
    assert not missing, "controls without an accessible name:\n" + "\n".join(f"  {k} — {v}" for k, v in sorted(missing.items()))
