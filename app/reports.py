"""Case reports: counts by purpose, state, outcome, unit and month, time to
conclusion, and the overdue list; shown in the GUI and exported to .xlsx."""

from __future__ import annotations

import datetime as _dt
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from .errors import HosoError
from .fsutil import atomic_write
from .permissions import Permission
from .store import copies
from .workflow.states import STATE_LABELS
from .workflow.templates import outcomes

_BASE = "FROM cases c WHERE c.corrected_by_id IS NULL"  # a corrected case is counted once, in its correction


@dataclass(frozen=True)
class ReportFilter:
    since: _dt.date | None = None  # by date received
    until: _dt.date | None = None  # inclusive
    purpose: str | None = None
    unit: str | None = None  # requesting unit


@dataclass
class CaseReport:
    total: int
    by_purpose: list[tuple[str, int]] = field(default_factory=list)
    by_state: list[tuple[str, int]] = field(default_factory=list)
    by_outcome: list[tuple[str, int]] = field(default_factory=list)
    by_unit: list[tuple[str, int]] = field(default_factory=list)
    by_month: list[tuple[str, int]] = field(default_factory=list)
    concluded: int = 0
    mean_days: float | None = None
    median_days: float | None = None
    overdue: list[dict] = field(default_factory=list)


def _where(flt: ReportFilter) -> tuple[str, list]:
    cond, args = [], []
    if flt.since:
        cond.append("c.received_on >= ?")
        args.append(flt.since.isoformat())
    if flt.until:
        cond.append("c.received_on <= ?")
        args.append(flt.until.isoformat())
    if flt.purpose:
        cond.append("c.purpose = ?")
        args.append(flt.purpose)
    if flt.unit:
        cond.append("c.requesting_unit = ?")
        args.append(flt.unit)
    return "".join(f" AND {c}" for c in cond), args


def _group(conn, column: str, where: str, args: list) -> list[tuple[str, int]]:
    return [(k or "", n) for k, n in conn.execute(
        f"SELECT {column} AS k, count(*) AS n {_BASE}{where} GROUP BY k ORDER BY n DESC, k", args)]


def case_report(session, flt: ReportFilter = ReportFilter(), today: _dt.date | None = None) -> CaseReport:
    session.require(Permission.VIEW_DOSSIERS)
    conn = session.vault.conn
    where, args = _where(flt)
    today = today or _dt.date.today()
    total = conn.execute(f"SELECT count(*) {_BASE}{where}", args).fetchone()[0]
    rep = CaseReport(total)
    rep.by_purpose = _group(conn, "c.purpose", where, args)
    rep.by_state = _group(conn, "c.state", where, args)
    rep.by_outcome = _group(conn, "c.outcome", where + " AND c.state IN ('concluded', 'archived')", args)
    rep.by_unit = _group(conn, "c.requesting_unit", where, args)
    rep.by_month = sorted(_group(conn, "substr(c.received_on, 1, 7)", where, args))
    spans = [(_dt.date.fromisoformat(done) - _dt.date.fromisoformat(got)).days for got, done in conn.execute(
        f"SELECT c.received_on, c.concluded_on {_BASE}{where} AND c.concluded_on IS NOT NULL", args)]
    rep.concluded = len(spans)
    if spans:
        rep.mean_days = round(statistics.fmean(spans), 1)
        rep.median_days = float(statistics.median(spans))
    rep.overdue = [
        {"id": cid, "person_id": pid, "person": name, "purpose": purpose, "state": state, "due_on": due, "officer": officer,
         "days_late": (today - _dt.date.fromisoformat(due)).days}
        for cid, pid, name, purpose, state, due, officer in conn.execute(
            f"SELECT c.id, c.person_id, p.full_name, c.purpose, c.state, c.due_on, c.officer {_BASE.replace('FROM cases c', 'FROM cases c JOIN persons p ON p.id = c.person_id')}"
            f"{where} AND c.state NOT IN ('concluded', 'archived') AND c.due_on < ? ORDER BY c.due_on, c.id", (*args, today.isoformat()))
    ]
    return rep


def export_xlsx(session, report: CaseReport, dest: Path, *, confirmed: bool) -> Path:
    """Write the report as a workbook; it names persons (overdue list), so it is a
    copy leaving the vault: confirmed by the user and entered in the register."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.styles import Font

    from .domain.secrecy import SecrecyLevel
    from .settings import highest_secrecy

    session.require(Permission.VIEW_DOSSIERS)
    if not confirmed:
        raise HosoError("confirmation_required")
    labels = {s.value: label for s, label in STATE_LABELS.items()}
    outcome_titles = {code: o.title for code, o in outcomes().items()}
    wb = Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    bold = Font(bold=True)
    ws.append(["BÁO CÁO VỤ VIỆC THẨM TRA"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Tổng số vụ việc", report.total])
    ws.append(["Đã kết luận", report.concluded])
    ws.append(["Số ngày từ tiếp nhận đến kết luận (trung bình)", report.mean_days])
    ws.append(["Số ngày từ tiếp nhận đến kết luận (trung vị)", report.median_days])
    ws.append(["Quá hạn", len(report.overdue)])

    def sheet(title: str, header: list[str], rows: list[list]) -> None:
        s = wb.create_sheet(title)
        s.append(header)
        for c in s[1]:
            c.font = bold
        for r in rows:
            s.append(r)
        s.column_dimensions["A"].width = 40

    sheet("Theo mục đích", ["Mục đích", "Số vụ việc"], [[k, n] for k, n in report.by_purpose])
    sheet("Theo trạng thái", ["Trạng thái", "Số vụ việc"], [[labels.get(k, k), n] for k, n in report.by_state])
    sheet("Theo kết quả", ["Kết quả", "Số vụ việc"], [[outcome_titles.get(k, k), n] for k, n in report.by_outcome])
    sheet("Theo đơn vị", ["Đơn vị đề nghị", "Số vụ việc"], [[k or "(không ghi)", n] for k, n in report.by_unit])
    sheet("Theo tháng", ["Tháng", "Số vụ việc"], [[k, n] for k, n in report.by_month])
    sheet("Quá hạn", ["Số vụ việc", "Họ và tên", "Mục đích", "Trạng thái", "Hạn", "Số ngày quá hạn", "Chuyên viên"],
          [[o["id"], o["person"], o["purpose"], labels.get(o["state"], o["state"]),
            _dt.date.fromisoformat(o["due_on"]).strftime("%d/%m/%Y"), o["days_late"], o["officer"]] for o in report.overdue])
    buf = BytesIO()
    wb.save(buf)
    level = highest_secrecy(session) if report.overdue else SecrecyLevel.NONE
    dest = Path(dest)
    try:
        with session.vault.transaction() as conn:
            entry = copies.register(conn, session.user.username, "report_export", "report", "cases", level, destination=str(dest))
            session.vault.audit(session.user.username, "report_exported", "report", "cases", f"Xuất báo cáo, sổ sao chụp số {entry.number}/{entry.year}")
            atomic_write(dest, buf.getvalue())
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{dest}: {exc.strerror or exc}") from exc
    return dest


