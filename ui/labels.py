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


def destruction_state_label(state: str) -> str:
    return {
        "proposed": translate("Labels", "Proposed"),
        "decided": translate("Labels", "Decided"),
        "executed": translate("Labels", "Destroyed"),
        "cancelled": translate("Labels", "Withdrawn"),
    }.get(state, state)


def destruction_item_label(kind: str) -> str:
    return {
        "person": translate("Labels", "Dossier"),
        "attachment": translate("Labels", "Attachment"),
        "case": translate("Labels", "Case"),
        "form_copy": translate("Labels", "Printed copy"),
        "copy": translate("Labels", "Copy"),
        "carrier": translate("Labels", "Carrier"),
        "paper": translate("Labels", "Paper document"),
    }.get(str(getattr(kind, "value", kind)), str(kind))


def incident_kind_label(kind: str) -> str:
    return {"loss": translate("Labels", "Loss"), "leak": translate("Labels", "Leak")}.get(str(getattr(kind, "value", kind)), str(kind))
