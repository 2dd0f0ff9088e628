"""Numbered, transactional schema migrations recorded in the database.

Files `migrations/NNNN_name.sql`; each runs in one transaction that also
records itself in `schema_migrations` and bumps `PRAGMA user_version`, so a
failure leaves the database exactly as it was.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import VaultError

log = logging.getLogger("hoso.vault")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(folder: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for p in sorted(folder.iterdir()):
        m = _NAME.match(p.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), p.read_text("utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {versions}")
    return found


def latest_version(migrations: list[Migration] | None = None) -> int:
    return len(migrations if migrations is not None else load_migrations())


def current_version(conn) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply(conn, migrations: list[Migration], target: int | None = None) -> list[int]:
    """Apply every migration above the current version, up to `target`."""
    target = len(migrations) if target is None else target
    done = []
    for mig in migrations:
        if mig.version <= current_version(conn) or mig.version > target:
            continue
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{mig.sql}\n;\n"
            "CREATE TABLE IF NOT EXISTS schema_migrations("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL);\n"
            f"INSERT INTO schema_migrations(version, name, applied_at) VALUES ({mig.version}, '{mig.name}', {time.time()});\n"
            f"PRAGMA user_version = {mig.version};\n"
            "COMMIT;"
        )
        try:
            conn.executescript(script)
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # The database's own text is English and technical: it goes to the log, the user gets the outcome.
            log.error("migration %s failed", mig.version, exc_info=exc)
            raise VaultError("migration_failed", version=mig.version,
                             detail="cơ sở dữ liệu từ chối câu lệnh nâng cấp") from exc
        done.append(mig.version)
    return done
