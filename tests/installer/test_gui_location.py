"""The GUI start refuses a vault on a network share or removable drive and warns about a live network."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import machine  # noqa: E402
from app.machine import Interface  # noqa: E402


def test_gui_refuses_a_vault_on_removable_storage_and_quits_after_explaining(qtbot, tmp_path, monkeypatch):
    from ui.main import Controller

    monkeypatch.setattr(machine, "_read_mounts", lambda: f"/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 {tmp_path} vfat rw 0 0\n")
    monkeypatch.setattr(machine, "_linux_removable", lambda dev: dev == "/dev/sdb1")
    quits = []
    c = Controller(tmp_path / "vault", on_quit=lambda: quits.append(1))
    c.start()
    assert c.wizard is None and c.login is None and not (tmp_path / "vault").exists()
    assert c.refusal.isVisible() and "di động" in c.refusal.text()
    assert quits == []
    c.refusal.accept()
    assert quits == [1]


def test_gui_warns_beside_the_first_screen_when_networked(qtbot, tmp_path, monkeypatch):
    from ui.main import Controller

    monkeypatch.setattr(machine, "list_interfaces", lambda: [Interface("lo", True, True), Interface("Ethernet 2", True)])
    c = Controller(tmp_path / "vault", on_quit=lambda: None)
    c.start()
    assert c.wizard is not None and c.wizard.isVisible()
    box = c.network_notice
    assert box.isVisible() and "Ethernet 2" in box.text() and box.parent() is c.wizard
    assert not box.isModal()  # the wizard stays usable
    c.wizard.reject()


def test_gui_stays_quiet_without_a_network(qtbot, tmp_path, monkeypatch):
    from ui.main import Controller

    monkeypatch.setattr(machine, "list_interfaces", lambda: [Interface("lo", True, True), Interface("Wi-Fi", False)])
    c = Controller(tmp_path / "vault", on_quit=lambda: None)
    c.start()
    assert c.network_notice is None
    c.wizard.reject()
