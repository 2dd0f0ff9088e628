"""Finding removable media (USB sticks) to write bundles to or read them from.

Windows: drive letters whose type is DRIVE_REMOVABLE. Linux: mounted
filesystems under /media, /run/media or /mnt whose block device is marked
removable in /sys. Nothing here writes anything.
"""

from __future__ import annotations


import shutil
import string
import sys
from dataclasses import dataclass
from pathlib import Path

from .bundles import BUNDLE_SUFFIX

_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/")


@dataclass(frozen=True)
class Medium:
    path: Path
    label: str
    removable: bool
    free_bytes: int
    total_bytes: int


def _usage(path: Path) -> tuple[int, int]:
    try:
        u = shutil.disk_usage(path)
        return u.free, u.total
    except OSError:
        return 0, 0


def _linux_removable(device: str) -> bool:
    name = Path(device).name  # sdb1 -> sdb; mmcblk0p1 -> mmcblk0; nvme0n1p1 -> nvme0n1
    for base in (name.rstrip("0123456789"), name.rsplit("p", 1)[0] if "p" in name else name):
        flag = Path("/sys/block") / base / "removable"
        if flag.is_file():
            try:
                return flag.read_text().strip() == "1"
            except OSError:
                return False
    return False


def _linux_media() -> list[Medium]:
    out = []
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return out
    for line in mounts:
        parts = line.split()
        if len(parts) < 2:
            continue
        device, mount = parts[0], parts[1].replace("\\040", " ")
        if not mount.startswith(_MOUNT_ROOTS):
            continue
        free, total = _usage(Path(mount))
        out.append(Medium(Path(mount), Path(mount).name, _linux_removable(device) if device.startswith("/dev/") else False, free, total))
    return out


def _windows_media() -> list[Medium]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    out = []
    for i, letter in enumerate(string.ascii_uppercase):
        if not mask & (1 << i):
            continue
        root = f"{letter}:\\\\"
        kind = kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
        if kind not in (2, 3):  # DRIVE_REMOVABLE, DRIVE_FIXED
            continue
        label_buf = ctypes.create_unicode_buffer(261)
        kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), label_buf, 261, None, None, None, None, 0)
        free, total = _usage(Path(root))
        out.append(Medium(Path(root), label_buf.value or letter, kind == 2, free, total))
    return out


def list_media(include_fixed: bool = False) -> list[Medium]:
    """Removable media first; fixed disks only if asked (writing there needs a confirmation)."""
    found = _windows_media() if sys.platform == "win32" else _linux_media()
    found = [m for m in found if m.removable or include_fixed]
    return sorted(found, key=lambda m: (not m.removable, str(m.path)))


def is_removable(path: Path) -> bool:
    """Whether `path` lies on a removable medium (the GUI asks before writing elsewhere)."""
    path = Path(path).resolve()
    for m in list_media(include_fixed=False):
        try:
            path.relative_to(m.path)
            return True
        except ValueError:
            continue
    return False


def bundles_on(path: Path) -> list[Path]:
    """Bundle files on a medium (top folder and one level below); partial files are ignored."""
    root = Path(path)
    found = list(root.glob(f"*{BUNDLE_SUFFIX}")) + list(root.glob(f"*/*{BUNDLE_SUFFIX}"))
    return sorted(p for p in found if p.is_file())


