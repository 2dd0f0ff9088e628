"""Window geometry and column widths come back after a restart of the window."""

from app.vault import open_vault
from ui.main_window import MainWindow

from .conftest import ADMIN_PW


def test_main_window_geometry_and_dossier_columns_are_remembered(vault, qtbot):
    first = MainWindow(open_vault(vault.path, "admin", ADMIN_PW))
    qtbot.addWidget(first)
    first.resize(800, 560)  # within the offscreen screen (800×600): restoring clamps to the screen
    header = first.workspace.dossiers.table.horizontalHeader()
    header.resizeSection(2, 177)
    qtbot.wait(500)  # the column layout is saved after a short pause
    first.close()

    second = MainWindow(open_vault(vault.path, "admin", ADMIN_PW))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (800, 560)
    assert second.workspace.dossiers.table.horizontalHeader().sectionSize(2) == 177
    second.close()
