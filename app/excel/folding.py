"""Folding for the import's hot loops: app.text.vietnamese's fold/tokens, and its
cache for the folded words of values that repeat (names, hometowns), shared with
the store, which needs the same words for the search index. Not from the store
itself: the reading process scores headers with these and starts sooner without it."""

from __future__ import annotations

from ..text.vietnamese import fold, folded_words, tokens  # noqa: F401  (re-exported for the import's modules)
