"""SQL of the forms: number counters, issued documents, print jobs, templates."""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..domain.secrecy import SecrecyLevel

_NEXT = ("INSERT INTO form_counters(body, doc_type, term, last) VALUES (?, ?, ?, 1)"
         " ON CONFLICT(body, doc_type, term) DO UPDATE SET last = last + 1 RETURNING last")
_DOC_COLS = ("id, form, object_kind, object_id, body, doc_type, term, number, symbol, issued_on, secrecy, content, digest,"
             " source, copies, created_at, created_by")
_INSERT_DOC = ("INSERT INTO form_documents(form, object_kind, object_id, body, doc_type, term, number, symbol, issued_on, secrecy,"
               " content, digest, source, copies, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
_LATEST_FOR = f"SELECT {_DOC_COLS} FROM form_documents WHERE form = ? AND object_kind = ? AND object_id = ? ORDER BY id DESC LIMIT 1"
_BY_SYMBOL = f"SELECT {_DOC_COLS} FROM form_documents WHERE upper(symbol) = upper(?) ORDER BY id"
_GET = f"SELECT {_DOC_COLS} FROM form_documents WHERE id = ?"
_ADD_COPIES = "UPDATE form_documents SET copies = copies + ? WHERE id = ? RETURNING copies"
_INSERT_PRINT = ("INSERT INTO form_prints(document_id, first_copy, last_copy, made_at, made_by, authorised_by, reason, destination,"
                 " copy_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_PRINTS = ("SELECT id, document_id, first_copy, last_copy, made_at, made_by, authorised_by, reason, destination, copy_entry_id"
           " FROM form_prints WHERE document_id = ? ORDER BY id")
_LATEST_TEMPLATE = "SELECT source FROM form_templates WHERE name = ? ORDER BY version DESC LIMIT 1"
_TEMPLATE_VERSION = "SELECT max(version) FROM form_templates WHERE name = ?"
_INSERT_TEMPLATE = "INSERT INTO form_templates(name, version, source, imported_at, imported_by) VALUES (?, ?, ?, ?, ?)"


@dataclass(frozen=True)
class DocRow:
    id: int
    form: str
    object_kind: str
    object_id: str
    body: str | None
    doc_type: str | None
    term: str | None
    number: int | None
    symbol: str | None
    issued_on: str
    secrecy: SecrecyLevel
    content: str | None
    digest: str
    source: str
    copies: int
    created_at: float
    created_by: str


@dataclass(frozen=True)
class PrintRow:
    id: int
    document_id: int
    first_copy: int
    last_copy: int
    made_at: float
    made_by: str
    authorised_by: str
    reason: str
    destination: str
    copy_entry_id: int | None


def _doc(r) -> DocRow:
    r = list(r)
    r[10] = SecrecyLevel(r[10])
    return DocRow(*r)


def next_number(conn, body: str, doc_type: str, term: str) -> int:
    """The next number of this body x type x term, inside the caller's transaction."""
    return conn.execute(_NEXT, (body, doc_type, term)).fetchone()[0]


def insert_document(conn, *, form: str, object_kind: str, object_id: object, body: str | None, doc_type: str | None,
                    term: str | None, number: int | None, symbol: str | None, issued_on: str, secrecy: SecrecyLevel,
                    content: str | None, digest: str, source: str, user: str) -> DocRow:
    rid = conn.execute(_INSERT_DOC, (form, object_kind, str(object_id), body, doc_type, term, number, symbol, issued_on,
                                     int(secrecy), content, digest, source, time.time(), user)).lastrowid
    return get(conn, rid)


def get(conn, doc_id: int) -> DocRow | None:
    r = conn.execute(_GET, (doc_id,)).fetchone()
    return _doc(r) if r else None


def latest_for(conn, form: str, object_kind: str, object_id: object) -> DocRow | None:
    r = conn.execute(_LATEST_FOR, (form, object_kind, str(object_id))).fetchone()
    return _doc(r) if r else None


def by_symbol(conn, symbol: str) -> list[DocRow]:
    return [_doc(r) for r in conn.execute(_BY_SYMBOL, (symbol,))]


def add_copies(conn, doc_id: int, n: int) -> tuple[int, int]:
    """Reserve the next n copy numbers: (first, last)."""
    last = conn.execute(_ADD_COPIES, (n, doc_id)).fetchone()[0]
    return last - n + 1, last


def insert_print(conn, doc_id: int, first: int, last: int, user: str, authorised_by: str, reason: str, destination: str,
                 copy_entry_id: int | None) -> int:
    return conn.execute(_INSERT_PRINT, (doc_id, first, last, time.time(), user, authorised_by, reason, destination, copy_entry_id)).lastrowid


def prints(conn, doc_id: int) -> list[PrintRow]:
    return [PrintRow(*r) for r in conn.execute(_PRINTS, (doc_id,))]


def latest_template(conn, name: str) -> str | None:
    r = conn.execute(_LATEST_TEMPLATE, (name,)).fetchone()
    return r[0] if r else None


def template_version(conn, name: str) -> int:
    return conn.execute(_TEMPLATE_VERSION, (name,)).fetchone()[0] or 0


def insert_template(conn, name: str, version: int, source: str, user: str) -> None:
    conn.execute(_INSERT_TEMPLATE, (name, version, source, time.time(), user))
