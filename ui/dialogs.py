"""Message boxes for errors and notices, never with a traceback.

They open window-modal and return at once (`open()`, not `exec()`), so the
event loop keeps running: auto-lock can close them and tests never block.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from app import logfile
from app.errors import HosoError

log = logging.getLogger("hoso.ui")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally


def error_text(exc: BaseException) -> str:
    """The sentence to show for a failure: the core's own message when it has one."""
    if isinstance(exc, HosoError):
        return exc.message
    log.error("unexpected error", exc_info=exc)
    where = logfile.current_path()
    if where is None:
        return translate("Dialogs", "An unexpected error occurred; the operation was not completed. Please try again; if it "
                                    "happens again, tell your administrator.")
    return translate("Dialogs", "An unexpected error occurred; the operation was not completed and nothing was lost. "
                                "Please tell your administrator; the details (without any dossier data) are in the log file:\n%1").replace("%1", str(where))


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Warning, translate("Dialogs", "HoSo — error"), error_text(exc))


def notify(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, title or translate("Dialogs", "HoSo"), text)


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """A blocking yes/no question whose safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def wizard_buttons(wizard: QWizard, finish: str) -> None:
    """Next, Back and Cancel as every HoSo wizard names them (with their mnemonics), and the last page's `finish`."""
    for button, text in (
        (QWizard.WizardButton.NextButton, translate("Wizards", "&Next >")),
        (QWizard.WizardButton.BackButton, translate("Wizards", "< &Back")),
        (QWizard.WizardButton.CancelButton, translate("Wizards", "Cancel")),
        (QWizard.WizardButton.FinishButton, finish),
    ):
        wizard.setButtonText(button, text)
