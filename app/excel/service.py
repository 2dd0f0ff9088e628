"""The whole import in one call, as `hoso excel import` does it:
read -> find the table -> mapping (profile or synonyms) -> preview -> commit."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..domain.secrecy import SecrecyLevel
from ..errors import HosoError
from ..permissions import Permission
from .commit import ImportResult, commit
from .errors import Cancelled
from .mapping import MappingChoice, locate, suggest
from .plan import Action, ImportPlan, PlanOptions, preview
from .reading import ReadOptions, Table, read_workbook
from .records import EarlyColumns, RecordOptions


@dataclass
class ImportRequest:
    path: Path
    sheet: str | None = None
    header_row: int | None = None  # sheet row number of the header (1-based), else detected
    last_row: int | None = None  # last data row, else up to the footer
    profile: str | None = None  # a saved mapping to use, else the one saved for this header layout, else synonyms
    mapping: dict[int, str] | None = None  # an explicit mapping (column index -> field): the wizard's edits
    save_profile: str | None = None  # save the mapping under this name (on commit)
    dry_run: bool = False
    include_review: bool = False
    accept_id_warnings: bool = False
    near_matches: bool = True
    default_secrecy: SecrecyLevel = SecrecyLevel.MAT
    report: Path | None = None  # write the error report here
    read: ReadOptions = field(default_factory=ReadOptions)


@dataclass
class ImportOutcome:
    plan: ImportPlan
    result: ImportResult | None  # None for a dry run
    include_review: bool = False
    report: Path | None = None

    def summary(self) -> dict:
        """The CLI contract's keys (rows_read, created, updated, duplicates, errors) and more.

        duplicates: rows not imported because they are, or may be, already there: repeated rows of
        the file, rows identical to a dossier in the vault, and near matches left for review."""
        p, c = self.plan, self.plan.counts()
        review_created = self.include_review
        out = {
            "rows_read": p.rows_read,
            "created": self.result.created if self.result else c["create"] + (c["review"] if review_created else 0),
            "updated": self.result.updated if self.result else c["update"],
            "duplicates": c["duplicate"] + c["unchanged"] + (0 if review_created else c["review"]),
            "errors": [i.to_json() for i in p.issues("error")],
            "warnings": [i.to_json() for i in p.issues("warning")],
            "review": [r.to_json() for r in p.rows if r.action is Action.REVIEW],
            "unchanged": c["unchanged"],
            "in_file_duplicates": c["duplicate"],
            "rejected_rows": c["error"],
            "notices": p.notices + p.choice.notes,
            "sheet": p.table.sheet,
            "header_row": p.table.row_number(p.choice.layout.header_index),
            "data_rows": [p.table.row_number(p.choice.layout.data_start), p.table.row_number(p.choice.layout.data_end - 1)],
            "mapping": {p.table.column_letter(j): f for j, f in sorted(p.choice.mapping.items())},
            "profile": (self.result.profile if self.result else None) or p.choice.profile,
            "engine": p.table.engine,
            "dry_run": self.result is None,
        }
        if self.result and self.result.created_ids:
            out["created_ids"] = list(self.result.created_ids)
        if self.report:
            out["report"] = str(self.report)
        return out


class EarlyParse:
    """An on_rows hook for read_workbook: while the reading process sends the rest, the table
    and mapping the first rows show (`choose`), then the columns whose cells parse one by
    one, part by part. Pass `columns` to preview(early=...): used only if the whole table
    gives the same first data row and mapping (records.EarlyColumns)."""

    def __init__(self, choose: Callable[[Table], MappingChoice], opts: RecordOptions) -> None:
        self.choose, self.opts = choose, opts
        self.columns: EarlyColumns | None = None

    def __call__(self, table: Table) -> None:
        if self.columns is None:
            self.columns = EarlyColumns(table, self.choose(table), self.opts)
        self.columns.feed()


def suggested_early(session) -> EarlyParse:
    """The early parse for a reading whose mapping the user will confirm (the import wizard):
    the detected table and the mapping suggest() offers."""
    conn = session.vault.conn
    return EarlyParse(lambda table: suggest(table, locate(table), conn), RecordOptions())


def import_file(session, req: ImportRequest, progress: Callable | None = None,
                cancel: Callable | None = None) -> ImportOutcome:
    session.require(Permission.IMPORT_EXCEL)
    opts = PlanOptions(default_secrecy=req.default_secrecy, accept_id_warnings=req.accept_id_warnings,
                       near_matches=req.near_matches, keep_raw_rows=False)

    def choose(table: Table) -> MappingChoice:
        layout = locate(table, req.header_row, req.last_row)
        if req.mapping is not None:
            return MappingChoice(layout, dict(req.mapping), "user")
        return suggest(table, layout, session.vault.conn, req.profile)

    early = EarlyParse(choose, opts)
    try:
        table = read_workbook(Path(req.path), ReadOptions(req.sheet, req.read.limits), progress, cancel, early)
        choice = choose(table)
        plan = preview(session, table, choice, opts, progress, cancel, early.columns)
    except Cancelled:
        raise HosoError("cancelled") from None
    result = None
    if not req.dry_run:
        result = commit(session, plan, include_review=req.include_review, save_profile=req.save_profile,
                        progress=progress, cancel=cancel)
    outcome = ImportOutcome(plan, result, req.include_review)
    if req.report is not None:
        from .report import write_error_report

        outcome.report = write_error_report(session, plan, Path(req.report))
    return outcome
