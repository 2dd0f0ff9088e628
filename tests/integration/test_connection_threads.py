"""The vault's one connection is used by one thread at a time.

The GUI thread and its workers share the connection. The driver's statement
cache is not safe against two threads preparing at once, and a reader must not
see a writer's half-done transaction on the same connection: every statement
waits for the lock a write transaction holds from BEGIN to COMMIT.
"""

import threading

from app.vault import create_vault, open_vault
from tests.conftest import ADMIN_PW


def test_a_reader_waits_for_the_writers_commit_and_sees_only_committed_rows(tmp_path):
    create_vault(tmp_path / "v", "X", "Đơn vị", "admin", ADMIN_PW).vault.close()
    s = open_vault(tmp_path / "v", "admin", ADMIN_PW)
    vault = s.vault
    assert vault.lock is vault.conn.lock
    before = vault.conn.execute("SELECT count(*) FROM settings").fetchone()[0]
    inserted, seen = threading.Event(), []

    def reader() -> None:
        inserted.wait(5)
        seen.append(vault.conn.execute("SELECT count(*) FROM settings").fetchone()[0])

    t = threading.Thread(target=reader)
    t.start()
    with vault.transaction() as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES ('thread-test', '1')")
        inserted.set()
        t.join(0.5)
        assert t.is_alive() and seen == []  # blocked: the write transaction is not finished
    t.join(5)
    assert seen == [before + 1]  # after COMMIT, and only then
    s.close()


def test_many_threads_preparing_many_statements_at_once(tmp_path):
    create_vault(tmp_path / "v", "X", "Đơn vị", "admin", ADMIN_PW).vault.close()
    s = open_vault(tmp_path / "v", "admin", ADMIN_PW)
    conn = s.vault.conn
    errors: list[str] = []

    def work(k: int) -> None:
        try:
            for i in range(600):
                # Distinct statement texts, more than the driver caches: prepared concurrently without the lock.
                rows = conn.execute(f"SELECT key, {k} AS k, {i % 300} AS i FROM settings WHERE key > ?", ("",)).fetchall()
                assert all(r[1] == k for r in rows)
                for _ in conn.execute(f"SELECT {i} FROM audit LIMIT 3"):
                    pass
        except Exception as exc:  # noqa: BLE001 - collected and shown by the assertion
            errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    s.close()
    assert errors == []
