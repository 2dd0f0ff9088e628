"""Attachments in the dossier editor: adding under a progress bar (and cancelling),
viewing PDFs and images from memory, exporting and removing with confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton

from app import attachments, demo
from app.domain.secrecy import SecrecyLevel, level_styles
from ui.progress import ProgressJob

from .test_dossier_editor import make_person, open_editor


@pytest.fixture
def tab(admin_window, qtbot):
    person = make_person(admin_window.session)
    page = admin_window.workspace.dossiers
    editor = open_editor(qtbot, page, person.id)
    editor.tabs.setCurrentWidget(editor.attachments)
    tab = editor.attachments
    tab.person = person
    return tab


def add(qtbot, tab, path) -> None:
    count = len(tab.items)
    tab.prompts.open_file = lambda parent, title: path
    qtbot.waitUntil(tab.add_button.isEnabled, timeout=10000)  # a tab built just now has its list to read first
    tab.add_button.click()
    assert isinstance(tab.adding, ProgressJob)  # runs in the background under a progress dialog
    qtbot.waitUntil(lambda: tab.adding is None and len(tab.items) == count + 1, timeout=10000)


@pytest.fixture
def pdf(tab, tmp_path):
    path = tmp_path / "so-yeu-ly-lich.pdf"
    path.write_bytes(demo.demo_scan_pdf(tab.person))
    return path


def test_attach_a_pdf_and_view_its_page(tab, pdf, qtbot):
    add(qtbot, tab, pdf)
    a = tab.items[0]
    assert (a.kind, a.filename, a.title, a.size) == ("pdf", "so-yeu-ly-lich.pdf", "so-yeu-ly-lich", pdf.stat().st_size)
    assert tab.table.item(0, 0).text() == "so-yeu-ly-lich" and tab.selected() == a
    tab.view_button.click()
    viewer = tab.viewer
    qtbot.waitUntil(lambda: viewer.image is not None, timeout=10000)
    assert viewer.page_count == 1 and viewer.page_label.text() == "Trang 1/1"
    assert viewer.image.width() > 800  # A4 (595 pt) at 1.4x
    assert not viewer.next_button.isEnabled() and not viewer.prev_button.isEnabled()
    # The page has ink on it: some pixel of the text is dark.
    image = viewer.image
    dark = any(image.pixelColor(x, y).lightness() < 100 for y in range(0, image.height() // 3, 2) for x in range(0, image.width(), 4))
    assert dark
    viewer.zoom_in_button.click()
    qtbot.waitUntil(lambda: viewer.image is not None and viewer.image.width() > image.width(), timeout=10000)
    viewer.close()


def test_attach_an_image_and_view_it(tab, tmp_path, qtbot):
    path = tmp_path / "anh-the.png"
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#C62828"))
    assert image.save(str(path))
    add(qtbot, tab, path)
    assert tab.items[0].kind == "png"
    tab.view_selected()
    viewer = tab.viewer
    qtbot.waitUntil(lambda: viewer.image is not None, timeout=10000)
    assert (viewer.image.width(), viewer.image.height()) == (120, 80)
    assert viewer.image.pixelColor(10, 10).name() == "#c62828"
    assert viewer.page_label.isHidden()


def test_progress_is_reported_and_cancel_stores_nothing(tab, tmp_path, qtbot, monkeypatch):
    reports = []
    shown = ProgressJob._on_report

    def record(self, done: int, total: int, message: str) -> None:
        reports.append((done, total))
        shown(self, done, total, message)

    monkeypatch.setattr(ProgressJob, "_on_report", record)
    big = tmp_path / "ban-quet-lon.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"\0" * (3 * 1024 * 1024))
    tab.add_file(big)
    qtbot.waitUntil(lambda: tab.adding is None and len(tab.items) == 1, timeout=10000)
    size = big.stat().st_size
    assert len(reports) >= 3 and reports[-1] == (size, size)  # (done, total) per 1 MiB chunk

    other = tmp_path / "ban-quet-khac.pdf"
    other.write_bytes(b"%PDF-1.4\n" + b"\1" * (8 * 1024 * 1024))
    tab.add_file(other)
    tab.adding.dialog.findChild(QPushButton).click()  # Cancel
    qtbot.waitUntil(lambda: tab.adding is None, timeout=10000)
    assert "hủy" in tab.status.text()
    assert len(attachments.list_attachments(tab.session, tab.person_id)) == 1


def test_export_asks_for_confirmation_first(tab, pdf, tmp_path, qtbot):
    add(qtbot, tab, pdf)
    dest = tmp_path / "ra-ngoai" / "ban-sao.pdf"
    dest.parent.mkdir()
    asked = []
    tab.prompts.save_file = lambda parent, title, suggested: asked.append(("file", suggested)) or dest
    tab.prompts.confirm = lambda parent, title, text, yes: asked.append(("confirm", text)) or False
    tab.export_button.click()
    assert [k for k, _ in asked] == ["confirm"]  # refused: no file chosen, nothing written
    assert "không mã hóa" in asked[0][1] and "sổ sao chụp" in asked[0][1]
    assert not dest.exists()
    tab.prompts.confirm = lambda parent, title, text, yes: True
    tab.export_button.click()
    qtbot.waitUntil(lambda: tab.last_export == dest, timeout=10000)
    assert dest.read_bytes() == pdf.read_bytes()
    assert "sổ sao chụp" in tab.status.text()


def test_remove_asks_for_confirmation(tab, pdf, qtbot):
    add(qtbot, tab, pdf)
    tab.prompts.confirm = lambda parent, title, text, yes: False
    tab.remove_button.click()  # refused: no call is made at all
    assert tab.items and len(attachments.list_attachments(tab.session, tab.person_id)) == 1
    tab.prompts.confirm = lambda parent, title, text, yes: True
    tab.remove_button.click()
    qtbot.waitUntil(lambda: tab.items == [], timeout=10000)


def test_a_new_dossier_cannot_take_attachments_yet(admin_window, qtbot):
    page = admin_window.workspace.dossiers
    page.new_person()
    tab = page.new_editors[0].attachments
    assert not tab.add_button.isEnabled() and tab.notice.isVisibleTo(tab)


def test_attaching_refreshes_the_banner(admin_window, tmp_path, qtbot):
    """The editor reports the change; the main window recomputes the highest level held."""
    person = make_person(admin_window.session, secrecy=SecrecyLevel.TOI_MAT)
    assert admin_window.banner.text() == level_styles()[SecrecyLevel.MAT].label_vi  # not refreshed yet
    editor = open_editor(qtbot, admin_window.workspace.dossiers, person.id)
    path = tmp_path / "scan.pdf"
    path.write_bytes(demo.demo_scan_pdf(person))
    add(qtbot, editor.attachments, path)
    assert editor.attachments.items[0].secrecy is SecrecyLevel.TOI_MAT  # the dossier's level by default
    qtbot.waitUntil(lambda: admin_window.banner.text() == level_styles()[SecrecyLevel.TOI_MAT].label_vi, timeout=10000)
