"""Folding for the import's hot loops: app.text.vietnamese's fold/tokens, and a
cache for the folded words of values that repeat (names, hometowns), shared
with the store, which needs the same words for the search index."""

from __future__ import annotations

from ..store.persons import folded_words  # noqa: F401  (one cache for the preview and the store)
from ..text.vietnamese import fold, tokens  # noqa: F401  (re-exported for the import's modules)
