"""Creating, unlocking, wrong passwords, lock-out, recovery, password change."""

import pytest

from app import users
from app.errors import AuthError, HosoError, PermissionDenied, VaultError
from app.vault import create_vault, is_vault, open_vault, open_with_recovery
from app.vault.keystore import KeyFile
from tests.conftest import ADMIN_PW, OFFICER_PW


class Clock:
    def __init__(self):
        self.t = 1_000_000.0

    def __call__(self):
        return self.t


def test_create_reports_identity_and_refuses_a_second_vault(created, vault_dir):
    assert is_vault(vault_dir)
    assert len(created.recovery_key.split("-")) == 9
    assert len(created.fingerprint.split("-")) == 8
    with pytest.raises(VaultError) as e:
        create_vault(vault_dir, "X", "X", "admin", ADMIN_PW)
    assert e.value.code == "vault_exists"


def test_open_reports_the_same_fingerprint(admin, created):
    assert admin.vault.unit_fingerprint() == created.fingerprint
    assert admin.user.username == "admin" and admin.user.role.value == "admin"


def test_not_a_vault(tmp_path):
    with pytest.raises(VaultError) as e:
        open_vault(tmp_path, "admin", ADMIN_PW)
    assert e.value.code == "not_a_vault" and str(tmp_path) in e.value.message


def test_wrong_password_and_unknown_user_give_the_same_answer(created, vault_dir):
    clock = Clock()
    for user in ("admin", "nobody"):
        with pytest.raises(AuthError) as e:
            open_vault(vault_dir, user, "Sai-mat-khau-1!", now=clock)
        assert e.value.code == "wrong_password"
        assert "không đúng" in e.value.message


def test_growing_delay_then_lock_out_then_admin_unlocks(staff, vault_dir):
    clock = Clock()
    with pytest.raises(AuthError):
        open_vault(vault_dir, "cv1", "wrong-1", now=clock)
    with pytest.raises(AuthError) as e:  # second failure: no wait needed yet
        open_vault(vault_dir, "cv1", "wrong-2", now=clock)
    assert e.value.code == "wrong_password"
    with pytest.raises(AuthError) as e:  # immediately again: must wait first, even with the right password
        open_vault(vault_dir, "cv1", OFFICER_PW, now=clock)
    assert e.value.code == "login_throttled"
    waits = []
    for i in range(3):
        clock.t += 120
        with pytest.raises(AuthError) as e:
            open_vault(vault_dir, "cv1", f"wrong-{i + 3}", now=clock)
        waits.append(e.value.code)
    assert waits[-1] == "vault_locked_out"  # 5 failures by default
    clock.t += 3600
    with pytest.raises(AuthError) as e:
        open_vault(vault_dir, "cv1", OFFICER_PW, now=clock)
    assert e.value.code == "vault_locked_out"
    assert users.is_locked_out(staff, "cv1")
    users.unlock_user(staff, "cv1")
    open_vault(vault_dir, "cv1", OFFICER_PW, now=clock).close()


def test_success_clears_the_failure_count(created, vault_dir):
    clock = Clock()
    with pytest.raises(AuthError):
        open_vault(vault_dir, "admin", "wrong", now=clock)
    open_vault(vault_dir, "admin", ADMIN_PW, now=clock).close()
    with pytest.raises(AuthError) as e:
        open_vault(vault_dir, "admin", "wrong", now=clock)
    assert e.value.code == "wrong_password"  # not throttled: the count started over


def test_recovery_key_resets_a_locked_out_admin(created, vault_dir):
    clock = Clock()
    for i in range(5):
        clock.t += 120
        with pytest.raises(AuthError):
            open_vault(vault_dir, "admin", f"wrong-{i}", now=clock)
    with pytest.raises(AuthError) as e:
        open_vault(vault_dir, "admin", ADMIN_PW, now=clock)
    assert e.value.code == "vault_locked_out"
    typed = created.recovery_key.lower().replace("-", " ")
    rs = open_with_recovery(vault_dir, typed)
    try:
        with pytest.raises(PermissionDenied):  # the recovery key only gets people back in
            from app.vault import backup

            backup.backup(rs, vault_dir.parent)
        users.reset_password(rs, "admin", "Mật-khẩu-mới-2026!")
    finally:
        rs.close()
    open_vault(vault_dir, "admin", "Mật-khẩu-mới-2026!", now=clock).close()
    with pytest.raises(AuthError):
        open_vault(vault_dir, "admin", ADMIN_PW, now=clock)


def test_wrong_recovery_key(created, vault_dir):
    from crypto import recovery

    _, other = recovery.generate()
    clock = Clock()
    for bad in (other, created.recovery_key[:-1] + ("0" if created.recovery_key[-1] != "0" else "1"), "xyz"):
        with pytest.raises(AuthError) as e:
            clock.t += 600
            open_with_recovery(vault_dir, bad, now=clock)
        assert e.value.code == "bad_recovery_key"


def test_password_change_rewraps_and_keeps_the_data_key(staff, vault_dir):
    before = bytes(staff.vault.dek())
    db_gen = KeyFile.load(vault_dir).generation
    s = open_vault(vault_dir, "cv1", OFFICER_PW)
    with pytest.raises(AuthError):
        users.change_own_password(s, "not-the-old-one", "Mới-hoàn-toàn-2026!")
    users.change_own_password(s, OFFICER_PW, "Mới-hoàn-toàn-2026!")
    s.close()
    with pytest.raises(AuthError):
        open_vault(vault_dir, "cv1", OFFICER_PW)
    s = open_vault(vault_dir, "cv1", "Mới-hoàn-toàn-2026!")
    assert bytes(s.vault.dek()) == before  # same data key: no re-encryption
    assert KeyFile.load(vault_dir).generation == db_gen
    s.close()


def test_weak_password_refused_everywhere(admin):
    from app.domain.roles import Role

    with pytest.raises(HosoError) as e:
        users.add_user(admin, "cv2", "123", Role.OFFICER)
    assert e.value.code == "weak_password"
    with pytest.raises(HosoError):
        users.change_own_password(admin, ADMIN_PW, "abc")


def test_disabled_user_cannot_log_in_and_last_admin_is_kept(staff, vault_dir):
    from app.domain.roles import Role

    users.deactivate_user(staff, "cv1")
    with pytest.raises(AuthError):
        open_vault(vault_dir, "cv1", OFFICER_PW)
    with pytest.raises(HosoError) as e:
        users.deactivate_user(staff, "admin")
    assert e.value.code == "last_admin"
    with pytest.raises(HosoError):
        users.set_role(staff, "admin", Role.OFFICER)
    users.reset_password(staff, "cv1", "Trở-lại-2026!")  # reactivates with a new password
    s = open_vault(vault_dir, "cv1", "Trở-lại-2026!")
    assert s.user.active
    s.close()


def test_key_file_holds_no_user_names_or_secrets(staff, vault_dir, created):
    import json

    doc = json.loads((vault_dir / "vault.keys").read_text())
    binary = {"public", "wrapped_private", "salt"}  # base64/hex key material, random by construction

    def strings(node, key=""):
        if isinstance(node, dict):
            for k, v in node.items():
                yield k
                if k not in binary and key != "dek":
                    yield from strings(v, k)
        elif isinstance(node, list):
            for v in node:
                yield from strings(v, key)
        elif isinstance(node, str):
            yield node

    readable = " ".join(strings(doc))
    for needle in ("admin", "cv1", "Trần", OFFICER_PW, created.recovery_key):
        assert needle not in readable
    assert all(k.startswith("u-") or k == "recovery" for k in doc["slots"])
