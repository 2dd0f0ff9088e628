"""Failed-login counting, growing delay and lock-out, kept outside the database.

The database cannot be read before the password is right, so this state lives
in `login-state.json` beside it. It holds no secret: slot ids, counters, times.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import AuthError
from ..fsutil import atomic_write

STATE_NAME = "login-state.json"
DEFAULT_MAX_FAILURES = 5


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try: none after one slip, then 1, 2, 4 ... 60."""
    if failures < 2:
        return 0.0
    return float(min(2 ** (failures - 2), 60))


@dataclass
class LoginState:
    path: Path
    doc: dict

    @classmethod
    def load(cls, vault_dir: Path) -> "LoginState":
        path = Path(vault_dir) / STATE_NAME
        try:
            doc = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            doc = {}
        except ValueError:
            doc = {}  # a damaged counter file must not lock everyone out forever
        doc.setdefault("max_failures", DEFAULT_MAX_FAILURES)
        doc.setdefault("slots", {})
        return cls(path, doc)

    def save(self) -> None:
        atomic_write(self.path, json.dumps(self.doc, indent=1, sort_keys=True).encode())

    @property
    def max_failures(self) -> int:
        return int(self.doc["max_failures"])

    def set_max_failures(self, n: int) -> None:
        self.doc["max_failures"] = max(1, int(n))
        self.save()

    def _entry(self, slot_id: str) -> dict:
        return self.doc["slots"].setdefault(slot_id, {"failures": 0, "last_failure": 0.0, "locked": False})

    def is_locked(self, slot_id: str) -> bool:
        return bool(self.doc["slots"].get(slot_id, {}).get("locked"))

    def check_allowed(self, slot_id: str, username: str, now: float) -> None:
        """Raise before any key derivation if this account may not try now."""
        e = self.doc["slots"].get(slot_id)
        if not e:
            return
        if e.get("locked"):
            raise AuthError("vault_locked_out", user=username, count=e.get("failures", 0))
        wait = e["last_failure"] + delay_after(e["failures"]) - now
        if wait > 0:
            raise AuthError("login_throttled", seconds=math.ceil(wait))

    def record_failure(self, slot_id: str, now: float) -> bool:
        """Count a failure; return True if the account is now locked."""
        e = self._entry(slot_id)
        e["failures"] += 1
        e["last_failure"] = now
        if e["failures"] >= self.max_failures:
            e["locked"] = True
        self.save()
        return e["locked"]

    def failures(self, slot_id: str) -> int:
        return int(self.doc["slots"].get(slot_id, {}).get("failures", 0))

    def clear(self, slot_id: str) -> None:
        if slot_id in self.doc["slots"]:
            del self.doc["slots"][slot_id]
            self.save()
