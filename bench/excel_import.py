"""Excel import of a 100,000-row list, against the bare python-calamine parse of the same file.

    .venv/bin/python bench/excel_import.py [--rows 100000] [--file LIST.xlsx] [--rounds N] [--profile]

The list (17 columns of realistic Vietnamese data from the demo generator, with
title lines above the header and signatures below) is generated once and kept
in the temporary folder. In one run it measures
  (a) the bare parse: CalamineWorkbook.from_path + to_python() of the sheet,
      timed inside a fresh process (so its memory does not count as ours);
  (b) the full import as `hoso excel import` does it (app.excel.service.import_file:
      guard checks, the reading child process, header detection, mapping, values,
      validation, in-file and vault matching, one transaction with the audit entry)
      into a fresh vault;
and prints b/a, the time of each stage, and the peak memory (ru_maxrss of this
process and of the reading process; (b) runs first, so that the bare parse's
process is not the one measured). Targets: b/a <= 3, peak < 600 MB.

The machine may be shared and its speed swings: --rounds N alternates (a) and (b)
N times, each import in a fresh process of its own (as the CLI runs it), and
prints every round and the median ratio.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Nơi sinh", "Quê quán", "Nơi thường trú",
          "Nơi ở hiện nay", "Số CCCD", "Số thẻ đảng viên", "Ngày vào Đảng", "Ngày chính thức", "Đơn vị", "Chức vụ",
          "Lý luận chính trị"]
PW = "Đo-thời-gian-2026!"

_BARE = """
import sys, time
import python_calamine as pc
t = time.perf_counter()
wb = pc.CalamineWorkbook.from_path(sys.argv[1])
rows = wb.get_sheet_by_index(0).to_python()
print(time.perf_counter() - t, len(rows))
"""


def generate(path: Path, n: int) -> None:
    from openpyxl import Workbook

    from app.demo import Generator

    g = Generator(2026)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["ĐẢNG BỘ TỈNH TUYÊN QUANG"])
    ws.append(["DANH SÁCH ĐẢNG VIÊN (dữ liệu thử)"])
    ws.append([])
    ws.append(HEADER)

    def day(d):
        return None if d is None else dt.date(d.year, d.month, d.day) if d.day else d.display()

    for i in range(n):
        p = g.person()
        birth = day(p.birth_date) if i % 10 else p.birth_date.display()  # one in ten typed as text
        ws.append([i + 1, p.full_name, birth, "Nam" if p.sex.value == "M" else "Nữ", p.ethnicity, p.religion,
                   p.birth_place, p.hometown, p.permanent_address, p.current_address, p.id_number, p.party_card,
                   day(p.party_joined), day(p.party_official), p.unit, p.position, p.political_theory])
    ws.append([])
    ws.append([None, "NGƯỜI LẬP BIỂU", None, None, None, None, None, None, "T/M ĐẢNG ỦY"])
    wb.save(path)


def bare_parse(path: Path) -> float:
    out = subprocess.run([sys.executable, "-c", _BARE, str(path)], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[0])


def _cpu() -> tuple[float, float]:
    """CPU seconds used so far by this process (all its threads) and by its finished children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def full_import(path: Path, profile: bool) -> tuple[float, dict, dict]:
    from crypto import kdf
    from app.excel.service import ImportRequest, import_file
    from app.vault import create_vault, open_vault

    kdf.calibrate = lambda *a, **k: kdf.fast_params_for_tests()  # unlocking is not what is measured
    vault = Path(tempfile.mkdtemp(prefix="hoso-excel-bench-")) / "vault"
    create_vault(vault, "BENCH", "Đơn vị đo", "admin", PW, "Người đo").vault.close()
    session = open_vault(vault, "admin", PW)
    stages: dict[str, float] = {}
    mark = {"t": time.perf_counter(), "m": ""}

    def progress(done: int, total: int, message: str) -> None:
        now = time.perf_counter()
        if message != mark["m"]:
            if mark["m"]:
                stages[mark["m"]] = stages.get(mark["m"], 0.0) + now - mark["t"]
            mark.update(t=now, m=message)

    prof = cProfile.Profile() if profile else None
    cpu0 = _cpu()
    start = time.perf_counter()
    if prof:
        prof.enable()
    outcome = import_file(session, ImportRequest(path), progress=progress)
    if prof:
        prof.disable()
    total = time.perf_counter() - start
    stages["cpu"] = tuple(b - a for a, b in zip(cpu0, _cpu()))
    stages[mark["m"]] = stages.get(mark["m"], 0.0) + time.perf_counter() - mark["t"]
    session.close()
    shutil.rmtree(vault.parent, ignore_errors=True)
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(25)
        print(buf.getvalue())
    return total, stages, outcome.summary()


def _one_import(path: Path) -> dict:
    """(b) in a process of its own: its time, peak memory and summary as JSON."""
    out = subprocess.run([sys.executable, __file__, "--file", str(path), "--import-only"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def rounds(path: Path, n: int) -> None:
    ratios = []
    for k in range(n):
        a = bare_parse(path)
        b = _one_import(path)
        ratios.append(b["seconds"] / a)
        print(f"round {k + 1}: (a) {a:.2f} s, (b) {b['seconds']:.2f} s, ratio {ratios[-1]:.2f}; peak memory "
              f"{b['self_mb']:.0f} MB, reading process {b['child_mb']:.0f} MB; load average {os.getloadavg()[0]:.1f}",
              flush=True)
    med = statistics.median(ratios)
    print(f"median ratio b/a over {n} rounds: {med:.2f} (range {min(ratios):.2f}-{max(ratios):.2f}; "
          f"target <= 3: {'met' if med <= 3 else 'NOT met'})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--file", type=Path)
    ap.add_argument("--rounds", type=int, default=0, help="alternate (a) and (b) this many times; print the median ratio")
    ap.add_argument("--profile", action="store_true", help="cProfile the import (slows it down)")
    ap.add_argument("--import-only", action="store_true", help=argparse.SUPPRESS)  # one (b), as JSON (--rounds)
    args = ap.parse_args()
    path = args.file or Path(tempfile.gettempdir()) / f"hoso-excel-bench-{args.rows}.xlsx"
    if not path.exists():
        print(f"generating {args.rows} rows into {path} ...", flush=True)
        t = time.perf_counter()
        generate(path, args.rows)
        print(f"  generated in {time.perf_counter() - t:.0f} s", flush=True)
    if args.import_only:
        b, _, summary = full_import(path, False)
        print(json.dumps({"seconds": b, "created": summary["created"],
                          "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                          "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
        return
    print(f"file: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    if args.rounds:
        rounds(path, args.rounds)
        return
    # (b) first: the peak of this process's children is then the reading process's, not the bare parse's.
    b, stages, summary = full_import(path, args.profile)
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    a = bare_parse(path)
    print(f"rows read {summary['rows_read']}: created {summary['created']}, duplicates {summary['duplicates']}, "
          f"errors {len(summary['errors'])}")
    print(f"(a) bare calamine parse: {a:.2f} s")
    print(f"(b) full import:         {b:.2f} s")
    cpu_self, cpu_child = stages.pop("cpu")
    for name, secs in stages.items():
        print(f"      {name:<32} {secs:6.2f} s")
    # The machine may be shared: CPU seconds and the load say how much of (b) was waiting.
    print(f"    CPU of the import: {cpu_self:.2f} s here (all threads) + {cpu_child:.2f} s in the reading process; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"ratio b/a: {b / a:.2f}  (target <= 3: {'met' if b / a <= 3 else 'NOT met'})")
    print(f"peak memory: this process {self_mb:.0f} MB, reading process {child_mb:.0f} MB "
          f"(target < 600 MB: {'met' if max(self_mb, child_mb) < 600 else 'NOT met'})")


if __name__ == "__main__":
    main()
