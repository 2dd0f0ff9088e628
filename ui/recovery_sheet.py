"""Showing, printing and (reluctantly) saving the recovery key."""

from __future__ import annotations

import html
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QWidget

from .dialogs import confirm, show_error


def key_groups(recovery_key: str) -> list[str]:
    return [g for g in recovery_key.split("-") if g]


class KeyGroupsView(QWidget):
    """The key as numbered groups in a large monospace font, three to a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.group_labels: list[QLabel] = []

    def set_key(self, recovery_key: str) -> None:
        for label in self.findChildren(QLabel):
            label.deleteLater()
        self.group_labels = []
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(20, mono.pointSize() * 2))
        mono.setBold(True)
        for i, group in enumerate(key_groups(recovery_key)):
            number = QLabel(f"{i + 1}.", self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setStyleSheet("color: palette(mid);")
            text = QLabel(group, self)
            text.setFont(mono)
            text.setAccessibleName(self.tr("Group {n}").format(n=i + 1))
            row, col = divmod(i, 3)
            self.grid.addWidget(number, row, col * 2)
            self.grid.addWidget(text, row, col * 2 + 1)
            self.group_labels.append(text)


class RecoverySheet(QObject):
    """The printed sheet: what the key is for, the key, and the unit fingerprint."""

    def __init__(self, unit_code: str, unit_name: str, recovery_key: str, fingerprint: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit_code, self.unit_name = unit_code, unit_name
        self.recovery_key, self.fingerprint = recovery_key, fingerprint

    def html(self) -> str:
        groups = key_groups(self.recovery_key)
        cells = "".join(
            f"<td style='padding:6px 14px'><small>{i + 1}.</small> <b>{g}</b></td>" + ("</tr><tr>" if i % 3 == 2 else "")
            for i, g in enumerate(groups)
        )
        e = html.escape
        return (
            f"<h2>{e(self.tr('HoSo — vault recovery key'))}</h2>"
            f"<p>{e(self.tr('Unit: {code} — {name}').format(code=self.unit_code, name=self.unit_name))}<br>"
            f"{e(self.tr('Issued: {date}').format(date=time.strftime('%d/%m/%Y %H:%M')))}</p>"
            f"<table style='font-family:monospace; font-size:20pt'><tr>{cells}</tr></table>"
            f"<p>{e(self.tr('Unit fingerprint: {fp}').format(fp=self.fingerprint))}</p>"
            f"<p><b>{e(self.tr('Keep this sheet sealed in the safe. Whoever holds it can reset any password of the vault.'))}</b></p>"
        )

    def text(self) -> str:
        return "\n".join([
            self.tr("HoSo — vault recovery key"),
            self.tr("Unit: {code} — {name}").format(code=self.unit_code, name=self.unit_name),
            "",
            self.recovery_key,
            "",
            self.tr("Unit fingerprint: {fp}").format(fp=self.fingerprint),
            self.tr("Keep this sheet sealed in the safe. Whoever holds it can reset any password of the vault."),
            "",
        ])

    def print(self, parent: QWidget) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Sans", 11))
        doc.setHtml(self.html())
        doc.print_(printer)
        return True

    def save_as_text(self, parent: QWidget) -> Path | None:
        if not confirm(
            parent,
            self.tr("Save the recovery key as a file?"),
            self.tr(
                "The file will hold the recovery key in clear text: anyone who reads it can reset every "
                "password of this vault. Save it only on a removable medium that goes into the safe, "
                "never on this computer's disk or a network folder, and prefer a paper copy."
            ),
            self.tr("&Save anyway"),
        ):
            return None
        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save the recovery key"), f"hoso-recovery-{self.unit_code}.txt", self.tr("Text files (*.txt)")
        )
        if not name:
            return None
        path = Path(name)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.text())
        except OSError as exc:
            from app.vault.vault import wrap_error

            show_error(parent, wrap_error(exc))
            return None
        return path
