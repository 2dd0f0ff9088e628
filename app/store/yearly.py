"""The counting queries of the yearly report: secret items by level in a time window.

Every count is over [start, end) in unix time and over the levels 1..3 only
(unclassified rows are no secrets). Persons may hold a million rows, so they are
counted one level at a time: `secrecy = ? AND created_at` ranges are answered
from an index on (secrecy, created_at) where one exists, else from the index on
secrecy — the figures are the same either way.
"""

from __future__ import annotations

LEVELS = (1, 2, 3)

_PERSONS = "SELECT count(*) FROM persons WHERE secrecy = ? AND created_at >= ? AND created_at < ?"
# Smaller tables: one pass each, grouped by level.
_CREATED = {
    "attachments": "SELECT secrecy, count(*) FROM attachments WHERE secrecy > 0 AND added_at >= ? AND added_at < ? GROUP BY secrecy",
    "cases": "SELECT secrecy, count(*) FROM cases WHERE secrecy > 0 AND created_at >= ? AND created_at < ? GROUP BY secrecy",
    "documents": "SELECT secrecy, count(*) FROM form_documents WHERE secrecy > 0 AND created_at >= ? AND created_at < ? GROUP BY secrecy",
}
_REGISTER = ("SELECT secrecy, count(*) FROM registers WHERE register = ? AND status != 'cancelled' AND secrecy > 0"
             " AND created_at >= ? AND created_at < ? GROUP BY secrecy")
_COPY_COLUMNS = "SELECT name FROM pragma_table_info('copy_register')"
_COPIES = "SELECT secrecy, count(*), coalesce(sum(copies), 0) FROM copy_register WHERE secrecy > 0 AND made_at >= ? AND made_at < ?{live} GROUP BY secrecy"
_DECLASSIFIED = ("SELECT old_level, count(*) FROM secrecy_decisions WHERE kind = 'declassify' AND old_level > 0"
                 " AND made_at >= ? AND made_at < ? GROUP BY old_level")


def _by_level(rows) -> dict[int, int]:
    out = {lvl: 0 for lvl in LEVELS}
    for level, n in rows:
        if level in out:
            out[level] += int(n)
    return out


def persons_created(conn, start: float, end: float) -> dict[int, int]:
    return {lvl: conn.execute(_PERSONS, (lvl, start, end)).fetchone()[0] for lvl in LEVELS}


def created(conn, what: str, start: float, end: float) -> dict[int, int]:
    """`what`: attachments, cases or documents (issued forms)."""
    return _by_level(conn.execute(_CREATED[what], (start, end)))


def register_entries(conn, register: str, start: float, end: float) -> dict[int, int]:
    """Entries of one register (outgoing, incoming, destruction, ...) not cancelled."""
    return _by_level(conn.execute(_REGISTER, (register, start, end)))


def copies(conn, start: float, end: float) -> tuple[dict[int, int], dict[int, int]]:
    """(entries, copies) of the copying register by level; cancelled entries left out once the register can cancel."""
    cols = {r[0] for r in conn.execute(_COPY_COLUMNS)}
    sql = _COPIES.format(live=" AND status != 'cancelled'" if "status" in cols else "")
    rows = conn.execute(sql, (start, end)).fetchall()
    return _by_level((s, n) for s, n, _ in rows), _by_level((s, c) for s, _, c in rows)


def declassified(conn, start: float, end: float) -> dict[int, int]:
    """Declassification decisions by the level the item had before."""
    return _by_level(conn.execute(_DECLASSIFIED, (start, end)))
