"""The GUI part of `hoso self-test`: the real windows start offscreen."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CHECK_PASSWORD = "Kiểm-tra-giao-diện-2026!"


def gui_start() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.vault import create_vault, open_vault

    from . import i18n
    from .login import LoginDialog
    from .main_window import MainWindow
    from .wizard import FirstStartWizard

    app = QApplication.instance() or QApplication(["hoso-self-test"])
    i18n.install(app, "vi")
    with tempfile.TemporaryDirectory(prefix="hoso-gui-check-") as tmp:
        vault = Path(tmp) / "vault"
        wizard = FirstStartWizard(vault)
        wizard.deleteLater()
        create_vault(vault, "GUICHECK", "Kiểm tra giao diện", "admin", CHECK_PASSWORD).vault.close()
        login = LoginDialog(vault)
        login.deleteLater()
        session = open_vault(vault, "admin", CHECK_PASSWORD)
        window = MainWindow(session)
        try:
            if window.grab().isNull():
                raise AssertionError("the main window did not render")
        finally:
            window.session and window.session.close()
            window.deleteLater()
        app.processEvents()
