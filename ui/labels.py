"""Translated names for the core's enums and codes (the core speaks Vietnamese only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.roles import Role
from app.domain.secrecy import LevelStyle, SecrecyLevel, level_styles

from . import i18n


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: Role) -> str:
    return {
        Role.ADMIN: _tr("Administrator"),
        Role.LEADER: _tr("Leader"),
        Role.OFFICER: _tr("Officer"),
        Role.CLERK: _tr("Clerk"),
    }[role]


def secrecy_label(level: SecrecyLevel, style: LevelStyle | None = None) -> str:
    style = style or level_styles()[level]
    return style.label_en if i18n.language() == "en" else style.label_vi


def action_label(action: str) -> str:
    names = {
        "vault_created": _tr("Vault created"),
        "user_added": _tr("User added"),
        "login": _tr("Logged in"),
        "login_recovery": _tr("Opened with the recovery key"),
        "password_changed": _tr("Password changed"),
        "password_reset": _tr("Password reset"),
        "user_unlocked": _tr("Account unlocked"),
        "role_changed": _tr("Role changed"),
        "user_deactivated": _tr("Account disabled"),
        "settings_changed": _tr("Settings changed"),
        "backup": _tr("Backup"),
        "restored": _tr("Restored from backup"),
        "schema_migrated": _tr("Data structure upgraded"),
        "rekey_started": _tr("Re-keying started"),
        "rekey_completed": _tr("Re-keying completed"),
    }
    return names.get(action, action)
