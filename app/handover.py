"""The hand-over slip (biên bản giao nhận) of a sent bundle, and its line in the hand-over register.

Giving a bundle's carrier to whoever takes it is a hand-over: it is entered in
the hand-over register first (that number heads the slip), then the slip is
printed for the two signatures. Printing goes through the forms service, so
the slip is itself a registered copy. Asking again for the same entry, giver
and receiver reprints the same hand-over instead of entering a second one.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from .domain.secrecy import level_styles
from .errors import HosoError
from .forms import sources, words
from .forms import templates as T
from .forms.drafts import Draft
from .forms.service import PrintJob, PrintResult, print_draft
from .permissions import Permission
from .store import registers
from .store.registers import RegisterEntry

FORM = "handover_slip"
OBJECT = "outgoing"  # a hand-over entry's object: the outgoing entry it hands over


@dataclass(frozen=True)
class Slip:
    entry: RegisterEntry  # the hand-over register entry
    result: PrintResult


def _outgoing(conn, outgoing_id: int) -> RegisterEntry:
    e = registers.get(conn, outgoing_id)
    if e is None or e.register != "outgoing":
        raise HosoError("handover_not_outgoing", id=outgoing_id)
    if e.status == "cancelled":
        raise HosoError("register_entry_cancelled", number=f"{e.number}/{e.year}")
    return e


def _name(text: str) -> str:
    return " ".join(str(text or "").split())


def record(session, outgoing_id: int, giver: str, receiver: str, *, copy_numbers: str = "", notes: str = "",
           now: float | None = None) -> RegisterEntry:
    """The hand-over register entry for an outgoing entry (the same one again for the same giver and receiver)."""
    giver, receiver = _name(giver), _name(receiver)
    if not giver or not receiver:
        raise HosoError("handover_names_required")
    conn = session.vault.conn
    out = _outgoing(conn, outgoing_id)
    for h in registers.by_object(conn, "handover", OBJECT, out.id):
        if h.status == "active" and (h.fields.get("giver"), h.fields.get("receiver")) == (giver, receiver):
            session.require(Permission.KEEP_REGISTERS)
            return h
    f = out.fields
    carrier = str(f.get("carrier") or "")
    fields = {
        "number_symbol": f.get("number_symbol", ""), "document_date": f.get("date", ""), "type": f.get("type", ""),
        "abstract": f.get("abstract", ""), "copies": f.get("copies", 1), "copy_numbers": copy_numbers.strip(),
        "giver": giver, "receiver": receiver, "receiver_signature": "",
        "notes": "; ".join(x for x in (f"vật mang tin {carrier}" if carrier else "", f"sổ đi số {out.number}/{out.year}", notes.strip()) if x),
    }
    auth = registers.authorisation(conn, out.id)
    with session.change(Permission.KEEP_REGISTERS, "handover_recorded", "register", f"outgoing:{out.id}",
                        f"Giao gói {f.get('number_symbol', '')} (sổ đi {out.number}/{out.year}): {giver} giao, {receiver} nhận") as c:
        entry = registers.add(c, "handover", session.user.username, out.secrecy, fields, OBJECT, out.id, now=now,
                              authorised=(auth.authorised_by, auth.decision) if auth else None)
    return entry


def slip_draft(session, handover_id: int) -> Draft:
    """The slip of one hand-over entry (preview or print)."""
    session.require(Permission.PRINT_FORMS)
    conn = session.vault.conn
    h = registers.get(conn, handover_id)
    if h is None or h.register != "handover":
        raise HosoError("register_entry_not_found", id=handover_id, book="sổ giao nhận")
    out = registers.get(conn, int(h.object_id)) if h.object_kind == OBJECT and h.object_id.isdigit() else None
    of = out.fields if out else {}
    lay, t = T.layout(conn), T.form(FORM, conn)
    day = _dt.date.fromtimestamp(h.created_at)
    hf = h.fields
    recipients = of.get("recipients", "")
    fields = {
        **sources.unit_fields(conn, lay), "long_date": words.long_date(day), "handover_number": f"{h.number}/{h.year}",
        "giver": hf.get("giver", ""), "giver_post": "", "receiver": hf.get("receiver", ""), "receiver_post": "",
        "number_symbol": hf.get("number_symbol", ""), "document_date": words.short_date(str(hf.get("document_date", ""))),
        "type": hf.get("type", ""), "abstract": hf.get("abstract", ""), "level": level_styles()[h.secrecy].label_vi,
        "recipients": ", ".join(recipients) if isinstance(recipients, list) else str(recipients),
        "copies": str(hf.get("copies", "")), "copy_numbers": hf.get("copy_numbers", ""), "carrier": str(of.get("carrier") or ""),
        "file": str(of.get("file") or ""), "bundle_id": str(of.get("bundle_id") or ""),
        "outgoing_number": f"{out.number}/{out.year}" if out else "", "notes": "",
    }
    return Draft(FORM, "register", f"handover:{h.id}", f"Biên bản giao nhận số {h.number}/{h.year}", t,
                 {k: str(v) for k, v in fields.items()}, h.secrecy, keep_content=False)


def print_slip(session, outgoing_id: int, out: Path | None, giver: str, receiver: str, job: PrintJob = PrintJob(), *,
               copy_numbers: str = "", notes: str = "", now: float | None = None) -> Slip:
    """Enter the hand-over (or find it), then print its slip; with `out`, save it as a PDF."""
    session.require(Permission.PRINT_FORMS)
    entry = record(session, outgoing_id, giver, receiver, copy_numbers=copy_numbers, notes=notes, now=now)
    return Slip(entry, print_draft(session, slip_draft(session, entry.id), job, out))
