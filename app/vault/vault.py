"""Creating, unlocking and closing a vault.

Key path: password --Argon2id--> KEK --AES-GCM--> slot private key --HPKE-->
data key (DEK) --raw key--> SQLCipher. See docs/key-hierarchy.md.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from crypto import kdf as kdf_mod
from crypto import keyslots, recovery
from crypto.errors import BadEncoding, WrongKey
from crypto.hpke_keys import KemKind, ReceivingKey
from crypto.identity import UnitIdentity, fingerprint

from .. import audit
from ..errors import AuthError, HosoError, VaultError
from . import blob_upkeep, database, migrations
from .keystore import KEYFILE_NAME, RECOVERY_SLOT, KeyFile, Slot, user_slot_id
from .lockout import LoginState

BACKUPS_DIR = "backups"
SYSTEM_USER = "system"
RECOVERY_USER = "recovery-key"

_SET_SETTING = "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
_GET_SETTING = "SELECT value FROM settings WHERE key = ?"
_INSERT_UNIT = (
    "INSERT INTO unit(id, code, name, signing_private, kem, receiving_private, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)"
)
_INSERT_USER = "INSERT INTO users(username, full_name, role, active, created_at, password_changed_at) VALUES (?, ?, ?, 1, ?, ?)"


def default_vault_dir() -> Path:
    """The per-user data folder (Windows: %LOCALAPPDATA%, elsewhere XDG)."""
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "HoSo"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "hoso"
    return base / "vault"


def is_vault(path: Path) -> bool:
    return (Path(path) / KEYFILE_NAME).is_file()


class Vault:
    """An unlocked vault: the open database and the data key, until `close()`."""

    def __init__(self, path: Path, keyfile: KeyFile, conn, dek: bytearray) -> None:
        self.path = Path(path)
        self.keyfile = keyfile
        self._conn = conn
        self._dek = dek
        # One connection serves the GUI thread and its workers: a write
        # transaction must not interleave with another thread's statements.
        # The connection's own lock (database.SerialConnection) serialises
        # every statement; a transaction holds the same lock throughout.
        self.lock = getattr(conn, "lock", None) or threading.RLock()

    # -- state ---------------------------------------------------------
    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    @property
    def conn(self):
        if self._conn is None:
            raise VaultError("vault_corrupt", detail="kho đang khóa")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def db_path(self) -> Path:
        return self.path / database.DB_NAME

    def dek(self) -> bytearray:
        if self._dek is None:
            raise VaultError("vault_corrupt", detail="kho đang khóa")
        return self._dek

    def close(self) -> None:
        """Close the database and overwrite the data key held by this object."""
        with self.lock:
            self._close()

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._dek is not None:
            for i in range(len(self._dek)):
                self._dek[i] = 0
            self._dek = None

    # -- transactions --------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator:
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on error."""
        with self.lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                conn.transaction_ended(committed=False)
                raise
            conn.execute("COMMIT")
            conn.transaction_ended(committed=True)

    def audit(self, username: str, action: str, object_kind: str = "", object_id: object = "", summary: str = "") -> None:
        audit.append(self.conn, self.vault_id, username, action, object_kind, object_id, summary)

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute(_GET_SETTING, (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.conn.execute(_SET_SETTING, (key, value))

    # -- unit identity -------------------------------------------------
    def unit_fingerprint(self) -> str:
        code, sk, kem, rk = self.conn.execute(
            "SELECT code, signing_private, kem, receiving_private FROM unit WHERE id = 1"
        ).fetchone()
        ident = UnitIdentity(bytes(sk), ReceivingKey(KemKind(kem), bytes(rk)))
        return fingerprint(code, ident.signing_public(), ident.receiving.kind, ident.receiving.public_raw())

    def unit_code(self) -> str:
        return self.conn.execute("SELECT code FROM unit WHERE id = 1").fetchone()[0]

    def unit_name(self) -> str:
        return self.conn.execute("SELECT name FROM unit WHERE id = 1").fetchone()[0]


@dataclass
class CreatedVault:
    vault: Vault
    recovery_key: str
    fingerprint: str
    admin_username: str


UNIT_CODE_CHARS = "-_."


def check_unit_code(code: str) -> None:
    from ..errors import InvalidInput

    if not code or len(code) > 32 or not all((c.isascii() and c.isalnum()) or c in UNIT_CODE_CHARS for c in code):
        raise InvalidInput(detail="mã đơn vị chỉ gồm chữ, số, '-', '_' hoặc '.' (tối đa 32 ký tự)")


def create_vault(
    path: Path,
    unit_code: str,
    unit_name: str,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    *,
    kdf: kdf_mod.KdfParams | None = None,
    kem: KemKind = KemKind.HYBRID,
    migration_list: list[migrations.Migration] | None = None,
) -> CreatedVault:
    """Make a new vault folder with its unit identity, admin and recovery key."""
    from ..passwords import check_password
    from ..users import check_username

    path = Path(path)
    if is_vault(path) or (path / database.DB_NAME).exists():
        raise VaultError("vault_exists", path=str(path))
    check_unit_code(unit_code)
    check_username(admin_username)
    check_password(admin_password, admin_username)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        os.chmod(path, 0o700)

    vault_id = str(uuid.uuid4())
    dek = bytearray(os.urandom(32))
    params = kdf or kdf_mod.calibrate()
    admin_slot_id = user_slot_id(vault_id, admin_username)
    admin_keys, _ = keyslots.new_slot(kdf_mod.derive(admin_password, params), vault_id, admin_slot_id, kem)
    rec_raw, rec_text = recovery.generate()
    rec_keys, _ = keyslots.new_slot(recovery.kek_from_recovery(rec_raw, vault_id), vault_id, RECOVERY_SLOT, kem)
    kf = KeyFile(vault_id=vault_id, generation=1, slots={})
    kf.slots[admin_slot_id] = Slot("password", admin_keys, params, {1: keyslots.seal_dek(admin_keys, bytes(dek), vault_id, admin_slot_id, 1)})
    kf.slots[RECOVERY_SLOT] = Slot("recovery", rec_keys, None, {1: keyslots.seal_dek(rec_keys, bytes(dek), vault_id, RECOVERY_SLOT, 1)})

    identity = UnitIdentity.generate(kem)
    now = time.time()
    conn = None
    try:
        conn = database.connect(path / database.DB_NAME, dek, check=False)
        migrations.apply(conn, migration_list if migration_list is not None else migrations.load_migrations())
        vault = Vault(path, kf, conn, dek)
        with vault.transaction() as c:
            vault.set_setting("vault_id", vault_id)
            vault.set_setting("created_at", repr(now))
            c.execute(_INSERT_UNIT, (unit_code, unit_name, identity.signing_private, kem.value, identity.receiving.private_raw, now))
            c.execute(_INSERT_USER, (admin_username, admin_full_name, "admin", now, now))
            vault.audit(SYSTEM_USER, "vault_created", "unit", unit_code, f"Tạo kho dữ liệu cho đơn vị {unit_code}")
            vault.audit(SYSTEM_USER, "user_added", "user", admin_username, "Tài khoản quản trị đầu tiên")
        kf.save(path)  # last: a folder without a key file is not a vault yet
    except BaseException:
        if conn is not None:
            conn.close()
        for name in (database.DB_NAME, database.DB_NAME + "-wal", database.DB_NAME + "-shm", KEYFILE_NAME):
            (path / name).unlink(missing_ok=True)
        raise
    fp = fingerprint(unit_code, identity.signing_public(), kem, identity.receiving.public_raw())
    return CreatedVault(vault, rec_text, fp, admin_username)


# -- unlocking -------------------------------------------------------------

def _load_keyfile(path: Path) -> KeyFile:
    if not is_vault(path):
        raise VaultError("not_a_vault", path=str(path))
    return KeyFile.load(path)


def _resolve_database(path: Path, kf: KeyFile, slot_id: str, key: ReceivingKey) -> tuple[object, bytearray]:
    """Open the database with the current data key, finishing a rekey cut short."""
    slot = kf.slots[slot_id]
    db = path / database.DB_NAME
    if not db.is_file():
        raise VaultError("vault_corrupt", detail=f"{database.DB_NAME} is missing")
    candidates = [kf.generation]
    if kf.pending_generation is not None and kf.pending_generation in slot.sealed_dek:
        candidates.append(kf.pending_generation)
    for gen in candidates:
        if gen not in slot.sealed_dek:
            continue
        try:
            dek = bytearray(keyslots.open_dek(key, slot.sealed_dek[gen], kf.vault_id, slot_id, gen))
        except WrongKey as exc:
            raise VaultError("vault_corrupt", detail="sealed data key does not open") from exc
        try:
            conn = database.connect(db, dek)
        except database.DatabaseError:
            continue
        if gen != kf.generation:
            # The database was rekeyed but the key file not yet switched over.
            from .rekey import finish_key_switch

            finish_key_switch(path, kf, gen)
        return conn, dek
    raise VaultError("vault_corrupt", detail="no data key opens the database")


def _migrate(vault: Vault, migration_list: list[migrations.Migration] | None) -> None:
    migs = migration_list if migration_list is not None else migrations.load_migrations()
    found = migrations.current_version(vault.conn)
    if found > len(migs):
        raise VaultError("vault_newer", found=found, supported=len(migs))
    if found == len(migs):
        return
    # An encrypted copy beside the vault before touching the schema.
    stamp = time.strftime("%Y%m%d-%H%M%S")
    dest = vault.path / BACKUPS_DIR / f"pre-migration-v{found}-{stamp}"
    dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    database.export_copy(vault.conn, dest / database.DB_NAME, vault.dek())
    shutil.copy2(vault.path / KEYFILE_NAME, dest / KEYFILE_NAME)
    done = migrations.apply(vault.conn, migs)
    with vault.transaction():
        vault.audit(SYSTEM_USER, "schema_migrated", "vault", "", f"Nâng cấp cấu trúc từ {found} lên {done[-1]}; bản sao {dest.name}")


def open_vault(
    path: Path,
    username: str,
    password: str,
    *,
    now: Callable[[], float] = time.time,
    migration_list: list[migrations.Migration] | None = None,
):
    """Unlock as a user. Returns a Session. Wrong password, throttling and
    lock-out are checked before any database byte is read."""
    from ..session import Session
    from ..users import get_user

    path = Path(path)
    kf = _load_keyfile(path)
    slot_id = user_slot_id(kf.vault_id, username)
    state = LoginState.load(path)
    state.check_allowed(slot_id, username, now())
    slot = kf.slots.get(slot_id)
    params = slot.kdf if slot and slot.kdf else kdf_mod.fast_params_for_tests()
    kek = kdf_mod.derive(password, params)  # also for unknown users: same answer, same counting
    if slot is None or slot.kind != "password":
        state.record_failure(slot_id, now())
        raise AuthError("wrong_password")
    try:
        key = keyslots.open_slot(kek, slot.keys, kf.vault_id, slot_id)
    except WrongKey:
        if state.record_failure(slot_id, now()):
            raise AuthError("vault_locked_out", user=username, count=state.failures(slot_id)) from None
        raise AuthError("wrong_password") from None
    conn, dek = _resolve_database(path, kf, slot_id, key)
    state.clear(slot_id)
    vault = Vault(path, KeyFile.load(path), conn, dek)
    try:
        _migrate(vault, migration_list)
        blob_upkeep.after_open(vault)
        user = get_user(vault.conn, username)
        if user is None or not user.active:
            raise AuthError("user_inactive", user=username)
        with vault.transaction():
            vault.audit(user.username, "login", "user", user.username, "Đăng nhập")
    except BaseException:
        vault.close()
        raise
    return Session(vault, user)


def open_with_recovery(path: Path, recovery_text: str, *, now: Callable[[], float] = time.time):
    """Unlock with the recovery key; the session may only reset accounts."""
    from ..session import Session, recovery_user

    path = Path(path)
    kf = _load_keyfile(path)
    state = LoginState.load(path)
    state.check_allowed(RECOVERY_SLOT, RECOVERY_USER, now())
    try:
        raw = recovery.parse(recovery_text)
        kek = recovery.kek_from_recovery(raw, kf.vault_id)
        key = keyslots.open_slot(kek, kf.slots[RECOVERY_SLOT].keys, kf.vault_id, RECOVERY_SLOT)
    except (BadEncoding, WrongKey, KeyError):
        # Throttled like passwords, but never locked: it is the last way in.
        state.record_failure(RECOVERY_SLOT, now())
        state.doc["slots"][RECOVERY_SLOT]["locked"] = False
        state.save()
        raise AuthError("bad_recovery_key") from None
    conn, dek = _resolve_database(path, kf, RECOVERY_SLOT, key)
    state.clear(RECOVERY_SLOT)
    vault = Vault(path, KeyFile.load(path), conn, dek)
    try:
        _migrate(vault, None)
        blob_upkeep.after_open(vault)
        with vault.transaction():
            vault.audit(RECOVERY_USER, "login_recovery", "vault", "", "Mở kho bằng khóa khôi phục")
    except BaseException:
        vault.close()
        raise
    return Session(vault, recovery_user())


def wrap_error(exc: BaseException) -> HosoError:
    """Map an OS error during a vault operation to a clear message."""
    return VaultError("disk_error", detail=f"{getattr(exc, 'strerror', None) or exc}")


__all__ = ["Vault", "CreatedVault", "create_vault", "open_vault", "open_with_recovery", "is_vault", "default_vault_dir"]
