"""The yearly report on the protection of state secrets: counts by level.

Year Y covers a data window (by default 15 December of Y-1 00:00 to 14
December of Y 23:59:59, local time — data in resources/yearly_report.json,
since the law's dates may change). For each level (Mật, Tối mật, Tuyệt mật)
and in total it counts the secret items created (dossiers, attachments,
cases, issued documents), received (incoming register), sent (outgoing
register), copied (copying register: copies, and entries), destroyed
(destruction register), declassified (decisions, by the former level) and the
incidents of loss or leak. Cancelled entries are not counted; an item counts
at the level it holds now.

The report holds only counts; it is classified at the level set in the same
resource file (Mật by default). Its .xlsx and PDF leave the vault, so each is
entered in the copying register like every other export.
"""

from __future__ import annotations

import datetime as _dt
import json
import time
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Callable

from .domain.secrecy import SecrecyLevel, level_styles
from .errors import HosoError
from .fsutil import atomic_write
from .permissions import Permission
from .resources import resource_path
from .store import copies as copy_register
from .store import incidents as incident_store
from .store import yearly as counts_store

MIN_YEAR, MAX_YEAR = 1990, 2200
HEADER_ROW = 6  # of the .xlsx: stamp, unit, title, window, blank line, then the header
LEVEL_KEYS = ("mat", "toi_mat", "tuyet_mat")


# -- configuration (data) -------------------------------------------------------------

@dataclass(frozen=True)
class RowDef:
    key: str
    label: str  # Vietnamese: the printed and exported report (an official document) always uses it
    label_en: str
    indent: int = 0

    def label_in(self, lang: str) -> str:
        """The label for a screen in `lang` ("vi" or "en")."""
        return self.label_en if lang == "en" else self.label


@dataclass(frozen=True)
class Config:
    start: tuple[int, int, int]  # month, day, years before the report year
    end: tuple[int, int, int]
    secrecy: SecrecyLevel
    rows: tuple[RowDef, ...]


ROW_KEYS = ("created", "created_persons", "created_attachments", "created_cases", "created_documents", "received", "sent",
            "copied", "copy_entries", "destroyed", "declassified", "incidents", "incidents_loss", "incidents_leak")


def config() -> Config:
    path = resource_path("yearly_report.json")
    try:
        doc = json.loads(path.read_text("utf-8"))
        w = doc["window"]
        start = (int(w["start"]["month"]), int(w["start"]["day"]), int(w["start"].get("years_before", 1)))
        end = (int(w["end"]["month"]), int(w["end"]["day"]), int(w["end"].get("years_before", 0)))
        for m, d, _ in (start, end):
            _dt.date(2000, m, d)  # a real day of the year (29/02 allowed)
        rows = tuple(RowDef(r["key"], r["label"], r.get("label_en") or r["label"], int(r.get("indent", 0))) for r in doc["rows"])
        unknown = [r.key for r in rows if r.key not in ROW_KEYS]
        if unknown:
            raise ValueError(f"unknown row keys {unknown}")
        level = SecrecyLevel.parse(doc.get("secrecy", "mat"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise HosoError("yearly_bad_config", path=str(path), detail=str(exc)) from exc
    return Config(start, end, level, rows)


# -- the window -----------------------------------------------------------------------

@dataclass(frozen=True)
class Window:
    year: int
    first_day: _dt.date  # from 00:00 of this day
    last_day: _dt.date  # to 23:59:59 of this day, local time

    @property
    def start_ts(self) -> float:
        return _dt.datetime.combine(self.first_day, _dt.time()).timestamp()

    @property
    def end_ts(self) -> float:
        """Exclusive: 00:00 of the day after the last day."""
        return _dt.datetime.combine(self.last_day + _dt.timedelta(days=1), _dt.time()).timestamp()

    def contains(self, moment: _dt.datetime) -> bool:
        return self.start_ts <= moment.timestamp() < self.end_ts

    def as_dict(self) -> dict[str, str]:
        return {"from": self.first_day.isoformat(), "to": self.last_day.isoformat()}

    def text(self) -> str:
        return f"{self.first_day:%d/%m/%Y} – {self.last_day:%d/%m/%Y}"


def _day(year: int, month: int, day: int) -> _dt.date:
    try:
        return _dt.date(year, month, day)
    except ValueError:  # 29 February of a common year: the last day of February
        return _dt.date(year, month, 28)


def window(year: int, cfg: Config | None = None) -> Window:
    if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise HosoError("yearly_bad_year", year=year, min=MIN_YEAR, max=MAX_YEAR)
    cfg = cfg or config()
    (sm, sd, sy), (em, ed, ey) = cfg.start, cfg.end
    first, last = _day(year - sy, sm, sd), _day(year - ey, em, ed)
    if last < first:
        raise HosoError("yearly_bad_config", path="yearly_report.json", detail="the window ends before it starts")
    return Window(year, first, last)


def year_of(day: _dt.date, cfg: Config | None = None) -> int:
    """The report year whose window holds `day` (20/12/2026 belongs to 2027 with the default window)."""
    cfg = cfg or config()
    for year in (day.year, day.year + 1, day.year - 1):
        w = window(year, cfg)
        if w.first_day <= day <= w.last_day:
            return year
    return day.year


# -- the figures ----------------------------------------------------------------------

@dataclass(frozen=True)
class LevelCounts:
    mat: int = 0
    toi_mat: int = 0
    tuyet_mat: int = 0

    @property
    def total(self) -> int:
        return self.mat + self.toi_mat + self.tuyet_mat

    @classmethod
    def of(cls, by_level: dict[int, int]) -> "LevelCounts":
        return cls(by_level.get(1, 0), by_level.get(2, 0), by_level.get(3, 0))

    def __add__(self, other: "LevelCounts") -> "LevelCounts":
        return LevelCounts(self.mat + other.mat, self.toi_mat + other.toi_mat, self.tuyet_mat + other.tuyet_mat)

    def as_dict(self) -> dict[str, int]:
        return {"mat": self.mat, "toi_mat": self.toi_mat, "tuyet_mat": self.tuyet_mat, "total": self.total}

    def values(self) -> list[int]:
        return [self.mat, self.toi_mat, self.tuyet_mat, self.total]


@dataclass(frozen=True)
class YearlyReport:
    year: int
    window: Window
    unit_code: str
    unit_name: str
    secrecy: SecrecyLevel  # of the report itself
    counts: dict[str, LevelCounts]  # by row key (ROW_KEYS)
    rows: tuple[RowDef, ...]
    computed_at: float

    def table(self) -> list[tuple[RowDef, LevelCounts]]:
        return [(r, self.counts[r.key]) for r in self.rows]

    def as_json(self) -> dict:
        c = {k: v.as_dict() for k, v in self.counts.items()}
        return {"year": self.year, "window": self.window.as_dict(), "secrecy": self.secrecy.code,
                "unit": {"code": self.unit_code, "name": self.unit_name},
                "counts": {"created": c["created"], "received": c["received"], "sent": c["sent"], "copied": c["copied"],
                           "destroyed": c["destroyed"], "declassified": c["declassified"], "incidents": c["incidents"],
                           "copy_entries": c["copy_entries"],
                           "created_by_kind": {k: c[f"created_{k}"] for k in ("persons", "attachments", "cases", "documents")},
                           "incidents_by_kind": {"loss": c["incidents_loss"], "leak": c["incidents_leak"]}}}


Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


def compute(session, year: int, progress: Progress | None = None, cancel: Cancel | None = None) -> YearlyReport:
    """Count the window of report year `year`; reads only."""
    session.require(Permission.VIEW_DOSSIERS)
    cfg = config()
    w = window(year, cfg)
    conn = session.vault.conn
    a, b = w.start_ts, w.end_ts
    got: dict[str, dict[int, int]] = {}

    def copies_step() -> None:
        entries, n = counts_store.copies(conn, a, b)
        got["copy_entries"], got["copied"] = entries, n

    def incidents_step() -> None:
        by = {"loss": {}, "leak": {}}
        for kind, level, n in incident_store.counts(conn, a, b):
            by.setdefault(kind, {})[level] = n
        got["incidents_loss"], got["incidents_leak"] = by["loss"], by["leak"]

    steps: list[tuple[str, Callable[[], None]]] = [
        ("Đếm hồ sơ / dossiers", lambda: got.__setitem__("created_persons", counts_store.persons_created(conn, a, b))),
        ("Đếm tệp đính kèm / attachments", lambda: got.__setitem__("created_attachments", counts_store.created(conn, "attachments", a, b))),
        ("Đếm vụ việc / cases", lambda: got.__setitem__("created_cases", counts_store.created(conn, "cases", a, b))),
        ("Đếm văn bản / documents", lambda: got.__setitem__("created_documents", counts_store.created(conn, "documents", a, b))),
        ("Sổ đến / incoming", lambda: got.__setitem__("received", counts_store.register_entries(conn, "incoming", a, b))),
        ("Sổ đi / outgoing", lambda: got.__setitem__("sent", counts_store.register_entries(conn, "outgoing", a, b))),
        ("Sổ sao chụp / copies", copies_step),
        ("Tiêu hủy / destruction", lambda: got.__setitem__("destroyed", counts_store.register_entries(conn, "destruction", a, b))),
        ("Giải mật / declassified", lambda: got.__setitem__("declassified", counts_store.declassified(conn, a, b))),
        ("Lộ, mất / incidents", incidents_step),
    ]
    for i, (label, step) in enumerate(steps):
        if cancel is not None and cancel():
            raise HosoError("cancelled")
        if progress is not None:
            progress(i, len(steps), label)
        step()
    if progress is not None:
        progress(len(steps), len(steps), "")
    counts = {k: LevelCounts.of(v) for k, v in got.items()}
    counts["created"] = (counts["created_persons"] + counts["created_attachments"] + counts["created_cases"]
                         + counts["created_documents"])
    counts["incidents"] = counts["incidents_loss"] + counts["incidents_leak"]
    from .exchange.units import own_unit

    me = own_unit(conn)
    return YearlyReport(year, w, me.code, me.name, cfg.secrecy, counts, cfg.rows, time.time())


# -- exports ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportResult:
    path: Path
    secrecy: SecrecyLevel
    register_number: str  # "12/2026"


def title(report: YearlyReport) -> str:
    return f"BÁO CÁO THỐNG KÊ CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM {report.year}"


def _numbered(report: YearlyReport) -> list[tuple[str, RowDef, LevelCounts]]:
    """(STT, row, counts): main rows numbered 1, 2, ...; breakdown rows marked '-'."""
    out, n = [], 0
    for r, c in report.table():
        if r.indent:
            out.append(("-", r, c))
        else:
            n += 1
            out.append((str(n), r, c))
    return out


def export_xlsx(session, report: YearlyReport, dest: Path, *, confirmed: bool, progress: Progress | None = None,
                cancel: Cancel | None = None) -> ExportResult:
    """Write the report as a workbook (a copy leaving the vault: confirmed, registered, audited)."""
    session.require(Permission.PRINT_FORMS)
    if not confirmed:
        raise HosoError("confirmation_required")
    if progress is not None:
        progress(0, 2, "Đang lập bảng / building the sheet")
    data = _workbook(report, session.user.full_name or session.user.username)
    if cancel is not None and cancel():
        raise HosoError("cancelled")
    if progress is not None:
        progress(1, 2, "Đang ghi tệp / writing the file")
    dest = Path(dest)
    try:
        with session.change(Permission.PRINT_FORMS, "yearly_report_exported", "yearly_report", report.year,
                            f"Xuất Excel báo cáo thống kê bảo vệ bí mật nhà nước năm {report.year} ra {dest.name}") as conn:
            entry = copy_register.register(conn, session.user.username, "report_export", "yearly_report", report.year,
                                           report.secrecy, destination=str(dest),
                                           reason=f"Báo cáo thống kê năm {report.year} (.xlsx)")
            atomic_write(dest, data)  # inside: a failed write undoes the register entry
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{dest}: {exc.strerror or exc}") from exc
    if progress is not None:
        progress(2, 2, "")
    return ExportResult(dest, report.secrecy, f"{entry.number}/{entry.year}")


def _workbook(report: YearlyReport, made_by: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    style = level_styles()[report.secrecy]
    wb = Workbook()
    ws = wb.active
    ws.title = f"Năm {report.year}"
    marked = report.secrecy is not SecrecyLevel.NONE
    if marked:
        for hf in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter):
            hf.center.text, hf.center.size, hf.center.color = style.label_vi, 14, "C62828"
            hf.center.font = "Times New Roman,Bold"
    ws["A1"] = style.label_vi if marked else None
    ws["A1"].font = Font(bold=True, size=14, color="C62828")
    ws["A2"] = report.unit_name
    ws["A2"].font = Font(bold=True)
    ws["A3"] = title(report)
    ws["A3"].font = Font(bold=True, size=13)
    ws["A4"] = f"Số liệu từ 00 giờ ngày {report.window.first_day:%d/%m/%Y} đến 24 giờ ngày {report.window.last_day:%d/%m/%Y}"
    ws["A4"].font = Font(italic=True)
    thin = Side(style="thin", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="D9E1F2")
    for col, text in enumerate(("STT", "Nội dung", "Mật", "Tối mật", "Tuyệt mật", "Cộng"), 1):
        c = ws.cell(HEADER_ROW, col, text)
        c.font, c.fill, c.border = Font(bold=True), fill, grid
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, (no, r, counts) in enumerate(_numbered(report), HEADER_ROW + 1):
        cells = [ws.cell(i, 1, no), ws.cell(i, 2, r.label)]
        cells += [ws.cell(i, 3 + k, v) for k, v in enumerate(counts.values())]
        for c in cells:
            c.border = grid
            if not r.indent:
                c.font = Font(bold=True)
        cells[0].alignment = Alignment(horizontal="center")
        cells[1].alignment = Alignment(indent=2 * r.indent, wrap_text=True)
    end = HEADER_ROW + len(report.rows) + 2
    ws.cell(end, 1, f"Lập ngày {_dt.date.fromtimestamp(report.computed_at):%d/%m/%Y}, người lập: {made_by}").font = Font(italic=True)
    for col, width in zip("ABCDEF", (6, 48, 11, 11, 11, 11)):
        ws.column_dimensions[col].width = width
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def pdf_draft(session, report: YearlyReport):
    """The report as a printable form (resources/forms/yearly_report.toml), marked with the report's level."""
    from .forms import sources, words
    from .forms import templates as T
    from .forms.drafts import Draft
    from .forms.model import Table

    session.require(Permission.PRINT_FORMS)
    conn = session.vault.conn
    lay, t = T.layout(conn), T.form("yearly_report", conn)
    fields = {**sources.unit_fields(conn, lay), "unit_name": report.unit_name, "unit_code": report.unit_code,
              "year": str(report.year), "window_from": words.short_date(report.window.first_day),
              "window_to": words.short_date(report.window.last_day), "printed_on": words.short_date(_dt.date.today()),
              "printed_by": session.user.full_name or session.user.username,
              "long_date": words.long_date(_dt.date.today())}  # the signature block's date line
    rows = []
    for no, r, c in _numbered(report):
        cells = {"no": no, "label": r.label, **{k: str(v) for k, v in c.as_dict().items()}}
        rows.append([cells[col.key] for col in t.columns])
    table = Table([c.title for c in t.columns], [c.width for c in t.columns], rows)
    return Draft(t.name, "yearly_report", str(report.year), f"Báo cáo thống kê bảo vệ bí mật nhà nước năm {report.year}", t,
                 fields, report.secrecy, table=table)


def export_pdf(session, report: YearlyReport, dest: Path, copies: int = 1, reason: str = ""):
    """Save the printed report as a PDF: a copy, numbered and registered by the print service."""
    from .forms.service import PrintJob, print_draft

    return print_draft(session, pdf_draft(session, report), PrintJob(copies=copies, reason=reason), Path(dest))
