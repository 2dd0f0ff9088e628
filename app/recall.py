"""Recall when a user leaves: everything the person holds, to be collected.

Cases still assigned to them (not concluded or archived), the printed
copies they made that no executed destruction has covered, the exported
copies (Excel lists, attachment files) they made, and the carriers out
with them. The administrator disables the account and works down the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import carriers
from .domain.secrecy import SecrecyLevel
from .errors import HosoError
from .permissions import Permission
from .store import cases as case_store
from .store import destruction as destruction_store
from .store.carriers import Carrier, CarrierUse
from .store.cases import CaseRow
from .users import get_user
from .workflow.states import CLOSED_STATES

# Prints made by a user, with the document they are copies of.
_PRINTS_BY = ("SELECT p.document_id, p.first_copy, p.last_copy, p.made_at, d.form, d.symbol, d.object_kind, d.object_id, d.secrecy"
              " FROM form_prints p JOIN form_documents d ON d.id = p.document_id WHERE p.made_by = ? COLLATE NOCASE ORDER BY p.made_at")
# Other copies that left the vault (exports), by copying-register entry.
_EXPORTS_BY = ("SELECT id, number, year, made_at, kind, object_kind, object_id, secrecy, copies, destination FROM copy_register"
               " WHERE made_by = ? COLLATE NOCASE AND kind != 'print' ORDER BY made_at")


@dataclass(frozen=True)
class HeldCopy:
    kind: str  # print | attachment_export | excel_export | ...
    what: str  # the document's number or the copying-register entry
    object_kind: str
    object_id: str
    copy_numbers: list[int]  # printed copies still out; empty for an export
    copies: int
    made_at: float
    secrecy: SecrecyLevel
    destination: str = ""


@dataclass(frozen=True)
class RecallList:
    user: str
    active: bool
    cases: list[CaseRow] = field(default_factory=list)
    copies: list[HeldCopy] = field(default_factory=list)
    carriers: list[tuple[Carrier, CarrierUse]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.cases or self.copies or self.carriers)


def _held_copies(conn, username: str) -> list[HeldCopy]:
    gone = destruction_store.destroyed_copies(conn)
    out = []
    for doc_id, first, last, made_at, form, symbol, okind, oid, level in conn.execute(_PRINTS_BY, (username,)).fetchall():
        left = [n for n in range(first, last + 1) if ("form_copy", str(doc_id), str(n)) not in gone]
        if left:
            out.append(HeldCopy("print", symbol or f"{form} số {doc_id}", okind, oid, left, len(left), made_at, SecrecyLevel(level)))
    for eid, number, year, made_at, kind, okind, oid, level, copies, dest in conn.execute(_EXPORTS_BY, (username,)).fetchall():
        if not any(k == "copy" and o == str(eid) for k, o, _ in gone):
            out.append(HeldCopy(kind, f"Sổ sao chụp số {number}/{year}", okind, oid, [], copies, made_at, SecrecyLevel(level), dest))
    return out


def recall_list(session, username: str) -> RecallList:
    """What `username` holds. The administrator's view (manage users)."""
    session.require(Permission.MANAGE_USERS)
    conn = session.vault.conn
    user = get_user(conn, (username or "").strip().lower())
    if user is None:
        raise HosoError("unknown_user", user=username)
    rows, _ = case_store.list_cases(conn, officer=user.username, limit=100_000)
    open_cases = [c for c in rows if c.state not in CLOSED_STATES]
    return RecallList(user.username, user.active, open_cases, _held_copies(conn, user.username), carriers.held_by(session, user.username))
