"""Backup while in use, verified restore, and bad backups that change nothing."""

import hashlib

import pytest

from app import audit, users
from app.domain.roles import Role
from app.errors import AuthError, HosoError, VaultError
from app.vault import backup, create_vault, open_vault
from tests.conftest import ADMIN_PW, OFFICER_PW


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def backed_up(staff, tmp_path):
    dest = tmp_path / "usb"
    dest.mkdir()
    other = open_vault(staff.vault.path, "cv1", OFFICER_PW)  # a second connection stays open meanwhile
    info = backup.backup(staff, dest)
    other.close()
    return info


def test_backup_is_complete_encrypted_and_verified(backed_up, staff):
    names = sorted(p.name for p in backed_up.path.iterdir())
    assert names == ["hoso.db", "manifest.json", "vault.keys"]
    assert not (backed_up.path / "hoso.db").read_bytes().startswith(b"SQLite format 3")
    assert backed_up.audit_entries >= 5
    assert backup.verify_database_copy(backed_up.path / "hoso.db", staff.vault.dek(), staff.vault.vault_id) == backed_up.audit_entries


def test_restore_brings_back_the_state_and_keeps_the_old_vault_aside(backed_up, staff, vault_dir):
    users.add_user(staff, "late", "Người-đến-sau-2026!", Role.OFFICER)
    staff.close()
    aside = backup.restore(backed_up.path, vault_dir, "admin", ADMIN_PW)
    assert aside is not None and (aside / "hoso.db").exists()
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        assert users.list_users(s) and "late" not in [u.username for u in users.list_users(s)]
        r = audit.verify(s.vault.conn, s.vault.vault_id)
        assert r.ok and "restored" in [e.action for e in audit.query(s.vault.conn)]
    finally:
        s.close()
    with pytest.raises(AuthError):
        open_vault(vault_dir, "late", "Người-đến-sau-2026!")


def test_restore_into_an_empty_folder(backed_up, tmp_path):
    target = tmp_path / "new-machine" / "vault"
    assert backup.restore(backed_up.path, target, "admin", ADMIN_PW) is None
    open_vault(target, "cv1", OFFICER_PW).close()


@pytest.mark.parametrize("damage", ["flip_db", "truncate_db", "flip_keys", "drop_manifest"])
def test_damaged_backup_is_refused_and_the_vault_untouched(backed_up, staff, vault_dir, damage):
    staff.close()
    before = _digest(vault_dir)
    db = backed_up.path / "hoso.db"
    if damage == "flip_db":
        data = bytearray(db.read_bytes())
        data[len(data) // 2] ^= 0x40
        db.write_bytes(bytes(data))
    elif damage == "truncate_db":
        db.write_bytes(db.read_bytes()[:4096])
    elif damage == "flip_keys":
        k = backed_up.path / "vault.keys"
        k.write_text(k.read_text().replace('"generation": 1', '"generation": 7'))
    else:
        (backed_up.path / "manifest.json").unlink()
    with pytest.raises(VaultError) as e:
        backup.restore(backed_up.path, vault_dir, "admin", ADMIN_PW)
    assert e.value.code == "restore_failed"
    assert _digest(vault_dir) == before
    open_vault(vault_dir, "admin", ADMIN_PW).close()


def test_wrong_password_or_non_admin_cannot_restore(backed_up, staff, vault_dir):
    staff.close()
    before = _digest(vault_dir)
    with pytest.raises(AuthError):
        backup.restore(backed_up.path, vault_dir, "admin", "Sai-mật-khẩu-1!")
    with pytest.raises(HosoError) as e:
        backup.restore(backed_up.path, vault_dir, "cv1", OFFICER_PW)
    assert e.value.code == "permission_denied"
    assert _digest(vault_dir) == before


def test_backup_of_another_vault_is_refused(backed_up, staff, tmp_path):
    staff.close()
    other = tmp_path / "other"
    create_vault(other, "XA", "Đảng ủy xã", "admin", ADMIN_PW).vault.close()
    before = _digest(other)
    with pytest.raises(VaultError) as e:
        backup.restore(backed_up.path, other, "admin", ADMIN_PW)
    assert "kho dữ liệu khác" in e.value.message
    assert _digest(other) == before


def test_backup_to_an_unusable_place_leaves_nothing_behind(admin, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(VaultError) as e:
        backup.backup(admin, blocker)
    assert e.value.code == "backup_failed"
    assert blocker.read_text() == "x"
    assert audit.verify(admin.vault.conn, admin.vault.vault_id).ok
