"""Carriers: registered with label and serial; each taking-out under a written permit, what it
carried (a bundle written to it), its return — in the carrier register; out twice is refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app import carriers, dossiers
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError, InvalidInput, PermissionDenied
from app.exchange import bundles, units
from app.store import registers
from app.vault import open_vault
from tests.conftest import ADMIN_PW, OFFICER_PW, run_hoso
from tests.exchange_helpers import unit as _unit

TODAY = dt.date.today()


def test_register_take_out_return(staff, vault_dir):
    c = carriers.register_carrier(staff, "USB-01", "AA11BB22", secrecy=SecrecyLevel.TOI_MAT)
    assert (c.label, c.serial, c.secrecy, c.status) == ("USB-01", "AA11BB22", SecrecyLevel.TOI_MAT, "active")
    for label, serial, code in (("usb-01", "", "carrier_exists"), ("USB-02", "AA11BB22", "carrier_serial_exists")):
        with pytest.raises(HosoError) as e:
            carriers.register_carrier(staff, label, serial)
        assert e.value.code == code
    with pytest.raises(InvalidInput):
        carriers.register_carrier(staff, "   ")

    u = carriers.take_out(staff, "usb-01", "CV1", "15/GP-BTC", TODAY, "Trưởng ban", "Gửi hồ sơ lên Tỉnh ủy")
    assert u.taken_by == "cv1" and u.out  # the account's name, whatever the case typed
    with pytest.raises(HosoError) as e:
        carriers.take_out(staff, "USB-01", "ld1", "16/GP", TODAY, "Trưởng ban")
    assert e.value.code == "carrier_out" and "cv1" in e.value.message
    [row] = carriers.list_carriers(staff)
    assert row.current is not None and row.current.permit_no == "15/GP-BTC"
    [entry] = registers.entries(staff.vault.conn, "carrier")
    assert entry.secrecy is SecrecyLevel.TOI_MAT and entry.object_kind == "carrier"
    f = entry.fields
    assert (f["carrier_label"], f["carrier_serial"], f["taken_by"], f["permit_no"], f["permit_date"], f["permit_by"]) == (
        "USB-01", "AA11BB22", "cv1", "15/GP-BTC", TODAY.isoformat(), "Trưởng ban")
    assert f["content"] == "Gửi hồ sơ lên Tỉnh ủy" and f["returned_at"] == ""

    back = carriers.return_carrier(staff, "USB-01", "vt1")
    assert not back.out and back.returned_to == "vt1"
    assert registers.get(staff.vault.conn, entry.id).fields["returned_to"] == "vt1"
    assert registers.get(staff.vault.conn, entry.id).fields["returned_at"]
    with pytest.raises(HosoError) as e:
        carriers.return_carrier(staff, "USB-01")
    assert e.value.code == "carrier_not_out"
    assert carriers.list_carriers(staff)[0].current is None
    # Out again, under a new permit: a second entry.
    carriers.take_out(staff, "USB-01", "ld1", "17/GP", TODAY, "Trưởng ban")
    assert len(registers.entries(staff.vault.conn, "carrier")) == 2
    assert [u.permit_no for u in carriers.uses(staff, "USB-01")] == ["17/GP", "15/GP-BTC"]


def test_permit_is_required_and_roles_are_checked(staff, vault_dir):
    carriers.register_carrier(staff, "USB-03")
    with pytest.raises(InvalidInput):
        carriers.take_out(staff, "USB-03", "cv1", "", TODAY, "Trưởng ban")
    with pytest.raises(InvalidInput):
        carriers.take_out(staff, "USB-03", "cv1", "1/GP", TODAY + dt.timedelta(days=3), "Trưởng ban")
    with pytest.raises(HosoError) as e:
        carriers.take_out(staff, "USB-99", "cv1", "1/GP", TODAY, "Trưởng ban")
    assert e.value.code == "carrier_unknown"
    officer = open_vault(vault_dir, "cv1", OFFICER_PW)
    try:
        with pytest.raises(PermissionDenied):
            carriers.register_carrier(officer, "USB-04")
        with pytest.raises(PermissionDenied):
            carriers.take_out(officer, "USB-03", "cv1", "1/GP", TODAY, "Trưởng ban")
        assert [r.carrier.label for r in carriers.list_carriers(officer)] == ["USB-03"]  # everyone may see the list
    finally:
        officer.close()
    assert registers.entries(staff.vault.conn, "carrier") == []


def test_serial_reading_never_fails(tmp_path):
    """Whatever the machine: a string, '' when nothing can be read (a missing folder, no device)."""
    for path in (tmp_path, tmp_path / "missing" / "folder", Path("/")):
        assert isinstance(carriers.read_serial(path), str)
    assert carriers.read_serial(tmp_path / "missing" / "folder") == carriers.read_serial(tmp_path)
    assert carriers._linux_serial("/dev/no-such-device-hoso") == ""


def test_check_medium_on_a_fixed_disk(admin, tmp_path):
    carriers.register_carrier(admin, "USB-05")
    chk = carriers.check_medium(admin, tmp_path, "usb-05")
    assert not chk.removable and chk.serial == "" and chk.carrier.label == "USB-05"
    assert carriers.check_medium(admin, tmp_path, "USB-77").carrier is None


def test_a_bundle_written_to_a_registered_carrier_is_what_it_carried(tmp_path):
    xa, tinh = _unit(tmp_path, "XA-MX", "Đảng ủy xã Minh Xuân"), _unit(tmp_path, "TINH-TQ", "Ban Tổ chức Tỉnh ủy")
    try:
        card = units.export_card(tinh, tmp_path / "tinh.card")
        units.trust_unit(xa, (tmp_path / "tinh.card").read_bytes(), card.fingerprint)
        pid = dossiers.create_person(xa, Person(full_name="Nguyễn Văn Mang", secrecy=SecrecyLevel.MAT)).id
        usb = tmp_path / "usb"
        usb.mkdir()
        # An unregistered label is written into the outgoing register only (as before).
        bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[pid], carrier="USB-KHAC")
        carriers.register_carrier(xa, "USB-07", "SER-07")
        carriers.take_out(xa, "USB-07", "admin", "3/GP", TODAY, "Bí thư", "Gửi Tỉnh ủy")
        out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[pid], carrier="USB-07")
        u = carriers.list_carriers(xa)[0].current
        assert u.content.startswith("Gửi Tỉnh ủy; Gói tin số ") and out.path.name in u.content and "TINH-TQ" in u.content
        entry = registers.get(xa.vault.conn, u.register_id)
        assert entry.fields["content"] == u.content
        # A destroyed carrier carries nothing more: the export is refused and leaves no file.
        carriers.return_carrier(xa, "USB-07")
        with xa.vault.transaction() as c:
            c.execute("UPDATE carriers SET status = 'destroyed' WHERE label = 'USB-07'")
        before = sorted(p.name for p in usb.iterdir())
        with pytest.raises(HosoError) as e:
            bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[pid], carrier="USB-07")
        assert e.value.code == "carrier_destroyed"
        assert sorted(p.name for p in usb.iterdir()) == before
    finally:
        xa.close()
        tinh.close()


@pytest.mark.real_kdf
def test_cli_carrier_commands(created, vault_dir):
    auth = ["--vault", str(vault_dir), "--user", "admin", "--password-stdin", "--json"]

    def hoso(*args):
        r = run_hoso([*args, *auth], ADMIN_PW + "\n")
        return r.returncode, json.loads(r.stdout)

    code, out = hoso("carrier", "add", "--label", "USB-10", "--serial", "S-10")
    assert code == 0 and (out["label"], out["serial"], out["secrecy"]) == ("USB-10", "S-10", "mat")
    code, out = hoso("carrier", "out", "USB-10", "--to", "admin", "--permit", "5/GP", "--permit-date", TODAY.strftime("%d/%m/%Y"),
                     "--permit-by", "Trưởng ban", "--content", "Hồ sơ gửi Tỉnh ủy")
    assert code == 0 and out["taken_by"] == "admin" and out["register_number"] == f"1/{TODAY.year}"
    code, out = hoso("carrier", "out", "USB-10", "--to", "admin", "--permit", "6/GP", "--permit-date", TODAY.strftime("%d/%m/%Y"),
                     "--permit-by", "Trưởng ban")
    assert code == 1 and out["error"] == "carrier_out"
    code, out = hoso("carrier", "list")
    assert code == 0 and out["out"] == 1 and out["carriers"][0]["permit_no"] == "5/GP"
    code, out = hoso("carrier", "return", "USB-10")
    assert code == 0 and out["returned_to"] == "admin"
    code, out = hoso("carrier", "list", "--out-only")
    assert code == 0 and out["carriers"] == [] and out["out"] == 0
