"""Mapping profiles: a confirmed column mapping saved under a name, found again
by the header layout (the folded header cells) of the next file like it."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from ..permissions import Permission

_COLS = "id, name, header_key, mapping, created_at, created_by, used_at"
_BY_KEY = f"SELECT {_COLS} FROM excel_profiles WHERE header_key = ? ORDER BY coalesce(used_at, created_at) DESC LIMIT 1"
_BY_NAME = f"SELECT {_COLS} FROM excel_profiles WHERE name = ?"
_ALL = f"SELECT {_COLS} FROM excel_profiles ORDER BY name"
_UPSERT = ("INSERT INTO excel_profiles(name, header_key, mapping, created_at, created_by) VALUES (?, ?, ?, ?, ?)"
           " ON CONFLICT(name) DO UPDATE SET header_key = excluded.header_key, mapping = excluded.mapping")
_TOUCH = "UPDATE excel_profiles SET used_at = ? WHERE id = ?"
_DELETE = "DELETE FROM excel_profiles WHERE name = ?"


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    header_key: str
    mapping: dict[int, str]
    created_at: float
    created_by: str
    used_at: float | None


def _profile(r) -> Profile:
    return Profile(r[0], r[1], r[2], {int(k): v for k, v in json.loads(r[3]).items()}, r[4], r[5], r[6])


def find_for_key(conn, header_key: str) -> Profile | None:
    r = conn.execute(_BY_KEY, (header_key,)).fetchone()
    return _profile(r) if r else None


def get(conn, name: str) -> Profile | None:
    r = conn.execute(_BY_NAME, (name,)).fetchone()
    return _profile(r) if r else None


def all_profiles(conn) -> list[Profile]:
    return [_profile(r) for r in conn.execute(_ALL)]


def save(conn, name: str, header_key: str, mapping: dict[int, str], user: str) -> Profile:
    """Inside the caller's transaction."""
    body = json.dumps({str(k): v for k, v in sorted(mapping.items())}, ensure_ascii=False)
    conn.execute(_UPSERT, (name, header_key, body, time.time(), user))
    return get(conn, name)


def touch(conn, profile_id: int) -> None:
    conn.execute(_TOUCH, (time.time(), profile_id))


# -- services --------------------------------------------------------------------------

def list_profiles(session) -> list[Profile]:
    session.require(Permission.IMPORT_EXCEL)
    return all_profiles(session.vault.conn)


def save_profile(session, name: str, header_key: str, mapping: dict[int, str]) -> Profile:
    name = " ".join(name.split())
    if not name:
        from ..errors import InvalidInput

        raise InvalidInput(detail="tên mẫu ánh xạ cột không được để trống")
    with session.change(Permission.IMPORT_EXCEL, "excel_profile_saved", "excel_profile", name, "Lưu mẫu ánh xạ cột") as conn:
        return save(conn, name, header_key, mapping, session.user.username)


def delete_profile(session, name: str) -> None:
    with session.change(Permission.IMPORT_EXCEL, "excel_profile_deleted", "excel_profile", name, "Xóa mẫu ánh xạ cột") as conn:
        conn.execute(_DELETE, (name,))
