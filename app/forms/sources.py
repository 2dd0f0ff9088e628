"""Fields and lists for the templates, read from the vault (persons, cases, units)."""

from __future__ import annotations

import datetime as _dt

from ..domain.person import Person, relation_rules
from ..domain.secrecy import level_styles
from ..exchange.units import own_unit
from ..store import cases as case_store
from ..store.cases import CaseRow
from ..users import get_user
from ..workflow import templates as checklist
from ..workflow.states import ItemStatus
from . import store, words
from .templates import Layout

ITEM_STATUS = {ItemStatus.DONE: "đã hoàn thành", ItemStatus.FAILED: "không đạt", ItemStatus.NA: "không áp dụng",
               ItemStatus.NOT_STARTED: "chưa thực hiện", ItemStatus.IN_PROGRESS: "đang thực hiện"}


def full_name(conn, username: str | None) -> str:
    if not username:
        return ""
    u = get_user(conn, username)
    return (u.full_name or u.username) if u else username


def person_fields(p: Person) -> dict[str, str]:
    return {
        "name": p.full_name, "NAME": words.upper(p.full_name), "other_names": p.other_names, "sex": words.sex(p.sex.value),
        "birth_date": words.partial(p.birth_date, "chưa rõ"), "birth_year": str(p.birth_date.year) if p.birth_date else "chưa rõ",
        "birth_place": p.birth_place, "hometown": p.hometown, "ethnicity": p.ethnicity or "chưa rõ", "religion": p.religion or "không",
        "nationality": p.nationality or "Việt Nam", "permanent_address": p.permanent_address, "current_address": p.current_address,
        "id_number": p.id_number, "party_card": p.party_card, "unit": p.unit, "position": p.position,
        "party_joined": words.partial(p.party_joined), "party_official": words.partial(p.party_official, "chưa chính thức"),
        "education": p.education_general or "chưa rõ", "specialism": p.specialism or "không", "political_theory": p.political_theory or "không",
        "person_id": str(p.id), "secrecy_label": level_styles()[p.secrecy].label_vi,
    }


def unit_fields(conn, lay: Layout) -> dict[str, str]:
    me = own_unit(conn)
    today = _dt.date.today()
    return {"unit_name": me.name, "unit_code": me.code, "place": lay.place, "today": words.short_date(today)}


def case_template(conn, c: CaseRow) -> checklist.Template | None:
    """The checklist template the case started with (its title and legal basis)."""
    try:
        return checklist.parse_template(case_store.template_source(conn, c.id), f"{c.purpose} v{c.template_version}")
    except checklist.TemplateError:
        return checklist.builtin_templates().get(c.purpose)


def case_fields(conn, c: CaseRow, lay: Layout, issuer: str | None) -> dict[str, str]:
    purpose = case_template(conn, c)
    body = lay.bodies.get(issuer) if issuer else None
    items = case_store.items(conn, c.id)
    reqs = case_store.requests(conn, c.id)
    return {
        **unit_fields(conn, lay),
        "case_id": str(c.id), "purpose": purpose.title if purpose else c.purpose, "purpose_code": c.purpose,
        "target_post": c.target_post, "requesting_unit": c.requesting_unit, "received_on": words.short_date(c.received_on),
        "officer": full_name(conn, c.officer), "issuer": body.name if body else "", "superior": body.superior if body else "",
        "issuer_short": body.symbol if body else "", "legal_basis": purpose.legal_basis if purpose else "",
        "requests_count": str(len(reqs)), "replies_count": str(sum(1 for r in reqs if r.reply_on)),
        "items_done": str(sum(1 for i in items if not i.status.is_open)), "items_total": str(len(items)),
        "doc_number": "", "doc_date": "",
    }


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def decision_fields(conn, c: CaseRow) -> dict[str, str]:
    outcome = checklist.outcomes().get(c.outcome or "")
    codes = checklist.issue_codes()
    months = ""
    if c.concluded_on and c.valid_until:
        a, b = _dt.date.fromisoformat(c.concluded_on), _dt.date.fromisoformat(c.valid_until)
        months = str((b.year - a.year) * 12 + b.month - a.month)
    corrects, corrects_date = "", ""
    if c.corrects_case_id:
        prev = store.latest_for(conn, "conclusion", "case", c.corrects_case_id)
        if prev is not None and prev.symbol:
            corrects, corrects_date = prev.symbol, words.short_date(prev.issued_on)
    return {
        "outcome": _lower_first(outcome.title) if outcome else (c.outcome or "chưa có đề xuất"), "outcome_code": c.outcome or "",
        "reasons": c.proposal, "limit": c.outcome_limit,
        "issues": "; ".join(codes[x].title if x in codes else x for x in c.issue_codes), "decision_note": c.decision_note,
        "concluded_on": words.short_date(c.concluded_on, "chưa kết luận"), "valid_until": words.short_date(c.valid_until, "chưa rõ"),
        "validity_months": months or "—", "decider": full_name(conn, c.decided_by), "corrects": corrects, "corrects_date": corrects_date,
    }


def case_lists(conn, c: CaseRow) -> dict[str, list[dict[str, str]]]:
    codes = checklist.issue_codes()
    results = [{"recipient": r.recipient, "number": f"văn bản số {r.number_symbol}" if r.number_symbol else "không số",
                "sent_on": words.short_date(r.sent_on), "deadline": words.short_date(r.deadline),
                "reply_on": f"ngày {words.short_date(r.reply_on)}" if r.reply_on else "chưa trả lời",
                "finding": r.finding or "chưa có kết quả", "status": "đã trả lời" if r.reply_on else "chưa trả lời"}
               for r in case_store.requests(conn, c.id)]
    items = [{"code": i.code, "title": i.title, "status": ITEM_STATUS.get(i.status, i.status.value), "note": i.note}
             for i in case_store.items(conn, c.id)]
    issues = [{"code": x, "title": codes[x].title if x in codes else x,
               "kind": ("lịch sử chính trị" if codes[x].kind == "history" else "chính trị hiện nay") if x in codes else "",
               "legal_basis": codes[x].legal_basis if x in codes else ""} for x in c.issue_codes]
    return {"results": results, "items": items, "issue_list": issues}


def relation_label(code: str) -> str:
    kinds = relation_rules().kinds
    return kinds[code].label_vi if code in kinds else code
