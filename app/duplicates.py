"""Finding dossiers that are probably the same person, and merging them.

Signals: the same CCCD; the same name and date of birth; a near-identical
spelling (edit distance of the folded name at most 2) with the same birth
year. Merging is always the officer's decision; both histories are kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from .domain.person import SECTIONS, Person
from .domain.secrecy import SecrecyLevel
from .dossiers import FIELD_LABELS
from .errors import HosoError
from .permissions import Permission
from .store import attachments as attachment_store
from .store import persons as store
from .store.persons import PersonRow
from .text.similarity import levenshtein
from .text.vietnamese import fold, tokens

MAX_DISTANCE = 2


@dataclass(frozen=True)
class Candidate:
    person: PersonRow
    reasons: tuple[str, ...]
    score: int  # higher: more certainly the same person


def find_duplicates(session, p: Person) -> list[Candidate]:
    session.require(Permission.VIEW_DOSSIERS)
    conn = session.vault.conn
    found: dict[int, tuple[PersonRow, list[str], int]] = {}

    def add(row: PersonRow, reason: str, score: int) -> None:
        entry = found.setdefault(row.id, (row, [], 0))
        if reason not in entry[1]:
            entry[1].append(reason)
        found[row.id] = (row, entry[1], entry[2] + score)

    for row in store.same_id_number(conn, p.id_number.strip(), p.id or 0):
        add(row, "cùng số CCCD/CMND", 100)
    birth_iso = p.birth_date.iso() if p.birth_date else None
    for row in store.same_name_and_birth(conn, p.full_name, birth_iso, p.id or 0):
        add(row, "cùng họ tên và ngày sinh", 60)
        if p.hometown and fold(row.hometown) == fold(p.hometown):
            add(row, "cùng quê quán", 20)
    words = tokens(p.full_name)
    folded = " ".join(words)
    for row, other in store.name_candidates(conn, words, p.birth_date.year if p.birth_date else None):
        if row.id == p.id or row.id in found:
            continue
        if other == folded:
            add(row, "cùng họ tên, cùng năm sinh", 40)
        elif levenshtein(folded, other, MAX_DISTANCE) <= MAX_DISTANCE:
            add(row, "họ tên gần giống, cùng năm sinh", 30)
    out = [Candidate(row, tuple(reasons), score) for row, reasons, score in found.values()]
    return sorted(out, key=lambda c: (-c.score, c.person.id))


def _merge_into(keep: Person, drop: Person) -> list[str]:
    """Fill the kept dossier from the other; return the labels of what changed."""
    changed = []
    for name in ("other_names", "birth_date", "religion", "religious_office", "birth_place", "hometown", "permanent_address",
                 "current_address", "id_number", "party_card", "party_joined", "party_official", "unit", "position",
                 "education_general", "specialism", "political_theory", "notes"):
        if not getattr(keep, name) and getattr(drop, name):
            setattr(keep, name, getattr(drop, name))
            changed.append(FIELD_LABELS[name])
    if drop.full_name != keep.full_name and drop.full_name not in keep.other_names:
        keep.other_names = ", ".join(x for x in (keep.other_names, drop.full_name) if x)
        changed.append(FIELD_LABELS["other_names"])
    have = {(r.relation, fold(r.full_name)) for r in keep.relatives}
    new_rel = [r for r in drop.relatives if (r.relation, fold(r.full_name)) not in have]
    for r in new_rel:
        r.id = None
    if new_rel:
        keep.relatives.extend(new_rel)
        changed.append(FIELD_LABELS["relatives"])
    for s in SECTIONS:
        mine = [x.to_json() for x in getattr(keep, s)]
        extra = [x for x in getattr(drop, s) if x.to_json() not in mine]
        if extra:
            getattr(keep, s).extend(extra)
            changed.append(FIELD_LABELS[s])
    if drop.secrecy > keep.secrecy:
        keep.secrecy = SecrecyLevel(drop.secrecy)  # a combined item takes the highest level
        changed.append(FIELD_LABELS["secrecy"])
    return changed


def merge_persons(session, keep_id: int, drop_id: int) -> Person:
    """Merge `drop_id` into `keep_id`: one transaction, both histories kept."""
    session.require(Permission.EDIT_DOSSIERS)
    conn = session.vault.conn
    if keep_id == drop_id:
        raise HosoError("merge_invalid", detail="hai hồ sơ là một")
    keep, drop = store.get(conn, keep_id), store.get(conn, drop_id)
    if keep is None or drop is None:
        raise HosoError("person_not_found", id=keep_id if keep is None else drop_id)
    if store.merged_into(conn, keep_id) or store.merged_into(conn, drop_id):
        raise HosoError("merge_invalid", detail="một trong hai hồ sơ đã được gộp trước đó")
    changed = _merge_into(keep, drop)
    summary = f"Gộp hồ sơ số {drop_id} vào; bổ sung: {', '.join(changed) or 'không'}"
    with session.vault.transaction():
        store.update(conn, keep, session.user.username, summary)
        store.mark_merged(conn, drop_id, keep_id)
        attachment_store.move_all(conn, drop_id, keep_id)
        session.vault.audit(session.user.username, "person_merged", "person", keep_id, f"Gộp hồ sơ số {drop_id} vào hồ sơ số {keep_id}")
    return keep
