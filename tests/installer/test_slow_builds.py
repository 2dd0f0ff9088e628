"""The offline wheelhouse and the frozen build, end to end. Minutes of CPU and a connection to PyPI for the
downloads: opt-in with HOSO_SLOW_TESTS=1 (CI stays under its time budget).

    HOSO_SLOW_TESTS=1 .venv/bin/python -m pytest -q tests/installer/test_slow_builds.py
    HOSO_WHEELHOUSE=DIR   reuse a wheelhouse built earlier instead of downloading again
    HOSO_BUILD_OUT=DIR    where installer/build.sh builds (default installer/dist)
    HOSO_FROZEN_NO_BUILD=1  test the last build in HOSO_BUILD_OUT instead of building again
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.environ.get("HOSO_SLOW_TESTS") != "1", reason="slow build test: set HOSO_SLOW_TESTS=1")]


def _clean_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "home" / "data"),
               PIP_CONFIG_FILE=os.devnull)  # no index, no find-links from this machine's pip configuration
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


def _no_network(cmd: list[str]) -> list[str]:
    """Run in an empty network namespace when we may (root in a container): pip could not reach anything."""
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        return ["unshare", "-n", *cmd]
    return cmd


def test_linux_wheelhouse_installs_offline_and_self_tests(tmp_path):
    wheelhouse = Path(os.environ["HOSO_WHEELHOUSE"]) if os.environ.get("HOSO_WHEELHOUSE") else tmp_path / "wheelhouse"
    if not (wheelhouse / "requirements.lock").exists():
        subprocess.run([sys.executable, str(ROOT / "installer" / "wheelhouse" / "build.py"), "build", str(wheelhouse)],
                       check=True, timeout=1800)
    manifest = json.loads((wheelhouse / "wheelhouse.json").read_text())
    assert any("win_amd64" in w for w in manifest["wheels"]) and any("manylinux" in w for w in manifest["wheels"])
    target = tmp_path / "app"
    env = _clean_env(tmp_path)
    res = subprocess.run(_no_network(["sh", str(wheelhouse / "install-linux.sh"), str(target)]), cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stdout + res.stderr
    res = subprocess.run(_no_network([str(target / "bin" / "hoso"), "self-test", "--json"]), cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=600)
    out = json.loads(res.stdout)
    assert res.returncode == 0 and out["ok"], out
    assert {c["name"] for c in out["checks"]} >= {"excel_write_read", "pdf_vietnamese", "bundle_seal_open", "gui_start"}
    # The app came from the wheelhouse, not from this checkout.
    where = subprocess.run([str(target / "bin" / "python"), "-c", "import app; print(app.__file__)"], cwd=tmp_path,
                           env=env, capture_output=True, text=True).stdout
    assert str(target) in where and str(ROOT) not in where


def test_a_wheel_with_a_wrong_hash_is_refused(tmp_path):
    wheelhouse = Path(os.environ.get("HOSO_WHEELHOUSE", tmp_path / "missing"))
    if not (wheelhouse / "requirements.lock").exists():
        pytest.skip("needs HOSO_WHEELHOUSE from the test above")
    copy = tmp_path / "wh"
    shutil.copytree(wheelhouse, copy, ignore=shutil.ignore_patterns("*win_amd64.whl"))
    victim = next(copy.glob("wheels/defusedxml-*.whl"))
    victim.write_bytes(victim.read_bytes() + b"\0")
    res = subprocess.run(_no_network(["sh", str(copy / "install-linux.sh"), str(tmp_path / "app")]), cwd=tmp_path,
                         env=_clean_env(tmp_path), capture_output=True, text=True, timeout=900)
    assert res.returncode != 0 and "hash" in (res.stdout + res.stderr).lower()


def test_frozen_build_self_tests():
    """Builds (unless HOSO_FROZEN_NO_BUILD=1 reuses the last build) and runs the frozen self-tests."""
    args = ["--no-build"] if os.environ.get("HOSO_FROZEN_NO_BUILD") == "1" else []
    res = subprocess.run([str(ROOT / "installer" / "test_frozen.sh"), *args], capture_output=True, text=True, timeout=3600)
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-4000:]
    assert "ALL FROZEN CHECKS PASSED" in res.stdout
