"""Every audit action code and case event kind that app/ writes is registered (app/audit_actions.py)
and shown to people under a name, never as the raw code."""

from __future__ import annotations

import re
from pathlib import Path

from app import audit_actions
from app.audit_actions import AUDIT_ACTIONS, CASE_EVENT_KINDS, CASE_TRANSITIONS, OBJECT_KINDS, SESSION_ENDS
from app.workflow.states import TRANSITIONS
from ui.audit_labels import action_label, object_kind_label
from ui.cases.labels import event_label

APP = Path(__file__).resolve().parents[2] / "app"

# `.change(PERMISSION, "code", ...)` and `.audit(USER, "code", ...)`: the action is the second argument.
_CALL = re.compile(r"\.(?:change|audit)\(")
_ACTION = re.compile(r"""\.(?:change|audit)\(\s*[^,()]*(?:\([^()]*\))?[^,()]*,\s*(f?)(["'])([^"']+)\2""", re.S)
# `action, summary = "code", ...` / `action = "code"`: a code chosen before the call.
# (statements only: a keyword argument `action="store_true"` is written without spaces)
_ACTION_VAR = re.compile(r"""^\s*action(?:\s*,\s*\w+)*\s+=\s+(["'])(\w+)\1""", re.M)
# `"code_a" if cond else "code_b"`: the code after `else`.
_ELSE = re.compile(r"""\s+if\s+[^,]+?\s+else\s+(["'])(\w+)\1""")
# `add_event(conn, case_id, user, "kind", ...)`: the kind is the fourth argument.
_EVENT = re.compile(r"""add_event\(\s*([^,]+),\s*([^,]+),\s*([^,]+),\s*([^,)]+)""", re.S)

# Calls whose action is not a literal, and why that is fine.
PASS_THROUGH = {
    ("session.py", "action"),  # Session.change: the caller's code
    ("secrecy/lifecycle.py", "action"),  # chosen from literals just above (collected by _ACTION_VAR)
}
F_STRINGS = {"case_{t.action}": {f"case_{a}" for a in CASE_TRANSITIONS},
             "session_{reason}": {f"session_{r}" for r in SESSION_ENDS}}


def _sources():
    for path in sorted(APP.rglob("*.py")):
        if path.name != "audit_actions.py":
            yield path.relative_to(APP).as_posix(), path.read_text(encoding="utf-8")


def written_actions() -> set[str]:
    found: set[str] = set()
    for rel, text in _sources():
        literal = {m.start(): m for m in _ACTION.finditer(text)}
        for pos in (m.start() for m in _CALL.finditer(text)):  # `def change(` has no dot: not a call
            m = literal.get(pos)
            if m is None:
                arg = re.match(r"\.(?:change|audit)\(\s*[^,]*,\s*(\w+)", text[pos:])
                assert arg and (rel, arg.group(1)) in PASS_THROUGH, f"{rel}: action not a literal: {text[pos:pos + 80]!r}"
                continue
            is_f, _, code = m.groups()
            if is_f:
                assert code in F_STRINGS, f"{rel}: unregistered f-string action {code!r}"
                found |= F_STRINGS[code]
            else:
                found.add(code)
                other = _ELSE.match(text, m.end())
                if other:
                    found.add(other.group(2))
        if any(rel == f for f, _ in PASS_THROUGH):  # where a chosen code is passed on
            found |= {m.group(2) for m in _ACTION_VAR.finditer(text)}
    return found


def written_event_kinds() -> set[str]:
    found: set[str] = set()
    for rel, text in _sources():
        for m in _EVENT.finditer(text):
            if text[max(0, m.start() - 4):m.start()].endswith("def "):
                continue
            arg = m.group(4).strip()
            if arg == "t.action":  # a workflow transition
                found |= set(CASE_TRANSITIONS)
                continue
            lit = re.fullmatch(r"""(["'])(\w+)\1""", arg)
            assert lit, f"{rel}: case event kind not a literal: {arg!r}"
            found.add(lit.group(2))
    return found


def test_the_scan_finds_the_known_writers():
    actions = written_actions()
    # a sample from every area: if the scan breaks, these go missing
    assert {"login", "conflict_viewed", "conflict_resolved", "bundle_imported", "item_destroyed", "secrecy_declassified",
            "register_volume_closed", "carrier_taken_out", "incident_updated", "yearly_report_exported", "case_approve",
            "session_lock", "form_printed"} <= actions
    assert {"received", "conflict", "created", "start_collecting", "reopen"} <= written_event_kinds()


def test_every_written_action_is_registered():
    missing = written_actions() - AUDIT_ACTIONS
    assert not missing, f"add these to app/audit_actions.py and ui/audit_labels.py: {sorted(missing)}"


def test_every_written_event_kind_is_registered():
    missing = written_event_kinds() - CASE_EVENT_KINDS
    assert not missing, f"add these to app/audit_actions.py and ui/cases/labels.py: {sorted(missing)}"


def test_the_registry_follows_the_workflow_and_the_session():
    from app.session import _END_SUMMARIES

    assert set(SESSION_ENDS) == set(_END_SUMMARIES)
    assert {t.action for t in TRANSITIONS} | {"reopen"} == set(CASE_TRANSITIONS)
    assert audit_actions.AUDIT_ACTIONS >= {f"case_{a}" for a in CASE_TRANSITIONS}


def test_every_action_has_a_name(qapp):
    names = {}
    for code in sorted(AUDIT_ACTIONS):
        label = action_label(code)
        assert label and label != code and "_" not in label, code
        names.setdefault(label, []).append(code)
    same = {k: v for k, v in names.items() if len(v) > 1}
    assert not same, f"two actions share a name: {same}"
    assert action_label("session_something_new") != "session_something_new"
    assert action_label("future_code") == "future_code"  # unknown codes are shown, not hidden


def test_every_event_kind_and_object_kind_has_a_name(qapp):
    for kind in sorted(CASE_EVENT_KINDS):
        assert event_label(kind) and event_label(kind) != kind and "_" not in event_label(kind), kind
    for kind in sorted(OBJECT_KINDS):
        assert object_kind_label(kind) and "_" not in object_kind_label(kind), kind
        assert object_kind_label(kind) != kind or kind in {"user", "unit", "vault", "settings", "case", "attachment", "report",
                                                           "bundle", "register", "secrecy", "carrier", "destruction",
                                                           "incident", "copy"}, kind


def test_the_audit_viewer_shows_names(admin_window, qtbot):
    """Entries written by real operations appear under their names in the audit tab."""
    from app import incidents
    from app.domain.secrecy import SecrecyLevel
    from app.incidents import IncidentKind, NewIncident
    from ui.admin.audit import AuditTab
    import datetime as dt

    s = admin_window.session
    incidents.add(s, NewIncident(IncidentKind.LEAK, SecrecyLevel.MAT, dt.datetime.now() - dt.timedelta(hours=1), "Lê Văn A", "Bản số 1"))
    tab = AuditTab(s)
    qtbot.addWidget(tab)
    tab.show()  # read when shown
    actions = [tab.model.entries[r].action for r in range(tab.model.rowCount())]
    assert "incident_recorded" in actions and "login" in actions
    shown = {tab.model.entries[r].action: tab.model.cell(r, 3) for r in range(tab.model.rowCount())}
    assert shown["incident_recorded"] == action_label("incident_recorded") != "incident_recorded"
    row = actions.index("incident_recorded")
    assert tab.model.cell(row, 4).startswith(object_kind_label("incident"))
    assert not any(tab.model.cell(r, 3) in AUDIT_ACTIONS for r in range(tab.model.rowCount()))
