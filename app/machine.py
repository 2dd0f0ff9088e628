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
from typing import Callable, Iterable

from .errors import HosoError

CLOCK_FILE = "clock.json"
CLOCK_SLACK = 300.0  # seconds: small corrections (NTP-less drift fixes) are not alarms
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs", "fuse.davfs2",
               "fuse.gvfsd-fuse", "fuse.rclone", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "ocfs2", "coda"}
_REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/")  # where desktops (udisks) mount USB sticks and cards


@dataclass(frozen=True)
class Warning_:
    code: str  # network_up | vault_removable | vault_network | clock_backwards | not_checked
    message: str


@dataclass(frozen=True)
class Interface:
    """One network interface as the operating system reports it."""

    name: str
    up: bool
    loopback: bool = False


def active_interfaces(interfaces: Iterable[Interface]) -> list[str]:
    """Names of the interfaces that are up, other than loopback: what makes a machine networked."""
    return sorted(i.name for i in interfaces if i.up and not i.loopback)


def linux_interfaces(base: Path = Path("/sys/class/net")) -> list[Interface] | None:
    """From sysfs (no socket). None when there is no sysfs."""
    if not base.is_dir():
        return None
    out = []
    for iface in sorted(base.iterdir()):
        try:
            state = (iface / "operstate").read_text().strip()
            carrier = (iface / "carrier").read_text().strip() if (iface / "carrier").exists() else "0"
            kind = (iface / "type").read_text().strip() if (iface / "type").exists() else ""
        except OSError:
            continue
        # "unknown" is what many virtual links report while passing traffic: count it with a carrier.
        up = state == "up" or (state == "unknown" and carrier == "1")
        out.append(Interface(iface.name, up, iface.name == "lo" or kind == "772"))  # 772 = ARPHRD_LOOPBACK
    return out


def windows_interfaces() -> list[Interface] | None:
    """From GetAdaptersAddresses (iphlpapi), which reads the adapter table without opening a socket."""
    import ctypes
    from ctypes import wintypes

    class _Adapter(ctypes.Structure):  # the leading fields of IP_ADAPTER_ADDRESSES (x86 and x64 layouts alike)
        pass

    _Adapter._fields_ = [
        ("Length", wintypes.ULONG), ("IfIndex", wintypes.DWORD), ("Next", ctypes.POINTER(_Adapter)),
        ("AdapterName", ctypes.c_char_p), ("FirstUnicastAddress", ctypes.c_void_p), ("FirstAnycastAddress", ctypes.c_void_p),
        ("FirstMulticastAddress", ctypes.c_void_p), ("FirstDnsServerAddress", ctypes.c_void_p),
        ("DnsSuffix", ctypes.c_wchar_p), ("Description", ctypes.c_wchar_p), ("FriendlyName", ctypes.c_wchar_p),
        ("PhysicalAddress", ctypes.c_ubyte * 8), ("PhysicalAddressLength", wintypes.DWORD), ("Flags", wintypes.DWORD),
        ("Mtu", wintypes.DWORD), ("IfType", wintypes.DWORD), ("OperStatus", ctypes.c_int),
    ]
    AF_UNSPEC, FLAGS = 0, 0x0002 | 0x0004 | 0x0008  # skip anycast, multicast, DNS server lists
    ERROR_BUFFER_OVERFLOW, IF_TYPE_SOFTWARE_LOOPBACK, IF_OPER_STATUS_UP = 111, 24, 1
    try:
        get = ctypes.WinDLL("iphlpapi").GetAdaptersAddresses
    except (OSError, AttributeError):
        return None
    get.argtypes = [wintypes.ULONG, wintypes.ULONG, ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(wintypes.ULONG)]
    get.restype = wintypes.ULONG
    size = wintypes.ULONG(16 * 1024)
    for _ in range(4):
        buf = ctypes.create_string_buffer(size.value)
        rc = get(AF_UNSPEC, FLAGS, None, buf, ctypes.byref(size))
        if rc != ERROR_BUFFER_OVERFLOW:
            break
    else:
        return None
    if rc != 0:
        return None
    out = []
    node = ctypes.cast(buf, ctypes.POINTER(_Adapter))
    while node:
        a = node.contents
        name = a.FriendlyName or a.Description or (a.AdapterName or b"?").decode("ascii", "replace")
        out.append(Interface(name, a.OperStatus == IF_OPER_STATUS_UP, a.IfType == IF_TYPE_SOFTWARE_LOOPBACK))
        node = a.Next
    return out


def list_interfaces() -> list[Interface] | None:
    """This machine's interfaces; None where they cannot be read without a socket."""
    if sys.platform == "win32":
        try:
            return windows_interfaces()
        except OSError:
            return None
    return linux_interfaces()


def network_interfaces_up(interfaces: Iterable[Interface] | None = None) -> list[str] | None:
    """Names of interfaces other than loopback that are up; None where this
    platform offers no way to tell without opening a socket."""
    found = list_interfaces() if interfaces is None else list(interfaces)
    return None if found is None else active_interfaces(found)


def network_warning(up: list[str] | None) -> Warning_ | None:
    if up is None:
        return Warning_("not_checked", "Không kiểm tra được kết nối mạng trên hệ điều hành này; hãy bảo đảm máy không nối mạng.")
    if up:
        return Warning_("network_up", f"Máy đang có kết nối mạng ({', '.join(up)}). Máy lưu bí mật nhà nước không được nối mạng: "
                                      "hãy rút cáp mạng, tắt Wi-Fi và Bluetooth, hoặc vô hiệu hóa các card mạng này.")
    return None


def _read_mounts() -> str | None:
    try:
        return Path("/proc/mounts").read_text()
    except OSError:
        return None


def _mount_of(path: Path, mounts: str | None = None) -> tuple[str, str, str] | None:
    """(device, mount point, fs type) holding `path`, from /proc/mounts (or the given mount table text)."""
    mounts = _read_mounts() if mounts is None else mounts
    if mounts is None:
        return None
    path = str(Path(path).resolve())
    best = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        dev, mnt, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        if path == mnt or path.startswith(mnt.rstrip("/") + "/"):
            if best is None or len(mnt) > len(best[1]):
                best = (dev, mnt, fstype)
    return best


def _linux_removable(device: str) -> bool:
    from .exchange.media import _linux_removable as removable

    return removable(device)


def vault_storage(vault_dir: Path, mounts: str | None = None,
                  removable_device: Callable[[str], bool] | None = None) -> str:
    """'local', 'removable', 'network' or 'unknown'. `mounts`: a mount table to use instead of /proc/mounts."""
    if sys.platform == "win32" and mounts is None:
        return _windows_storage(Path(vault_dir))
    m = _mount_of(vault_dir, mounts)
    if m is None:
        return "unknown"
    dev, mnt, fstype = m
    if fstype in _NETWORK_FS or dev.startswith("//") or (":/" in dev and not dev.startswith("/")):
        return "network"
    if (mnt + "/").startswith(_REMOVABLE_MOUNT_ROOTS):
        return "removable"
    if dev.startswith("/dev/") and (removable_device or _linux_removable)(dev):
        return "removable"
    return "local"


def _windows_storage(vault_dir: Path) -> str:
    import ctypes

    path = str(Path(vault_dir).resolve())
    drive = os.path.splitdrive(path)[0]
    if drive.startswith(("\\\\", "//")):
        return "network"  # a UNC path (\\server\share\...): a share, mapped or not
    if not drive:
        return "unknown"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive + "\\"))  # type: ignore[attr-defined]
    if kind == 4:  # DRIVE_REMOTE
        return "network"
    if kind in (2, 5):  # DRIVE_REMOVABLE, DRIVE_CDROM
        return "removable"
    if kind == 3:  # DRIVE_FIXED: USB hard disks and many USB sticks also say "fixed"; ask the bus
        return "removable" if _windows_on_external_bus(drive) else "local"
    return "local" if kind == 6 else "unknown"  # DRIVE_RAMDISK


def _windows_on_external_bus(drive: str) -> bool:
    """IOCTL_STORAGE_QUERY_PROPERTY on the volume: USB, FireWire, SD and MMC buses count as removable."""
    import ctypes
    from ctypes import wintypes

    k32 = ctypes.WinDLL("kernel32", use_last_error=True)
    k32.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD,
                                wintypes.DWORD, wintypes.HANDLE]
    k32.CreateFileW.restype = wintypes.HANDLE
    k32.DeviceIoControl.argtypes = [wintypes.HANDLE, wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD, ctypes.c_void_p,
                                    wintypes.DWORD, ctypes.POINTER(wintypes.DWORD), ctypes.c_void_p]
    k32.DeviceIoControl.restype = wintypes.BOOL
    k32.CloseHandle.argtypes = [wintypes.HANDLE]
    # No access rights are needed to query the device properties (works without administrator rights).
    handle = k32.CreateFileW(f"\\\\.\\{drive}", 0, 0x1 | 0x2, None, 3, 0, None)  # FILE_SHARE_READ|WRITE, OPEN_EXISTING
    if not handle or handle == ctypes.c_void_p(-1).value:
        return False
    try:
        query = (ctypes.c_ulong * 3)(0, 0, 0)  # STORAGE_PROPERTY_QUERY: StorageDeviceProperty, PropertyStandardQuery
        out = (ctypes.c_ubyte * 1024)()
        got = wintypes.DWORD()
        if not k32.DeviceIoControl(handle, 0x002D1400, query, ctypes.sizeof(query), out, ctypes.sizeof(out),
                                   ctypes.byref(got), None) or got.value < 32:
            return False
        removable_media = out[10]
        bus = int.from_bytes(bytes(out[28:32]), "little")  # STORAGE_DEVICE_DESCRIPTOR.BusType
        return bool(removable_media) or bus in (4, 7, 12, 13)  # 1394, USB, SD, MMC
    finally:
        k32.CloseHandle(handle)


def vault_location_error(vault_dir: Path, mounts: str | None = None,
                         removable_device: Callable[[str], bool] | None = None) -> HosoError | None:
    """The refusal to run a vault from a network share or a removable drive; None when its place is acceptable."""
    storage = vault_storage(vault_dir, mounts, removable_device)
    if storage == "network":
        return HosoError("vault_on_network", path=str(vault_dir))
    if storage == "removable":
        return HosoError("vault_on_removable", path=str(vault_dir))
    return None


def require_local_vault(vault_dir: Path) -> None:
    err = vault_location_error(vault_dir)
    if err is not None:
        raise err


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


def check(vault_dir: Path, now: float | None = None, *, interfaces: Iterable[Interface] | None = None,
          mounts: str | None = None) -> list[Warning_]:
    """Every workstation warning; `interfaces` and `mounts` stand in for the machine's own (tests)."""
    out = []
    net = network_warning(network_interfaces_up(interfaces))
    if net:
        out.append(net)
    storage = vault_storage(vault_dir, mounts)
    if storage == "removable":
        out.append(Warning_("vault_removable", "Kho dữ liệu nằm trên thiết bị lưu trữ di động. Hãy chuyển kho vào ổ đĩa cố định của máy."))
    elif storage == "network":
        out.append(Warning_("vault_network", "Kho dữ liệu nằm trên ổ đĩa mạng. Hãy chuyển kho vào ổ đĩa của máy này."))
    back = clock_went_backwards(vault_dir, now)
    if back:
        out.append(Warning_("clock_backwards", f"Đồng hồ máy đã lùi {back / 60:.0f} phút so với lần chạy trước: kiểm tra ngày giờ trước khi vào sổ."))
    return out
