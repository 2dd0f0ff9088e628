"""Who may do what: the one permission table, enforced by the services.

The GUI may hide what a role cannot do, but refusal always happens here.
"""

from __future__ import annotations

import enum

from .domain.roles import Role


class Permission(str, enum.Enum):
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    REKEY = "rekey"
    CHANGE_SETTINGS = "change_settings"
    CHANGE_OWN_PASSWORD = "change_own_password"
    VIEW_DOSSIERS = "view_dossiers"
    EDIT_DOSSIERS = "edit_dossiers"
    IMPORT_EXCEL = "import_excel"
    WORK_CASES = "work_cases"
    DECIDE_CASES = "decide_cases"
    PRINT_FORMS = "print_forms"
    KEEP_REGISTERS = "keep_registers"
    EXCHANGE_BUNDLES = "exchange_bundles"
    MANAGE_UNITS = "manage_units"
    MANAGE_TEMPLATES = "manage_templates"
    DECIDE_DESTRUCTION = "decide_destruction"  # a leader decides; clerks propose and carry out
    DECIDE_SECRECY = "decide_secrecy"  # record extension, adjustment, declassification decisions


P = Permission
_EVERYONE = {P.CHANGE_OWN_PASSWORD, P.VIEW_DOSSIERS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    # The administrator may do everything: a commune office often has one
    # person for all roles, and the demo vault has only the administrator.
    Role.ADMIN: frozenset(Permission),
    Role.LEADER: frozenset(_EVERYONE | {P.VIEW_AUDIT, P.DECIDE_CASES, P.WORK_CASES, P.PRINT_FORMS, P.DECIDE_DESTRUCTION, P.DECIDE_SECRECY}),
    Role.OFFICER: frozenset(_EVERYONE | {P.EDIT_DOSSIERS, P.IMPORT_EXCEL, P.WORK_CASES, P.PRINT_FORMS}),
    Role.CLERK: frozenset(_EVERYONE | {P.KEEP_REGISTERS, P.EXCHANGE_BUNDLES, P.PRINT_FORMS, P.BACKUP}),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
