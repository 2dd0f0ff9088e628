"""Export to Excel from the Dossiers list: confirmation first, the current search, a readable .xlsx."""

from __future__ import annotations

import openpyxl

from app import demo
from app.store import copies
from app.vault import open_vault
from ui.main_window import MainWindow
from ui.worker import wait_all

from .conftest import ADMIN_PW

WAIT = 30000


def test_export_writes_the_current_list_after_confirmation(vault, qtbot, tmp_path):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    try:
        demo.fill(session, 12, with_scans=0)
    finally:
        session.close()
    window = MainWindow(open_vault(vault.path, "admin", ADMIN_PW))
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.workspace.dossiers
        qtbot.waitUntil(lambda: not page.model.searching and page.model.total == 12, timeout=10000)
        asked: list[str] = []
        outdir = tmp_path / "out"
        outdir.mkdir()
        dest = outdir / "danh sach"  # no extension: .xlsx is added

        # refused: nothing is asked further, nothing written
        page.prompts.confirm = lambda parent, title, text, yes: asked.append(text) or False
        page.prompts.save_file = lambda parent, title, suggested: asked.append("file") or dest
        page.export_button.click()
        assert len(asked) == 1 and "file" not in asked
        assert not any(outdir.iterdir())

        # a search narrows the list; the export follows it
        first = page.model.row_at(0)
        page.search.setText(first.full_name)
        page.run_search()
        qtbot.waitUntil(lambda: not page.model.searching and page.model.total is not None, timeout=10000)
        shown = page.model.total
        assert 1 <= shown < 12
        page.prompts.confirm = lambda parent, title, text, yes: asked.append(text) or True
        page.export_button.click()
        out = outdir / "danh sach.xlsx"
        qtbot.waitUntil(lambda: out.is_file() and page.export_job is not None and not page.export_job.job.running,
                        timeout=WAIT)
        assert "file" in asked and first.full_name in asked[-2]
        wb = openpyxl.load_workbook(out)
        ws = wb.worksheets[0]
        names = [c.value for row in ws.iter_rows(min_row=5) for c in row if c.value == first.full_name]
        assert names
        data_rows = [row for row in ws.iter_rows(min_row=5, values_only=True) if any(v is not None for v in row)]
        assert len(data_rows) == shown
        assert any(e.kind == "excel_export" for e in copies.entries(window.session.vault.conn))
    finally:
        wait_all()
        window.session.close()
