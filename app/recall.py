"""Recall when a user leaves: everything the person holds, to be collected.

Cases still assigned to them (not concluded or archived), the printed
copies they made that no executed destruction has covered, the exported
copies (Excel lists, attachment files) they made, and the carriers out
with them. The administrator disables the account and works down the list,
printed (resources/forms/recall_list.toml) for the leaver and the receiver
to sign when everything is collected.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

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


# -- the printed list ------------------------------------------------------------------------------------------

FORM = "recall_list"


def _day(ts: float | None) -> str:
    return _dt.date.fromtimestamp(ts).strftime("%d/%m/%Y") if ts else ""


def recall_draft(session, username: str):
    """The recall list as a form draft: printed, numbered and registered like every copy.

    It names the secret items held (numbers, symbols, labels), so it carries the
    highest level among them."""
    from .domain.secrecy import level_styles
    from .forms import sources, words
    from .forms import templates as T
    from .forms.drafts import Draft
    from .register_cells import COPY_KINDS
    from .store import persons as person_store

    session.require(Permission.PRINT_FORMS)
    r = recall_list(session, username)
    conn = session.vault.conn
    lay, t = T.layout(conn), T.form(FORM, conn)
    label = {lvl: st.label_vi for lvl, st in level_styles().items()}
    user = get_user(conn, r.user)
    cases = []
    for i, c in enumerate(r.cases, 1):
        tpl, person = sources.case_template(conn, c), person_store.get(conn, c.person_id)
        cases.append({"position": str(i), "case_id": str(c.id), "purpose": tpl.title if tpl else c.purpose,
                      "person": person.full_name if person else f"số {c.person_id}", "state": c.state.label_vi,
                      "received_on": words.short_date(c.received_on), "secrecy": label[c.secrecy]})
    copies = [{"position": str(i), "kind": COPY_KINDS.get(h.kind, h.kind), "what": h.what,
               "copy_numbers": f"bản số {', '.join(map(str, h.copy_numbers))}" if h.copy_numbers else f"{h.copies} bản",
               "made_on": _day(h.made_at), "secrecy": label[h.secrecy],
               "destination": f"; nơi lưu, nơi nhận: {h.destination}" if h.destination else ""}
              for i, h in enumerate(r.copies, 1)]
    carriers_out = [{"position": str(i), "label": c.label, "serial": f" (số seri {c.serial})" if c.serial else "",
                     "permit_no": u.permit_no, "permit_date": words.short_date(u.permit_date), "permit_by": u.permit_by,
                     "out_on": _day(u.out_at), "content": u.content or "(không ghi)", "secrecy": label[c.secrecy]}
                    for i, (c, u) in enumerate(r.carriers, 1)]
    fields = {**sources.unit_fields(conn, lay), "long_date": words.long_date(_dt.date.today()), "user": r.user,
              "full_name": (user.full_name if user else "") or r.user,
              "status": "đang hoạt động" if r.active else "đã vô hiệu hóa",
              "cases_count": str(len(cases)), "copies_count": str(len(copies)), "carriers_count": str(len(carriers_out)),
              "nothing": "Người dùng không giữ tài liệu, vật mang bí mật nhà nước nào cần thu hồi." if r.empty else "",
              "printed_by": sources.full_name(conn, session.user.username)}
    levels = [c.secrecy for c in r.cases] + [h.secrecy for h in r.copies] + [c.secrecy for c, _ in r.carriers]
    return Draft(FORM, "user", r.user, f"Danh sách thu hồi của người dùng {r.user}", t, fields,
                 SecrecyLevel(max(levels, default=SecrecyLevel.NONE)),
                 {"cases": cases, "copies": copies, "carriers": carriers_out})


def print_recall(session, username: str, out: Path | None, copies: int = 1, reason: str = ""):
    """Print (or save as PDF) the recall list: numbered and entered in the copying register."""
    from .forms.service import PrintJob, print_draft

    return print_draft(session, recall_draft(session, username), PrintJob(copies=copies, reason=reason), out)
