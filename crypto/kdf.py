"""Password key derivation with Argon2id, with per-user parameters and calibration."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_LEN = 32
SALT_LEN = 16
MIN_MEMORY_KIB = 64 * 1024  # the floor for real vaults: 64 MiB
# Unlock should take 0.3-1 s on the office machine; calibration aims at the middle.
TARGET_SECONDS = (0.3, 1.0)
_AIM_SECONDS = 0.5
# Stop growing above this, leaving margin over 0.3 s for a noisy measurement.
_FLOOR_AIM = 0.4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters stored beside each wrapped key (never secret)."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def to_json(self) -> dict:
        d = asdict(self)
        d["salt"] = self.salt.hex()
        d["algorithm"] = "argon2id"
        return d

    @classmethod
    def from_json(cls, d: dict) -> "KdfParams":
        if d.get("algorithm", "argon2id") != "argon2id":
            raise ValueError(f"unsupported KDF {d.get('algorithm')!r}")
        return cls(int(d["memory_kib"]), int(d["iterations"]), int(d["lanes"]), bytes.fromhex(d["salt"]))

    def with_new_salt(self) -> "KdfParams":
        return KdfParams(self.memory_kib, self.iterations, self.lanes, os.urandom(SALT_LEN))


def derive(password: str, params: KdfParams) -> bytes:
    """Derive a 256-bit key-encryption key from a password."""
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_LEN,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


def _time_once(memory_kib: int, iterations: int, lanes: int) -> float:
    p = KdfParams(memory_kib, iterations, lanes, os.urandom(SALT_LEN))
    start = time.perf_counter()
    derive("calibration", p)
    return time.perf_counter() - start


_calibrated: KdfParams | None = None


def calibrate(min_memory_kib: int = MIN_MEMORY_KIB, lanes: int = 2) -> KdfParams:
    """Choose parameters so one derivation takes about 0.5 s on this machine.

    Memory grows first (it is what hurts an attacker's hardware most), then
    iterations. The result is cached for the process: measuring costs ~1 s.
    """
    global _calibrated
    if _calibrated is not None and _calibrated.memory_kib >= min_memory_kib:
        return _calibrated.with_new_salt()
    memory, iterations = min_memory_kib, 3
    elapsed = _time_once(memory, iterations, lanes)
    # Scale memory linearly towards the aim, capped at 1 GiB to stay kind to 4 GiB PCs.
    while elapsed < _FLOOR_AIM and memory < 1024 * 1024:
        factor = min(4.0, max(1.25, _AIM_SECONDS / max(elapsed, 1e-3)))
        memory = min(1024 * 1024, int(memory * factor) // 1024 * 1024)
        elapsed = _time_once(memory, iterations, lanes)
    while elapsed < _FLOOR_AIM:
        iterations += 1
        elapsed = _time_once(memory, iterations, lanes)
    _calibrated = KdfParams(memory, iterations, lanes, b"")
    return _calibrated.with_new_salt()


def fast_params_for_tests() -> KdfParams:
    """Cheap parameters for unit tests that create many vaults.

    Never used by the application or the CLI: only tests pass these explicitly.
    """
    return KdfParams(8 * 1024, 1, 1, os.urandom(SALT_LEN))
