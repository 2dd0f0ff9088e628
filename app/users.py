"""User accounts: the row in the database and the key slot in the key file.

Each change updates both: the key file is written inside the database
transaction, so a failed write rolls the row back as well.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from crypto import kdf as kdf_mod
from crypto import keyslots
from crypto.errors import WrongKey

from .domain.roles import Role
from .errors import AuthError, HosoError, InvalidInput
from .passwords import check_password
from .permissions import Permission

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
_COLUMNS = "id, username, full_name, role, active, created_at"
_GET = f"SELECT {_COLUMNS} FROM users WHERE username = ?"
_LIST = f"SELECT {_COLUMNS} FROM users ORDER BY username"
_INSERT = "INSERT INTO users(username, full_name, role, active, created_at, password_changed_at) VALUES (?, ?, ?, 1, ?, ?)"
_SET_ROLE = "UPDATE users SET role = ? WHERE username = ?"
_SET_ACTIVE = "UPDATE users SET active = ? WHERE username = ?"
_SET_PW_TIME = "UPDATE users SET password_changed_at = ? WHERE username = ?"
_COUNT_ADMINS = "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND username != ?"


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    created_at: float
    is_recovery: bool = False


def _row(r) -> User:
    return User(r[0], r[1], r[2], Role(r[3]), bool(r[4]), r[5])


def check_username(username: str) -> None:
    if not _USERNAME.match(username or ""):
        raise InvalidInput(detail="tên đăng nhập gồm 2–32 chữ thường không dấu, số, '.', '_' hoặc '-'")


def get_user(conn, username: str) -> User | None:
    r = conn.execute(_GET, (username,)).fetchone()
    return _row(r) if r else None


def list_users(session) -> list[User]:
    session.require(Permission.MANAGE_USERS)
    return [_row(r) for r in session.vault.conn.execute(_LIST)]


def _require_user(session, username: str) -> User:
    u = get_user(session.vault.conn, username)
    if u is None:
        raise HosoError("unknown_user", user=username)
    return u


def _install_slot(session, username: str, password: str, params: kdf_mod.KdfParams | None) -> None:
    """Give `username` a fresh key slot holding the current data key. Call inside a transaction."""
    from .vault.keystore import KeyFile, Slot, user_slot_id

    vault = session.vault
    kf = KeyFile.load(vault.path)
    slot_id = user_slot_id(kf.vault_id, username)
    params = params or kdf_mod.calibrate()
    keys, _ = keyslots.new_slot(kdf_mod.derive(password, params), kf.vault_id, slot_id)
    sealed = keyslots.seal_dek(keys, bytes(vault.dek()), kf.vault_id, slot_id, kf.generation)
    kf.slots[slot_id] = Slot("password", keys, params, {kf.generation: sealed})
    kf.save(vault.path)
    vault.keyfile = kf


def add_user(session, username: str, password: str, role: Role, full_name: str = "", *, kdf: kdf_mod.KdfParams | None = None) -> User:
    session.require(Permission.MANAGE_USERS)
    username = username.strip().lower()
    check_username(username)
    if get_user(session.vault.conn, username):
        raise HosoError("user_exists", user=username)
    check_password(password, username)
    now = time.time()
    with session.change(Permission.MANAGE_USERS, "user_added", "user", username, f"Thêm người dùng vai trò {role.value}") as conn:
        conn.execute(_INSERT, (username, full_name, role.value, now, now))
        _install_slot(session, username, password, kdf)
    return get_user(session.vault.conn, username)


def change_own_password(session, old_password: str, new_password: str, *, kdf: kdf_mod.KdfParams | None = None) -> None:
    """Rewrap the user's slot under a key from the new password. No re-encryption."""
    from .vault.keystore import KeyFile, user_slot_id

    session.require(Permission.CHANGE_OWN_PASSWORD)
    if session.user.is_recovery:
        raise HosoError("permission_denied", role="khóa khôi phục", permission="change_own_password")
    username = session.user.username
    check_password(new_password, username)
    vault = session.vault
    kf = KeyFile.load(vault.path)
    slot_id = user_slot_id(kf.vault_id, username)
    slot = kf.slots[slot_id]
    try:
        key = keyslots.open_slot(kdf_mod.derive(old_password, slot.kdf), slot.keys, kf.vault_id, slot_id)
    except WrongKey:
        raise AuthError("wrong_password") from None
    params = kdf or (slot.kdf.with_new_salt() if slot.kdf.memory_kib >= kdf_mod.MIN_MEMORY_KIB else kdf_mod.calibrate())
    with session.change(None, "password_changed", "user", username, "Đổi mật khẩu") as conn:
        conn.execute(_SET_PW_TIME, (time.time(), username))
        slot.keys = keyslots.wrap_private(key, kdf_mod.derive(new_password, params), kf.vault_id, slot_id)
        slot.kdf = params
        kf.save(vault.path)
        vault.keyfile = kf


def reset_password(session, username: str, new_password: str, *, kdf: kdf_mod.KdfParams | None = None) -> None:
    """Admin or recovery key: a new slot for the user, and their lock-out cleared."""
    from .vault.keystore import user_slot_id
    from .vault.lockout import LoginState

    session.require(Permission.MANAGE_USERS)
    user = _require_user(session, username)
    check_password(new_password, user.username)
    with session.change(Permission.MANAGE_USERS, "password_reset", "user", user.username, "Đặt lại mật khẩu") as conn:
        conn.execute(_SET_PW_TIME, (time.time(), user.username))
        conn.execute(_SET_ACTIVE, (1, user.username))
        _install_slot(session, user.username, new_password, kdf)
    LoginState.load(session.vault.path).clear(user_slot_id(session.vault.vault_id, user.username))


def unlock_user(session, username: str) -> None:
    from .vault.keystore import user_slot_id
    from .vault.lockout import LoginState

    session.require(Permission.MANAGE_USERS)
    user = _require_user(session, username)
    with session.change(Permission.MANAGE_USERS, "user_unlocked", "user", user.username, "Mở khóa tài khoản"):
        LoginState.load(session.vault.path).clear(user_slot_id(session.vault.vault_id, user.username))


def is_locked_out(session, username: str) -> bool:
    from .vault.keystore import user_slot_id
    from .vault.lockout import LoginState

    return LoginState.load(session.vault.path).is_locked(user_slot_id(session.vault.vault_id, username))


def _guard_last_admin(session, user: User) -> None:
    if user.role is Role.ADMIN and session.vault.conn.execute(_COUNT_ADMINS, (user.username,)).fetchone()[0] == 0:
        raise HosoError("last_admin")


def set_role(session, username: str, role: Role) -> None:
    session.require(Permission.MANAGE_USERS)
    user = _require_user(session, username)
    if role is not Role.ADMIN:
        _guard_last_admin(session, user)
    with session.change(Permission.MANAGE_USERS, "role_changed", "user", user.username, f"{user.role.value} -> {role.value}") as conn:
        conn.execute(_SET_ROLE, (role.value, user.username))


def deactivate_user(session, username: str) -> None:
    """Access ends at once: the row stays (history), the key slot is removed."""
    from .vault.keystore import KeyFile, user_slot_id

    session.require(Permission.MANAGE_USERS)
    user = _require_user(session, username)
    _guard_last_admin(session, user)
    with session.change(Permission.MANAGE_USERS, "user_deactivated", "user", user.username, "Vô hiệu hóa tài khoản") as conn:
        conn.execute(_SET_ACTIVE, (0, user.username))
        kf = KeyFile.load(session.vault.path)
        kf.slots.pop(user_slot_id(kf.vault_id, user.username), None)
        kf.save(session.vault.path)
        session.vault.keyfile = kf
