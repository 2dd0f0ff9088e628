"""Every icon the GUI uses is an SVG, drawn crisp at a device pixel ratio of 2; the areas have theirs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from app.resources import resource_path
from ui import theme

ROOT = Path(__file__).resolve().parents[2]
ICONS = sorted(resource_path("icons").iterdir())
NAV = ("start", "dossiers", "cases", "registers", "exchange", "compliance", "reports", "admin")


def test_the_icon_folder_holds_only_svg():
    assert ICONS
    assert [p.name for p in ICONS if p.suffix != ".svg"] == []


@pytest.mark.parametrize("path", ICONS, ids=lambda p: p.name)
def test_each_icon_is_vector_and_renders_at_twice_the_size(qapp, path):
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox")
    assert not list(root.iter("{http://www.w3.org/2000/svg}image")), "an embedded bitmap would be upscaled"
    icon = QIcon(str(path))
    assert not icon.isNull()
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (48, 48)  # drawn at 48 device pixels, not 24 stretched
    big = pixmap.toImage()
    # Crisp: at 2x a vector edge has single-pixel steps; an upscaled 24 px bitmap would repeat every pixel in pairs.
    pairs = sum(1 for y in range(0, 48, 2) for x in range(0, 48, 2)
                if big.pixel(x, y) == big.pixel(x + 1, y) == big.pixel(x, y + 1) == big.pixel(x + 1, y + 1))
    assert pairs < 24 * 24, "every 2x2 block is uniform: an upscaled bitmap"


def test_the_code_names_no_bitmap_icon():
    """QIcon / QPixmap built from a file in ui/ must point at an .svg."""
    found = []
    for source in (ROOT / "ui").rglob("*.py"):
        for line in source.read_text("utf-8").splitlines():
            if re.search(r"Q(Icon|Pixmap)\(.*\.(png|jpg|ico|bmp)", line):
                found.append(f"{source.name}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize("name", NAV)
def test_every_area_has_its_icon(name):
    path = theme.icon_path(name)
    assert path.name == f"nav-{name}.svg" and path.exists()


def test_navigation_items_show_their_icons(admin_window):
    nav = admin_window.workspace.nav
    assert nav.count() == len(NAV)
    for row in range(nav.count()):
        icon = nav.item(row).icon()
        assert not icon.isNull(), nav.item(row).text()
        assert icon.pixmap(QSize(22, 22), 2.0).width() == 44
