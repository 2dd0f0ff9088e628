"""Dossier services: create, change, read, search, history — with checks and audit.

Audit summaries name the fields that changed, never their values.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields

from .domain.ids import check_identity_number, identity_check_key
from .domain.person import SECTIONS, Person
from .errors import HosoError, InvalidInput
from .permissions import Permission
from .secrecy import lifecycle
from .store import persons as store
from .store.persons import PersonFilter, SearchPage, VersionInfo

# Vietnamese names of the fields, for validation messages and change summaries.
FIELD_LABELS = {
    "full_name": "họ và tên", "other_names": "tên gọi khác", "birth_date": "ngày sinh", "sex": "giới tính",
    "ethnicity": "dân tộc", "nationality": "quốc tịch", "religion": "tôn giáo", "religious_office": "chức sắc tôn giáo",
    "birth_place": "nơi sinh", "hometown": "quê quán", "permanent_address": "nơi thường trú",
    "current_address": "nơi ở hiện nay", "id_number": "số CCCD/CMND", "id_override_reason": "lý do chấp nhận số định danh",
    "party_card": "số thẻ đảng viên", "party_joined": "ngày vào Đảng", "party_official": "ngày chính thức",
    "unit": "đơn vị", "position": "chức vụ", "education_general": "giáo dục phổ thông", "specialism": "chuyên môn",
    "political_theory": "lý luận chính trị", "secrecy": "độ mật", "notes": "ghi chú", "relatives": "người thân",
    "work_history": "quá trình công tác", "training": "đào tạo, bồi dưỡng", "stays_abroad": "thời gian ở nước ngoài",
    "awards": "khen thưởng", "discipline": "kỷ luật", "particulars": "đặc điểm lịch sử",
    "foreign_relations": "quan hệ nước ngoài",
}
_COMPARED = [f.name for f in fields(Person) if f.name in FIELD_LABELS]


@dataclass
class Validation:
    errors: dict[str, str] = field(default_factory=dict)  # must be fixed
    warnings: dict[str, str] = field(default_factory=dict)  # may be accepted with a reason

    @property
    def ok(self) -> bool:
        return not self.errors


def validate(p: Person) -> Validation:
    v = Validation()
    if not p.full_name.strip():
        v.errors["full_name"] = "Chưa nhập họ và tên."
    check = check_identity_number(p.id_number, p.birth_date, p.sex)
    if check.errors:
        v.errors["id_number"] = "; ".join(check.errors)
    elif check.warnings:
        v.warnings["id_number"] = "; ".join(check.warnings)
    error, warning = _party_date_remarks(p.birth_date, p.party_joined, p.party_official)
    if error:
        v.errors["party_official"] = error
    if warning:
        v.warnings["party_joined"] = warning
    for i, r in enumerate(p.relatives):
        if not r.full_name.strip():
            v.errors[f"relatives[{i}]"] = f"Người thân thứ {i + 1} chưa có họ tên."
    return v


def _party_date_remarks(birth, joined, official) -> tuple[str | None, str | None]:
    """validate()'s rules on the party dates: (error, warning), None where there is nothing to say."""
    error = "Ngày chính thức không thể trước ngày vào Đảng." if joined and official and official.surely_before(joined) else None
    warning = ("Vào Đảng trước 16 tuổi: kiểm tra lại ngày sinh hoặc ngày vào Đảng."
               if birth and joined and joined.year - birth.year < 16 else None)
    return error, warning


def quiet_rows(id_numbers, births, sexes, joined, official, caches: tuple[dict, dict] | None = None) -> list[bool]:
    """Column by column, for people with a name, no relatives and these values: whether
    validate() would find nothing to say (no error, no warning), by the same rules
    (check_identity_number, _party_date_remarks). Equal inputs are answered once: a list
    repeats the same dates and ID prefixes thousands of times. `caches` carries the answers
    from one part of a list to the next (the caller keeps the date objects alive)."""
    ids, party = caches if caches is not None else ({}, {})
    out = []
    for number, birth, sex, pj, po in zip(id_numbers, births, sexes, joined, official):
        if number:
            key = identity_check_key(number, birth, sex)
            fine = ids.get(key)
            if fine is None:
                fine = ids[key] = check_identity_number(number, birth, sex).ok
            if not fine:
                out.append(False)
                continue
        if pj is not None and (po is not None or birth is not None):
            key = (id(po), id(pj), id(birth))  # the columns keep the objects alive; equal dates are one object
            fine = party.get(key)
            if fine is None:
                fine = party[key] = _party_date_remarks(birth, pj, po) == (None, None)
            out.append(fine)
            continue
        out.append(True)
    return out


def _require_valid(p: Person) -> Validation:
    v = validate(p)
    if v.errors:
        raise InvalidInput(detail="; ".join(f"{FIELD_LABELS.get(k.split('[')[0], k)}: {m}" for k, m in v.errors.items()))
    if "id_number" in v.warnings and not p.id_override_reason.strip():
        raise HosoError("id_mismatch", detail=v.warnings["id_number"])
    return v


def changed_fields(old: Person, new: Person) -> list[str]:
    out = []
    for name in _COMPARED:
        a, b = getattr(old, name), getattr(new, name)
        if name == "relatives":
            a, b = [r.to_json() | {"id": None} for r in a], [r.to_json() | {"id": None} for r in b]
        elif name in SECTIONS:
            a, b = [x.to_json() for x in a], [x.to_json() for x in b]
        if a != b:
            out.append(name)
    return out


def create_person(session, p: Person) -> Person:
    session.require(Permission.EDIT_DOSSIERS)
    _require_valid(p)
    with session.vault.transaction() as conn:
        store.insert(conn, p, session.user.username)
        session.vault.audit(session.user.username, "person_created", "person", p.id, "Tạo hồ sơ")
    return p


def update_person(session, p: Person, *, level_reason: str = "", decision: lifecycle.DecisionInfo | None = None,
                  today: datetime.date | None = None) -> Person:
    """Save a changed dossier. A new secrecy level is a lifecycle decision, recorded in
    the same transaction (docs/secrecy.md): raising needs `level_reason` (a decision is
    optional), lowering needs the `decision` and decide_secrecy — a plain save that
    lowers the level is refused."""
    session.require(Permission.EDIT_DOSSIERS)
    _require_valid(p)
    old = store.get(session.vault.conn, p.id)
    if old is None:
        raise HosoError("person_not_found", id=p.id)
    changed = changed_fields(old, p)
    if not changed:
        return old
    summary = "Sửa: " + ", ".join(FIELD_LABELS[c] for c in changed)
    try:
        with session.change(Permission.EDIT_DOSSIERS, "person_updated", "person", p.id, summary) as conn:
            level = (lifecycle.dossier_level_change(session, p.id, p.secrecy, reason=level_reason, decision=decision, today=today)
                     if "secrecy" in changed else None)
            store.update(conn, p, session.user.username, summary)
            if level is not None:
                lifecycle.record_level_change(session, conn, level)
    except store.StaleVersion:
        raise HosoError("stale_version") from None
    return p


def get_person(session, person_id: int, *, record_view: bool = True) -> Person:
    """Open a dossier. Opening is recorded: inspectors ask who saw what."""
    session.require(Permission.VIEW_DOSSIERS)
    p = store.get(session.vault.conn, person_id)
    if p is None:
        raise HosoError("person_not_found", id=person_id)
    if record_view:
        with session.change(Permission.VIEW_DOSSIERS, "person_viewed", "person", person_id, "Xem hồ sơ"):
            pass
    return p


def search_persons(session, query: str = "", flt: PersonFilter = PersonFilter(), limit: int = 50, offset: int = 0,
                   want_total: bool = True, total_hint: int | None = None) -> SearchPage:
    session.require(Permission.VIEW_DOSSIERS)
    return store.search(session.vault.conn, query, flt, limit, offset, want_total, total_hint)


def list_units(session) -> list[str]:
    """Units named in dossiers, for the filter bar."""
    session.require(Permission.VIEW_DOSSIERS)
    return store.units(session.vault.conn)


def person_history(session, person_id: int) -> list[VersionInfo]:
    session.require(Permission.VIEW_DOSSIERS)
    return store.versions(session.vault.conn, person_id)


def person_version(session, person_id: int, version: int) -> Person:
    session.require(Permission.VIEW_DOSSIERS)
    p = store.get_version(session.vault.conn, person_id, version)
    if p is None:
        raise HosoError("person_not_found", id=f"{person_id} v{version}")
    return p
