"""Dossier search and list speed on a large vault, against a plain list scan.

    .venv/bin/python bench/dossiers.py --persons 1000000 [--vault DIR]

The vault is made with the demo generator if it does not exist (about 5
minutes per million here) and reused afterwards. Prints, over 100 varied
queries, the median and p95 latency of the first page of search results; the
time to show the first page of the full list; the time to open one dossier;
and the same searches done by a plain in-memory scan of the same data (the
baseline), measured in the same run, as a ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import demo, dossiers  # noqa: E402
from app.store import persons as store  # noqa: E402
from app.text.vietnamese import tokens  # noqa: E402

PAGE = 50


def _queries(session, n: int, rnd: random.Random) -> list[str]:
    total = store.count_all(session.vault.conn)
    ids = [rnd.randint(1, total) for _ in range(n)]
    out = []
    for i, pid in enumerate(ids):
        row = session.vault.conn.execute("SELECT full_name, id_number, hometown FROM persons WHERE id = ?", (pid,)).fetchone()
        name, idn, home = row
        words = name.split()
        kind = i % 6
        if kind == 0:
            out.append(name)  # whole name, with marks
        elif kind == 1:
            out.append(" ".join(tokens(name)))  # typed without marks
        elif kind == 2:
            out.append(f"{words[-1]} {words[0]}")  # given name then surname
        elif kind == 3:
            out.append(" ".join(tokens(name))[:-1])  # still typing the last word
        elif kind == 4:
            out.append(idn[:9])  # CCCD prefix
        else:
            out.append(words[-1])  # given name alone: the most common kind of hit list
    return out


def _timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    r = fn()
    return time.perf_counter() - t, r


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=1_000_000)
    ap.add_argument("--vault", type=Path, default=Path(tempfile.gettempdir()) / "hoso-bench-vault")
    ap.add_argument("--queries", type=int, default=100)
    args = ap.parse_args()

    session = demo.open_or_create(args.vault)
    have = store.count_all(session.vault.conn)
    if have < args.persons:
        print(f"generating {args.persons - have} persons into {args.vault} ...", flush=True)
        t, res = _timed(lambda: demo.fill(session, args.persons - have, batch=20000,
                                          progress=lambda d, n, m: print(f"\r  {d}/{n}", end="", flush=True)))
        print(f"\n  generated in {t:.0f} s ({res.persons / t:.0f} persons/s)")
    total = store.count_all(session.vault.conn)
    rnd = random.Random(42)
    queries = _queries(session, args.queries, rnd)

    # Warm the page cache once, as a running application would be.
    dossiers.search_persons(session, "", limit=PAGE)
    lat, plans = [], {}
    for q in queries:
        t, page = _timed(lambda: dossiers.search_persons(session, q, limit=PAGE, want_total=False))
        lat.append(t)
        plans[page.plan] = plans.get(page.plan, 0) + 1
    first_page, _ = _timed(lambda: dossiers.search_persons(session, "", limit=100))
    # A scrolling view knows the length: it passes it, so pages past the middle are read from the end.
    last_page, _ = _timed(lambda: dossiers.search_persons(session, "", limit=100, offset=total - 100, want_total=False, total_hint=total))
    mid_page, _ = _timed(lambda: dossiers.search_persons(session, "", limit=100, offset=total // 2, want_total=False, total_hint=total))
    opens = [_timed(lambda: dossiers.get_person(session, rnd.randint(1, total), record_view=False))[0] for _ in range(20)]

    # Baseline: the same data as a plain Python list, scanned per query.
    t_load, data = _timed(lambda: session.vault.conn.execute("SELECT id, search_text, sort_key FROM persons").fetchall())
    base = []
    for q in queries:
        words = tokens(q)

        def scan():
            hits = []
            for pid, text, key in data:
                padded = f" {text} "
                if all((f" {w}" in padded) if i == len(words) - 1 else (f" {w} " in padded) for i, w in enumerate(words)):
                    hits.append((key, pid))
            hits.sort()
            return hits[:PAGE]

        base.append(_timed(scan)[0])
    session.close()

    med, p95 = statistics.median(lat), _pct(lat, 95)
    bmed, bp95 = statistics.median(base), _pct(base, 95)
    print(f"persons: {total}")
    print(f"search first page ({len(queries)} queries): median {med * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {max(lat) * 1000:.1f} ms; plans {plans}")
    print(f"baseline list scan: median {bmed * 1000:.0f} ms, p95 {bp95 * 1000:.0f} ms (loading the list took {t_load:.1f} s)")
    print(f"ratio baseline/search: median {bmed / med:.0f}x, p95 {bp95 / p95:.0f}x")
    print(f"list first page (with total): {first_page * 1000:.1f} ms; middle page: {mid_page * 1000:.1f} ms; last page: {last_page * 1000:.1f} ms")
    print(f"open one dossier: median {statistics.median(opens) * 1000:.1f} ms, max {max(opens) * 1000:.1f} ms")
    print(f"targets: search p95 < 50 ms: {'met' if p95 < 0.05 else 'NOT met'}; first page < 200 ms: {'met' if first_page < 0.2 else 'NOT met'}")


if __name__ == "__main__":
    main()
