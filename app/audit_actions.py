"""Every audit action code and case-timeline event kind the code base writes.

The codes are stored as written (the audit chain hashes them), so they never
change; the GUI shows each under a translated name (ui/audit_labels.py,
ui/cases/labels.py). tests/unit/test_audit_actions.py greps app/ for the
codes written and checks that each is listed here and has a name there: add
a new code here when you write it.
"""

from __future__ import annotations

from .workflow.states import TRANSITIONS

# A case moved along its workflow: the transition's action (cases.py writes the
# timeline event as the action and the audit entry as "case_" + action).
CASE_TRANSITIONS: tuple[str, ...] = tuple(dict.fromkeys([t.action for t in TRANSITIONS] + ["reopen"]))

# Why a session ended (Session.close writes "session_" + reason).
SESSION_ENDS: tuple[str, ...] = ("logout", "lock", "quit", "restore")

_STATIC_ACTIONS = (
    # vault, accounts, settings
    "vault_created", "schema_migrated", "login", "login_recovery", "user_added", "password_changed", "password_reset",
    "user_unlocked", "role_changed", "user_deactivated", "settings_changed", "backup", "backup_failed", "restored",
    "rekey_started", "rekey_completed", "demo_persons_added",
    # dossiers, attachments, Excel
    "person_created", "person_updated", "person_viewed", "person_merged", "persons_exported",
    "attachment_added", "attachment_viewed", "attachment_exported", "attachment_removed",
    "excel_import", "excel_report_written", "excel_profile_saved", "excel_profile_deleted",
    # cases and printed forms
    "template_imported", "case_created", "case_corrected", "item_checked", "evidence_added", "request_sent", "reply_recorded",
    "report_exported", "form_previewed", "form_printed", "form_reprinted", "form_verified", "form_template_imported",
    # units and bundles
    "unit_card_exported", "unit_updated", "unit_key_rotated", "unit_trusted", "unit_revoked", "unit_keys_rotated",
    "bundle_exported", "bundle_refused", "bundle_imported", "receipt_written", "bundle_removed",
    "conflict_viewed", "conflict_resolved",
    # state-secret compliance
    "register_entry_added", "register_entry_numbered", "register_entry_cancelled", "register_entry_corrected",
    "register_abstract_authorised", "register_volume_closed", "handover_recorded",
    "secrecy_terms_changed", "secrecy_extended", "secrecy_term_set", "secrecy_adjusted", "secrecy_declassified",
    "secrecy_swept",
    "carrier_registered", "carrier_taken_out", "carrier_returned",
    "destruction_proposed", "destruction_decided", "destruction_cancelled", "destruction_executed", "item_destroyed",
    "incident_recorded", "incident_updated", "incident_cancelled", "yearly_report_exported",
)

AUDIT_ACTIONS: frozenset[str] = frozenset(
    _STATIC_ACTIONS + tuple(f"case_{a}" for a in CASE_TRANSITIONS) + tuple(f"session_{r}" for r in SESSION_ENDS))

CASE_EVENT_KINDS: frozenset[str] = frozenset(
    ("created", "item", "evidence", "request", "reply", "correction", "corrected", "demo", "received", "conflict")
    + CASE_TRANSITIONS)

# What an audit entry is about (its object_kind), including the item kinds a
# destruction, a secrecy decision or a printed form names.
OBJECT_KINDS: frozenset[str] = frozenset((
    "user", "unit", "vault", "settings", "person", "persons", "attachment", "case", "verification_request", "template",
    "form", "form_template", "form_document", "form_copy", "copy", "excel", "excel_profile", "report", "yearly_report",
    "bundle", "outgoing_bundle", "incoming_bundle", "register", "secrecy", "carrier", "destruction", "incident", "paper",
))
