"""Storage of destruction procedures, and the deletion of what they destroy.

The deletions remove every row that holds the item's content: a person's
relatives, versions, search-index rows, attachments (and their encrypted
bytes once no other attachment uses them: the row with the file's key here,
the file itself by the caller once the deletion has committed), cases with their checklists,
requests and timelines, conflicts and sync marks; the content kept for
reprinting a form about them is dropped (the document's number stays).
The item's current secrecy state (level date, expiry) goes with it; registers,
secrecy decisions and the audit trail are never touched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..domain.secrecy import SecrecyLevel
from ..secrecy import store as secrecy_store
from . import person_index

_D_COLS = ("id, state, reason, method, council, proposed_at, proposed_by, decision_no, decision_date, authority, decided_at,"
           " decided_by, executed_at, executed_by, cancelled_at, cancelled_by, cancel_reason")
_D_INSERT = "INSERT INTO destructions(state, reason, method, council, proposed_at, proposed_by) VALUES ('proposed', ?, ?, ?, ?, ?)"
_D_GET = f"SELECT {_D_COLS} FROM destructions WHERE id = ?"
_D_LIST = f"SELECT {_D_COLS} FROM destructions ORDER BY id DESC LIMIT ?"
_D_DECIDE = ("UPDATE destructions SET state = 'decided', decision_no = ?, decision_date = ?, authority = ?, decided_at = ?,"
             " decided_by = ? WHERE id = ? AND state = 'proposed'")
_D_EXECUTED = "UPDATE destructions SET state = 'executed', executed_at = ?, executed_by = ? WHERE id = ? AND state = 'decided'"
_D_CANCEL = ("UPDATE destructions SET state = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ?"
             " WHERE id = ? AND state IN ('proposed', 'decided')")

_I_COLS = "id, destruction_id, position, kind, object_id, number_symbol, copy_number, abstract, secrecy, register_id"
_I_INSERT = ("INSERT INTO destruction_items(destruction_id, position, kind, object_id, number_symbol, copy_number, abstract, secrecy)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_I_OF = f"SELECT {_I_COLS} FROM destruction_items WHERE destruction_id = ? ORDER BY position"
_I_SET_REGISTER = "UPDATE destruction_items SET register_id = ? WHERE id = ?"
_I_DESTROYED = ("SELECT i.kind, i.object_id, i.copy_number FROM destruction_items i JOIN destructions d ON d.id = i.destruction_id"
                " WHERE d.state = 'executed' AND i.kind IN ('form_copy', 'copy')")

# -- what a deletion touches (one statement each) ---------------------------------------------------------------
_MERGED_INTO = "SELECT id FROM persons WHERE merged_into = ?"
_PERSON_CASES = "SELECT id FROM cases WHERE person_id = ?"
_PERSON_ATTACHMENTS = "SELECT id FROM attachments WHERE person_id = ?"
_PERSON_KEYS = "SELECT sort_rank, uid FROM persons WHERE id = ?"
_DEL_VERSIONS = "DELETE FROM person_versions WHERE person_id = ?"
_DEL_RELATIVES = "DELETE FROM relatives WHERE person_id = ?"
_DEL_PERSON = "DELETE FROM persons WHERE id = ?"
_DEL_SYNC = "DELETE FROM sync_marks WHERE uid = ?"
_DEL_CONFLICTS = "DELETE FROM exchange_conflicts WHERE kind = ? AND (local_id = ? OR uid = ?)"
_DROP_FORM_CONTENT = "UPDATE form_documents SET content = NULL, source = '' WHERE object_kind = ? AND object_id = ?"

_CASE_UID = "SELECT uid FROM cases WHERE id = ?"
_CASE_REQUESTS = "SELECT id FROM verification_requests WHERE case_id = ?"
_UNLINK_CORRECTS = "UPDATE cases SET corrects_case_id = NULL WHERE corrects_case_id = ?"
_UNLINK_CORRECTED = "UPDATE cases SET corrected_by_id = NULL WHERE corrected_by_id = ?"
_DEL_CASE_EVIDENCE = "DELETE FROM item_evidence WHERE item_id IN (SELECT id FROM case_items WHERE case_id = ?)"
_DEL_REQUESTS = "DELETE FROM verification_requests WHERE case_id = ?"
_DEL_ITEMS = "DELETE FROM case_items WHERE case_id = ?"
_DEL_EVENTS = "DELETE FROM case_events WHERE case_id = ?"
_DEL_CASE = "DELETE FROM cases WHERE id = ?"

_ATT_BLOB = "SELECT blob_id FROM attachments WHERE id = ?"
_DEL_ATT_EVIDENCE = "DELETE FROM item_evidence WHERE attachment_id = ?"
_DEL_ATTACHMENT = "DELETE FROM attachments WHERE id = ?"
_BLOB_USED = "SELECT 1 FROM attachments WHERE blob_id = ? LIMIT 1"
_DEL_CHUNKS = "DELETE FROM blob_chunks WHERE blob_id = ?"
_BLOB_FILE = "SELECT file FROM blobs WHERE id = ?"
_DEL_BLOB = "DELETE FROM blobs WHERE id = ?"

_COPY_ENTRY = "SELECT number, year, kind, object_kind, object_id, secrecy, copies FROM copy_register WHERE id = ?"

FTS_TABLES = tuple(person_index.TABLES)


@dataclass(frozen=True)
class ItemRow:
    id: int
    destruction_id: int
    position: int
    kind: str
    object_id: str
    number_symbol: str
    copy_number: str
    abstract: str
    secrecy: SecrecyLevel
    register_id: int | None


@dataclass(frozen=True)
class ProcedureRow:
    id: int
    state: str
    reason: str
    method: str
    council: list[dict]
    proposed_at: float
    proposed_by: str
    decision_no: str
    decision_date: str | None
    authority: str
    decided_at: float | None
    decided_by: str | None
    executed_at: float | None
    executed_by: str | None
    cancelled_at: float | None
    cancelled_by: str | None
    cancel_reason: str
    items: tuple[ItemRow, ...] = field(default=())


@dataclass
class Removed:
    """What an execution deleted, counted (the report and the audit say it)."""

    persons: int = 0
    cases: int = 0
    attachments: int = 0
    blobs: int = 0
    # Attachment files whose rows (and keys) this deletion removed: unlinked once it has committed.
    files: list[str] = field(default_factory=list)

    def add(self, other: "Removed") -> None:
        self.persons += other.persons
        self.cases += other.cases
        self.attachments += other.attachments
        self.blobs += other.blobs
        self.files.extend(other.files)


def _item(r) -> ItemRow:
    r = list(r)
    r[8] = SecrecyLevel(r[8])
    return ItemRow(*r)


def _procedure(conn, r) -> ProcedureRow:
    r = list(r)
    r[4] = json.loads(r[4])
    return ProcedureRow(*r, items=tuple(_item(i) for i in conn.execute(_I_OF, (r[0],))))


def insert(conn, reason: str, method: str, council: list[dict], now: float, user: str) -> int:
    return conn.execute(_D_INSERT, (reason, method, json.dumps(council, ensure_ascii=False), now, user)).lastrowid


def insert_item(conn, destruction_id: int, position: int, kind: str, object_id: str, number_symbol: str, copy_number: str,
                abstract: str, secrecy: SecrecyLevel) -> None:
    conn.execute(_I_INSERT, (destruction_id, position, kind, object_id, number_symbol, copy_number, abstract, int(secrecy)))


def get(conn, destruction_id: int) -> ProcedureRow | None:
    r = conn.execute(_D_GET, (destruction_id,)).fetchone()
    return _procedure(conn, r) if r else None


def procedures(conn, limit: int = 500) -> list[ProcedureRow]:
    return [_procedure(conn, r) for r in conn.execute(_D_LIST, (limit,)).fetchall()]


def decide(conn, destruction_id: int, decision_no: str, decision_date: str, authority: str, now: float, user: str) -> bool:
    return conn.execute(_D_DECIDE, (decision_no, decision_date, authority, now, user, destruction_id)).rowcount == 1


def mark_executed(conn, destruction_id: int, now: float, user: str) -> bool:
    return conn.execute(_D_EXECUTED, (now, user, destruction_id)).rowcount == 1


def cancel(conn, destruction_id: int, now: float, user: str, reason: str) -> bool:
    return conn.execute(_D_CANCEL, (now, user, reason, destruction_id)).rowcount == 1


def set_item_register(conn, item_id: int, register_id: int) -> None:
    conn.execute(_I_SET_REGISTER, (register_id, item_id))


def copy_entry(conn, entry_id: int) -> tuple | None:
    """(number, year, kind, object kind, object id, level, copies) of a copying-register entry."""
    return conn.execute(_COPY_ENTRY, (entry_id,)).fetchone()


def destroyed_copies(conn) -> set[tuple[str, str, str]]:
    """(kind, object id, copy number) of every copy destroyed by an executed procedure."""
    return {tuple(r) for r in conn.execute(_I_DESTROYED)}


# -- deletions ---------------------------------------------------------------------------------------------------

def delete_attachment(conn, attachment_id: int) -> Removed:
    out = Removed()
    row = conn.execute(_ATT_BLOB, (attachment_id,)).fetchone()
    if row is None:
        return out
    conn.execute(_DEL_ATT_EVIDENCE, (attachment_id,))
    conn.execute(_DEL_ATTACHMENT, (attachment_id,))
    secrecy_store.delete_state(conn, "attachment", attachment_id)  # no term runs for what is gone; decisions stay
    out.attachments = 1
    if conn.execute(_BLOB_USED, (row[0],)).fetchone() is None:  # the same bytes may serve another dossier
        # The row holds the file's only key: deleting it (secure_delete, then VACUUM) makes the file
        # unreadable wherever a copy of it lingers; the caller unlinks the file after the commit.
        f = conn.execute(_BLOB_FILE, (row[0],)).fetchone()
        conn.execute(_DEL_CHUNKS, (row[0],))
        conn.execute(_DEL_BLOB, (row[0],))
        out.blobs = 1
        if f and f[0]:
            out.files.append(f[0])
    return out


def delete_case(conn, case_id: int) -> Removed:
    out = Removed()
    row = conn.execute(_CASE_UID, (case_id,)).fetchone()
    if row is None:
        return out
    for (rid,) in conn.execute(_CASE_REQUESTS, (case_id,)).fetchall():
        conn.execute(_DROP_FORM_CONTENT, ("verification_request", str(rid)))
    conn.execute(_DROP_FORM_CONTENT, ("case", str(case_id)))
    conn.execute(_UNLINK_CORRECTS, (case_id,))
    conn.execute(_UNLINK_CORRECTED, (case_id,))
    conn.execute(_DEL_CASE_EVIDENCE, (case_id,))
    conn.execute(_DEL_REQUESTS, (case_id,))
    conn.execute(_DEL_ITEMS, (case_id,))
    conn.execute(_DEL_EVENTS, (case_id,))
    conn.execute(_DEL_SYNC, (row[0],))
    conn.execute(_DEL_CONFLICTS, ("case", case_id, row[0]))
    conn.execute(_DEL_CASE, (case_id,))
    secrecy_store.delete_state(conn, "case", case_id)  # no term runs for what is gone; decisions stay
    out.cases = 1
    return out


def delete_person(conn, person_id: int) -> Removed:
    """The whole dossier, with the duplicates once merged into it, its cases and attachments."""
    out = Removed()
    row = conn.execute(_PERSON_KEYS, (person_id,)).fetchone()
    if row is None:
        return out
    for (mid,) in conn.execute(_MERGED_INTO, (person_id,)).fetchall():
        out.add(delete_person(conn, mid))
    for (cid,) in conn.execute(_PERSON_CASES, (person_id,)).fetchall():
        out.add(delete_case(conn, cid))
    for (aid,) in conn.execute(_PERSON_ATTACHMENTS, (person_id,)).fetchall():
        out.add(delete_attachment(conn, aid))
    rank, uid = row
    person_index.remove(conn, rank)
    conn.execute(_DROP_FORM_CONTENT, ("person", str(person_id)))
    conn.execute(_DEL_SYNC, (uid,))
    conn.execute(_DEL_CONFLICTS, ("person", person_id, uid))
    conn.execute(_DEL_VERSIONS, (person_id,))
    conn.execute(_DEL_RELATIVES, (person_id,))
    conn.execute(_DEL_PERSON, (person_id,))
    secrecy_store.delete_state(conn, "person", person_id)  # no term runs for what is gone; decisions stay
    out.persons += 1
    return out


def purge_search_index(conn) -> None:
    """Rewrite the search indexes without the deleted rows: a contentless FTS5
    delete only marks a row as gone, its words stay in the index until merged."""
    for t in FTS_TABLES:
        conn.execute(f"INSERT INTO {t}({t}) VALUES ('optimize')")
