"""Background calls of the forms area: the GUI's one write lock, shared with every area.

Previews and prints write audit entries, and pdfium must not render in two
threads at once, so page rendering takes the same lock.
"""

from __future__ import annotations

from ..cases.jobs import locked, run_read, run_write

__all__ = ["locked", "run_read", "run_write"]
