"""Incidents: a loss or leak of state secrets, recorded with its immediate report.

The law asks whoever discovers a loss or leak to report it at once to the
head of the office and to the competent body; the office records the
incident (what, level, how, who discovered it), that immediate report (its
number, date and addressee) and the measures taken. The yearly report counts
the incidents by level and kind. An incident is never deleted: a mistaken
one is cancelled with a reason and stays visible.
"""

from __future__ import annotations

import datetime as _dt
import enum
import time
from dataclasses import dataclass

from .domain.secrecy import SecrecyLevel
from .errors import HosoError
from .permissions import Permission
from .store import incidents as store
from .store.incidents import IncidentRow

CLOCK_SLACK = 300.0  # seconds a discovery time may lie ahead of this machine's clock
MAX_TEXT = 4000


class IncidentKind(str, enum.Enum):
    LOSS = "loss"
    LEAK = "leak"

    @property
    def label_vi(self) -> str:
        return {"loss": "Mất", "leak": "Lộ"}[self.value]


@dataclass(frozen=True)
class NewIncident:
    kind: IncidentKind
    secrecy: SecrecyLevel
    discovered_at: _dt.datetime  # local time
    discovered_by: str
    items: str
    circumstances: str = ""
    report_no: str = ""
    report_date: _dt.date | None = None
    reported_to: str = ""
    measures: str = ""


def _text(value: str, field: str, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise HosoError("incident_missing", field=field)
    if len(value) > MAX_TEXT:
        raise HosoError("incident_too_long", field=field, max=MAX_TEXT)
    return value


def _report(report_no: str, report_date: _dt.date | None, reported_to: str, discovered: _dt.date, today: _dt.date) -> tuple[str, str | None, str]:
    no, to = _text(report_no, "số báo cáo / report number"), _text(reported_to, "nơi nhận báo cáo / reported to")
    if (no or to) and report_date is None:
        raise HosoError("incident_missing", field="ngày báo cáo / report date")
    if report_date is not None:
        if report_date < discovered:
            raise HosoError("incident_report_before", report=report_date.strftime("%d/%m/%Y"), found=discovered.strftime("%d/%m/%Y"))
        if report_date > today:
            raise HosoError("incident_future", what="ngày báo cáo / report date")
        if not to:
            raise HosoError("incident_missing", field="nơi nhận báo cáo / reported to")
    return no, report_date.isoformat() if report_date else None, to


def add(session, new: NewIncident, *, now: float | None = None) -> IncidentRow:
    """Record an incident; bad input changes nothing."""
    session.require(Permission.KEEP_REGISTERS)
    now = time.time() if now is None else now
    try:
        kind = IncidentKind(new.kind)
    except ValueError:
        raise HosoError("incident_bad_kind", kind=new.kind) from None
    level = SecrecyLevel(int(new.secrecy))
    if level is SecrecyLevel.NONE:
        raise HosoError("incident_not_secret")
    found = new.discovered_at.timestamp()
    if found > now + CLOCK_SLACK:
        raise HosoError("incident_future", what="thời điểm phát hiện / discovery time")
    items = _text(new.items, "tài liệu, vật bị lộ, mất / what was lost or leaked", required=True)
    by = _text(new.discovered_by, "người phát hiện / discovered by", required=True)
    how = _text(new.circumstances, "diễn biến / circumstances")
    measures = _text(new.measures, "biện pháp / measures")
    no, date, to = _report(new.report_no, new.report_date, new.reported_to, new.discovered_at.date(),
                           _dt.date.fromtimestamp(now))
    summary = f"Ghi vụ {kind.label_vi.lower()} bí mật nhà nước độ {level.code}, phát hiện {new.discovered_at:%d/%m/%Y %H:%M}"
    with session.change(Permission.KEEP_REGISTERS, "incident_recorded", "incident", "", summary) as conn:
        row = store.insert(conn, kind=kind.value, secrecy=level, discovered_at=found, discovered_by=by, items=items,
                           circumstances=how, report_no=no, report_date=date, reported_to=to, measures=measures,
                           user=session.user.username, now=now)
    return row


def _existing(session, incident_id: int) -> IncidentRow:
    row = store.get(session.vault.conn, incident_id)
    if row is None:
        raise HosoError("incident_not_found", id=incident_id)
    if row.status == "cancelled":
        raise HosoError("incident_cancelled", number=f"{row.number}/{row.year}")
    return row


def record_report(session, incident_id: int, *, report_no: str, report_date: _dt.date | None, reported_to: str,
                  measures: str, now: float | None = None) -> IncidentRow:
    """Complete or correct the immediate report and the measures taken."""
    session.require(Permission.KEEP_REGISTERS)
    now = time.time() if now is None else now
    row = _existing(session, incident_id)
    no, date, to = _report(report_no, report_date, reported_to, _dt.date.fromtimestamp(row.discovered_at), _dt.date.fromtimestamp(now))
    measures = _text(measures, "biện pháp / measures")
    with session.change(Permission.KEEP_REGISTERS, "incident_updated", "incident", incident_id,
                        f"Cập nhật báo cáo, biện pháp vụ số {row.number}/{row.year}") as conn:
        store.set_report(conn, incident_id, report_no=no, report_date=date, reported_to=to, measures=measures,
                         user=session.user.username, now=now)
    return store.get(session.vault.conn, incident_id)


def cancel(session, incident_id: int, reason: str, *, now: float | None = None) -> IncidentRow:
    """A mistaken entry: cancelled with a reason, still listed, no longer counted."""
    session.require(Permission.KEEP_REGISTERS)
    reason = _text(reason, "lý do hủy / reason", required=True)
    row = _existing(session, incident_id)
    with session.change(Permission.KEEP_REGISTERS, "incident_cancelled", "incident", incident_id,
                        f"Hủy mục vụ số {row.number}/{row.year}: {reason}") as conn:
        store.cancel(conn, incident_id, reason, session.user.username, time.time() if now is None else now)
    return store.get(session.vault.conn, incident_id)


def list_incidents(session, limit: int = 1000, year: int | None = None) -> list[IncidentRow]:
    """Newest discovery first; with `year`, those in that report year's data window."""
    session.require(Permission.VIEW_DOSSIERS)
    if year is None:
        return store.entries(session.vault.conn, limit)
    from .yearly_report import window

    w = window(year)
    return store.entries(session.vault.conn, limit, w.start_ts, w.end_ts)


def get(session, incident_id: int) -> IncidentRow:
    session.require(Permission.VIEW_DOSSIERS)
    row = store.get(session.vault.conn, incident_id)
    if row is None:
        raise HosoError("incident_not_found", id=incident_id)
    return row
