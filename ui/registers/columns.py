"""The columns of each register, from the book's template: the same titles and cells as the printed book."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from app import register_cells as cells

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally

WIDE = {"abstract", "object", "reason", "content", "council", "recipients"}


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # None: sort by the text
    wide: bool = False  # takes the spare width
    is_level: bool = False  # drawn in the level's stamp colour
    key: str = ""
    corrected: Callable[[Any], bool] | None = None  # the cell shows a correction (drawn in italics)


def _column(key: str, title: str, names: dict[str, str]) -> Column:
    def text(e: Any) -> str:
        if cells.hidden_abstract(e, key):
            return translate("RegisterColumns", "(not recorded: top secret)")
        return cells.cell(e, key, names).text

    return Column(title, text, lambda e: cells.sort_key(e, key), key in WIDE, key == "secrecy", key,
                  lambda e: cells.cell(e, key, names).corrected)


def book_columns(template_columns, names: dict[str, str]) -> list[Column]:
    """One Column per column of the book's template (key, title), in its order."""
    return [_column(c.key, c.title, names) for c in template_columns]
