"""Reading the registers (the books themselves arrive with the compliance work)."""

from __future__ import annotations

from .permissions import Permission
from .store import copies, registers

KINDS = ("outgoing", "incoming", "copy")


def list_register(session, kind: str, limit: int = 1000) -> list:
    """Entries of one register, newest first: RegisterEntry, or CopyEntry for "copy"."""
    session.require(Permission.VIEW_DOSSIERS)
    if kind == "copy":
        return copies.entries(session.vault.conn, limit)
    if kind not in KINDS:
        raise ValueError(kind)
    return registers.entries(session.vault.conn, kind, limit)
