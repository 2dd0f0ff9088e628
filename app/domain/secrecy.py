"""Secrecy levels (độ mật). Labels and banner colours are data in resources/."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass

from ..resources import resource_path


class SecrecyLevel(int, enum.Enum):
    NONE = 0  # not classified
    MAT = 1  # Mật — Confidential
    TOI_MAT = 2  # Tối mật — Secret
    TUYET_MAT = 3  # Tuyệt mật — Top secret

    @classmethod
    def parse(cls, code: str) -> "SecrecyLevel":
        return {"none": cls.NONE, "mat": cls.MAT, "toi_mat": cls.TOI_MAT, "tuyet_mat": cls.TUYET_MAT}[code]

    @property
    def code(self) -> str:
        return {0: "none", 1: "mat", 2: "toi_mat", 3: "tuyet_mat"}[self.value]


@dataclass(frozen=True)
class LevelStyle:
    label_vi: str
    label_en: str
    background: str
    foreground: str


def level_styles() -> dict[SecrecyLevel, LevelStyle]:
    doc = json.loads(resource_path("secrecy_levels.json").read_text("utf-8"))
    return {SecrecyLevel.parse(code): LevelStyle(**style) for code, style in doc["levels"].items()}
