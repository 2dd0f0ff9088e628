"""Workstation checks with faked inputs: interface lists, a fake sysfs, fake mount tables; the refusal in CLI and GUI."""

import json

import pytest

from app import cli, machine
from app.machine import Interface

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
/dev/sda1 /home ext4 rw 0 0
//fileserver/hoso /srv/share cifs rw,vers=3.0 0 0
nas.local:/export/data /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /media/canbo/USB\\040KHOA vfat rw,nosuid 0 0
/dev/sdc1 /data/extern ext4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
"""


def _removable(dev: str) -> bool:
    return dev.startswith("/dev/sdc")  # what /sys/block/sdc/removable says on this imagined machine


@pytest.mark.parametrize("path, expected", [
    ("/home/canbo/.local/share/hoso/vault", "local"),
    ("/tmp/x", "local"),
    ("/srv/share/hoso/vault", "network"),
    ("/mnt/nfs/vault", "network"),
    ("/run/user/1000/gvfs/smb-share:server=x,share=y/vault", "network"),
    ("/media/canbo/USB KHOA/vault", "removable"),
    ("/data/extern/vault", "removable"),
    ("/srv/local-not-share", "local"),
])
def test_storage_from_a_fake_mount_table(path, expected):
    assert machine.vault_storage(path, MOUNTS, _removable) == expected


def test_location_error_names_the_folder_and_explains():
    err = machine.vault_location_error("/srv/share/hoso/vault", MOUNTS, _removable)
    assert err.code == "vault_on_network" and "/srv/share/hoso/vault" in err.message and "ổ đĩa mạng" in err.message
    err = machine.vault_location_error("/media/canbo/USB KHOA/vault", MOUNTS, _removable)
    assert err.code == "vault_on_removable" and "di động" in err.message
    assert machine.vault_location_error("/home/canbo/vault", MOUNTS, _removable) is None


def test_network_warning_from_a_faked_interface_list():
    ifaces = [Interface("lo", True, loopback=True), Interface("Ethernet", True), Interface("WLAN 2", False),
              Interface("Loopback Pseudo-Interface 1", True, loopback=True), Interface("Bluetooth PAN", True)]
    assert machine.active_interfaces(ifaces) == ["Bluetooth PAN", "Ethernet"]
    w = machine.network_warning(machine.network_interfaces_up(ifaces))
    assert w.code == "network_up" and "Ethernet" in w.message and "Bluetooth PAN" in w.message and "WLAN 2" not in w.message
    assert machine.network_warning(machine.network_interfaces_up([Interface("lo", True, loopback=True),
                                                                    Interface("Ethernet", False)])) is None
    assert machine.network_warning(None).code == "not_checked"


def test_check_uses_the_given_interfaces_and_mounts(tmp_path):
    codes = [w.code for w in machine.check(tmp_path, interfaces=[Interface("eth0", True)], mounts=MOUNTS)]
    assert codes == ["network_up"]  # tmp_path is under /tmp (tmpfs) in the fake table
    assert machine.check(tmp_path, interfaces=[Interface("lo", True, True)], mounts=MOUNTS) == []
    codes = [w.code for w in machine.check(tmp_path, interfaces=[], mounts=MOUNTS.replace("tmpfs /tmp tmpfs", "//srv/x /tmp cifs"))]
    assert codes == ["vault_network"]


def _iface(base, name, state, carrier="1", kind="1"):
    d = base / name
    d.mkdir(parents=True)
    (d / "operstate").write_text(state + "\n")
    (d / "carrier").write_text(carrier + "\n")
    (d / "type").write_text(kind + "\n")


def test_linux_interfaces_from_a_fake_sysfs(tmp_path):
    _iface(tmp_path, "lo", "unknown", kind="772")
    _iface(tmp_path, "enp3s0", "down", carrier="0")
    _iface(tmp_path, "wlp2s0", "up")
    _iface(tmp_path, "tun0", "unknown", carrier="1", kind="65534")
    _iface(tmp_path, "virbr0", "unknown", carrier="0")
    found = machine.linux_interfaces(tmp_path)
    assert machine.active_interfaces(found) == ["tun0", "wlp2s0"]
    assert machine.linux_interfaces(tmp_path / "missing") is None


def test_cli_refuses_a_vault_on_a_network_share(monkeypatch, tmp_path, capsys):
    share = tmp_path / "share"
    monkeypatch.setattr(machine, "_read_mounts", lambda: f"/dev/sda1 / ext4 rw 0 0\n//server/hoso {share} cifs rw 0 0\n")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("Mật-khẩu-quản-trị-2026!\n"))
    code = cli.main(["init", "--vault", str(share / "vault"), "--unit-code", "X", "--unit-name", "X", "--admin", "admin",
                     "--password-stdin", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["error"] == "vault_on_network" and not (share / "vault").exists()
    code = cli.main(["user", "list", "--vault", str(share / "vault"), "--user", "admin", "--password-stdin", "--json"])
    assert code == 1 and json.loads(capsys.readouterr().out)["error"] == "vault_on_network"
    # `machine check` reports instead of refusing.
    code = cli.main(["machine", "check", "--vault", str(share / "vault"), "--json"])
    assert code == 0 and "vault_network" in [w["code"] for w in json.loads(capsys.readouterr().out)["warnings"]]
