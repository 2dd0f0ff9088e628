"""Machine checks: network, where the vault lives, the clock."""

from app import machine


def test_clock_going_backwards_is_noticed(tmp_path):
    assert machine.clock_went_backwards(tmp_path, now=1_000_000.0) is None
    assert machine.clock_went_backwards(tmp_path, now=1_000_100.0) is None  # forward: fine
    assert machine.clock_went_backwards(tmp_path, now=1_000_000.0) is None  # within the slack
    back = machine.clock_went_backwards(tmp_path, now=990_000.0)
    assert back == 10_100.0
    codes = [w.code for w in machine.check(tmp_path, now=900_000.0)]
    assert "clock_backwards" in codes


def test_network_interfaces_are_read_without_a_socket(tmp_path):
    ifaces = machine.network_interfaces_up()
    assert ifaces is None or "lo" not in ifaces
    codes = [w.code for w in machine.check(tmp_path)]
    if ifaces:
        assert "network_up" in codes
    assert machine.vault_storage(tmp_path) in ("local", "removable", "network", "unknown")


def test_tmpfs_mount_is_local(tmp_path):
    assert machine.vault_storage(tmp_path) == "local"
