"""Where the data files in resources/ are: a checkout, an installed wheel, or a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    env = os.environ.get("HOSO_RESOURCES")
    if env:
        return Path(env)
    if getattr(sys, "frozen", False):
        # PyInstaller one-folder: sys._MEIPASS is the _internal/ folder beside the executable (installer/hoso.spec
        # puts resources/ there); other freezers keep data beside the executable.
        return Path(getattr(sys, "_MEIPASS", None) or Path(sys.executable).resolve().parent) / "resources"
    # A checkout, or a wheel (pyproject ships resources/ as a top-level data package beside app/).
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
