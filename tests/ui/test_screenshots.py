"""The guide's screenshot script runs against the real application and makes every picture the guides use."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


def _script():
    spec = importlib.util.spec_from_file_location("hoso_screenshots", DOCS / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) > 50:
                return len(seen)
    return len(seen)


@pytest.mark.slow
def test_the_script_takes_every_picture_from_the_real_app(qapp, tmp_path, fast_kdf):
    shots = _script()
    out = tmp_path / "vi"
    taken = shots.take_all(out, "vi")
    assert taken == shots.SHOTS
    for name in shots.SHOTS:
        path = out / f"{name}.png"
        assert path.is_file(), name
        image = QImage(str(path))
        assert not image.isNull(), name
        # Dialogs are at least a small login box; windows at most the main window's size.
        assert 380 <= image.width() <= 1200 and 130 <= image.height() <= 800, (name, image.size())
        assert _distinct_colours(image) >= 8, f"{name} looks blank"
        assert path.stat().st_size < 400_000, name  # palette PNGs stay small
    # The pictures show the application in Vietnamese: the main window's areas are translated.
    assert (out / "start.png").stat().st_size > 10_000


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_picture_the_guides_show_is_one_the_script_takes(lang):
    shots = _script()
    text = (DOCS / f"guide.{lang}.md").read_text(encoding="utf-8")
    used = set(re.findall(rf"\(images/{lang}/([a-z0-9-]+)\.png\)", text))
    assert used, "the guide shows pictures"
    assert used <= set(shots.SHOTS), used - set(shots.SHOTS)
    assert used == set(shots.SHOTS), set(shots.SHOTS) - used  # every picture taken is shown
    assert not re.findall(r"\(images/(?!%s/)" % lang, text), "pictures of the other language"


def test_the_committed_pictures_are_the_scripts_and_small():
    images = DOCS / "images"
    shots = _script()
    total = 0
    for lang in ("vi", "en"):
        for name in shots.SHOTS:
            path = images / lang / f"{name}.png"
            assert path.is_file(), path
            total += path.stat().st_size
    assert total < 4_000_000


def test_the_readme_opens_with_screenshots_and_keeps_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[: readme.index("## Hai lệnh")]
    pictures = re.findall(r"docs/images/vi/([a-z0-9-]+)\.png", head)
    assert 2 <= len(pictures) <= 3 and all((DOCS / "images" / "vi" / f"{p}.png").is_file() for p in pictures)
    assert "./dev run\n" in readme and "./dev test\n" in readme
