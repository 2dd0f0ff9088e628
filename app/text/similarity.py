"""Edit distance for near-identical spellings of names (duplicate detection)."""

from __future__ import annotations


def levenshtein(a: str, b: str, limit: int | None = None) -> int:
    """Classic two-row dynamic programme; stops early once `limit` is exceeded."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    if limit is not None and len(a) - len(b) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
