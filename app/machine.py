"""Checks of the workstation: the rules for machines that hold state secrets.

A workstation holding secrets must not be connected to a network, the vault
must not live on removable or network storage, and a clock that went
backwards makes every date in the registers suspect. These checks only look:
they never open a network connection.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

CLOCK_FILE = "clock.json"
CLOCK_SLACK = 300.0  # seconds: small corrections (NTP-less drift fixes) are not alarms
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs", "fuse.davfs2"}


@dataclass(frozen=True)
class Warning_:
    code: str  # network_up | vault_removable | vault_network | clock_backwards | not_checked
    message: str


def network_interfaces_up() -> list[str] | None:
    """Names of interfaces other than loopback that are up; None where this
    platform offers no way to tell without opening a socket."""
    base = Path("/sys/class/net")
    if not base.is_dir():
        return None
    up = []
    for iface in sorted(base.iterdir()):
        if iface.name == "lo":
            continue
        try:
            state = (iface / "operstate").read_text().strip()
            carrier = (iface / "carrier").read_text().strip() if (iface / "carrier").exists() else "0"
        except OSError:
            continue
        # "unknown" is what many virtual links report while passing traffic: count it with a carrier.
        if state == "up" or (state == "unknown" and carrier == "1"):
            up.append(iface.name)
    return up


def _mount_of(path: Path) -> tuple[str, str, str] | None:
    """(device, mount point, fs type) holding `path`, from /proc/mounts."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    path = str(Path(path).resolve())
    best = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        dev, mnt, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        if path == mnt or path.startswith(mnt.rstrip("/") + "/"):
            if best is None or len(mnt) > len(best[1]):
                best = (dev, mnt, fstype)
    return best


def vault_storage(vault_dir: Path) -> str:
    """'local', 'removable', 'network' or 'unknown'."""
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(str(Path(vault_dir).resolve()))[0] + "\\\\"
        kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive))  # type: ignore[attr-defined]
        return {2: "removable", 3: "local", 4: "network"}.get(kind, "unknown")
    m = _mount_of(vault_dir)
    if m is None:
        return "unknown"
    dev, _, fstype = m
    if fstype in _NETWORK_FS or dev.startswith("//"):
        return "network"
    if dev.startswith("/dev/"):
        from .exchange.media import _linux_removable

        return "removable" if _linux_removable(dev) else "local"
    return "local"


def clock_went_backwards(vault_dir: Path, now: float | None = None) -> float | None:
    """Seconds the clock moved back since the last run (None if it did not); remembers now."""
    now = time.time() if now is None else now
    path = Path(vault_dir) / CLOCK_FILE
    try:
        last = float(json.loads(path.read_text())["last_seen"])
    except (OSError, ValueError, KeyError, TypeError):
        last = None
    if last is None or now > last:
        from .fsutil import atomic_write

        try:
            atomic_write(path, json.dumps({"last_seen": now}).encode())
        except OSError:
            pass  # a read-only vault folder is reported by other means
    if last is not None and now < last - CLOCK_SLACK:
        return last - now
    return None


def check(vault_dir: Path, now: float | None = None) -> list[Warning_]:
    out = []
    ifaces = network_interfaces_up()
    if ifaces is None:
        out.append(Warning_("not_checked", "Không kiểm tra được kết nối mạng trên hệ điều hành này; hãy bảo đảm máy không nối mạng."))
    elif ifaces:
        out.append(Warning_("network_up", f"Máy đang có kết nối mạng ({', '.join(ifaces)}). Máy lưu bí mật nhà nước không được nối mạng."))
    storage = vault_storage(vault_dir)
    if storage == "removable":
        out.append(Warning_("vault_removable", "Kho dữ liệu nằm trên thiết bị lưu trữ di động. Hãy chuyển kho vào ổ đĩa cố định của máy."))
    elif storage == "network":
        out.append(Warning_("vault_network", "Kho dữ liệu nằm trên ổ đĩa mạng. Hãy chuyển kho vào ổ đĩa của máy này."))
    back = clock_went_backwards(vault_dir, now)
    if back:
        out.append(Warning_("clock_backwards", f"Đồng hồ máy đã lùi {back / 60:.0f} phút so với lần chạy trước: kiểm tra ngày giờ trước khi vào sổ."))
    return out
