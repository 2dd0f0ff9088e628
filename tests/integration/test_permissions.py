"""The permission table is enforced by the services, whatever the GUI shows."""

import pytest

from app import audit, settings, users
from app.domain.roles import Role
from app.errors import PermissionDenied
from app.permissions import ROLE_PERMISSIONS, Permission
from app.vault import backup, open_vault, rekey
from tests.conftest import CLERK_PW, LEADER_PW, OFFICER_PW

PASSWORDS = {"cv1": OFFICER_PW, "ld1": LEADER_PW, "vt1": CLERK_PW}

CALLS = {
    Permission.MANAGE_USERS: lambda s, tmp: users.add_user(s, "newbie", "Người-mới-2026!", Role.OFFICER),
    Permission.VIEW_AUDIT: lambda s, tmp: audit.entries_for(s),
    Permission.BACKUP: lambda s, tmp: backup.backup(s, tmp),
    Permission.REKEY: lambda s, tmp: rekey.rekey(s),
    Permission.CHANGE_SETTINGS: lambda s, tmp: settings.update_settings(s, idle_lock_minutes=5),
}


@pytest.mark.parametrize("user,role", [("cv1", Role.OFFICER), ("ld1", Role.LEADER), ("vt1", Role.CLERK)])
@pytest.mark.parametrize("perm", list(CALLS))
def test_service_refuses_what_the_role_may_not_do(staff, vault_dir, tmp_path, user, role, perm):
    s = open_vault(vault_dir, user, PASSWORDS[user])
    try:
        if perm in ROLE_PERMISSIONS[role]:
            CALLS[perm](s, tmp_path)
        else:
            before = audit.count(s.vault.conn)
            with pytest.raises(PermissionDenied) as e:
                CALLS[perm](s, tmp_path)
            assert e.value.code == "permission_denied" and role.label_vi in e.value.message
            assert audit.count(s.vault.conn) == before  # nothing happened
    finally:
        s.close()


def test_admin_may_do_all_of_these(staff, tmp_path):
    for perm, call in CALLS.items():
        call(staff, tmp_path)


def test_every_role_has_a_row_and_can_change_its_password():
    for role in Role:
        assert Permission.CHANGE_OWN_PASSWORD in ROLE_PERMISSIONS[role]
