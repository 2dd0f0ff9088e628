"""Incidents of loss or leak of secrets: numbered per year of discovery, never deleted."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..domain.secrecy import SecrecyLevel

_COLS = ("id, year, number, kind, secrecy, discovered_at, discovered_by, items, circumstances, report_no, report_date,"
         " reported_to, measures, created_at, created_by, updated_at, updated_by, status, cancel_reason")
_NEXT = "SELECT coalesce(max(number), 0) + 1 FROM incidents WHERE year = ?"
_INSERT = ("INSERT INTO incidents(year, number, kind, secrecy, discovered_at, discovered_by, items, circumstances, report_no,"
           " report_date, reported_to, measures, created_at, created_by, updated_at, updated_by)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_GET = f"SELECT {_COLS} FROM incidents WHERE id = ?"
_LIST = f"SELECT {_COLS} FROM incidents ORDER BY discovered_at DESC, id DESC LIMIT ?"
_LIST_RANGE = f"SELECT {_COLS} FROM incidents WHERE discovered_at >= ? AND discovered_at < ? ORDER BY discovered_at DESC, id DESC LIMIT ?"
_SET_REPORT = ("UPDATE incidents SET report_no = ?, report_date = ?, reported_to = ?, measures = ?, updated_at = ?, updated_by = ?"
               " WHERE id = ?")
_CANCEL = "UPDATE incidents SET status = 'cancelled', cancel_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?"
# The yearly report: active incidents discovered in [start, end), by kind and level.
_COUNT = ("SELECT kind, secrecy, count(*) FROM incidents WHERE status != 'cancelled' AND discovered_at >= ? AND discovered_at < ?"
          " GROUP BY kind, secrecy")


@dataclass(frozen=True)
class IncidentRow:
    id: int
    year: int
    number: int
    kind: str  # loss | leak
    secrecy: SecrecyLevel
    discovered_at: float
    discovered_by: str
    items: str
    circumstances: str
    report_no: str
    report_date: str | None  # ISO date
    reported_to: str
    measures: str
    created_at: float
    created_by: str
    updated_at: float
    updated_by: str
    status: str  # active | cancelled
    cancel_reason: str


def _row(r) -> IncidentRow:
    r = list(r)
    r[4] = SecrecyLevel(r[4])
    return IncidentRow(*r)


def insert(conn, *, kind: str, secrecy: SecrecyLevel, discovered_at: float, discovered_by: str, items: str, circumstances: str,
           report_no: str, report_date: str | None, reported_to: str, measures: str, user: str, now: float) -> IncidentRow:
    """A new incident inside the caller's transaction, numbered within its year of discovery."""
    year = _dt.datetime.fromtimestamp(discovered_at).year
    number = conn.execute(_NEXT, (year,)).fetchone()[0]
    rid = conn.execute(_INSERT, (year, number, kind, int(secrecy), discovered_at, discovered_by, items, circumstances, report_no,
                                 report_date, reported_to, measures, now, user, now, user)).lastrowid
    return get(conn, rid)


def get(conn, incident_id: int) -> IncidentRow | None:
    r = conn.execute(_GET, (incident_id,)).fetchone()
    return _row(r) if r else None


def entries(conn, limit: int = 1000, start: float | None = None, end: float | None = None) -> list[IncidentRow]:
    """Newest discovery first; with start/end only those discovered in [start, end)."""
    if start is None or end is None:
        return [_row(r) for r in conn.execute(_LIST, (limit,))]
    return [_row(r) for r in conn.execute(_LIST_RANGE, (start, end, limit))]


def set_report(conn, incident_id: int, *, report_no: str, report_date: str | None, reported_to: str, measures: str,
               user: str, now: float) -> None:
    conn.execute(_SET_REPORT, (report_no, report_date, reported_to, measures, now, user, incident_id))


def cancel(conn, incident_id: int, reason: str, user: str, now: float) -> None:
    conn.execute(_CANCEL, (reason, now, user, incident_id))


def counts(conn, start: float, end: float) -> list[tuple[str, int, int]]:
    """(kind, level, number of incidents) for the active incidents discovered in [start, end)."""
    return [(k, int(s), int(n)) for k, s, n in conn.execute(_COUNT, (start, end))]
