"""The audit chain finds the first altered, removed or reordered entry."""

import pytest

from app import audit, users
from app.domain.roles import Role


@pytest.fixture
def busy(admin):
    for i in range(4):
        users.add_user(admin, f"cv{i}", "Chuyên-viên-2026#", Role.OFFICER)
    n = audit.count(admin.vault.conn)
    assert n >= 7 and audit.verify(admin.vault.conn, admin.vault.vault_id).ok
    return admin


def _verify(s):
    return audit.verify(s.vault.conn, s.vault.vault_id)


def test_every_change_is_in_the_chain(busy):
    actions = [e.action for e in reversed(audit.query(busy.vault.conn))]
    assert actions[:2] == ["vault_created", "user_added"]
    assert actions.count("user_added") == 5 and "login" in actions


def test_altered_summary_is_found(busy):
    busy.vault.conn.execute("UPDATE audit SET summary = 'sửa lén' WHERE seq = 4")
    r = _verify(busy)
    assert not r.ok and r.first_bad_seq == 4 and "altered" in r.reason


def test_altered_user_or_time_is_found(busy):
    busy.vault.conn.execute("UPDATE audit SET ts = ts + 1 WHERE seq = 3")
    assert _verify(busy).first_bad_seq == 3


def test_removed_entry_is_found(busy):
    busy.vault.conn.execute("DELETE FROM audit WHERE seq = 5")
    r = _verify(busy)
    assert not r.ok and r.first_bad_seq == 5


def test_reordered_entries_are_found(busy):
    c = busy.vault.conn
    c.execute("UPDATE audit SET seq = -1 WHERE seq = 3")
    c.execute("UPDATE audit SET seq = 3 WHERE seq = 4")
    c.execute("UPDATE audit SET seq = 4 WHERE seq = -1")
    r = _verify(busy)
    assert not r.ok and r.first_bad_seq == 3


def test_removed_tail_is_found(busy):
    last = audit.count(busy.vault.conn)
    busy.vault.conn.execute("DELETE FROM audit WHERE seq = ?", (last,))
    r = _verify(busy)
    assert not r.ok and r.first_bad_seq == last


def test_append_outside_a_transaction_is_refused(admin):
    with pytest.raises(RuntimeError):
        audit.append(admin.vault.conn, admin.vault.vault_id, "x", "y")


def test_filter(busy):
    hits = audit.query(busy.vault.conn, audit.AuditFilter(text="cv2"))
    assert [e.object_id for e in hits] == ["cv2"]
    assert all(e.action == "login" for e in audit.query(busy.vault.conn, audit.AuditFilter(action="login")))
