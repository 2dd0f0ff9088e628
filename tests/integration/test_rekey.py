"""Rekey replaces the data key; a crash at any point leaves a vault that opens."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from app import audit, users
from app.vault import open_vault, open_with_recovery, rekey
from app.vault.keystore import KeyFile
from tests.conftest import ADMIN_PW, OFFICER_PW, ROOT

MARKER_ROWS = 200


def _fill(session, rows=MARKER_ROWS, size=4096):
    # A scratch table with bulk so that a rekey takes measurable time.
    with session.vault.transaction() as c:
        c.execute("CREATE TABLE IF NOT EXISTS bulk(id INTEGER PRIMARY KEY, data BLOB)")
        c.executemany("INSERT INTO bulk(data) VALUES (?)", [(os.urandom(size),) for _ in range(rows)])


def _check(vault_dir, expected_rows):
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        assert s.vault.conn.execute("SELECT count(*) FROM bulk").fetchone()[0] == expected_rows
        assert audit.verify(s.vault.conn, s.vault.vault_id).ok
        return bytes(s.vault.dek())
    finally:
        s.close()


def test_rekey_gives_everyone_the_new_key(staff, vault_dir, created):
    _fill(staff)
    old = bytes(staff.vault.dek())
    gen = rekey.rekey(staff)
    assert gen == 2 and bytes(staff.vault.dek()) != old
    kf = KeyFile.load(vault_dir)
    assert kf.generation == 2 and kf.pending_generation is None
    assert all(set(s.sealed_dek) == {2} for s in kf.slots.values())
    staff.close()
    # A user whose password the admin never knew still gets in, and so does the recovery key.
    s = open_vault(vault_dir, "cv1", OFFICER_PW)
    assert bytes(s.vault.dek()) != old
    s.close()
    open_with_recovery(vault_dir, created.recovery_key).close()
    assert _check(vault_dir, MARKER_ROWS) != old


def test_refused_for_non_admin(staff, vault_dir):
    from app.errors import PermissionDenied

    s = open_vault(vault_dir, "ld1", "Lãnh-đạo-2026$")
    try:
        with pytest.raises(PermissionDenied):
            rekey.rekey(s)
    finally:
        s.close()


def _crash(vault_dir, point, kill_after=None):
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.crash_rekey", str(vault_dir), "admin", ADMIN_PW, point],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    if kill_after is not None:
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return proc.returncode


@pytest.mark.parametrize("point", ["after_prepare", "after_database"])
def test_crash_at_each_step_then_reopen_and_resume(staff, vault_dir, point):
    _fill(staff)
    old = bytes(staff.vault.dek())
    staff.close()
    assert _crash(vault_dir, point) == -signal.SIGKILL
    kf = KeyFile.load(vault_dir)
    assert kf.pending_generation == 2  # killed before the key file was switched over
    dek = _check(vault_dir, MARKER_ROWS)
    if point == "after_database":
        assert dek != old  # the database was already on the new key: unlocking finished the switch
        assert KeyFile.load(vault_dir).pending_generation is None
    else:
        assert dek == old
    # Running the command again completes it, and every user still gets in.
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    rekey.rekey(s)
    s.close()
    assert KeyFile.load(vault_dir).pending_generation is None
    open_vault(vault_dir, "cv1", OFFICER_PW).close()
    _check(vault_dir, MARKER_ROWS)


def test_kill_at_random_moments_during_rekey(staff, vault_dir):
    _fill(staff, rows=3000)  # ~12 MB: the rekey itself takes a noticeable time
    staff.close()
    rnd = random.Random(2026)
    for _ in range(4):
        _crash(vault_dir, "none", kill_after=rnd.uniform(0.0, 0.4))
        _check(vault_dir, 3000)
    open_vault(vault_dir, "cv1", OFFICER_PW).close()
