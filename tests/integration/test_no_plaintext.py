"""Nothing readable on disk: not the SQLite header, not a marker string."""

import os

from app import users
from app.domain.roles import Role
from app.vault import open_vault
from tests.conftest import ADMIN_PW

MARKER = "MARKER-Nguyễn-Văn-Đức-0123456789"


def _scan(folder):
    hits = []
    for p in folder.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            if data.startswith(b"SQLite format 3"):
                hits.append(f"{p.name}: SQLite header")
            for enc in ("utf-8", "utf-16-le"):
                if MARKER.encode(enc) in data:
                    hits.append(f"{p.name}: marker ({enc})")
    return hits


def test_marker_never_reaches_the_disk_in_clear(admin, vault_dir, tmp_path, monkeypatch):
    sqlite_tmp = tmp_path / "sqlite-tmp"
    sqlite_tmp.mkdir()
    monkeypatch.setenv("SQLITE_TMPDIR", str(sqlite_tmp))
    users.add_user(admin, "cv1", "Chuyên-viên-2026#", Role.OFFICER, MARKER)
    with admin.vault.transaction() as c:  # bulk that spills: a big sort and an index build
        c.execute("CREATE TABLE t(x TEXT)")
        c.executemany("INSERT INTO t VALUES (?)", [(f"{MARKER}-{i:06d}-" + "x" * 200,) for i in range(20000)])
        c.execute("CREATE INDEX t_x ON t(x)")
    list(admin.vault.conn.execute("SELECT x FROM t ORDER BY substr(x, 30) DESC"))
    # While open: the database, its WAL and shared-memory file.
    assert (vault_dir / "hoso.db-wal").exists()
    assert _scan(vault_dir) == []
    assert _scan(sqlite_tmp) == []
    admin.close()
    assert _scan(vault_dir) == []
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    assert s.vault.conn.execute("SELECT count(*) FROM t").fetchone()[0] == 20000
    s.close()


def test_files_are_private_to_the_owner(admin, vault_dir):
    if os.name == "nt":
        return
    assert (vault_dir.stat().st_mode & 0o777) == 0o700
    for name in ("hoso.db", "vault.keys"):
        assert ((vault_dir / name).stat().st_mode & 0o077) == 0, name
