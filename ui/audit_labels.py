"""Translated names of the audit trail's action codes and object kinds (app/audit_actions.py lists them).

The codes stay as stored (the hash chain covers them); only their names are translated.
An unknown code (written by a newer version) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.audit_actions import SESSION_ENDS

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally


def _actions() -> dict[str, str]:
    return {
        # vault, accounts, settings
        "vault_created": translate("Labels", "Vault created"),
        "schema_migrated": translate("Labels", "Data structure upgraded"),
        "login": translate("Labels", "Logged in"),
        "login_recovery": translate("Labels", "Opened with the recovery key"),
        "user_added": translate("Labels", "User added"),
        "password_changed": translate("Labels", "Password changed"),
        "password_reset": translate("Labels", "Password reset"),
        "user_unlocked": translate("Labels", "Account unlocked"),
        "role_changed": translate("Labels", "Role changed"),
        "user_deactivated": translate("Labels", "Account disabled"),
        "settings_changed": translate("Labels", "Settings changed"),
        "backup": translate("Labels", "Backup"),
        "backup_failed": translate("Labels", "Backup failed"),
        "restored": translate("Labels", "Restored from backup"),
        "rekey_started": translate("Labels", "Re-keying started"),
        "rekey_completed": translate("Labels", "Re-keying completed"),
        "demo_persons_added": translate("Labels", "Demo dossiers added"),
        "session_logout": translate("Labels", "Logged out"),
        "session_lock": translate("Labels", "Screen locked"),
        "session_quit": translate("Labels", "Program closed"),
        "session_restore": translate("Labels", "Closed for a restore"),
        # dossiers, attachments, Excel
        "person_created": translate("Labels", "Dossier created"),
        "person_updated": translate("Labels", "Dossier updated"),
        "person_viewed": translate("Labels", "Dossier viewed"),
        "person_merged": translate("Labels", "Dossiers merged"),
        "persons_exported": translate("Labels", "Dossier list exported"),
        "attachment_added": translate("Labels", "Attachment added"),
        "attachment_viewed": translate("Labels", "Attachment viewed"),
        "attachment_exported": translate("Labels", "Attachment exported"),
        "attachment_removed": translate("Labels", "Attachment removed"),
        "excel_import": translate("Labels", "Excel file imported"),
        "excel_report_written": translate("Labels", "Excel import report written"),
        "excel_profile_saved": translate("Labels", "Column mapping saved"),
        "excel_profile_deleted": translate("Labels", "Column mapping deleted"),
        # cases and printed forms
        "template_imported": translate("Labels", "Checklist template imported"),
        "case_created": translate("Labels", "Case opened"),
        "case_corrected": translate("Labels", "Correcting case opened"),
        "case_start_collecting": translate("Labels", "Case: collecting started"),
        "case_start_verifying": translate("Labels", "Case: verification started"),
        "case_start_appraising": translate("Labels", "Case: appraisal started"),
        "case_propose": translate("Labels", "Case: conclusion proposed"),
        "case_approve": translate("Labels", "Case: approved"),
        "case_return": translate("Labels", "Case: returned"),
        "case_archive": translate("Labels", "Case: archived"),
        "case_suspend": translate("Labels", "Case: suspended"),
        "case_reopen": translate("Labels", "Case: reopened"),
        "item_checked": translate("Labels", "Checklist item updated"),
        "evidence_added": translate("Labels", "Evidence attached"),
        "request_sent": translate("Labels", "Verification request sent"),
        "reply_recorded": translate("Labels", "Reply recorded"),
        "report_exported": translate("Labels", "Case report exported"),
        "form_previewed": translate("Labels", "Form previewed"),
        "form_printed": translate("Labels", "Form printed"),
        "form_reprinted": translate("Labels", "Form reprinted"),
        "form_verified": translate("Labels", "Paper copy checked"),
        "form_template_imported": translate("Labels", "Form template imported"),
        # units and bundles
        "unit_card_exported": translate("Labels", "Unit card exported"),
        "unit_updated": translate("Labels", "Unit details changed"),
        "unit_key_rotated": translate("Labels", "Unit's new keys accepted"),
        "unit_trusted": translate("Labels", "Unit trusted"),
        "unit_revoked": translate("Labels", "Unit trust revoked"),
        "unit_keys_rotated": translate("Labels", "Own unit keys replaced"),
        "bundle_exported": translate("Labels", "Bundle sent"),
        "bundle_refused": translate("Labels", "Bundle refused"),
        "bundle_imported": translate("Labels", "Bundle received"),
        "receipt_written": translate("Labels", "Receipt written"),
        "bundle_removed": translate("Labels", "Bundle removed from the medium"),
        "conflict_viewed": translate("Labels", "Exchange conflict viewed"),
        "conflict_resolved": translate("Labels", "Exchange conflict resolved"),
        # state-secret compliance
        "register_entry_added": translate("Labels", "Register entry added by hand"),
        "register_entry_numbered": translate("Labels", "Register entry numbered"),
        "register_entry_cancelled": translate("Labels", "Register entry cancelled"),
        "register_entry_corrected": translate("Labels", "Register entry corrected"),
        "register_abstract_authorised": translate("Labels", "Abstract authorised"),
        "register_volume_closed": translate("Labels", "Register volume closed"),
        "handover_recorded": translate("Labels", "Hand-over recorded"),
        "secrecy_terms_changed": translate("Labels", "Protection terms changed"),
        "secrecy_extended": translate("Labels", "Protection term extended"),
        "secrecy_term_set": translate("Labels", "Shorter protection term set"),
        "secrecy_adjusted": translate("Labels", "Secrecy level adjusted"),
        "secrecy_declassified": translate("Labels", "Declassified"),
        "secrecy_swept": translate("Labels", "Expired items declassified"),
        "carrier_registered": translate("Labels", "Carrier registered"),
        "carrier_taken_out": translate("Labels", "Carrier taken out"),
        "carrier_returned": translate("Labels", "Carrier returned"),
        "destruction_proposed": translate("Labels", "Destruction proposed"),
        "destruction_decided": translate("Labels", "Destruction decided"),
        "destruction_cancelled": translate("Labels", "Destruction proposal cancelled"),
        "destruction_executed": translate("Labels", "Destruction carried out"),
        "item_destroyed": translate("Labels", "Item destroyed"),
        "incident_recorded": translate("Labels", "Loss or leak recorded"),
        "incident_updated": translate("Labels", "Incident report updated"),
        "incident_cancelled": translate("Labels", "Incident entry cancelled"),
        "yearly_report_exported": translate("Labels", "Yearly report exported"),
    }


def action_label(action: str) -> str:
    names = _actions()
    if action in names:
        return names[action]
    if action.startswith("session_") and action[len("session_"):] not in SESSION_ENDS:
        return translate("Labels", "Session ended")
    return action


def object_kind_label(kind: str) -> str:
    names = {
        "user": translate("Labels", "user"),
        "unit": translate("Labels", "unit"),
        "vault": translate("Labels", "vault"),
        "settings": translate("Labels", "settings"),
        "person": translate("Labels", "dossier"),
        "persons": translate("Labels", "dossier list"),
        "attachment": translate("Labels", "attachment"),
        "case": translate("Labels", "case"),
        "verification_request": translate("Labels", "verification request"),
        "template": translate("Labels", "checklist template"),
        "form": translate("Labels", "printed form"),
        "form_template": translate("Labels", "form template"),
        "form_document": translate("Labels", "issued document"),
        "form_copy": translate("Labels", "printed copy"),
        "copy": translate("Labels", "copy"),
        "excel": translate("Labels", "Excel file"),
        "excel_profile": translate("Labels", "column mapping"),
        "report": translate("Labels", "report"),
        "yearly_report": translate("Labels", "yearly report"),
        "bundle": translate("Labels", "bundle"),
        "outgoing_bundle": translate("Labels", "sent bundle"),
        "incoming_bundle": translate("Labels", "received bundle"),
        "register": translate("Labels", "register"),
        "secrecy": translate("Labels", "secrecy"),
        "carrier": translate("Labels", "carrier"),
        "destruction": translate("Labels", "destruction"),
        "incident": translate("Labels", "incident"),
        "paper": translate("Labels", "paper document"),
    }
    return names.get(kind, kind)
