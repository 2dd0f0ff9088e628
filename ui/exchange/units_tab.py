"""The Units tab: this unit's card and fingerprint, and the units it trusts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.exchange import units
from app.exchange.cards import UnitCard
from app.exchange.units import KnownUnit
from app.forms import api
from app.fsutil import atomic_write
from app.permissions import Permission
from app.session import Session

from .. import theme
from ..cases.widgets import heading
from ..dialogs import error_text, notify, show_error
from ..forms.launch import can_print, open_preview
from .jobs import locked, run_read, run_write
from .prompts import CARD_SUFFIX, ExchangePrompts
from .texts import BAD_COLOUR, date_text, fingerprint_font, fingerprint_text, on_screen, unit_status_label
from .unit_dialogs import RevokeDialog, TrustDialog

CODE, NAME, FINGERPRINT, STATUS, SINCE, REASON = range(6)


@dataclass(frozen=True)
class UnitsData:
    own: UnitCard
    known: list[KnownUnit]


def load_units(session: Session) -> UnitsData:
    return UnitsData(units.own_unit(session.vault.conn).card(), units.list_units(session))


class UnitsTab(QWidget):
    changed = Signal()  # trust given or taken: the send wizard's recipients change
    loaded = Signal()

    def __init__(self, session: Session, prompts: ExchangePrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.manage = session.can(Permission.MANAGE_UNITS)
        self.data: UnitsData | None = None
        self.dialog: TrustDialog | RevokeDialog | None = None
        self._dirty = True
        self._select_after: str | None = None

        own = QGroupBox(self.tr("This unit"), self)
        self.own_label = heading("", own, 1.15)
        self.own_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version_label = QLabel(own)
        self.fingerprint = QLabel(own)
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint.setAccessibleName(self.tr("This unit's fingerprint"))
        self.fingerprint.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); padding: 8px 14px; }")
        hint = QLabel(self.tr(
            "Other units trust this unit from two things given separately: the card file, and this fingerprint "
            "on a printed, signed sheet. They type the fingerprint from the paper."), own)
        hint.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export the card…"), own)
        self.export_button.setToolTip(self.tr("Save this unit's public card (no secret in it) for another unit"))
        self.rotate_button = QPushButton(self.tr("R&otate keys…"), own)
        self.rotate_button.setToolTip(self.tr("Make new keys for this unit; the new card is signed with the old key"))
        self.rotate_button.setVisible(self.manage)
        self.print_button = QPushButton(self.tr("Pri&nt the fingerprint sheet…"), own)
        self.print_button.setToolTip(self.tr("The signed paper other units check this unit's card against"))
        self.print_button.setVisible(can_print(session))
        grid = QGridLayout(own)
        grid.addWidget(self.own_label, 0, 0, 1, 2)
        grid.addWidget(self.version_label, 1, 0, 1, 2)
        grid.addWidget(self.fingerprint, 2, 0, 2, 1, Qt.AlignmentFlag.AlignLeft)
        buttons = QVBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.rotate_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 1, 2, 1)
        grid.addWidget(hint, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)

        others = QGroupBox(self.tr("Other units"), self)
        self.table = QTableWidget(0, 6, others)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Fingerprint"), self.tr("Status"),
                                              self.tr("Since"), self.tr("Reason for revoking")])
        self.table.setAccessibleName(self.tr("Known units"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(others)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.trust_button = QPushButton(self.tr("&Trust a unit…"), others)
        self.revoke_button = QPushButton(self.tr("Re&voke…"), others)
        for b in (self.trust_button, self.revoke_button):
            b.setVisible(self.manage)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.empty_label, 1)
        row.addWidget(self.trust_button)
        row.addWidget(self.revoke_button)
        obox = QVBoxLayout(others)
        obox.addWidget(self.table, 1)
        obox.addLayout(row)

        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 8)
        box.addWidget(own)
        box.addWidget(self.error_label)
        box.addWidget(others, 1)

        self.export_button.clicked.connect(self.export_card)
        self.rotate_button.clicked.connect(self.rotate_keys)
        self.print_button.clicked.connect(self.print_fingerprint)
        self.trust_button.clicked.connect(self.trust)
        self.revoke_button.clicked.connect(self.revoke)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    # -- loading -------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        s = self.session
        run_read(lambda: load_units(s), self._loaded, self._failed, owner=self)

    def _loaded(self, data: UnitsData) -> None:
        self.data = data
        self.error_label.hide()
        card = data.own
        self.own_label.setText(f"{card.unit_code} — {card.name}")
        self.version_label.setText(self.tr("Card version {n}").format(n=card.card_version))
        self.fingerprint.setText(fingerprint_text(card.fingerprint))
        keep = self.selected_code()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.table.setRowCount(len(data.known))
        for row, u in enumerate(data.known):
            since = u.revoked_at if u.revoked_at else u.trusted_at
            values = (u.code, u.name, u.fingerprint, unit_status_label(u.status), date_text(since), u.revoke_reason)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == FINGERPRINT:
                    item.setFont(mono)
                if not u.trusted:
                    item.setForeground(on_screen(BAD_COLOUR))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(CODE)
        self.table.resizeColumnToContents(STATUS)
        keep = self._select_after or keep
        self._select_after = None
        if keep is not None:
            self.select_unit(keep)
        self.empty_label.setText(self.tr(
            "No other unit is known yet. Trust one from its card and the fingerprint on its printed sheet.")
            if not data.known else self.tr("%n unit(s) known.", "", len(data.known)))
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), CODE).text() if rows else None

    def selected_unit(self) -> KnownUnit | None:
        code = self.selected_code()
        return next((u for u in self.data.known if u.code == code), None) if self.data and code else None

    def select_unit(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, CODE).text() == code:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        u = self.selected_unit()
        self.revoke_button.setEnabled(u is not None and u.trusted)

    # -- this unit's card --------------------------------------------------------------
    def export_card(self) -> None:
        code = self.data.own.unit_code if self.data else self.session.vault.unit_code()
        path = self.prompts.save_card(self, self.tr("Export this unit's card"), f"{code}{CARD_SUFFIX}")
        if path is None:
            return
        s = self.session
        self.export_button.setEnabled(False)
        run_write(lambda: units.export_card(s, path), lambda card: self._exported(path, card), self._export_failed, owner=self)

    def _exported(self, path: Path, card: UnitCard) -> None:
        self.export_button.setEnabled(True)
        notify(self, self.tr(
            "The card was saved to {path}.\n\nGive it to the other unit together with the printed sheet showing the "
            "fingerprint {fingerprint}; they compare the two before trusting this unit.").format(
            path=str(path), fingerprint=card.fingerprint), self.tr("Card exported"))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        show_error(self, exc)

    def print_fingerprint(self) -> None:
        if can_print(self.session):
            open_preview(self, self.session, self.tr("Fingerprint sheet of this unit"), api.fingerprint_draft)

    def rotate_keys(self) -> None:
        if not self.manage or not self.prompts.confirm(self, self.tr("Rotate this unit's keys"), self.tr(
                "New keys will be made for this unit. The new card is signed with the old key, so units that already "
                "trust this one accept it without a new paper check; bundles already on their way can still be opened "
                "here.\n\nAfterwards, give the new card to every unit you exchange with, and print the new fingerprint "
                "for units that will trust you later."), self.tr("&Make new keys")):
            return
        path = self.prompts.save_card(self, self.tr("Save the new card"), f"{self.session.vault.unit_code()}-new{CARD_SUFFIX}")
        if path is None:
            return
        s = self.session

        def work() -> tuple[UnitCard, str]:
            card = locked(lambda: units.rotate_own_keys(s))
            return card, _save_card(card, path)

        self.rotate_button.setEnabled(False)
        run_read(work, lambda result: self._rotated(path, *result), self._rotate_failed, owner=self)

    def _rotated(self, path: Path, card: UnitCard, save_error: str) -> None:
        self.rotate_button.setEnabled(True)
        self.reload()
        # The rotation signature exists only in this card object: keep asking until it is saved.
        while save_error:
            again = self.prompts.confirm(self, self.tr("Card not saved"), self.tr(
                "The keys were changed, but the new card could not be saved ({reason}). Choose another place; without "
                "this card, units that trust this one must check the new fingerprint on paper.").format(reason=save_error),
                self.tr("&Choose another place…"))
            retry = self.prompts.save_card(self, self.tr("Save the new card"), path.name) if again else None
            if retry is None:
                return
            path, save_error = retry, _save_card(card, retry)
        notify(self, self.tr("New keys are in use. The new card was saved to {path}.\n\nNew fingerprint:\n{fingerprint}").format(
            path=str(path), fingerprint=card.fingerprint), self.tr("Keys rotated"))

    def _rotate_failed(self, exc: BaseException) -> None:
        self.rotate_button.setEnabled(True)
        show_error(self, exc)

    # -- other units -------------------------------------------------------------------
    def trust(self) -> None:
        if not self.manage:
            return
        self.dialog = TrustDialog(self, self.session, self.prompts)
        self.dialog.trusted.connect(lambda u: self._trust_changed(u.code))
        self.dialog.open()

    def revoke(self) -> None:
        unit = self.selected_unit()
        if not self.manage or unit is None or not unit.trusted:
            return
        self.dialog = RevokeDialog(self, self.session, unit)
        self.dialog.accepted.connect(lambda code=unit.code: self._trust_changed(code))
        self.dialog.open()

    def _trust_changed(self, code: str) -> None:
        self._select_after = code
        self.reload()
        self.changed.emit()


def _save_card(card: UnitCard, path: Path) -> str:
    """Write the card; an error's text instead of raising (the keys already changed)."""
    try:
        atomic_write(path, card.to_bytes(), mode=0o644)
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    return ""
