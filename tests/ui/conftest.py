"""Fixtures for GUI tests: real widgets, offscreen, real vaults with cheap Argon2 parameters."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.roles import Role
from app.users import add_user
from app.vault import create_vault, open_vault
from crypto.kdf import fast_params_for_tests

from ui import i18n, theme
from ui.main_window import MainWindow
from ui.worker import wait_all

ADMIN_PW = "Kho-Bao-Mat-2024!"
OFFICER_PW = "Can-Bo-Tham-Tra-7#"


@dataclass
class VaultInfo:
    path: Path
    recovery_key: str
    fingerprint: str


@pytest.fixture(scope="session", autouse=True)
def layout_settings(qapp, tmp_path_factory):
    """Remembered window sizes and columns go to a throw-away folder, never the tester's profile."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    qapp.setOrganizationName("HoSo-tests")
    qapp.setApplicationName("HoSo-tests")
    yield


@pytest.fixture(autouse=True)
def _fresh_layout():
    """Each test starts from the default sizes, whatever an earlier test left."""
    from ui import layout_memory

    layout_memory.forget_all()
    yield


@pytest.fixture(scope="session", autouse=True)
def vietnamese(qapp):
    """The GUI's default language, as at a real start."""
    i18n.install(qapp, "vi")
    yield
    i18n.install(qapp, "vi")


# `fast_kdf` (tests/conftest.py, autouse) patches crypto.kdf.calibrate to cheap
# parameters: the only patch these tests rely on. Tests that need it name it.


@pytest.fixture
def vault(tmp_path) -> VaultInfo:
    path = tmp_path / "vault"
    created = create_vault(path, "DV01", "Ban Tổ chức thử nghiệm", "admin", ADMIN_PW, "Nguyễn Văn Quản", kdf=fast_params_for_tests())
    try:
        add_user(_session_of(created), "canbo", OFFICER_PW, Role.OFFICER, "Trần Thị Cán Bộ", kdf=fast_params_for_tests())
    finally:
        created.vault.close()
    return VaultInfo(path, created.recovery_key, created.fingerprint)


def _session_of(created):
    from app.session import Session
    from app.users import get_user

    return Session(created.vault, get_user(created.vault.conn, created.admin_username))


@pytest.fixture
def admin_window(qtbot, vault):
    session = open_vault(vault.path, "admin", ADMIN_PW)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    wait_all()  # a worker still reading (the dossier list) must not see its connection closed
    if window.session is not None:
        window.session.close()


@pytest.fixture
def officer_window(qtbot, vault):
    session = open_vault(vault.path, "canbo", OFFICER_PW)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    yield window
    wait_all()  # a worker still reading (the dossier list) must not see its connection closed
    if window.session is not None:
        window.session.close()


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture(autouse=True)
def _close_message_boxes():
    yield
    for box in message_boxes():
        box.close()


@pytest.fixture
def restore_theme(qapp):
    """Put the palette, style sheet and saved theme back as they were (tests that switch themes)."""
    palette = QPalette(qapp.palette())
    yield
    theme.save_choice(theme.SYSTEM)
    qapp.setPalette(palette)
    qapp.setStyleSheet("")
    qapp.setProperty("hoso_theme", None)
