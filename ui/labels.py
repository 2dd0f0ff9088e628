"""Translated names for the core's enums and codes (the core speaks Vietnamese only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.roles import Role
from app.domain.secrecy import LevelStyle, SecrecyLevel, level_styles

from . import i18n


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally


def role_label(role: Role) -> str:
    return {
        Role.ADMIN: translate("Labels", "Administrator"),
        Role.LEADER: translate("Labels", "Leader"),
        Role.OFFICER: translate("Labels", "Officer"),
        Role.CLERK: translate("Labels", "Clerk"),
    }[role]


def secrecy_label(level: SecrecyLevel, style: LevelStyle | None = None) -> str:
    style = style or level_styles()[level]
    return style.label_en if i18n.language() == "en" else style.label_vi


def action_label(action: str) -> str:
    names = {
        "vault_created": translate("Labels", "Vault created"),
        "user_added": translate("Labels", "User added"),
        "login": translate("Labels", "Logged in"),
        "login_recovery": translate("Labels", "Opened with the recovery key"),
        "password_changed": translate("Labels", "Password changed"),
        "password_reset": translate("Labels", "Password reset"),
        "user_unlocked": translate("Labels", "Account unlocked"),
        "role_changed": translate("Labels", "Role changed"),
        "user_deactivated": translate("Labels", "Account disabled"),
        "settings_changed": translate("Labels", "Settings changed"),
        "backup": translate("Labels", "Backup"),
        "restored": translate("Labels", "Restored from backup"),
        "schema_migrated": translate("Labels", "Data structure upgraded"),
        "rekey_started": translate("Labels", "Re-keying started"),
        "rekey_completed": translate("Labels", "Re-keying completed"),
    }
    return names.get(action, action)


def object_kind_label(kind: str) -> str:
    names = {
        "user": translate("Labels", "user"),
        "unit": translate("Labels", "unit"),
        "vault": translate("Labels", "vault"),
        "settings": translate("Labels", "settings"),
    }
    return names.get(kind, kind)
