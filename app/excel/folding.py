"""Folding for the import's hot loops: app.text.vietnamese's fold/tokens, and a
cache for the folded words of values that repeat (names, hometowns)."""

from __future__ import annotations

from functools import lru_cache

from ..text.vietnamese import fold, tokens  # noqa: F401  (re-exported for the import's modules)


@lru_cache(maxsize=100_000)
def folded_words(text: str) -> str:
    """Folded words joined by single spaces (names, hometowns: they repeat a lot)."""
    return " ".join(tokens(text))
