"""A logged-in user on an unlocked vault; the gate every service passes."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Iterator

from .domain.roles import Role
from .errors import PermissionDenied
from .permissions import Permission, allowed
from .users import User


def recovery_user() -> User:
    """The pseudo-user of a recovery-key session (may reset accounts only)."""
    return User(id=0, username="recovery-key", full_name="", role=Role.ADMIN, active=True, created_at=0.0, is_recovery=True)


log = logging.getLogger("hoso.session")
_END_SUMMARIES = {"logout": "Đăng xuất", "lock": "Khóa màn hình", "quit": "Đóng chương trình", "restore": "Đóng để khôi phục"}

# What a recovery-key session may do: get people back in, nothing else.
_RECOVERY_PERMISSIONS = {Permission.MANAGE_USERS}


@dataclass
class Session:
    vault: object  # app.vault.Vault (kept loose to avoid an import cycle)
    user: User

    def can(self, permission: Permission) -> bool:
        if self.user.is_recovery:
            return permission in _RECOVERY_PERMISSIONS
        return allowed(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(role=self.user.role.label_vi if not self.user.is_recovery else "khóa khôi phục", permission=permission.value)

    @contextlib.contextmanager
    def change(self, permission: Permission | None, action: str, object_kind: str = "", object_id: object = "", summary: str = "") -> Iterator:
        """Check the permission, then run the change and its audit entry in one transaction."""
        if permission is not None:
            self.require(permission)
        with self.vault.transaction() as conn:
            yield conn
            self.vault.audit(self.user.username, action, object_kind, object_id, summary)

    def close(self, reason: str = "") -> None:
        """End the session and drop the keys. `reason` ("logout", "lock",
        "quit", "restore") is recorded first, so the trail shows when access ended."""
        if reason and self.vault.is_open:
            try:
                with self.change(None, f"session_{reason}", "user", self.user.username, _END_SUMMARIES.get(reason, reason)):
                    pass
            except Exception:  # noqa: BLE001 - locking must succeed even if the entry cannot be written
                log.warning("could not record the end of the session (%s)", reason)
        self.vault.close()
