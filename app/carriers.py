"""Secret carriers (USB sticks): registration, taking-out with a written permit, return.

A carrier is registered once with its label and, where the system tells it,
the device serial. Each taking-out is a use: who took it, the written
permission (number, date, who gave it), what it carried, and its return; the
use is an entry of the carrier register (fields fixed in CONTRACTS.md),
completed in place when the stick comes back. A carrier is out at most once
at a time. Writing a bundle to a registered carrier adds the bundle to what
the current use carried. Destroying a carrier goes through app/destruction.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .domain.secrecy import SecrecyLevel
from .errors import HosoError, InvalidInput
from .permissions import Permission
from .store import carriers as store
from .store import registers
from .store.carriers import Carrier, CarrierUse

REGISTER = "carrier"
MAX_LABEL = 64


@dataclass(frozen=True)
class CarrierRow:
    """A carrier with its current use (None when it is in the safe)."""

    carrier: Carrier
    current: CarrierUse | None


@dataclass(frozen=True)
class MediumCheck:
    """What the send wizard needs to know about the folder it writes to."""

    removable: bool
    serial: str
    carrier: Carrier | None  # the registered carrier found by serial, or by the label typed


# -- reading a device's serial -------------------------------------------------------------------------------

def _linux_device_for(path: Path) -> str:
    """The block device mounted at (or above) `path`, from /proc/mounts; '' if none."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, device = "", ""
    target = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 2 or not parts[0].startswith("/dev/"):
            continue
        mount = parts[1].replace("\\040", " ")
        if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
            best, device = mount, parts[0]
    return device


def _linux_serial(device: str) -> str:
    """The USB device serial (sysfs, walking up from the block device), else udev's
    by-id name, else the filesystem UUID. '' when none can be read."""
    try:
        real = Path(device).resolve()
        sys_dev = Path("/sys/class/block") / real.name
        node = sys_dev.resolve()
        for parent in [node, *node.parents]:
            f = parent / "serial"
            if (parent / "idVendor").is_file() and f.is_file():
                text = f.read_text(errors="replace").strip()
                if text:
                    return text
        for folder in ("/dev/disk/by-id", "/dev/disk/by-uuid"):
            d = Path(folder)
            if not d.is_dir():
                continue
            for link in sorted(d.iterdir()):
                if link.name.startswith(("wwn-", "nvme-eui")):
                    continue
                try:
                    if link.resolve() == real:
                        return link.name
                except OSError:
                    continue
    except OSError:
        return ""
    return ""


def _windows_serial(path: Path) -> str:
    """The volume serial number (GetVolumeInformationW): changes only when the stick is formatted."""
    import ctypes

    root = ctypes.c_wchar_p(f"{Path(path).drive}\\")
    serial = ctypes.c_uint32(0)
    ok = ctypes.windll.kernel32.GetVolumeInformationW(root, None, 0, ctypes.byref(serial), None, None, None, 0)  # type: ignore[attr-defined]
    return f"{serial.value >> 16:04X}-{serial.value & 0xFFFF:04X}" if ok and serial.value else ""


def read_serial(path: Path) -> str:
    """The serial of the medium holding `path`, or '' when it cannot be read (never raises)."""
    try:
        if sys.platform == "win32":
            return _windows_serial(Path(path))
        device = _linux_device_for(Path(path).resolve())
        return _linux_serial(device) if device else ""
    except Exception:  # noqa: BLE001 - a serial we cannot read is simply not recorded
        return ""


# -- services ------------------------------------------------------------------------------------------------

def _clean_label(label: str) -> str:
    label = " ".join((label or "").split())
    if not label or len(label) > MAX_LABEL:
        raise InvalidInput(detail=f"nhãn vật mang tin cần 1–{MAX_LABEL} ký tự")
    return label


def _require(conn, label: str) -> Carrier:
    c = store.by_label(conn, " ".join((label or "").split()))
    if c is None:
        raise HosoError("carrier_unknown", label=label)
    return c


def register_carrier(session, label: str, serial: str = "", *, secrecy: SecrecyLevel = SecrecyLevel.MAT, notes: str = "",
                     kind: str = "usb") -> Carrier:
    label = _clean_label(label)
    serial = (serial or "").strip()
    conn = session.vault.conn
    session.require(Permission.KEEP_REGISTERS)
    if store.by_label(conn, label) is not None:
        raise HosoError("carrier_exists", label=label)
    if serial and (other := store.by_serial(conn, serial)) is not None and not other.destroyed:
        raise HosoError("carrier_serial_exists", serial=serial, label=other.label)
    with session.change(Permission.KEEP_REGISTERS, "carrier_registered", "carrier", label,
                        f"Đăng ký vật mang tin {label}" + (f", số seri {serial}" if serial else "")) as c:
        return store.insert(c, label, serial, kind, secrecy, notes.strip(), time.time(), session.user.username)


def get_carrier(session, label: str) -> Carrier:
    session.require(Permission.VIEW_DOSSIERS)
    return _require(session.vault.conn, label)


def find(session, label: str) -> Carrier | None:
    """The registered carrier of this label, or None."""
    session.require(Permission.VIEW_DOSSIERS)
    label = " ".join((label or "").split())
    return store.by_label(session.vault.conn, label) if label else None


def list_carriers(session) -> list[CarrierRow]:
    """Every carrier, active first, each with its current use."""
    session.require(Permission.VIEW_DOSSIERS)
    conn = session.vault.conn
    current = {u.carrier_id: u for u in store.open_uses(conn)}
    return [CarrierRow(c, current.get(c.id)) for c in store.all_carriers(conn)]


def uses(session, label: str) -> list[CarrierUse]:
    session.require(Permission.VIEW_DOSSIERS)
    return store.uses_of(session.vault.conn, _require(session.vault.conn, label).id)


def _fields(c: Carrier, u: CarrierUse) -> dict:
    return {"carrier_label": c.label, "carrier_serial": c.serial, "taken_by": u.taken_by, "permit_no": u.permit_no,
            "permit_date": u.permit_date, "permit_by": u.permit_by, "content": u.content,
            "out_at": _dt.datetime.fromtimestamp(u.out_at).isoformat(timespec="minutes"),
            "returned_at": _dt.datetime.fromtimestamp(u.returned_at).isoformat(timespec="minutes") if u.returned_at else "",
            "returned_to": u.returned_to or "", "notes": u.notes}


def take_out(session, label: str, taken_by: str, permit_no: str, permit_date: _dt.date, permit_by: str,
             content: str = "", notes: str = "") -> CarrierUse:
    """Record a taking-out under a written permission. Refused while the carrier is already out."""
    from .users import get_user

    session.require(Permission.KEEP_REGISTERS)
    conn = session.vault.conn
    c = _require(conn, label)
    if c.destroyed:
        raise HosoError("carrier_destroyed", label=c.label)
    taken_by, permit_no, permit_by = (taken_by or "").strip(), (permit_no or "").strip(), (permit_by or "").strip()
    if not taken_by or not permit_no or not permit_by or permit_date is None:
        raise InvalidInput(detail="cần người nhận, số, ngày và người ký giấy phép mang vật mang tin ra ngoài")
    if permit_date > _dt.date.today():
        raise InvalidInput(detail="ngày cho phép không thể sau hôm nay")
    user = get_user(conn, taken_by.lower())
    if user is not None:
        taken_by = user.username  # recall finds what an account holds by its name
    if store.open_use(conn, c.id) is not None:
        raise HosoError("carrier_out", label=c.label, user=store.open_use(conn, c.id).taken_by)
    with session.change(Permission.KEEP_REGISTERS, "carrier_taken_out", "carrier", c.label,
                        f"Mang vật mang tin {c.label} ra ngoài: {taken_by}, giấy phép số {permit_no}") as conn:
        u = store.add_use(conn, c.id, taken_by, permit_no, permit_date.isoformat(), permit_by, content.strip(), time.time(),
                          session.user.username, notes.strip())
        entry = registers.add(conn, REGISTER, session.user.username, c.secrecy, _fields(c, u), "carrier", c.id)
        store.set_register(conn, u.id, entry.id)
    return store.get_use(session.vault.conn, u.id)


def return_carrier(session, label: str, returned_to: str | None = None) -> CarrierUse:
    session.require(Permission.KEEP_REGISTERS)
    conn = session.vault.conn
    c = _require(conn, label)
    u = store.open_use(conn, c.id)
    if u is None:
        raise HosoError("carrier_not_out", label=c.label)
    to = (returned_to or "").strip() or session.user.username
    with session.change(Permission.KEEP_REGISTERS, "carrier_returned", "carrier", c.label,
                        f"Nhận lại vật mang tin {c.label} từ {u.taken_by}") as conn:
        store.mark_returned(conn, u.id, time.time(), to)
        u = store.get_use(conn, u.id)
        if u.register_id:
            registers.update_fields(conn, u.register_id, {"returned_at": _fields(c, u)["returned_at"], "returned_to": to})
    return u


def record_carried(conn, label: str, what: str) -> CarrierUse | None:
    """Inside the caller's transaction (a bundle export): add `what` to the current use
    of the registered carrier `label`. None when the label is not a registered
    carrier or the carrier is not out; refused for a destroyed carrier."""
    c = store.by_label(conn, " ".join((label or "").split())) if label else None
    if c is None:
        return None
    if c.destroyed:
        raise HosoError("carrier_destroyed", label=c.label)
    u = store.open_use(conn, c.id)
    if u is None:
        return None
    content = f"{u.content}; {what}" if u.content else what
    store.set_content(conn, u.id, content)
    if u.register_id:
        registers.update_fields(conn, u.register_id, {"content": content})
    return store.get_use(conn, u.id)


def check_medium(session, path: Path, label: str = "") -> MediumCheck:
    """Whether `path` is on a removable medium, its serial, and the registered carrier it is.

    The carrier is found by the medium's serial first, then by the label typed."""
    from .exchange.media import is_removable

    session.require(Permission.VIEW_DOSSIERS)
    conn = session.vault.conn
    removable = is_removable(Path(path))
    serial = read_serial(Path(path)) if removable else ""
    c = store.by_serial(conn, serial) if serial else None
    if c is None and label.strip():
        c = store.by_label(conn, " ".join(label.split()))
    return MediumCheck(removable, serial, c)


def held_by(session, username: str) -> list[tuple[Carrier, CarrierUse]]:
    """The carriers out with this person (for the recall list)."""
    conn = session.vault.conn
    return [(store.get(conn, u.carrier_id), u) for u in store.open_uses_by(conn, username)]


def default_label(path: Path) -> str:
    """A suggestion for a new carrier's label: the volume's name."""
    name = Path(path).name or str(path)
    return name.strip(os.sep + ":\\") or "USB"
