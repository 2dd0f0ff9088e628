"""Unlock time with the calibrated Argon2id parameters, against a baseline.

Baseline: the same unlock with the floor parameters (64 MiB, 3 passes), timed
in the same run, so the ratio says how much harder than the floor the chosen
parameters make each password guess. Run: .venv/bin/python bench/unlock.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.vault import create_vault, open_vault  # noqa: E402
from crypto import kdf  # noqa: E402

PW = "Đo-thời-gian-2026!"
RUNS = 5


def _time_unlocks(vault: Path) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        open_vault(vault, "admin", PW).close()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        params = kdf.calibrate()
        calib = time.perf_counter() - t0
        floor = kdf.KdfParams(kdf.MIN_MEMORY_KIB, 3, params.lanes, b"\0" * 16).with_new_salt()
        chosen_vault, floor_vault = Path(tmp) / "chosen", Path(tmp) / "floor"
        create_vault(chosen_vault, "BENCH", "Bench", "admin", PW, kdf=params).vault.close()
        create_vault(floor_vault, "BENCH", "Bench", "admin", PW, kdf=floor).vault.close()
        chosen, base = _time_unlocks(chosen_vault), _time_unlocks(floor_vault)
    med_c, med_b = statistics.median(chosen), statistics.median(base)
    print(f"Argon2id chosen: memory={params.memory_kib // 1024} MiB iterations={params.iterations} lanes={params.lanes} (calibration {calib:.2f} s)")
    print(f"unlock (chosen): median {med_c:.3f} s  min {min(chosen):.3f}  max {max(chosen):.3f}  over {RUNS} runs")
    print(f"unlock (floor 64 MiB x3): median {med_b:.3f} s")
    print(f"ratio chosen/floor: {med_c / med_b:.2f}")
    lo, hi = kdf.TARGET_SECONDS
    verdict = "within" if lo <= med_c <= hi else "OUTSIDE"
    print(f"target {lo}-{hi} s: {verdict}")


if __name__ == "__main__":
    main()
