"""A dossier as (field, value) lines, for the read-only view of an old version."""

from __future__ import annotations

from app.domain.partial_date import PartialDate
from app.domain.person import SECTIONS, Person
from app.domain.ids import Sex
from app.domain.secrecy import SecrecyLevel

from ..labels import secrecy_label
from .labels import date_text, field_label, relation_label, sex_label

SCALARS = (
    "full_name", "other_names", "birth_date", "sex", "ethnicity", "nationality", "religion", "religious_office",
    "birth_place", "hometown", "permanent_address", "current_address", "id_number", "id_override_reason", "party_card",
    "party_joined", "party_official", "unit", "position", "education_general", "specialism", "political_theory",
    "secrecy", "notes",
)


def _value(v: object) -> str:
    if isinstance(v, PartialDate):
        return date_text(v)
    if isinstance(v, SecrecyLevel):
        return secrecy_label(v)
    if isinstance(v, Sex):
        return sex_label(v)
    return "" if v is None else str(v)


def summary_lines(p: Person) -> list[tuple[str, str, str]]:
    """(key, label, text) for every field, relatives and section of the dossier."""
    out = [(name, field_label(name), _value(getattr(p, name))) for name in SCALARS]
    relatives = []
    for r in p.relatives:
        born = f" ({date_text(r.birth_date)})" if r.birth_date else ""
        where = f" — {r.residence}" if r.residence else ""
        relatives.append(f"{relation_label(r.relation)}: {r.full_name}{born}{where}" + (" ✈" if r.abroad else "")
                         + (" ★" if r.is_party_member else ""))
    out.append(("relatives", field_label("relatives"), "\n".join(relatives)))
    for s in SECTIONS:
        lines = []
        for period in getattr(p, s):
            span = "–".join(x for x in (date_text(period.start), date_text(period.end)) if x)
            lines.append(", ".join(x for x in (span, period.text, period.place) if x))
        out.append((s, field_label(s), "\n".join(lines)))
    return out

