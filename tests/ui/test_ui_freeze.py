"""No freeze over 100 ms at login, on each area's first show, while scrolling
the dossier list and opening a case or a dossier (issue 10).

The event loop is timed by bench/ui_freeze.FreezeProbe, run by the bench in a
process of its own (a fresh application, as an officer starts it): a 10 ms timer stamps
every turn, and the longest gap between stamps is the longest the window
could not repaint or take a key. Wall-clock figures on a shared, loaded
machine are noisy, so the test is built not to flake:
- it asserts the issue's own threshold (100 ms) only over the operations, never
  on how long loading takes;
- a measurement that fails is repeated once: a real freeze (work on the GUI
  thread, a read waiting for the shared connection) comes back every time, a
  pause of the whole process by the scheduler does not;
- the message carries every figure, including the idle loop's own worst gap.
The vault has 20,000 dossiers here (HOSO_FREEZE_PERSONS to change); the
1,000,000-person vault of the issue is opt-in (HOSO_SLOW_TESTS=1, reusing
HOSO_FREEZE_VAULT if given, generating otherwise: ~7 min) and in
bench/ui_freeze.py, which prints the figures.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cases as case_service
from app import demo
from app.store import persons as store
from app.vault import create_vault, open_vault
from crypto.kdf import fast_params_for_tests

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("ui_freeze_bench", ROOT / "bench" / "ui_freeze.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench  # dataclasses look their module up
_spec.loader.exec_module(bench)

SLOW = os.environ.get("HOSO_SLOW_TESTS") == "1"
PERSONS = 1_000_000 if SLOW else int(os.environ.get("HOSO_FREEZE_PERSONS", "20000"))
PASSWORD = "Đóng-băng-2026!"
ASSERTED = ("scroll top to bottom", "Ctrl+Home", "Ctrl+End", "Page Up", "open a case window")
AREAS_SHOWN = ("open the main window", "show the dossier list", "first show:")


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory) -> tuple[Path, str]:
    given = os.environ.get("HOSO_FREEZE_VAULT")
    if SLOW and given:
        return Path(given), demo.DEMO_PASSWORD
    path = tmp_path_factory.mktemp("freeze") / "vault"
    created = create_vault(path, "DV01", "Ban Tổ chức thử nghiệm", "admin", PASSWORD, "Nguyễn Văn Quản", kdf=fast_params_for_tests())
    from app.session import Session
    from app.users import get_user

    session = Session(created.vault, get_user(created.vault.conn, "admin"))
    try:
        demo.fill(session, PERSONS, batch=20000, with_scans=0, case_every=50, max_cases=200)
    finally:
        created.vault.close()
    return path, PASSWORD


def _run(qtbot, big_vault) -> bench.Report:
    """The bench's scenario in a process of its own, as the application runs: login dialog, main window, the
    dossier list, a case, a dossier, every area. (In this process the figures would also carry the heap and
    the widgets of every test that ran before: the same editor measured 140 ms here and 50 ms on its own.)"""
    path, password = big_vault
    session = open_vault(path, "admin", password)
    try:
        assert store.count_all(session.vault.conn) >= min(PERSONS, 1000)
        rows, _ = case_service.list_cases(session, limit=1)
        assert rows, "the demo data has cases"
        persons = store.count_all(session.vault.conn)
    finally:
        session.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(path.parent / "config")}  # no profile writes
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "ui_freeze.py"), "--vault", str(path), "--persons",
                           str(persons), "--password", password, "--steps", "25", "--json"],
                          capture_output=True, text=True, timeout=600, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return bench.Report([bench.Measure(**m) for m in json.loads(done.stdout.strip().splitlines()[-1])])


def _over(report: bench.Report, names: tuple[str, ...]) -> list[bench.Measure]:
    return [m for m in report.measures if m.name.startswith(names) and (m.max_gap_ms > bench.TARGET_MS or not m.done)]


@pytest.mark.slow
def test_scrolling_and_opening_a_case_never_freeze(qtbot, big_vault):
    report = _run(qtbot, big_vault)
    assert {m.name.split(" (")[0] for m in report.measures} >= {"scroll top to bottom", "open a case window"}
    if _over(report, ASSERTED):
        report = _run(qtbot, big_vault)  # once more: a machine-wide pause does not come back, a freeze does
    assert not _over(report, ASSERTED), "\n".join(report.lines())


@pytest.mark.slow
def test_logging_in_and_showing_each_area_never_freeze(qtbot, big_vault):
    report = _run(qtbot, big_vault)
    shown = {m.name for m in report.measures}
    assert {"open the main window", "show the dossier list"} <= shown
    assert sum(name.startswith("first show:") for name in shown) >= 5  # every area not shown before
    if _over(report, AREAS_SHOWN):
        report = _run(qtbot, big_vault)
    assert not _over(report, AREAS_SHOWN), "\n".join(report.lines())


@pytest.mark.slow
def test_opening_a_dossier_editor_never_freezes(qtbot, big_vault):
    report = _run(qtbot, big_vault)
    if _over(report, ("open a dossier editor",)):
        report = _run(qtbot, big_vault)
    assert any(m.name == "open a dossier editor" for m in report.measures)
    assert not _over(report, ("open a dossier editor",)), "\n".join(report.lines())
