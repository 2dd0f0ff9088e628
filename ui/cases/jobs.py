"""Background calls of the cases area.

The GUI shares one SQLCipher connection; two write transactions begun on it
from two worker threads would collide, so every write here takes the same
lock as the Dossiers area (one lock for the whole GUI).
"""

from __future__ import annotations

from ..dossiers.jobs import locked, run_read, run_write

__all__ = ["locked", "run_read", "run_write"]
