"""Trusting a unit from its card and the fingerprint on paper; revoking one."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.errors import HosoError
from app.exchange import units
from app.exchange.cards import UnitCard, parse_card
from app.exchange.units import KnownUnit
from app.session import Session

from ..job_dialog import JobDialog
from .jobs import locked
from .prompts import ExchangePrompts
from .texts import fingerprint_font, fingerprint_text

MAX_CARD_BYTES = 1 << 20  # a card is a few kilobytes; anything larger is the wrong file


class TrustDialog(JobDialog):
    """The card's fingerprint stays hidden until the typed one matches: the point is
    that the clerk copies what is on the other unit's paper, not what the file says."""

    trusted = Signal(object)  # KnownUnit

    def __init__(self, parent: QWidget | None, session: Session, prompts: ExchangePrompts) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.card: UnitCard | None = None
        self.card_bytes = b""
        self.matched = False
        self.setWindowTitle(self.tr("Trust a unit"))
        self.set_intro(self.tr(
            "Load the card file the other unit gave you, then type the fingerprint from the sheet that unit printed "
            "and signed. The fingerprint inside the file is not shown: a file can be swapped on the way, the paper cannot."))
        self.file_label = QLabel(self.tr("No card chosen."), self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose the card file…"), self)
        self.choose_button.clicked.connect(self.choose_card)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        self.unit_label = QLabel("—", self)
        self.unit_label.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setFont(fingerprint_font(1.2))
        self.typed.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.typed.setAccessibleName(self.tr("Fingerprint from the paper"))
        self.typed.textChanged.connect(lambda _: self.update_ok())
        self.match_label = QLabel(self)
        self.match_label.setFont(fingerprint_font(1.3))
        self.match_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.match_label.hide()
        self.form.addRow(self.tr("Card file:"), row)
        self.form.addRow(self.tr("Unit on the card:"), self.unit_label)
        typed_label = QLabel(self.tr("&Fingerprint from the paper:"), self)
        typed_label.setBuddy(self.typed)
        self.form.addRow(typed_label, self.typed)
        self.form.addRow(self.match_label)
        self.ok_button.setText(self.tr("&Trust the unit"))
        self.resize(640, 340)
        self.update_ok()
        self.choose_button.setFocus()

    def choose_card(self) -> None:
        path = self.prompts.open_card(self)
        if path is not None:
            self.load_card(path)

    def load_card(self, path: Path) -> None:
        """Read and check the card (a few kilobytes: on the GUI thread)."""
        self.show_error("")
        self.card, self.card_bytes = None, b""
        try:
            if path.stat().st_size > MAX_CARD_BYTES:
                raise HosoError("bad_unit_card", detail=self.tr("the file is far too large for a unit card"))
            data = path.read_bytes()
            card = parse_card(data)
        except OSError as exc:
            self.show_error(HosoError("disk_error", detail=f"{path}: {exc.strerror or exc}").message)
        except HosoError as exc:
            self.show_error(exc.message)
        else:
            self.card, self.card_bytes = card, data
        self.file_label.setText(str(path))
        self.unit_label.setText(f"<b>{html.escape(self.card.unit_code)}</b> — {html.escape(self.card.name)}" if self.card else "—")
        self.update_ok()
        if self.card is not None:
            self.typed.setFocus()

    def can_submit(self) -> bool:
        return self.matched or (self.card is not None and len(self.typed.text().strip()) >= 4)

    def submit(self) -> None:
        if self.matched:
            self.accept()
            return
        super().submit()

    def work(self) -> Callable[[], Any]:
        s, data, typed = self.session, self.card_bytes, self.typed.text().strip()
        return lambda: locked(lambda: units.trust_unit(s, data, typed))

    def succeeded(self, result: KnownUnit) -> None:
        self.result_value = result
        self.matched = True
        self.set_intro(self.tr("The fingerprint matches the card. Unit {code} — {name} is now trusted: "
                               "bundles can be sent to it and received from it.").format(code=result.code, name=result.name))
        self.match_label.setText(fingerprint_text(result.fingerprint))
        self.match_label.show()
        for w in (self.typed, self.choose_button):
            w.setEnabled(False)
        self.cancel_button.hide()
        self.ok_button.setText(self.tr("&Close"))
        self.update_ok()
        self.ok_button.setFocus()
        self.trusted.emit(result)


class RevokeDialog(JobDialog):
    def __init__(self, parent: QWidget | None, session: Session, unit: KnownUnit) -> None:
        super().__init__(parent)
        self.session = session
        self.unit = unit
        self.setWindowTitle(self.tr("Revoke trust in {code}").format(code=unit.code))
        self.set_intro(self.tr(
            "From now on, bundles from {code} — {name} are refused and nothing can be sent to it. "
            "The revocation is recorded in the audit log and cannot be undone here; trusting the unit again "
            "needs a new card checked on paper.").format(code=unit.code, name=unit.name))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. the unit's key was lost; the unit was merged"))
        self.reason.textChanged.connect(lambda _: self.update_ok())
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason)
        self.form.addRow(label, self.reason)
        self.ok_button.setText(self.tr("Re&voke"))
        self.resize(560, 240)
        self.update_ok()
        self.reason.setFocus()

    def can_submit(self) -> bool:
        return bool(self.reason.text().strip())

    def work(self) -> Callable[[], Any]:
        s, code, reason = self.session, self.unit.code, self.reason.text().strip()
        return lambda: locked(lambda: units.revoke_unit(s, code, reason))
