"""Errors the user can act on. Each has a stable code (see ../shared/CLI.md)."""

from __future__ import annotations

from . import messages


class HosoError(Exception):
    """An expected failure: shown as a clear message, never as a traceback."""

    code = "error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        if code:
            self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return messages.text(self.code, **self.params)


class AuthError(HosoError):
    """Wrong password, lock-out, throttling."""


class PermissionDenied(HosoError):
    code = "permission_denied"


class VaultError(HosoError):
    """The vault folder is missing, damaged, or of another version."""


class InvalidInput(HosoError):
    code = "bad_input"
