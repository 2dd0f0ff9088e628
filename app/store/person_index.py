"""The search index of persons, keyed by each person's place in Vietnamese order.

Every person has a `sort_rank`: an integer that increases with (sort_key, id),
with gaps between neighbours. The FTS5 tables use that rank as their rowid, so
the matches of any query come out of the index already in Vietnamese order:
the first page of "nguyen" (400,000 matches in a million) is read after 50
hits, and a rare name costs no more than its few hits. A new person takes the
midpoint between its neighbours; when a gap is used up, a window of
neighbours is spread out again (widening until there is room).
"""

from __future__ import annotations

# The gap left between neighbours by a bulk load or a renumbering. The search indexes store
# each rank as the difference from the previous one (a varint: 3 bytes under 2^21, 5 bytes
# for 2^32): with 2^20 rather than 2^32 a 100,000-row import writes 14 MB less (both
# indexes and the rank column) and commits about 0.1 s sooner. Ranks of older vaults,
# 2^32 apart, stay as they are: only their order matters.
GAP = 1 << 20
# A newcomer goes at most STEP after its predecessor rather than halfway: people
# of the same name arrive in id order, always at the end of their group, and
# halving the same gap each time would use it up after 20 of them (about 1,000 this way).
STEP = 1 << 10
# Each index and the persons column holding the same folded words.
TABLES = {"person_name_fts": "name_words", "person_fts": "search_text"}
VOCAB = {"person_name_fts": "person_name_vocab", "person_fts": "person_vocab"}
MAX_EXPANSION = 40
_WINDOW = 256

# INDEXED BY: left alone, the planner walks persons_live (every live person) and sorts: O(N) per save.
_PREV = ("SELECT sort_rank FROM persons INDEXED BY persons_by_sort"
         " WHERE merged_into IS NULL AND sort_rank IS NOT NULL AND (sort_key, id) < (?, ?)"
         " ORDER BY sort_key DESC, id DESC LIMIT 1 OFFSET ?")
_NEXT = ("SELECT sort_rank FROM persons INDEXED BY persons_by_sort"
         " WHERE merged_into IS NULL AND sort_rank IS NOT NULL AND (sort_key, id) > (?, ?)"
         " ORDER BY sort_key, id LIMIT 1 OFFSET ?")
_WINDOW_ROWS = ("SELECT id, sort_rank FROM persons WHERE sort_rank > ? AND sort_rank < ? ORDER BY sort_rank")
# INDEXED BY: left alone, the planner walks persons_live (3.8 s in a million) rather than the window.
_BEFORE_IN_WINDOW = ("SELECT count(*) FROM persons INDEXED BY persons_by_rank WHERE sort_rank > ? AND sort_rank < ?"
                     " AND merged_into IS NULL AND (sort_key, id) < (?, ?)")
_SET_RANK = "UPDATE persons SET sort_rank = ? WHERE id = ?"
_LIVE_KEYS = "SELECT sort_key, id, sort_rank FROM persons WHERE merged_into IS NULL"
_WORDS = "SELECT merged_into IS NULL, name_words, search_text FROM persons WHERE id = ?"
_INSERT = {t: f"INSERT INTO {t}(rowid, words) VALUES (?, ?)" for t in TABLES}
_DELETE = {t: f"DELETE FROM {t} WHERE rowid = ?" for t in TABLES}


def _rank_at(conn, sql: str, sort_key: str, pid: int, offset: int) -> int | None:
    r = conn.execute(sql, (sort_key, pid, offset)).fetchone()
    return r[0] if r else None


def add(conn, pid: int, sort_key: str, name_words: str, search_text: str) -> int:
    """Give a new (or re-sorted) person a rank and put its words in the index."""
    rank = _free_rank(conn, pid, sort_key)
    conn.execute(_SET_RANK, (rank, pid))
    conn.execute(_INSERT["person_name_fts"], (rank, name_words))
    conn.execute(_INSERT["person_fts"], (rank, search_text))
    return rank


def remove(conn, rank: int | None) -> None:
    if rank is None:
        return
    for t in TABLES:
        conn.execute(_DELETE[t], (rank,))


def _free_rank(conn, pid: int, sort_key: str) -> int:
    window = _WINDOW
    while True:
        lo = _rank_at(conn, _PREV, sort_key, pid, 0)
        hi = _rank_at(conn, _NEXT, sort_key, pid, 0)
        lo_v = 0 if lo is None else lo
        hi_v = (lo_v + 2 * GAP) if hi is None else hi
        if hi_v - lo_v >= 2:
            return lo_v + min((hi_v - lo_v) // 2, STEP)
        _spread(conn, pid, sort_key, window)
        window *= 4


def _spread(conn, pid: int, sort_key: str, window: int) -> None:
    """Re-space evenly the ranks of up to `window` neighbours on each side of
    where `pid` goes, leaving one free slot for it; no-op if still too crowded."""
    outer_lo = _rank_at(conn, _PREV, sort_key, pid, window)
    outer_hi = _rank_at(conn, _NEXT, sort_key, pid, window)
    lo = 0 if outer_lo is None else outer_lo
    rows = conn.execute(_WINDOW_ROWS, (lo, (1 << 62) if outer_hi is None else outer_hi)).fetchall()
    hi = lo + (len(rows) + 2) * GAP if outer_hi is None else outer_hi
    step = (hi - lo) // (len(rows) + 2)
    if step < 2:
        return  # the caller widens the window
    before = conn.execute(_BEFORE_IN_WINDOW, (lo, hi, sort_key, pid)).fetchone()[0]
    moves = []
    for i, (other, old) in enumerate(rows):
        new = lo + step * (i + 1 + (1 if i >= before else 0))
        if new != old:
            moves.append((other, old, new))
    # Two passes: a new rank may be another row's old one, and FTS rowids are unique.
    for _, old, _ in moves:
        remove(conn, old)
    for other, _, new in moves:
        live, name_words, search_text = conn.execute(_WORDS, (other,)).fetchone()
        conn.execute(_SET_RANK, (new, other))
        if live:
            conn.execute(_INSERT["person_name_fts"], (new, name_words))
            conn.execute(_INSERT["person_fts"], (new, search_text))


def renumber_all(conn) -> None:
    """Ranks from scratch (GAP apart) and both indexes rebuilt: for bulk loads."""
    conn.execute(
        "UPDATE persons SET sort_rank = r.n * ? FROM (SELECT id, row_number() OVER (ORDER BY sort_key, id) AS n"
        " FROM persons WHERE merged_into IS NULL) AS r WHERE persons.id = r.id", (GAP,))
    refill(conn)


# FTS5 writes its pending terms out as a new segment whenever they pass `hashsize` (1 MiB by
# default) and then merges the segments; a refill gathers 8 MiB at a time (a 100,000-row load:
# 0.45 s instead of 0.65, a few MB more memory), then the table's own setting is put back.
REFILL_HASHSIZE = 8 << 20
_FTS5_HASHSIZE = 1 << 20  # FTS5's default


def refill(conn) -> None:
    """Both indexes emptied and filled again from persons, in rank order: FTS5 writes out its
    pending terms whenever a rowid is lower than the one before, so any other order
    makes tens of thousands of tiny segments (and merges them)."""
    for t, column in TABLES.items():
        conn.execute(f"INSERT INTO {t}({t}) VALUES ('delete-all')")
        row = conn.execute(f"SELECT v FROM {t}_config WHERE k = 'hashsize'").fetchone()
        own = int(row[0]) if row else _FTS5_HASHSIZE
        conn.execute(f"INSERT INTO {t}({t}, rank) VALUES ('hashsize', ?)", (max(own, REFILL_HASHSIZE),))
        conn.execute(f"INSERT INTO {t}(rowid, words) SELECT sort_rank, {column} FROM persons"
                     " WHERE merged_into IS NULL ORDER BY sort_rank")
        conn.execute(f"INSERT INTO {t}({t}, rank) VALUES ('hashsize', ?)", (own,))


def ranks_with(conn, newcomers: list[tuple[str, int]]) -> tuple[list[int], list[tuple[int, int]]]:
    """Ranks from scratch, as renumber_all gives them, for the live persons together with
    `newcomers` ((sort_key, id) of persons about to be inserted), computed before they are
    written so that no row is written twice. Returns the newcomers' ranks (in their order)
    and (rank, id) of the persons already there whose rank changes (set_ranks)."""
    existing = conn.execute(_LIVE_KEYS).fetchall()
    if not existing:  # a first load: the newcomers' own order, without tagging each entry
        ranks = [0] * len(newcomers)
        for n, i in enumerate(sorted(range(len(newcomers)), key=newcomers.__getitem__), 1):
            ranks[i] = n * GAP
        return ranks, []
    # (sort_key, id) is unique, so the third item (where the entry comes from) is never compared.
    order = [(k, pid, i) for i, (k, pid) in enumerate(newcomers)]
    order.extend((k, pid, -1 - j) for j, (k, pid, _) in enumerate(existing))
    order.sort()
    ranks = [0] * len(newcomers)
    moved = []
    for n, (_, pid, i) in enumerate(order, 1):
        if i >= 0:
            ranks[i] = n * GAP
        elif existing[-1 - i][2] != n * GAP:
            moved.append((n * GAP, pid))
    return ranks, moved


def set_ranks(conn, moved: list[tuple[int, int]]) -> None:
    """New ranks of persons already there (from ranks_with); refill the indexes afterwards."""
    conn.executemany(_SET_RANK, moved)


def match_expression(conn, table: str, words: list[str]) -> str:
    """Every word must be present; the last one may be unfinished.

    The unfinished word becomes an OR of the whole words it can complete to
    (from the index's vocabulary), which FTS5 walks lazily in rank order; only
    a very short prefix with too many completions stays a prefix query.
    """
    head = [f'"{w}"' for w in words[:-1]]
    last = words[-1]
    terms = [t for (t,) in conn.execute(f"SELECT term FROM {VOCAB[table]} WHERE term >= ? AND term < ? LIMIT ?",
                                        (last, last + "\uffff", MAX_EXPANSION + 1))]
    if not terms:
        tail = f'"{last}"*'
    elif len(terms) <= MAX_EXPANSION:
        tail = "(" + " OR ".join(f'"{t}"' for t in terms) + ")" if len(terms) > 1 else f'"{terms[0]}"'
    else:
        tail = f'"{last}"*'
    return " AND ".join(head + [tail])


def page(conn, table: str, match: str, cols: str, where: list[str], args: list, limit: int, offset: int) -> list:
    """Matching persons in Vietnamese order, read straight off the index."""
    cond = "".join(f" AND {w}" for w in where)
    sql = (f"SELECT {cols} FROM {table} JOIN persons p ON p.sort_rank = {table}.rowid"
           f" WHERE {table} MATCH ?{cond} ORDER BY {table}.rowid LIMIT ? OFFSET ?")
    return conn.execute(sql, (match, *args, limit, offset)).fetchall()


def count(conn, table: str, match: str, where: list[str], args: list) -> int:
    if not where:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (match,)).fetchone()[0]
    cond = "".join(f" AND {w}" for w in where)
    return conn.execute(f"SELECT count(*) FROM {table} JOIN persons p ON p.sort_rank = {table}.rowid WHERE {table} MATCH ?{cond}",
                        (match, *args)).fetchone()[0]


def any_match(conn, table: str, match: str, where: list[str], args: list) -> bool:
    return bool(page(conn, table, match, "1", where, args, 1, 0))
