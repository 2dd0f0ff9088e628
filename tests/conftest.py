"""Shared fixtures: real vaults in temporary folders.

Argon2id with real parameters costs ~0.5 s per derivation; most tests use the
cheap parameters from crypto.kdf.fast_params_for_tests so that the suite stays
fast. Tests marked `real_kdf` (and every CLI subprocess) use the real ones.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the project's root (where CI puts it), else the workplace's copy.
CORPUS = next((p for p in (ROOT.parent / "shared" / "corpus" / "excel-wild", Path("/work/shared/corpus/excel-wild")) if p.is_dir()),
              ROOT.parent / "shared" / "corpus" / "excel-wild")
ADMIN_PW = "Quản-trị-2026!"
OFFICER_PW = "Chuyên-viên-2026#"
LEADER_PW = "Lãnh-đạo-2026$"
CLERK_PW = "Văn-thư-2026%"


@pytest.fixture(autouse=True)
def fast_kdf(request, monkeypatch):
    if request.node.get_closest_marker("real_kdf"):
        return
    from crypto import kdf

    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.fast_params_for_tests())


def pytest_configure(config):
    config.addinivalue_line("markers", "real_kdf: use calibrated Argon2id parameters")


@pytest.fixture
def vault_dir(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_dir):
    """A new vault (closed), with the recovery key and fingerprint it reported."""
    from app.vault import create_vault

    c = create_vault(vault_dir, "TU-TQ", "Ban Tổ chức Tỉnh ủy Tuyên Quang", "admin", ADMIN_PW, "Nguyễn Văn Quản")
    c.vault.close()
    return c


@pytest.fixture
def admin(created, vault_dir):
    from app.vault import open_vault

    s = open_vault(vault_dir, "admin", ADMIN_PW)
    yield s
    s.close()


@pytest.fixture
def staff(admin):
    """Admin plus one user of each other role."""
    from app import users
    from app.domain.roles import Role

    users.add_user(admin, "cv1", OFFICER_PW, Role.OFFICER, "Trần Thị Chuyên")
    users.add_user(admin, "ld1", LEADER_PW, Role.LEADER, "Lê Văn Lãnh")
    users.add_user(admin, "vt1", CLERK_PW, Role.CLERK, "Phạm Thị Văn")
    return admin


def hoso_cmd() -> list[str]:
    return [sys.executable, "-m", "ui.launcher"]


def run_hoso(args: list[str], stdin: str = "", env: dict | None = None, timeout: float = 120):
    import subprocess

    e = dict(os.environ, HOSO_LANG="vi", QT_QPA_PLATFORM="offscreen")
    if env:
        e.update(env)
    return subprocess.run(hoso_cmd() + args, input=stdin, capture_output=True, text=True, cwd=ROOT, env=e, timeout=timeout)
