"""What the send wizard gathers, and the reads and the call it makes (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app import attachments, cases, dossiers
from app.domain.secrecy import SecrecyLevel
from app.exchange import bundles
from app.exchange.bundles import ExportResult
from app.session import Session
from app.store.cases import CaseRow
from app.store.persons import PersonRow


@dataclass
class SendPlan:
    persons: list[PersonRow] = field(default_factory=list)
    cases: list[CaseRow] = field(default_factory=list)
    with_attachments: bool = True
    recipients: list[str] = field(default_factory=list)
    secrecy: SecrecyLevel | None = None
    dest_dir: Path | None = None
    carrier: str = ""

    @property
    def empty(self) -> bool:
        return not self.persons and not self.cases

    def person_ids(self) -> list[int]:
        return [p.id for p in self.persons]

    def case_ids(self) -> list[int]:
        return [c.id for c in self.cases]

    def export(self, session: Session, progress, cancel) -> ExportResult:
        return bundles.export_bundle(session, self.recipients, self.dest_dir, person_ids=self.person_ids(),
                                     case_ids=self.case_ids(), with_attachments=self.with_attachments, secrecy=self.secrecy,
                                     carrier=self.carrier, progress=progress, cancel=cancel)


def inside_level(session: Session, persons: list[PersonRow], case_rows: list[CaseRow], with_attachments: bool) -> SecrecyLevel:
    """The highest level of what the bundle will hold (the export refuses to mark it lower):
    the dossiers, the cases, the dossiers of the cases' persons and, if sent, their attachments."""
    levels = [SecrecyLevel.NONE] + [p.secrecy for p in persons] + [c.secrecy for c in case_rows]
    ids = {p.id for p in persons}
    for pid in {c.person_id for c in case_rows} - ids:
        levels.append(dossiers.get_person(session, pid, record_view=False).secrecy)
        ids.add(pid)
    if with_attachments:
        for pid in ids:
            levels += [a.secrecy for a in attachments.list_attachments(session, pid)]
    return SecrecyLevel(max(levels))


def cases_of(session: Session, person_id: int) -> list[CaseRow]:
    rows, _ = cases.list_cases(session, person_id=person_id)
    return rows
