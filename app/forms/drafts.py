"""What each form prints, before numbering: a Draft per form and object."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.secrecy import SecrecyLevel
from ..errors import HosoError
from ..store import cases as case_store
from ..store import persons as person_store
from ..workflow.states import CaseState
from . import sources, words
from .errors import FormError
from .model import Table
from .templates import FormTemplate, Layout

READY_FOR_REPORT = (CaseState.APPRAISING, CaseState.AWAITING_DECISION, CaseState.CONCLUDED, CaseState.ARCHIVED)


@dataclass
class Draft:
    form: str
    object_kind: str
    object_id: str
    label: str  # how the copying register names it
    template: FormTemplate
    fields: dict[str, str]
    secrecy: SecrecyLevel
    lists: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    table: Table | None = None
    reissue_on_change: bool = True  # False: one document per object, later prints are reprints
    keep_content: bool = True  # False: the content is not stored (registers, the recovery key)
    authoriser: str | None = None  # who authorised by default (the deciding leader of a conclusion)


def _case(conn, case_id: int):
    c = case_store.get_case(conn, case_id)
    if c is None:
        raise HosoError("case_not_found", id=case_id)
    p = person_store.get(conn, c.person_id)
    if p is None:
        raise HosoError("person_not_found", id=c.person_id)
    return c, p


def _case_draft(conn, lay: Layout, t: FormTemplate, case_id: int, label: str, with_decision: bool) -> Draft:
    c, p = _case(conn, case_id)
    fields = {**sources.person_fields(p), **sources.case_fields(conn, c, lay, t.issuer)}
    if with_decision:
        fields.update(sources.decision_fields(conn, c))
    return Draft(t.name, "case", str(case_id), f"{label} vụ việc số {case_id} ({p.full_name})", t, fields,
                 max(c.secrecy, p.secrecy), sources.case_lists(conn, c))


def conclusion(conn, lay: Layout, t: FormTemplate, case_id: int) -> Draft:
    c, _ = _case(conn, case_id)
    if c.state not in (CaseState.CONCLUDED, CaseState.ARCHIVED):
        raise FormError("case_not_concluded", id=case_id, state=c.state.label_vi)
    if c.corrected_by_id:
        raise FormError("case_superseded", id=case_id, by=c.corrected_by_id)
    d = _case_draft(conn, lay, t, case_id, "Kết luận", True)
    d.reissue_on_change, d.authoriser = False, c.decided_by
    return d


def report(conn, lay: Layout, t: FormTemplate, case_id: int) -> Draft:
    c, _ = _case(conn, case_id)
    if c.state not in READY_FOR_REPORT:
        raise FormError("case_not_ready", id=case_id, state=c.state.label_vi, what="báo cáo kết quả thẩm tra")
    return _case_draft(conn, lay, t, case_id, "Báo cáo thẩm tra", False)


def appraisal(conn, lay: Layout, t: FormTemplate, case_id: int) -> Draft:
    c, _ = _case(conn, case_id)
    if c.state not in READY_FOR_REPORT[1:] or not c.outcome:
        raise FormError("case_not_ready", id=case_id, state=c.state.label_vi, what="tờ trình (cần có đề xuất kết luận)")
    return _case_draft(conn, lay, t, case_id, "Tờ trình thẩm định", True)


def request(conn, lay: Layout, t: FormTemplate, request_id: int) -> Draft:
    r = case_store.get_request(conn, request_id)
    if r is None:
        raise FormError("request_not_found", id=request_id)
    d = _case_draft(conn, lay, t, r.case_id, "Công văn đề nghị thẩm tra", False)
    _, p = _case(conn, r.case_id)
    subject = {"subject_name": p.full_name, "subject_relation": "người được xem xét", "subject_birth": words.partial(p.birth_date, "chưa rõ"),
               "subject_residence": p.permanent_address or p.current_address, "subject_occupation": p.position}
    item = next((i for i in case_store.items(conn, r.case_id) if i.id == r.item_id), None)
    rel = next((x for x in p.relatives if item is not None and x.id == item.relative_id), None)
    if rel is not None:
        subject = {"subject_name": rel.full_name, "subject_relation": sources.relation_label(rel.relation),
                   "subject_birth": words.partial(rel.birth_date, "chưa rõ"), "subject_residence": rel.residence,
                   "subject_occupation": rel.occupation}
    d.fields.update(subject, SUBJECT_NAME=words.upper(subject["subject_name"]), recipient=r.recipient,
                    request_number=r.number_symbol, sent_on=words.short_date(r.sent_on), deadline=words.short_date(r.deadline))
    d.object_kind, d.object_id = "verification_request", str(request_id)
    d.label = f"Công văn đề nghị thẩm tra số {request_id} gửi {r.recipient}"
    return d


def cover(conn, lay: Layout, t: FormTemplate, person_id: int) -> Draft:
    p = person_store.get(conn, person_id)
    if p is None:
        raise HosoError("person_not_found", id=person_id)
    rows, _ = case_store.list_cases(conn, person_id=person_id, limit=200)
    from ..workflow import templates as checklist

    purposes, outcomes = checklist.builtin_templates(), checklist.outcomes()
    cases = [{"case_id": str(c.id), "purpose": purposes[c.purpose].title if c.purpose in purposes else c.purpose,
              "state": c.state.label_vi, "received_on": words.short_date(c.received_on),
              "concluded_on": words.short_date(c.concluded_on, "—"),
              "outcome": f"({outcomes[c.outcome].title.lower()})" if c.outcome in outcomes and c.concluded_on else ""} for c in rows]
    fields = {**sources.person_fields(p), **sources.unit_fields(conn, lay), "uid": p.uid, "cases_count": str(len(cases))}
    return Draft("cover", "person", str(person_id), f"Bìa hồ sơ số {person_id} ({p.full_name})", t, fields, p.secrecy, {"cases": cases})


def fingerprint(conn, lay: Layout, t: FormTemplate) -> Draft:
    from ..exchange.units import own_unit

    me = own_unit(conn)
    card = me.card()
    fields = {**sources.unit_fields(conn, lay), "card_version": str(me.card_version), "fingerprint": card.fingerprint,
              "kem": card.kem.value}
    return Draft("fingerprint", "unit", me.code, f"Phiếu dấu vân tay đơn vị {me.code}", t, fields,
                 SecrecyLevel.parse(t.secrecy or "none"))


def recovery(conn, lay: Layout, t: FormTemplate, vault_id: str, key_text: str) -> Draft:
    from crypto.recovery import format_key, parse

    fields = {**sources.unit_fields(conn, lay), "vault_id": vault_id, "recovery_key": _two_lines(format_key(parse(key_text)))}
    return Draft("recovery", "vault", vault_id, "Phiếu khóa khôi phục", t, fields, SecrecyLevel.parse(t.secrecy or "toi_mat"),
                 keep_content=False)


def _two_lines(key: str) -> str:
    """A space in the middle lets a long key break cleanly; typing it back ignores spaces."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + " " + "-".join(groups[half:])
