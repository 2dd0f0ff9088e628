"""The person store's hot queries stay on the indexes meant for them.

Without statistics SQLite's planner prefers persons_live (every live person)
for these; on a vault of a million dossiers that turned a save, the banner's
level and the unit filter into seconds each. The plans are checked here, and
the answers against plain scans.
"""

from app import demo
from app.store import person_index
from app.store import persons as store
from app.vault import create_vault, open_vault
from tests.conftest import ADMIN_PW


def _plan(conn, sql: str, params=()) -> str:
    return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_hot_queries_use_their_indexes_and_answer_like_a_scan(tmp_path):
    create_vault(tmp_path / "v", "X", "Đơn vị", "admin", ADMIN_PW).vault.close()
    s = open_vault(tmp_path / "v", "admin", ADMIN_PW)
    try:
        demo.fill(s, 200, with_scans=0, case_every=0)
        conn = s.vault.conn
        # A merged-away dossier alone in its unit does not make that unit appear.
        with s.vault.transaction() as c:
            c.execute("UPDATE persons SET unit = 'Đơn vị đã sáp nhập', merged_into = 1 WHERE id = 2")

        assert "persons_live" not in _plan(conn, store._UNITS)
        assert "persons_live" not in _plan(conn, store._MAX_SECRECY)
        for sql in (person_index._PREV, person_index._NEXT):
            plan = _plan(conn, sql, ("m", 1, 0))
            assert "persons_by_sort" in plan and "TEMP B-TREE" not in plan, plan
        # Spreading ranks counts the window's rows that sort before the newcomer (3.8 s a spread
        # on persons_live in a million): the window is a range of ranks.
        plan = _plan(conn, person_index._BEFORE_IN_WINDOW, (0, 1 << 40, "m", 1))
        assert "persons_by_rank (sort_rank>? AND sort_rank<?)" in plan, plan
        key, pid = conn.execute("SELECT sort_key, id FROM persons ORDER BY sort_key, id LIMIT 1 OFFSET 80").fetchone()
        lo, hi = conn.execute("SELECT min(sort_rank), max(sort_rank) FROM persons").fetchone()
        before = conn.execute(person_index._BEFORE_IN_WINDOW, (lo, hi, key, pid)).fetchone()[0]
        scan = ("SELECT count(*) FROM persons NOT INDEXED WHERE merged_into IS NULL"
                " AND sort_rank > ? AND sort_rank < ? AND (sort_key, id) < (?, ?)")
        assert before == conn.execute(scan, (lo, hi, key, pid)).fetchone()[0]
        assert 70 < before < 80  # the lowest rank is outside the window; id 2 is merged away

        scanned = [r[0] for r in conn.execute(
            "SELECT DISTINCT unit FROM persons NOT INDEXED WHERE unit != '' AND merged_into IS NULL ORDER BY unit")]
        assert store.units(conn) == scanned and "Đơn vị đã sáp nhập" not in scanned and len(scanned) > 3
        top = conn.execute("SELECT max(secrecy) FROM persons NOT INDEXED WHERE merged_into IS NULL").fetchone()[0]
        assert int(store.max_secrecy(conn)) == top
    finally:
        s.close()
