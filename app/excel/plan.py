"""The preview: for every row, what the import will do and why. Nothing is
written here; commit.py carries a plan out in one transaction."""

from __future__ import annotations

import enum
import operator
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from ..dossiers import FIELD_LABELS, changed_fields, validate
from ..domain.person import VALUE_FIELDS, Person
from ..permissions import Permission
from ..store import persons as store
from .folding import folded_words
from .errors import Cancelled
from .limits import no_gc
from .mapping import MappingChoice, check_mapping
from .matching import Candidate, VaultMatcher
from .reading import Table
from .records import EarlyColumns, Issue, Record, RecordOptions, build_records


class Action(str, enum.Enum):
    CREATE = "create"  # a new dossier
    UPDATE = "update"  # an existing dossier gets the file's values (its previous version is kept)
    UNCHANGED = "unchanged"  # already in the vault with the same values: skipped as a duplicate
    DUPLICATE = "duplicate"  # the same person as an earlier row of the file: skipped
    REVIEW = "review"  # maybe someone already in the vault: the officer decides
    ERROR = "error"  # cannot be imported as it stands


ACTION_LABELS = {
    Action.CREATE: "Tạo mới", Action.UPDATE: "Cập nhật", Action.UNCHANGED: "Đã có, không đổi",
    Action.DUPLICATE: "Trùng trong tệp", Action.REVIEW: "Cần xem xét", Action.ERROR: "Lỗi",
}
# Fields an update may change. Never the name: a list is not where a dossier gets renamed
# (a different spelling is reported instead).
_UPDATABLE = ("other_names", "birth_date", "sex", "ethnicity", "nationality", "religion", "religious_office",
              "birth_place", "hometown", "permanent_address", "current_address", "id_number", "party_card", "party_joined",
              "party_official", "unit", "position", "education_general", "specialism", "political_theory", "secrecy")


@dataclass(slots=True)
class RowPlan:
    record: Record
    action: Action
    target_id: int | None = None
    updated: Person | None = None  # UPDATE: the existing dossier with the file's values applied
    changes: list[str] | tuple = ()  # labels of the fields an update changes
    duplicate_of: int | None = None  # DUPLICATE: the sheet row it repeats
    candidates: tuple[Candidate, ...] = ()
    reason: str = ""

    @property
    def row(self) -> int:
        return self.record.row

    @property
    def person(self) -> Person | None:
        return self.record.person

    def to_json(self) -> dict:
        return {"row": self.row, "action": self.action.value, "full_name": self.person.full_name if self.person else "",
                "target_id": self.target_id, "changes": self.changes, "duplicate_of": self.duplicate_of,
                "reason": self.reason, "candidates": [c.to_json() for c in self.candidates]}


_ACTION_OF = operator.attrgetter("action")
_ID, _CARD, _BIRTH, _NAME, _HOME = map(VALUE_FIELDS.index, ("id_number", "party_card", "birth_date", "full_name", "hometown"))


@dataclass
class PlanOptions(RecordOptions):
    near_matches: bool = True  # look for near spellings in the vault (one index query per row)


@dataclass
class ImportPlan:
    table: Table
    choice: MappingChoice
    rows: list[RowPlan]
    notices: list[str]
    options: PlanOptions

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    def counts(self) -> dict[str, int]:
        found = Counter(map(_ACTION_OF, self.rows))  # one pass over 100,000 rows, not one per action
        return {a.value: found[a] for a in Action}

    def issues(self, level: str | None = None) -> list[Issue]:
        return [i for r in self.rows for i in r.record.issues if level is None or i.level == level]

    @property
    def rows_read(self) -> int:
        return len(self.rows)




def _apply(existing: Person, rec: Record) -> Person:
    """The existing dossier with the file's non-blank values; blank cells never erase."""
    new = Person.from_json(existing.to_json())
    p = rec.person
    for name in _UPDATABLE:
        if name in rec.given:
            setattr(new, name, getattr(p, name))
    if "notes" in rec.given and p.notes and p.notes not in new.notes:
        new.notes = f"{new.notes}; {p.notes}" if new.notes else p.notes
    if p.id_override_reason and not new.id_override_reason:
        new.id_override_reason = p.id_override_reason
    return new


def preview(session, table: Table, choice: MappingChoice, options: PlanOptions | None = None,
            progress: Callable | None = None, cancel: Callable | None = None,
            early: EarlyColumns | None = None) -> ImportPlan:
    """`early`: columns parsed while the file was being read (records.EarlyColumns), used if
    they were parsed for this table and mapping."""
    session.require(Permission.IMPORT_EXCEL)
    with no_gc():
        return _preview(session, table, choice, options, progress, cancel, early)


def _preview(session, table: Table, choice: MappingChoice, options: PlanOptions | None,
             progress: Callable | None, cancel: Callable | None, early: EarlyColumns | None) -> ImportPlan:
    opts = options or PlanOptions()
    check_mapping(choice.mapping, table.file_name)
    records, notices = build_records(table, choice, opts, progress, cancel, early)
    conn = session.vault.conn
    matcher = VaultMatcher(conn, (r.value("party_card") for r in records if r.has_person), opts.near_matches)
    # The same person as an earlier row of the file: the same CCCD/CMND, else the same party
    # card, else the same name, date of birth and hometown (the row it repeats: the first found).
    seen_id: dict[str, int] = {}
    seen_card: dict[str, int] = {}
    seen_who: dict[tuple, int] = {}
    targets: dict[int, int] = {}
    plans: list[RowPlan] = []
    total = len(records)
    isos: dict[int, str] = {}  # id() of a date -> its ISO text: equal dates are one object (records keeps them)
    for k, rec in enumerate(records):
        if progress is not None and k % 1000 == 0:
            progress(k, total, "Đang đối chiếu với kho hồ sơ")
            if cancel is not None and cancel():
                raise Cancelled()
        values = rec.values  # a quick row's Person, not made (records.Record)
        if values is not None:
            idn, card, birth = values[_ID], values[_CARD], values[_BIRTH]
        elif not rec.ok:
            plans.append(RowPlan(rec, Action.ERROR))
            continue
        else:
            p = rec.person
            idn, card, birth = p.id_number, p.party_card, p.birth_date
        who = None
        if birth:
            iso = isos.get(id(birth))
            if iso is None:
                iso = isos[id(birth)] = birth.iso()
            name, home = (values[_NAME], values[_HOME]) if values is not None else (p.full_name, p.hometown)
            who = (folded_words(name), iso, folded_words(home))
        earlier = (idn and seen_id.get(idn)) or (card and seen_card.get(card)) or (who and seen_who.get(who))
        if earlier:  # a sheet row number, never 0
            plans.append(RowPlan(rec, Action.DUPLICATE, duplicate_of=earlier, reason=f"trùng với dòng {earlier} của tệp"))
            continue
        if idn:
            seen_id[idn] = rec.row
        if card:
            seen_card[card] = rec.row
        if who:
            seen_who[who] = rec.row
        if matcher.empty:  # nobody to match (a first import): no query per row
            plans.append(RowPlan(rec, Action.CREATE))
            continue
        m = matcher.match(rec.person)
        if m.target is not None:
            if m.target in targets:
                plans.append(RowPlan(rec, Action.DUPLICATE, m.target, duplicate_of=targets[m.target],
                                     reason=f"cùng người với dòng {targets[m.target]} của tệp ({m.how})"))
                continue
            targets[m.target] = rec.row
            plans.append(_plan_update(conn, rec, m.target, m.how, opts))
        elif m.candidates:
            plans.append(RowPlan(rec, Action.REVIEW, candidates=m.candidates, reason=m.how))
        else:
            plans.append(RowPlan(rec, Action.CREATE))
    if progress is not None:
        progress(total, total, "Đã xem trước")
    return ImportPlan(table, choice, plans, notices, opts)


def _plan_update(conn, rec: Record, target: int, how: str, opts: PlanOptions) -> RowPlan:
    old = store.get(conn, target)
    new = _apply(old, rec)
    changed = changed_fields(old, new)
    if rec.person.full_name != old.full_name:
        rec.issues.append(Issue(rec.row, "", "", f"họ tên trong tệp “{rec.person.full_name}” khác hồ sơ số {target} "
                                f"“{old.full_name}”: giữ họ tên của hồ sơ", "warning"))
    if not changed:
        return RowPlan(rec, Action.UNCHANGED, target, reason=f"đã có hồ sơ số {target} ({how}), không có gì mới")
    rp = RowPlan(rec, Action.UPDATE, target, new, [FIELD_LABELS[c] for c in changed], reason=f"hồ sơ số {target} ({how})")
    for name in ("birth_date", "sex"):
        if name in changed and getattr(old, name):
            rec.issues.append(Issue(rec.row, "", "", f"{FIELD_LABELS[name]} khác với hồ sơ số {target} đang có; "
                                    "sẽ được sửa theo tệp (bản cũ vẫn được lưu)", "warning"))
    v = validate(new)
    for key, msg in v.errors.items():
        rec.issues.append(Issue(rec.row, "", "", f"sau khi cập nhật hồ sơ số {target}: {msg}"))
    w = v.warnings.get("id_number")
    if w and not new.id_override_reason:
        if w.startswith("CMND 9 số") or opts.accept_id_warnings:
            new.id_override_reason = f"Chấp nhận khi nhập từ tệp Excel: {w}"
        else:
            rec.issues.append(Issue(rec.row, "", "", f"sau khi cập nhật hồ sơ số {target}: {w}"))
    if not rec.ok:
        return RowPlan(rec, Action.ERROR, target)
    return rp
