"""Numbered migrations: recorded, transactional, with a backup before upgrading."""

import pytest

from app.errors import VaultError
from app.vault import create_vault, database, migrations, open_vault
from tests.conftest import ADMIN_PW

ALL = migrations.load_migrations()


def test_new_vault_is_at_the_latest_version(admin):
    conn = admin.vault.conn
    assert migrations.current_version(conn) == len(ALL) >= 2
    rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert rows == [(m.version, m.name) for m in ALL]


def test_older_vault_is_backed_up_then_migrated(vault_dir):
    c = create_vault(vault_dir, "TU", "Tỉnh ủy", "admin", ADMIN_PW, migration_list=ALL[:1])
    assert migrations.current_version(c.vault.conn) == 1
    dek = bytes(c.vault.dek())
    c.vault.close()
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        assert migrations.current_version(s.vault.conn) == len(ALL)
        idx = {r[0] for r in s.vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "audit_by_user" in idx
        actions = [r[0] for r in s.vault.conn.execute("SELECT action FROM audit ORDER BY seq")]
        assert "schema_migrated" in actions
    finally:
        s.close()
    backups = list((vault_dir / "backups").glob("pre-migration-v1-*"))
    assert len(backups) == 1
    copy = backups[0] / "hoso.db"
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    conn = database.connect(copy, dek)  # the backup is encrypted with the same key
    assert migrations.current_version(conn) == 1
    conn.close()


def test_failed_migration_changes_nothing(admin, vault_dir, tmp_path):
    bad = ALL + [migrations.Migration(len(ALL) + 1, "broken", "CREATE TABLE fine(x); INSERT INTO nowhere VALUES (1);")]
    admin.close()
    with pytest.raises(VaultError) as e:
        open_vault(vault_dir, "admin", ADMIN_PW, migration_list=bad)
    assert e.value.code == "migration_failed"
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        assert migrations.current_version(s.vault.conn) == len(ALL)
        assert s.vault.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'fine'").fetchone()[0] == 0
    finally:
        s.close()


def test_vault_from_a_newer_program_is_refused(admin, vault_dir):
    admin.close()
    with pytest.raises(VaultError) as e:
        open_vault(vault_dir, "admin", ADMIN_PW, migration_list=ALL[:1])
    assert e.value.code == "vault_newer"


def test_migration_files_are_numbered_without_gaps(tmp_path):
    (tmp_path / "0001_a.sql").write_text("CREATE TABLE a(x);")
    (tmp_path / "0003_c.sql").write_text("CREATE TABLE c(x);")
    with pytest.raises(RuntimeError):
        migrations.load_migrations(tmp_path)
