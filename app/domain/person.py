"""The dossier (hồ sơ) of one person: identity, party fields, relatives, history."""

from __future__ import annotations

import datetime as _dt
import itertools
import json
from dataclasses import MISSING, asdict, dataclass, field, fields
from functools import lru_cache

from ..resources import resource_path
from .ids import Sex
from .partial_date import PartialDate
from .secrecy import SecrecyLevel


@dataclass
class Period:
    """One line of a history section: from/to (partial dates) and what."""

    start: PartialDate | None = None
    end: PartialDate | None = None
    text: str = ""
    place: str = ""  # country for stays abroad, body for training

    def to_json(self) -> dict:
        return {"start": self.start.iso() if self.start else None, "end": self.end.iso() if self.end else None,
                "text": self.text, "place": self.place}

    @classmethod
    def from_json(cls, d: dict) -> "Period":
        return cls(PartialDate.from_iso(d.get("start")), PartialDate.from_iso(d.get("end")), d.get("text", ""), d.get("place", ""))


# The history sections of a dossier, in the order the editor shows them.
SECTIONS = ("work_history", "training", "stays_abroad", "awards", "discipline", "particulars", "foreign_relations")


@dataclass
class Relative:
    relation: str
    full_name: str
    birth_date: PartialDate | None = None
    occupation: str = ""
    residence: str = ""
    abroad: bool = False
    nationality: str = "Việt Nam"
    political_history: str = ""
    attitude: str = ""
    criminal_record: str = ""
    class_background: str = ""
    religion: str = ""
    is_party_member: bool = False
    must_verify_override: bool | None = None  # None: follow the rule
    notes: str = ""
    id: int | None = None

    def to_json(self) -> dict:
        d = asdict(self)
        d["birth_date"] = self.birth_date.iso() if self.birth_date else None
        return d

    @classmethod
    def from_json(cls, d: dict) -> "Relative":
        d = dict(d)
        d["birth_date"] = PartialDate.from_iso(d.get("birth_date"))
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class Person:
    full_name: str
    birth_date: PartialDate | None = None
    sex: Sex = Sex.UNKNOWN
    other_names: str = ""
    ethnicity: str = "Kinh"
    nationality: str = "Việt Nam"
    religion: str = ""
    religious_office: str = ""
    birth_place: str = ""
    hometown: str = ""
    permanent_address: str = ""
    current_address: str = ""
    id_number: str = ""
    id_override_reason: str = ""  # why a CCCD inconsistency is accepted
    party_card: str = ""
    party_joined: PartialDate | None = None
    party_official: PartialDate | None = None
    unit: str = ""
    position: str = ""
    education_general: str = ""
    specialism: str = ""
    political_theory: str = ""
    secrecy: SecrecyLevel = SecrecyLevel.MAT
    notes: str = ""
    relatives: list[Relative] = field(default_factory=list)
    work_history: list[Period] = field(default_factory=list)
    training: list[Period] = field(default_factory=list)
    stays_abroad: list[Period] = field(default_factory=list)
    awards: list[Period] = field(default_factory=list)
    discipline: list[Period] = field(default_factory=list)
    particulars: list[Period] = field(default_factory=list)
    foreign_relations: list[Period] = field(default_factory=list)
    # Set by the store:
    id: int | None = None
    uid: str = ""
    version: int = 0
    created_at: float = 0.0
    created_by: str = ""
    updated_at: float = 0.0
    updated_by: str = ""

    @property
    def has_relatives_abroad(self) -> bool:
        return any(r.abroad for r in self.relatives)

    def details_json(self) -> str:
        return json.dumps({s: [p.to_json() for p in getattr(self, s)] for s in SECTIONS}, ensure_ascii=False)

    def to_json(self) -> dict:
        """The whole dossier as plain JSON types (snapshots, CLI, bundles)."""
        d = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, PartialDate):
                v = v.iso()
            elif isinstance(v, SecrecyLevel):
                v = v.code
            elif isinstance(v, Sex):
                v = v.value
            elif f.name == "relatives":
                v = [r.to_json() for r in v]
            elif f.name in SECTIONS:
                v = [p.to_json() for p in v]
            d[f.name] = v
        return d

    @classmethod
    def from_json(cls, d: dict) -> "Person":
        kw = {}
        for f in fields(cls):
            if f.name not in d:
                continue
            v = d[f.name]
            if f.name in ("birth_date", "party_joined", "party_official"):
                v = PartialDate.from_iso(v)
            elif f.name == "secrecy":
                v = SecrecyLevel.parse(v) if isinstance(v, str) else SecrecyLevel(v)
            elif f.name == "sex":
                v = Sex(v)
            elif f.name == "relatives":
                v = [Relative.from_json(r) for r in v]
            elif f.name in SECTIONS:
                v = [Period.from_json(p) for p in v]
            kw[f.name] = v
        return cls(**kw)


# Person's leading fields, the ones with plain defaults, in constructor order: Person(*values)
# with values for these is a dossier without history or relatives (an imported row).
VALUE_FIELDS = tuple(f.name for f in itertools.takewhile(lambda f: f.default_factory is MISSING, fields(Person)))


# -- relations and the "must be verified" rule ---------------------------------

@dataclass(frozen=True)
class RelationKind:
    code: str
    label_vi: str
    label_en: str
    verify: bool | str  # True, False or "adult"
    family: bool  # parents, in-laws, spouse: class background and religion asked too


@dataclass(frozen=True)
class RelationRules:
    kinds: dict[str, RelationKind]
    adult_age: int
    party_member_exempt: bool


@lru_cache(maxsize=1)
def relation_rules() -> RelationRules:
    doc = json.loads(resource_path("relations.json").read_text("utf-8"))
    kinds = {r["code"]: RelationKind(r["code"], r["label_vi"], r["label_en"], r["verify"], r.get("family", False)) for r in doc["relations"]}
    return RelationRules(kinds, int(doc.get("adult_age", 18)), bool(doc.get("party_member_exempt", True)))


def must_verify_by_rule(rel: Relative, today: _dt.date | None = None, rules: RelationRules | None = None) -> bool:
    """Whether this relative must be verified for admission, before any override."""
    rules = rules or relation_rules()
    kind = rules.kinds.get(rel.relation)
    if kind is None or kind.verify is False:
        return False
    if rules.party_member_exempt and rel.is_party_member:
        return False  # a declared party member needs no separate verification
    if kind.verify == "adult":
        if rel.birth_date is None:
            return True  # unknown age: verify rather than miss one
        return rel.birth_date.age_on(today or _dt.date.today()) >= rules.adult_age
    return True


def must_verify(rel: Relative, today: _dt.date | None = None) -> bool:
    return rel.must_verify_override if rel.must_verify_override is not None else must_verify_by_rule(rel, today)
