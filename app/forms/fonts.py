"""Liberation Serif (metric-compatible with Times New Roman), embedded in every form."""

from __future__ import annotations

from functools import lru_cache

from ..resources import resource_path

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "HoSoSerif", "HoSoSerif-Bold", "HoSoSerif-Italic", "HoSoSerif-BoldItalic"
_FILES = {REGULAR: "LiberationSerif-Regular.ttf", BOLD: "LiberationSerif-Bold.ttf",
          ITALIC: "LiberationSerif-Italic.ttf", BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf"}


@lru_cache(maxsize=1)
def register() -> str:
    """Register the four faces once (subset-embedded by reportlab); returns the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR


def face(bold: bool = False, italic: bool = False) -> str:
    register()
    return {(False, False): REGULAR, (True, False): BOLD, (False, True): ITALIC, (True, True): BOLD_ITALIC}[(bold, italic)]
