"""Case services: open a case, work its checklist, move it through the lifecycle.

Every change is one transaction with its audit entry and a timeline event.
Refusals say why: `checklist_incomplete`, `invalid_transition`,
`permission_denied`, `proposal_incomplete`, `case_closed`, `note_required`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from .domain.person import must_verify, relation_rules
from .domain.roles import Role
from .errors import HosoError
from .permissions import Permission
from .store import cases as store
from .store import persons as person_store
from .store.cases import CaseRow, EventRow, ItemRow, RequestRow
from .workflow import templates as tpl
from .workflow.states import CLOSED_STATES, CaseState, ItemStatus, allowed_targets, find_transition

_ITEM_LABELS = {ItemStatus.NOT_STARTED: "chưa làm", ItemStatus.IN_PROGRESS: "đang làm", ItemStatus.DONE: "xong",
                ItemStatus.FAILED: "không đạt", ItemStatus.NA: "không áp dụng"}
VALIDITY_KEY = "conclusion_validity_months"
DEFAULT_VALIDITY_MONTHS = 6
SOON_DAYS = 7


@dataclass(frozen=True)
class CaseView:
    case: CaseRow
    person_name: str
    items: list[ItemRow]
    evidence: dict[int, list[int]]
    requests: list[RequestRow]
    events: list[EventRow]
    next_states: list[CaseState]

    @property
    def open_required(self) -> list[ItemRow]:
        return [i for i in self.items if i.required and i.status.is_open]

    @property
    def next_item(self) -> ItemRow | None:
        """The step to do next: the first open required item, else the first open one."""
        return next(iter(self.open_required), None) or next((i for i in self.items if i.status.is_open), None)

    @property
    def missing_evidence(self) -> list[ItemRow]:
        return [i for i in self.items if i.evidence_required and i.status is ItemStatus.DONE and not self.evidence.get(i.id)]


def _today() -> _dt.date:
    return _dt.date.today()


def _add_months(d: _dt.date, months: int) -> _dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return _dt.date(year, month, min(d.day, last))


# -- templates ----------------------------------------------------------------

def active_templates(session=None) -> dict[str, tpl.Template]:
    """Built-in templates, replaced by newer versions imported into the vault."""
    out = dict(tpl.builtin_templates())
    if session is not None:
        for code, version, source in store.imported_templates(session.vault.conn):
            if code not in out or version > out[code].version:
                out[code] = tpl.parse_template(source, f"{code} v{version}")
    return out


def import_template(session, path: Path) -> tpl.Template:
    """An administrator brings in a revised template; running cases keep theirs."""
    session.require(Permission.MANAGE_TEMPLATES)
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise tpl.TemplateError(file=path.name, line=0, problem=f"không đọc được tệp: {exc}") from exc
    t = tpl.parse_template(text, path.name)
    current = active_templates(session).get(t.code)
    if current is not None and t.version <= current.version:
        raise tpl.TemplateError(file=path.name, line=1, problem=f"phiên bản {t.version} không mới hơn phiên bản đang dùng {current.version}")
    with session.change(Permission.MANAGE_TEMPLATES, "template_imported", "template", t.code, f"Nhập mẫu {t.code} phiên bản {t.version}") as conn:
        store.insert_template(conn, t.code, t.version, text, session.user.username)
    return t


# -- opening a case -------------------------------------------------------------

def _instantiate(conn, case_id: int, template: tpl.Template, person) -> None:
    kinds = relation_rules().kinds
    position = 0
    for item in template.items:
        if item.when == "relatives_abroad" and not person.has_relatives_abroad:
            continue
        if item.per_relative:
            targets = [r for r in person.relatives if must_verify(r)]
            for n, rel in enumerate(targets, 1):
                label = kinds[rel.relation].label_vi if rel.relation in kinds else rel.relation
                store.insert_item(conn, case_id, position, f"{item.code}-{n}", item.code, f"{item.title} — {label}: {rel.full_name}",
                                  item.guidance, item.required, item.evidence, item.roles, item.legal_basis, rel.id)
                position += 1
            continue
        store.insert_item(conn, case_id, position, item.code, item.code, item.title, item.guidance, item.required,
                          item.evidence, item.roles, item.legal_basis, None)
        position += 1


def create_case(session, person_id: int, purpose: str, *, requesting_unit: str = "", target_post: str = "",
                officer: str | None = None, due_on: _dt.date | None = None, received_on: _dt.date | None = None) -> CaseView:
    session.require(Permission.WORK_CASES)
    conn = session.vault.conn
    person = person_store.get(conn, person_id)
    if person is None or person_store.merged_into(conn, person_id):
        raise HosoError("person_not_found", id=person_id)
    template = active_templates(session).get(purpose)
    if template is None:
        raise HosoError("unknown_purpose", purpose=purpose, known=", ".join(sorted(active_templates(session))))
    received = received_on or _today()
    due = due_on or received + _dt.timedelta(days=template.due_days)
    with session.vault.transaction():
        case_id = store.insert_case(conn, person_id=person_id, purpose=purpose, template_version=template.version,
                                    template_source=template.source, requesting_unit=requesting_unit, target_post=target_post,
                                    officer=officer or session.user.username, received_on=received.isoformat(),
                                    due_on=due.isoformat(), secrecy=person.secrecy, user=session.user.username)
        _instantiate(conn, case_id, template, person)
        store.add_event(conn, case_id, session.user.username, "created", f"{template.title} (mẫu phiên bản {template.version})")
        session.vault.audit(session.user.username, "case_created", "case", case_id, f"Mở vụ việc {purpose} cho hồ sơ số {person_id}")
    return get_case(session, case_id)


# -- reading --------------------------------------------------------------------

def get_case(session, case_id: int) -> CaseView:
    session.require(Permission.VIEW_DOSSIERS)
    conn = session.vault.conn
    c = store.get_case(conn, case_id)
    if c is None:
        raise HosoError("case_not_found", id=case_id)
    person = person_store.get(conn, c.person_id)
    return CaseView(c, person.full_name if person else "", store.items(conn, case_id), store.evidence(conn, case_id),
                    store.requests(conn, case_id), store.events(conn, case_id), allowed_targets(c.state, c.suspended_from))


def list_cases(session, *, state: CaseState | None = None, person_id: int | None = None, purpose: str | None = None,
               officer: str | None = None, overdue: bool = False, limit: int = 500, offset: int = 0) -> tuple[list[CaseRow], int]:
    session.require(Permission.VIEW_DOSSIERS)
    return store.list_cases(session.vault.conn, state=state, person_id=person_id, purpose=purpose, officer=officer,
                            overdue_on=_today().isoformat() if overdue else None, limit=limit, offset=offset)


def person_names(session, rows: list[CaseRow]) -> dict[int, str]:
    """The names of the persons of these cases, in one query (not one dossier each)."""
    session.require(Permission.VIEW_DOSSIERS)
    return person_store.names(session.vault.conn, [r.person_id for r in rows])


def is_overdue(c: CaseRow, today: _dt.date | None = None) -> bool:
    return c.state not in CLOSED_STATES and c.due_on < (today or _today()).isoformat()


def is_due_soon(c: CaseRow, today: _dt.date | None = None) -> bool:
    t = today or _today()
    return c.state not in CLOSED_STATES and t.isoformat() <= c.due_on <= (t + _dt.timedelta(days=SOON_DAYS)).isoformat()


# -- working the checklist ---------------------------------------------------------

def _open_case(session, case_id: int) -> CaseRow:
    c = store.get_case(session.vault.conn, case_id)
    if c is None:
        raise HosoError("case_not_found", id=case_id)
    if c.state in CLOSED_STATES:
        raise HosoError("case_closed", id=case_id, state=c.state.label_vi)
    if c.state is CaseState.SUSPENDED:
        raise HosoError("invalid_transition", reason="vụ việc đang tạm dừng; hãy mở lại trước")
    return c


def _item_by_code(session, case_id: int, code: str) -> ItemRow:
    for i in store.items(session.vault.conn, case_id):
        if i.code == code:
            return i
    raise HosoError("item_not_found", item=code, id=case_id)


def check_item(session, case_id: int, item_code: str, status: ItemStatus, note: str = "") -> ItemRow:
    session.require(Permission.WORK_CASES)
    _open_case(session, case_id)
    item = _item_by_code(session, case_id, item_code)
    if session.user.role is not Role.ADMIN and session.user.role not in item.roles:
        raise HosoError("permission_denied", role=session.user.role.label_vi, permission=f"mục {item.code}")
    if status is ItemStatus.NA and not note.strip():
        raise HosoError("note_required", what="lý do không áp dụng")
    if status is ItemStatus.FAILED and not note.strip():
        raise HosoError("note_required", what="nội dung không đạt")
    with session.change(Permission.WORK_CASES, "item_checked", "case", case_id, f"Mục {item.code}: {status.value}") as conn:
        # An empty note keeps the earlier one (e.g. why an item had failed before it was redone).
        store.set_item(conn, item.id, status, note.strip() or item.note, session.user.username)
        store.add_event(conn, case_id, session.user.username, "item", f"{item.code}: {_ITEM_LABELS[item.status]} → {_ITEM_LABELS[status]}")
    return _item_by_code(session, case_id, item_code)


def add_evidence(session, case_id: int, item_code: str, attachment_id: int) -> None:
    from .store import attachments as attachment_store

    session.require(Permission.WORK_CASES)
    c = _open_case(session, case_id)
    item = _item_by_code(session, case_id, item_code)
    att = attachment_store.get(session.vault.conn, attachment_id)
    if att is None or att.person_id != c.person_id:
        raise HosoError("attachment_not_found", id=attachment_id)
    with session.change(Permission.WORK_CASES, "evidence_added", "case", case_id, f"Mục {item.code}: tệp số {attachment_id}") as conn:
        store.add_evidence(conn, item.id, attachment_id, session.user.username)
        store.add_event(conn, case_id, session.user.username, "evidence", f"{item.code}: tệp {att.filename}")


def add_request(session, case_id: int, recipient: str, sent_on: _dt.date, deadline: _dt.date, *, number_symbol: str = "",
                item_code: str | None = None) -> RequestRow:
    session.require(Permission.WORK_CASES)
    _open_case(session, case_id)
    if not recipient.strip():
        raise HosoError("bad_input", detail="chưa ghi cơ quan được đề nghị thẩm tra")
    if deadline < sent_on:
        raise HosoError("bad_input", detail="hạn trả lời trước ngày gửi")
    item_id = _item_by_code(session, case_id, item_code).id if item_code else None
    with session.change(Permission.WORK_CASES, "request_sent", "case", case_id, f"Gửi đề nghị thẩm tra {number_symbol}") as conn:
        rid = store.add_request(conn, case_id, item_id, recipient.strip(), number_symbol, sent_on.isoformat(), deadline.isoformat(), session.user.username)
        store.add_event(conn, case_id, session.user.username, "request", f"Gửi {recipient} ({number_symbol}), hạn {deadline:%d/%m/%Y}")
    return store.get_request(session.vault.conn, rid)


def record_reply(session, request_id: int, reply_on: _dt.date, finding: str) -> RequestRow:
    session.require(Permission.WORK_CASES)
    req = store.get_request(session.vault.conn, request_id)
    if req is None:
        raise HosoError("bad_input", detail=f"không có đề nghị thẩm tra số {request_id}")
    _open_case(session, req.case_id)
    if not finding.strip():
        raise HosoError("note_required", what="kết quả trả lời")
    with session.change(Permission.WORK_CASES, "reply_recorded", "case", req.case_id, f"Nhận trả lời đề nghị số {request_id}") as conn:
        store.set_reply(conn, request_id, reply_on.isoformat(), finding.strip())
        store.add_event(conn, req.case_id, session.user.username, "reply", f"{req.recipient} trả lời ngày {reply_on:%d/%m/%Y}")
    return store.get_request(session.vault.conn, request_id)


def overdue_requests(rows: list[RequestRow], today: _dt.date | None = None) -> list[RequestRow]:
    t = (today or _today()).isoformat()
    return [r for r in rows if r.reply_on is None and r.deadline < t]


# -- the lifecycle ---------------------------------------------------------------------

def advance(session, case_id: int, to: CaseState, *, outcome: str | None = None, note: str = "",
            issue_codes: list[str] | tuple[str, ...] = (), limit: str = "") -> CaseView:
    conn = session.vault.conn
    c = store.get_case(conn, case_id)
    if c is None:
        raise HosoError("case_not_found", id=case_id)
    t = find_transition(c.state, to, c.suspended_from)
    if t is None:
        if c.state in CLOSED_STATES and to is not CaseState.ARCHIVED:
            raise HosoError("case_closed", id=case_id, state=c.state.label_vi)
        targets = ", ".join(s.value for s in allowed_targets(c.state, c.suspended_from)) or "không có"
        raise HosoError("invalid_transition", reason=f"không thể chuyển từ '{c.state.value}' sang '{to.value}' (được phép: {targets})")
    session.require(t.permission)
    if t.needs_note and not note.strip():
        raise HosoError("note_required", what="lý do" if t.action != "propose" else "lý do đề xuất")
    if t.action == "start_appraising":
        open_items = [i.code for i in store.items(conn, case_id) if i.required and i.status.is_open]
        if open_items:
            raise HosoError("checklist_incomplete", items=", ".join(open_items))
    if t.action == "propose":
        _check_proposal(outcome, issue_codes, limit)
    suspended_from = c.state if t.action == "suspend" else None
    with session.vault.transaction():
        if not store.set_state(conn, case_id, c.state, to, suspended_from):
            raise HosoError("stale_version")
        if t.action == "propose":
            store.set_proposal(conn, case_id, outcome, limit.strip(), note.strip(), list(issue_codes), session.user.username)
        elif t.action == "approve":
            months = int(session.vault.setting(VALIDITY_KEY, str(DEFAULT_VALIDITY_MONTHS)))
            today = _today()
            store.set_decision(conn, case_id, session.user.username, note.strip(), today.isoformat(), _add_months(today, months).isoformat())
        elif t.action == "return":
            store.set_decision(conn, case_id, session.user.username, note.strip(), None, None)
        detail = f"{c.state.label_vi} → {to.label_vi}" + (f": {note.strip()}" if note.strip() else "")
        store.add_event(conn, case_id, session.user.username, t.action, detail)
        session.vault.audit(session.user.username, f"case_{t.action}", "case", case_id, f"{c.state.value} → {to.value}")
    return get_case(session, case_id)


def _check_proposal(outcome: str | None, issue_codes, limit: str) -> None:
    known = tpl.outcomes()
    if not outcome or outcome not in known:
        raise HosoError("proposal_incomplete", detail=f"cần kết quả đề xuất, một trong: {', '.join(known)}")
    if known[outcome].needs_limit and not limit.strip():
        raise HosoError("proposal_incomplete", detail="kết quả có giới hạn phải ghi rõ giới hạn")
    catalogue = tpl.issue_codes()
    bad = [c for c in issue_codes if c not in catalogue]
    if bad:
        raise HosoError("proposal_incomplete", detail=f"mã vấn đề không có trong danh mục: {', '.join(bad)}")
    if outcome in ("fails", "meets_with_limit") and not issue_codes:
        raise HosoError("proposal_incomplete", detail="kết luận này cần nêu mã vấn đề đã phát hiện")


def correct_case(session, case_id: int, note: str) -> CaseView:
    """A concluded case never changes: a correction is a new case that refers to it,
    starting at appraisal with the old checklist results copied."""
    session.require(Permission.WORK_CASES)
    conn = session.vault.conn
    old = store.get_case(conn, case_id)
    if old is None:
        raise HosoError("case_not_found", id=case_id)
    if old.state not in CLOSED_STATES:
        raise HosoError("invalid_transition", reason="chỉ đính chính được vụ việc đã kết luận")
    if old.corrected_by_id:
        raise HosoError("invalid_transition", reason=f"vụ việc đã được đính chính bởi vụ việc số {old.corrected_by_id}")
    if not note.strip():
        raise HosoError("note_required", what="lý do đính chính")
    with session.vault.transaction():
        new_id = store.insert_case(conn, person_id=old.person_id, purpose=old.purpose, template_version=old.template_version,
                                   template_source=store.template_source(conn, case_id), requesting_unit=old.requesting_unit,
                                   target_post=old.target_post, officer=session.user.username, received_on=_today().isoformat(),
                                   due_on=(_today() + _dt.timedelta(days=SOON_DAYS * 2)).isoformat(), secrecy=old.secrecy,
                                   user=session.user.username, corrects_case_id=case_id, state=CaseState.APPRAISING)
        for i in store.items(conn, case_id):
            store.insert_item(conn, new_id, i.position, i.code, i.template_code, i.title, i.guidance, i.required,
                              i.evidence_required, i.roles, i.legal_basis, i.relative_id, i.status, i.note)
        store.set_corrected_by(conn, case_id, new_id)
        store.add_event(conn, new_id, session.user.username, "correction", f"Đính chính vụ việc số {case_id}: {note.strip()}")
        store.add_event(conn, case_id, session.user.username, "corrected", f"Được đính chính bởi vụ việc số {new_id}")
        session.vault.audit(session.user.username, "case_corrected", "case", new_id, f"Đính chính vụ việc số {case_id}")
    return get_case(session, new_id)
