"""Excel lists in and out: reading hostile files safely, finding the table,
mapping Vietnamese headers, previewing, committing in one transaction,
error reports, exports and the blank template.

Services (all long ones take progress(done, total, message) and cancel()):
    read_workbook(path, ReadOptions)        -> Table          (reading.py)
    suggest_mapping(session, table)         -> MappingChoice  (mapping.py)
    preview(session, table, mapping, opts)  -> ImportPlan     (plan.py)
    commit(session, plan, ...)              -> ImportResult   (commit.py)
    import_file(session, path, ...)         -> ImportOutcome  (service.py; what the CLI calls)
    write_error_report(session, plan, dest)                   (report.py)
    export_persons(session, dest, query, ...) -> ExportResult (export.py)
    write_template(dest)                                      (template.py)
"""

from __future__ import annotations


def ensure_safe_xml() -> None:
    """openpyxl must parse through defusedxml (no entity expansion, no external
    entities): refuse to run otherwise rather than read hostile files unsafely."""
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise RuntimeError("openpyxl is not using defusedxml: install defusedxml before reading Excel files")


# The process that parses files (worker.py) checks this only if it falls back to openpyxl
# (_OpenpyxlSource): importing openpyxl would otherwise delay every read by a third of a second.
READER_PROCESS = "hoso-excel-reader"
if __import__("multiprocessing").current_process().name != READER_PROCESS:
    ensure_safe_xml()
