"""Export the Dossiers list's current search result to .xlsx: confirm (the copy leaves
the vault unencrypted and is entered in the copy register), choose the file, write it
in the background with progress and Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.excel.export import ExportResult, export_persons
from app.store.persons import PersonFilter

from ..dialogs import notify, show_error
from ..progress import ProgressJob, run_with_progress
from .prompts import with_xlsx

translate = QCoreApplication.translate


def export_list(parent: QWidget, session, prompts, query: str, flt: PersonFilter,
                on_done: Callable[[ExportResult], None] | None = None) -> ProgressJob | None:
    """`prompts` needs confirm(parent, title, text, yes) and save_file(parent, title, suggested)."""
    title = translate("ExcelExport", "Export to Excel")
    text = translate("ExcelExport", "The dossiers of the current list{search} will be written to an Excel file. The file "
                     "leaves the vault UNENCRYPTED: it is entered in the copy register and must be kept and destroyed "
                     "like any secret document. Continue?").format(
        search=translate("ExcelExport", " (search “{q}”)").format(q=query) if query else "")
    if not prompts.confirm(parent, title, text, translate("ExcelExport", "&Export")):
        return None
    dest = prompts.save_file(parent, title, "danh sach ho so.xlsx")
    if dest is None:
        return None
    dest = with_xlsx(Path(dest))

    def done(result: ExportResult) -> None:
        notify(parent, translate("ExcelExport", "{n} dossier(s) exported to {path} (copy register no. {number}).").format(
            n=result.rows, path=result.path, number=result.register_number))
        if on_done is not None:
            on_done(result)

    return run_with_progress(parent, translate("ExcelExport", "Exporting to Excel"),
                             lambda progress, cancel: export_persons(session, dest, query, flt, confirmed=True,
                                                                     progress=progress, cancel=cancel),
                             done, lambda exc: show_error(parent, exc))
