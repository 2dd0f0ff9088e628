"""The two versions of a conflicting record as (key, label, ours, theirs) lines
with human labels and dd/mm/yyyy dates, for the side-by-side comparison."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel
from app.workflow.states import ItemStatus
from app.workflow.templates import issue_codes, outcomes

from ..cases.labels import date_text, state_label, status_label
from ..dossiers.summary import summary_lines
from ..labels import secrecy_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally

Line = tuple[str, str, str, str]  # key, label, ours, theirs


def kind_name(kind: str) -> str:
    return {"person": translate("ConflictLabels", "Dossier"), "case": translate("ConflictLabels", "Case")}.get(kind, kind)


def status_name(status: str) -> str:
    names = {
        "open": translate("ConflictLabels", "Awaiting a decision"),
        "took_incoming": translate("ConflictLabels", "Took theirs"),
        "kept_local": translate("ConflictLabels", "Kept ours"),
        "merged": translate("ConflictLabels", "Merged"),
        "superseded": translate("ConflictLabels", "Replaced by a newer version"),
    }
    return names.get(status, status)


def lines(kind: str, ours: dict | None, theirs: dict, purposes: dict[str, str] | None = None) -> list[Line]:
    if kind == "person":
        return _pair(_person_texts(ours), _person_texts(theirs))
    return _pair(_case_texts(ours, purposes or {}), _case_texts(theirs, purposes or {}))


def _pair(ours: list[tuple[str, str, str]] | None, theirs: list[tuple[str, str, str]]) -> list[Line]:
    mine = {key: text for key, _, text in ours or []}
    return [(key, label, mine.get(key, ""), text) for key, label, text in theirs]


def _person_texts(content: dict | None) -> list[tuple[str, str, str]] | None:
    if content is None:
        return None
    return summary_lines(Person.from_json(content))


def _case_labels() -> dict[str, str]:
    return {
        "purpose": translate("ConflictLabels", "Purpose"),
        "requesting_unit": translate("ConflictLabels", "Requesting unit"),
        "target_post": translate("ConflictLabels", "Post considered"),
        "officer": translate("ConflictLabels", "Officer in charge"),
        "received_on": translate("ConflictLabels", "Received on"),
        "due_on": translate("ConflictLabels", "Due on"),
        "state": translate("ConflictLabels", "State"),
        "suspended_from": translate("ConflictLabels", "Suspended while"),
        "outcome": translate("ConflictLabels", "Outcome"),
        "outcome_limit": translate("ConflictLabels", "Limitation"),
        "proposal": translate("ConflictLabels", "Proposal"),
        "issue_codes": translate("ConflictLabels", "Issues found"),
        "proposed_by": translate("ConflictLabels", "Proposed by"),
        "decided_by": translate("ConflictLabels", "Decided by"),
        "decision_note": translate("ConflictLabels", "Decision note"),
        "concluded_on": translate("ConflictLabels", "Concluded on"),
        "valid_until": translate("ConflictLabels", "Valid until"),
        "secrecy": translate("ConflictLabels", "Secrecy level"),
        "template_version": translate("ConflictLabels", "Checklist version"),
        "items": translate("ConflictLabels", "Checklist"),
        "requests": translate("ConflictLabels", "Verification requests"),
    }


def _case_texts(c: dict | None, purposes: dict[str, str]) -> list[tuple[str, str, str]] | None:
    if c is None:
        return None
    outcome_titles = {code: o.title for code, o in outcomes().items()}
    issue_titles = {code: i.title for code, i in issue_codes().items()}

    def text(key: str) -> str:
        v = c.get(key)
        if v is None or v == "":
            return ""
        if key == "purpose":
            return purposes.get(v, v)
        if key in ("received_on", "due_on", "concluded_on", "valid_until"):
            return date_text(v)
        if key in ("state", "suspended_from"):
            return state_label(v)
        if key == "outcome":
            return outcome_titles.get(v, v)
        if key == "issue_codes":
            return "\n".join(issue_titles.get(x, x) for x in v)
        if key == "secrecy":
            return secrecy_label(SecrecyLevel(int(v)))
        if key == "items":
            return "\n".join(_item_text(i) for i in v)
        if key == "requests":
            return "\n".join(_request_text(r) for r in v)
        return str(v)

    return [(key, label, text(key)) for key, label in _case_labels().items()]


def _item_text(i: dict) -> str:
    try:
        status = status_label(ItemStatus(i["status"]))
    except ValueError:
        status = str(i["status"])
    return f"{i['title']}: {status}" + (f" — {i['note']}" if i.get("note") else "")


def _request_text(r: dict) -> str:
    head = ", ".join(x for x in (r["recipient"], r.get("number_symbol") or "", date_text(r.get("sent_on"))) if x)
    if r.get("reply_on") or r.get("finding"):
        reply = translate("ConflictLabels", "reply {date}: {finding}").format(
            date=date_text(r.get("reply_on")), finding=r.get("finding") or "")
        return f"{head} → {reply}"
    return head
