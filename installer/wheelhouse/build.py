"""Offline wheelhouse: every wheel HoSo needs, for Windows and Linux, locked by hash.

    python installer/wheelhouse/build.py lock            re-resolve pyproject's ranges -> installer/requirements.lock
    python installer/wheelhouse/build.py lock --extra build   the build tools -> installer/requirements-build.lock
    python installer/wheelhouse/build.py build OUT_DIR   download exactly the locked wheels + build the hoso wheel

Runs on a connected build machine (pip talks to the index); what it makes is
carried to the air-gapped workstations, where install-linux.sh /
install-windows.cmd install with `--no-index --require-hashes`.

pip evaluates environment markers for the machine it runs on, not for
--platform, so resolution is done per target (platform, Python) and the lock
gets its own markers; `build` filters the lock per target itself.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHONS = ("3.11", "3.12", "3.13")
# PySide6 6.10+ is built for glibc 2.34 (Debian 12, Ubuntu 22.04, RHEL 9 and newer): the Linux floor.
# pip does not widen manylinux tags by itself, so every older one is listed.
PLATFORMS = {"linux": ("manylinux_2_34_x86_64", "manylinux_2_31_x86_64", "manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64", "manylinux_2_12_x86_64",
                       "manylinux2010_x86_64", "manylinux_2_5_x86_64", "manylinux1_x86_64"),
             "windows": ("win_amd64",)}
SYS_PLATFORM = {"linux": "linux", "windows": "win32"}
LOCKS = {"": HERE.parent / "requirements.lock", "build": HERE.parent / "requirements-build.lock"}
SOURCE_PARTS = ("app", "ui", "crypto", "resources", "pyproject.toml", "README.md")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _wheel_name_version(filename: str) -> tuple[str, str]:
    parts = filename[:-4].split("-")
    return _norm(parts[0]), parts[1]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _pip_download(target: tuple[str, str], dest: Path, args: list[str]) -> None:
    platform, python = target
    tags = [a for tag in PLATFORMS[platform] for a in ("--platform", tag)]
    cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q", "--only-binary=:all:",
           *tags, "--python-version", python, "--implementation", "cp", "-d", str(dest), *args]
    subprocess.run(cmd, check=True)


def _packaging():
    try:
        from packaging.requirements import Requirement
    except ImportError:  # pip carries its own copy
        from pip._vendor.packaging.requirements import Requirement
    return Requirement


def _environment(target: tuple[str, str]) -> dict[str, str]:
    platform, python = target
    win = platform == "windows"
    return {"sys_platform": SYS_PLATFORM[platform], "platform_system": "Windows" if win else "Linux",
            "os_name": "nt" if win else "posix", "platform_machine": "AMD64" if win else "x86_64",
            "python_version": python, "python_full_version": f"{python}.0", "implementation_name": "cpython",
            "platform_python_implementation": "CPython", "platform_release": "", "platform_version": "",
            "implementation_version": f"{python}.0", "extra": ""}


def _wheel_requires(whl: Path) -> list[str]:
    import zipfile

    with zipfile.ZipFile(whl) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA") and n.count("/") == 1)
        text = z.read(meta).decode("utf-8", "replace").split("\n\n", 1)[0]
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Requires-Dist:")]


def _complete_for_target(target: tuple[str, str], dest: Path) -> None:
    """pip judged the markers of dependencies for this machine: fetch what the target needs besides."""
    Requirement = _packaging()
    env = _environment(target)
    for _ in range(10):
        have = {_wheel_name_version(w.name)[0] for w in dest.glob("*.whl")}
        missing = []
        for whl in dest.glob("*.whl"):
            for spec in _wheel_requires(whl):
                req = Requirement(spec)
                if _norm(req.name) not in have and (req.marker is None or req.marker.evaluate(env)):
                    missing.append(f"{req.name}{req.specifier}")
        if not missing:
            return
        _pip_download(target, dest, sorted(set(missing)))
    raise RuntimeError(f"dependencies for {target} do not settle")


def _requirements(extra: str) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    reqs = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return [r.split("#")[0].strip() for r in reqs]


def _marker(targets: set[tuple[str, str]], all_targets: set[tuple[str, str]]) -> str:
    if targets == all_targets:
        return ""
    platforms = {p for p, _ in targets}
    by_platform = []
    for p in sorted(platforms):
        pys = sorted(v for q, v in targets if q == p)
        every = sorted(v for q, v in all_targets if q == p)
        cond = f'sys_platform == "{SYS_PLATFORM[p]}"'
        if pys != every:
            cond += " and (" + " or ".join(f'python_version == "{v}"' for v in pys) + ")"
        by_platform.append(cond)
    return " or ".join(f"({c})" if len(by_platform) > 1 else c for c in by_platform)


def lock(extra: str, pythons: tuple[str, ...], platforms: tuple[str, ...], python_for_build: tuple[str, ...]) -> Path:
    """Resolve the pyproject ranges for every target; write the hash lock."""
    reqs = _requirements(extra)
    found: dict[tuple[str, str], dict] = {}
    all_targets = {(p, v) for p in platforms for v in (python_for_build if extra == "build" else pythons)}
    with tempfile.TemporaryDirectory(prefix="hoso-lock-") as tmp:
        for target in sorted(all_targets):
            dest = Path(tmp) / f"{target[0]}-{target[1]}"
            print(f"resolving for {target[0]} / Python {target[1]}", file=sys.stderr)
            _pip_download(target, dest, reqs)
            _complete_for_target(target, dest)
            for whl in sorted(dest.glob("*.whl")):
                key = _wheel_name_version(whl.name)
                entry = found.setdefault(key, {"targets": set(), "hashes": set()})
                entry["targets"].add(target)
                entry["hashes"].add(_sha256(whl))
    lines = [
        "# Generated by installer/wheelhouse/build.py lock" + (f" --extra {extra}" if extra else "") + " -- do not edit by hand.",
        f"# Targets: {', '.join(f'{p}/{v}' for p, v in sorted(all_targets))}",
    ]
    for (name, version), entry in sorted(found.items()):
        marker = _marker(entry["targets"], all_targets)
        line = f"{name}=={version}" + (f" ; {marker}" if marker else "")
        lines.append(" \\\n    ".join([line] + [f"--hash=sha256:{h}" for h in sorted(entry["hashes"])]))
    out = LOCKS[extra]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {out} ({len(found)} packages)", file=sys.stderr)
    return out


def parse_lock(path: Path) -> list[dict]:
    """[{name, version, marker, hashes}] from a lock written by `lock`."""
    text = path.read_text("utf-8").replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", line)
        spec = line.split("--hash", 1)[0].strip()
        req, _, marker = spec.partition(";")
        name, _, version = req.strip().partition("==")
        out.append({"name": name, "version": version, "marker": marker.strip(), "hashes": hashes})
    return out


def marker_applies(marker: str, platform: str, python: str) -> bool:
    """The markers `lock` writes only use sys_platform and python_version."""
    if not marker:
        return True
    expr = marker.replace("sys_platform", repr(SYS_PLATFORM[platform])).replace("python_version", repr(python))
    if not re.fullmatch(r"[\s()'\"\w.=!]+", expr.replace(" and ", " ").replace(" or ", " ")):
        raise ValueError(f"unexpected marker: {marker}")
    return bool(eval(expr, {"__builtins__": {}}, {}))  # noqa: S307 - our own markers, checked above


def build_hoso_wheel(dest: Path) -> Path:
    """The app's own wheel, built from a copy so the checkout is not touched."""
    with tempfile.TemporaryDirectory(prefix="hoso-src-") as tmp:
        for part in SOURCE_PARTS:
            src = ROOT / part
            if src.is_dir():
                shutil.copytree(src, Path(tmp) / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", "*.sh"))
            else:
                shutil.copy2(src, Path(tmp) / part)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--disable-pip-version-check", "-q", "--no-deps",
                        "-w", str(dest), tmp], check=True)
    return next(dest.glob("hoso-*.whl"))


def build(out: Path, pythons: tuple[str, ...], platforms: tuple[str, ...]) -> None:
    out = Path(out)
    wheels = out / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    entries = parse_lock(LOCKS[""])
    with tempfile.TemporaryDirectory(prefix="hoso-wh-") as tmp:
        for platform in platforms:
            for python in pythons:
                wanted = [e for e in entries if marker_applies(e["marker"], platform, python)]
                req = Path(tmp) / f"req-{platform}-{python}.txt"
                req.write_text("".join(f"{e['name']}=={e['version']} " + " ".join(f"--hash=sha256:{h}" for h in e["hashes"]) + "\n"
                                       for e in wanted), "utf-8")
                print(f"downloading for {platform} / Python {python}", file=sys.stderr)
                _pip_download((platform, python), wheels, ["--no-deps", "--require-hashes", "-r", str(req)])
    hoso = build_hoso_wheel(wheels)
    name, version = _wheel_name_version(hoso.name)
    lock_text = LOCKS[""].read_text("utf-8")
    lock_text += f"{name}=={version} \\\n    --hash=sha256:{_sha256(hoso)}\n"
    (out / "requirements.lock").write_text(lock_text, "utf-8")
    for script in ("install-linux.sh", "install-windows.cmd", "README.txt"):
        shutil.copy2(HERE / script, out / script)
    os.chmod(out / "install-linux.sh", 0o755)
    manifest = {"hoso": version, "pythons": list(pythons), "platforms": [PLATFORMS[p][0] for p in platforms],
                "wheels": sorted(p.name for p in wheels.glob("*.whl"))}
    (out / "wheelhouse.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    size = sum(p.stat().st_size for p in wheels.glob("*.whl"))
    print(f"wheelhouse {out}: {len(manifest['wheels'])} wheels, {size / 2**20:.0f} MiB", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("lock", help="re-resolve pyproject's ranges into a hash lock")
    p.add_argument("--extra", default="", choices=["", "build"])
    p.add_argument("--python", nargs="+", default=list(PYTHONS))
    p.add_argument("--platform", nargs="+", default=list(PLATFORMS), choices=list(PLATFORMS))
    p.add_argument("--build-python", nargs="+", default=["3.11"], help="Python version(s) the frozen build uses")
    p = sub.add_parser("build", help="download the locked wheels and build the hoso wheel into OUT")
    p.add_argument("out", type=Path)
    p.add_argument("--python", nargs="+", default=list(PYTHONS))
    p.add_argument("--platform", nargs="+", default=list(PLATFORMS), choices=list(PLATFORMS))
    args = ap.parse_args(argv)
    if args.cmd == "lock":
        lock(args.extra, tuple(args.python), tuple(args.platform), tuple(args.build_python))
    else:
        build(args.out, tuple(args.python), tuple(args.platform))
    return 0


if __name__ == "__main__":
    sys.exit(main())
