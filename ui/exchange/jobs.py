"""Background calls of the exchange area: the GUI's one write lock, shared with every area."""

from __future__ import annotations

from ..cases.jobs import locked, run_read, run_write

__all__ = ["locked", "run_read", "run_write"]
