"""Vault-wide settings an administrator changes (stored in the database)."""

from __future__ import annotations

from dataclasses import dataclass

from .domain.secrecy import SecrecyLevel
from .errors import InvalidInput
from .permissions import Permission
from .vault.lockout import LoginState

IDLE_LOCK_KEY = "idle_lock_minutes"
SECRECY_KEY = "vault_secrecy"
DEFAULT_IDLE_MINUTES = 10


@dataclass(frozen=True)
class Settings:
    idle_lock_minutes: int
    vault_secrecy: SecrecyLevel
    max_failures: int


def get_settings(session) -> Settings:
    v = session.vault
    return Settings(
        idle_lock_minutes=int(v.setting(IDLE_LOCK_KEY, str(DEFAULT_IDLE_MINUTES))),
        vault_secrecy=SecrecyLevel.parse(v.setting(SECRECY_KEY, "mat")),
        max_failures=LoginState.load(v.path).max_failures,
    )


def update_settings(session, *, idle_lock_minutes: int | None = None, vault_secrecy: SecrecyLevel | None = None, max_failures: int | None = None) -> Settings:
    if idle_lock_minutes is not None and not 1 <= idle_lock_minutes <= 240:
        raise InvalidInput(detail="thời gian tự khóa phải từ 1 đến 240 phút")
    if max_failures is not None and not 1 <= max_failures <= 20:
        raise InvalidInput(detail="số lần nhập sai tối đa phải từ 1 đến 20")
    changes = {k: v for k, v in ((IDLE_LOCK_KEY, idle_lock_minutes), (SECRECY_KEY, vault_secrecy), ("max_failures", max_failures)) if v is not None}
    summary = ", ".join(f"{k}={getattr(v, 'code', v)}" for k, v in changes.items())
    with session.change(Permission.CHANGE_SETTINGS, "settings_changed", "settings", "", summary):
        if idle_lock_minutes is not None:
            session.vault.set_setting(IDLE_LOCK_KEY, str(idle_lock_minutes))
        if vault_secrecy is not None:
            session.vault.set_setting(SECRECY_KEY, vault_secrecy.code)
        if max_failures is not None:
            LoginState.load(session.vault.path).set_max_failures(max_failures)
    return get_settings(session)


def highest_secrecy(session) -> SecrecyLevel:
    """The level the banner shows: the vault's own level, raised by the most
    secret dossier or attachment it holds."""
    from .store import attachments, persons

    conn = session.vault.conn
    return max(get_settings(session).vault_secrecy, persons.max_secrecy(conn), attachments.max_secrecy(conn))
