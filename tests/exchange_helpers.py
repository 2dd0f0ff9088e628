"""Real vaults of units that trust each other, for the exchange tests without a GUI (tests/ui has its own)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from app import demo
from app.exchange import units
from app.vault import create_vault, open_vault
from tests.conftest import ADMIN_PW


def unit(tmp_path: Path, code: str, name: str):
    """A new vault of its own unit in tmp_path/code, opened as its administrator."""
    path = tmp_path / code
    create_vault(path, code, name, "admin", ADMIN_PW).vault.close()
    return open_vault(path, "admin", ADMIN_PW)


def introduce(a, b, tmp_path: Path) -> None:
    """a trusts b: b's card travels as a file, its fingerprint is read off paper."""
    card = units.export_card(b, tmp_path / f"{b.vault.unit_code()}.card")
    units.trust_unit(a, (tmp_path / f"{b.vault.unit_code()}.card").read_bytes(), card.fingerprint.lower().replace("-", " "))


def commune_and_province(tmp_path: Path, persons: int) -> Iterator[tuple]:
    """(xa, tinh, usb): two units trusting each other, `persons` demo dossiers in the commune, an empty
    stick folder; both closed afterwards. For a fixture: `yield from commune_and_province(tmp_path, 12)`."""
    xa = unit(tmp_path, "XA-MX", "Đảng ủy xã Minh Xuân")
    tinh = unit(tmp_path, "TINH-TQ", "Ban Tổ chức Tỉnh ủy Tuyên Quang")
    introduce(xa, tinh, tmp_path)
    introduce(tinh, xa, tmp_path)
    demo.fill(xa, persons, seed=5)
    usb = tmp_path / "usb"
    usb.mkdir()
    yield xa, tinh, usb
    xa.close()
    tinh.close()
