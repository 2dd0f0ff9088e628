"""Helpers for the exchange GUI tests: a second unit, trust both ways, prompts that answer by themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.domain.secrecy import SecrecyLevel
from app.exchange import bundles, units
from app.vault import create_vault, open_vault
from crypto.kdf import fast_params_for_tests
from ui.exchange.prompts import ExchangePrompts
from ui.worker import wait_all

from .case_fixtures import make_person
from .conftest import ADMIN_PW

EXCHANGE_AREA = 4
REGISTERS_AREA = 3
OTHER_CODE = "TINH-TQ"
OTHER_NAME = "Ban Tổ chức Tỉnh ủy Tuyên Quang"


@dataclass
class ScriptedPrompts(ExchangePrompts):
    """Answers set by the test; every question asked is recorded."""

    answers: dict = field(default_factory=dict)
    asked: list = field(default_factory=list)

    def confirm(self, parent, title, text, yes_text) -> bool:
        self.asked.append(("confirm", title, text))
        return self.answers.get("confirm", True)

    def open_card(self, parent):
        self.asked.append(("open_card",))
        return self.answers.get("card")

    def save_card(self, parent, title, suggested):
        self.asked.append(("save_card", suggested))
        return self.answers.get("save_card")

    def open_bundle(self, parent, start=""):
        self.asked.append(("open_bundle",))
        return self.answers.get("bundle")

    def choose_folder(self, parent, title):
        self.asked.append(("choose_folder",))
        return self.answers.get("folder")


def other_unit(tmp_path: Path):
    """A second vault, the province's, with its own administrator."""
    path = tmp_path / "tinh"
    create_vault(path, OTHER_CODE, OTHER_NAME, "admin", ADMIN_PW, kdf=fast_params_for_tests()).vault.close()
    return open_vault(path, "admin", ADMIN_PW)


@pytest.fixture
def other(tmp_path):
    """Fixture: the province's vault (other_unit), closed after the test. Import it into the test module."""
    session = other_unit(tmp_path)
    yield session
    session.close()


@pytest.fixture
def usb(tmp_path):
    """Fixture: an empty folder that plays the USB stick. Import it into the test module."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def card_file(session, tmp_path: Path) -> tuple[Path, str]:
    """The unit's card as a file and the fingerprint its printed sheet shows."""
    code = session.vault.unit_code()
    path = tmp_path / f"{code}.hosocard"
    card = units.export_card(session, path)
    return path, card.fingerprint


def introduce(a, b, tmp_path: Path) -> None:
    """a trusts b (card as a file, fingerprint as typed from paper)."""
    path, fingerprint = card_file(b, tmp_path)
    units.trust_unit(a, path.read_bytes(), fingerprint.lower().replace("-", " "))


def trust_both(window, other, tmp_path: Path) -> None:
    wait_all()  # the window's own reads share its connection
    introduce(window.session, other, tmp_path)
    introduce(other, window.session, tmp_path)


def bundle_from_other(other, to_code: str, usb: Path, names=("Hoàng Văn Nam", "Lò Thị Mai")) -> bundles.ExportResult:
    ids = [make_person(other, name, secrecy=SecrecyLevel.MAT).id for name in names]
    return bundles.export_bundle(other, [to_code], usb, person_ids=ids, carrier="USB-TINH-02")


def use_prompts(window) -> ScriptedPrompts:
    """Replace the exchange area's prompts (shared by its tabs and wizards)."""
    page = window.workspace.exchange
    prompts = ScriptedPrompts()
    page.prompts = prompts
    for holder in (page.units, page.send, page.receive):
        if holder is not None:
            holder.prompts = prompts
    if page.receive is not None:
        page.receive.media.prompts = prompts
    return prompts


def show_exchange(qtbot, window, tab: str = "units"):
    window.show_area(EXCHANGE_AREA)
    page = window.workspace.exchange
    widget = getattr(page, tab)
    page.tabs.setCurrentWidget(widget)
    qtbot.waitUntil(widget.isVisible, timeout=5000)
    return page, widget
