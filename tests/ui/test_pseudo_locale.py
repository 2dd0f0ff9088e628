"""Every string the GUI shows goes through translation.

The GUI runs with a pseudo-locale whose every translation is its source
between ⟦ ⟧. Walking every area and tab of the main window (as an
administrator, on a vault with demo data), each piece of interface text —
labels, buttons, tabs, group titles, placeholders, column headers, menus,
tooltips — must carry the marks. Data (names, numbers, dates, the unit) is
recognised and skipped.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget,
    QPlainTextEdit, QTableView, QTextEdit,
)

from app import demo, registers
from app.domain.secrecy import level_styles
from app.vault import open_vault
from ui import i18n
from ui.cases.queries import purpose_titles
from ui.i18n_tool import I18N, PSEUDO_OPEN, lrelease, make_pseudo
from ui.main_window import MainWindow
from ui.worker import wait_all

from .conftest import ADMIN_PW
from .walk import collect

# Text that is data or a symbol, not interface wording.
_DATA = [
    re.compile(r"^[\d\s.,:/%()+\-–—×#…]*$"),  # numbers, dates, counts
    re.compile(r"^[A-Z0-9]{2,}$"),  # codes (unit code DV01)
    re.compile(r"^(HoSo|HoSo [\d.]+\S*)$"),
    re.compile(r"^&?[A-Za-z]$"),  # single-letter mnemonics
    re.compile(r"^([A-Z0-9]{4}\s+){3,}[A-Z0-9]{4}$"),  # key fingerprints
    re.compile(r"^[A-Z0-9]+ — .+$"),  # "CODE — unit name"
]


@pytest.fixture
def pseudo(qapp, tmp_path):
    ts = tmp_path / "hoso_pseudo.ts"
    make_pseudo(I18N / "hoso_en.ts", ts)
    qm = tmp_path / "hoso_pseudo.qm"
    lrelease(ts, qm)
    i18n.install(qapp, "en")  # the core's own texts in English; Qt's catalogue replaced below
    for tr in list(i18n._installed):
        qapp.removeTranslator(tr)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    i18n.install(qapp, "vi")


def _is_data(text: str, data_words: set[str]) -> bool:
    text = text.strip().replace("&", "")
    if not text or any(p.match(text) for p in _DATA):
        return True
    return text in data_words


def _texts(window) -> list[tuple[str, str]]:
    """(where, text) of every piece of visible interface text under the window."""
    found: list[tuple[str, str]] = []

    def add(widget, what: str, text: str | None) -> None:
        if text:
            found.append((f"{type(widget).__name__}.{what} ({widget.objectName() or type(widget.parent()).__name__})", text))

    for w in window.findChildren(QLabel):
        if w.isVisibleTo(window) and w.textFormat() != Qt.TextFormat.RichText:
            add(w, "text", w.text())
    for w in window.findChildren(QAbstractButton):
        if w.isVisibleTo(window):
            add(w, "text", w.text())
            add(w, "toolTip", w.toolTip())
    for w in window.findChildren(QGroupBox):
        if w.isVisibleTo(window):
            add(w, "title", w.title())
    for w in window.findChildren(QLineEdit):
        if w.isVisibleTo(window):
            add(w, "placeholder", w.placeholderText())
    for w in [*window.findChildren(QTextEdit), *window.findChildren(QPlainTextEdit)]:
        if w.isVisibleTo(window):
            add(w, "placeholder", w.placeholderText())
    for w in window.findChildren(QTabWidget):
        if w.isVisibleTo(window):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
    for w in window.findChildren(QTableView):
        if w.isVisibleTo(window) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                add(w, f"header{c}", model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
    for w in window.findChildren(QComboBox):
        if w.isVisibleTo(window) and not w.isEditable() and w.count() <= 12:  # short fixed choices, not data lists
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
    for menu in window.findChildren(QMenu):
        add(menu, "title", menu.title())
        for action in menu.actions():
            if not action.isSeparator():
                add(menu, "action", action.text())
    return found


def test_every_interface_string_is_translated(vault, qtbot, pseudo):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    demo.fill(session, 40, with_scans=2, case_every=5)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Data, not wording: names, units, and labels the core keeps in both languages (secrecy levels) or
    # that offices edit as Vietnamese documents (checklist templates' purposes).
    conn = session.vault.conn
    data_words = {session.user.username, session.user.full_name or "", "Ban Tổ chức thử nghiệm", "admin", "canbo",
                  "Trần Thị Cán Bộ", "Nguyễn Văn Quản"}
    data_words |= {r[0] for r in conn.execute("SELECT DISTINCT unit FROM persons")}
    data_words |= {r[0] for r in conn.execute("SELECT DISTINCT full_name FROM persons")}
    data_words |= set(purpose_titles(session).values())
    # The registers' column titles are the official forms' own words, kept in the book templates (columns as data).
    data_words |= {c.title for kind in registers.KINDS for c in registers.columns(conn, kind)}
    data_words |= {text for style in level_styles().values() for text in (style.label_vi, style.label_en)}
    titles = window.workspace.area_titles()
    assert titles and all(t.startswith(PSEUDO_OPEN) for t in titles)

    def check(where: str) -> dict[str, str]:
        return {text: f"{where}: {what}" for what, text in _texts(window) if PSEUDO_OPEN not in text and not _is_data(text, data_words)}

    untranslated = collect(window, qtbot, check)
    wait_all()
    window.session.close() if window.session is not None else None
    assert not untranslated, "strings shown without translation:\n" + "\n".join(f"  {t!r} — {w}" for t, w in sorted(untranslated.items()))
