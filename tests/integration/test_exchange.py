"""Sealed bundles between real vaults: trust, round trips, receipts, refusals, conflicts, media failures."""

import os
import shutil
import subprocess

import pytest

from app import dossiers
from app.errors import HosoError
from app.exchange import bundles, units
from app.store import registers
from tests.exchange_helpers import commune_and_province, introduce as _introduce, unit as _unit


@pytest.fixture
def net(tmp_path):
    yield from commune_and_province(tmp_path, 12)


def _db_digest(session):
    conn = session.vault.conn
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("persons", "cases", "attachments", "registers", "incoming_bundles", "exchange_conflicts")}


def test_round_trip_with_receipt_and_registers(net):
    xa, tinh, usb = net
    from app import cases as case_svc

    case_id = case_svc.list_cases(xa, person_id=1)[0][0].id  # the demo gives person 1 a case
    out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[2, 3], case_ids=[case_id], carrier="USB-07")
    assert out.path.exists() and not list(usb.glob("*.partial")) and (out.persons, out.cases) == (3, 1)
    head = bundles.inspect_bundle(out.path)
    assert head["sender"] == "XA-MX" and head["recipients"] == ["TINH-TQ"] and head["sequence"] == out.sequence
    raw = out.path.read_bytes()
    names = [dossiers.get_person(xa, i).full_name for i in (1, 2, 3)]
    assert not any(n.encode() in raw for n in names)  # nothing readable on the stick

    preview = bundles.preview_bundle(tinh, out.path)
    assert [a for _, a in preview.persons] == ["create"] * 3
    res = bundles.import_bundle(tinh, out.path)
    assert res.persons == 3 and res.counts["persons_created"] == 3 and res.cases == 1 and res.receipt_path.exists()
    moved = case_svc.list_cases(tinh)[0][0]
    assert moved.state == case_svc.get_case(xa, case_id).case.state
    assert [i.status for i in case_svc.get_case(tinh, moved.id).items] == [i.status for i in case_svc.get_case(xa, case_id).items]
    got = dossiers.search_persons(tinh, "", limit=10)
    assert sorted(r.full_name for r in got.rows) == sorted(names)
    assert registers.entries(tinh.vault.conn, "incoming")[0].fields["sender"] == "XA-MX"
    out_entry = registers.entries(xa.vault.conn, "outgoing")[0]
    assert out_entry.fields["recipients"] == ["TINH-TQ"] and out_entry.fields["carrier"] == "USB-07"

    # The receipt travels back and marks the outgoing entry delivered.
    rec = bundles.import_bundle(xa, res.receipt_path)
    assert rec.status == "receipt"
    row = xa.vault.conn.execute("SELECT delivered_by FROM outgoing_bundles WHERE bundle_id = ?", (out.bundle_id,)).fetchone()
    assert row[0] == "TINH-TQ"
    assert "Đã nhận" in registers.entries(xa.vault.conn, "outgoing")[0].fields["receiver_signature"]


def test_attachments_travel_and_dedupe(net):
    xa, tinh, usb = net
    from app import attachments

    pdfs = attachments.list_attachments(xa, 1)
    assert pdfs
    out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1])
    bundles.import_bundle(tinh, out.path)
    pid = dossiers.search_persons(tinh, "").rows[0].id
    got = attachments.list_attachments(tinh, pid)
    assert [a.sha256 for a in got] == [a.sha256 for a in pdfs]
    assert attachments.read_bytes(tinh, got[0].id) == attachments.read_bytes(xa, pdfs[0].id)


def test_replay_is_refused_and_changes_nothing(net):
    xa, tinh, usb = net
    out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1])
    bundles.import_bundle(tinh, out.path)
    before = _db_digest(tinh)
    with pytest.raises(HosoError) as e:
        bundles.import_bundle(tinh, out.path)
    assert e.value.code == "bundle_replayed"
    assert _db_digest(tinh) == before
    from app import audit

    assert audit.query(tinh.vault.conn)[0].action == "bundle_refused"


@pytest.mark.parametrize("damage", ["flip", "truncate", "append"])
def test_damaged_bundle_is_refused_and_changes_nothing(net, damage):
    xa, tinh, usb = net
    out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1, 2])
    data = bytearray(out.path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x20
    elif damage == "truncate":
        data = data[: len(data) - 500]
    else:
        data += b"extra"
    out.path.write_bytes(bytes(data))
    before = _db_digest(tinh)
    with pytest.raises(HosoError) as e:
        bundles.import_bundle(tinh, out.path)
    assert e.value.code == {"flip": "bundle_tampered", "truncate": "bundle_truncated", "append": "bundle_tampered"}[damage]
    assert _db_digest(tinh) == before


def test_wrong_recipient_untrusted_and_revoked_sender(net, tmp_path):
    xa, tinh, usb = net
    tw = _unit(tmp_path, "BTCTW", "Ban Tổ chức Trung ương")
    try:
        out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1])
        with pytest.raises(HosoError) as e:  # does not know the sender at all
            bundles.import_bundle(tw, out.path)
        assert e.value.code == "bundle_unknown_sender"
        _introduce(tw, xa, tmp_path)
        with pytest.raises(HosoError) as e:  # knows the sender, but not addressed to it
            bundles.import_bundle(tw, out.path)
        assert e.value.code == "bundle_not_for_us"
        units.revoke_unit(tinh, "XA-MX", "Lộ khóa")
        with pytest.raises(HosoError) as e:
            bundles.import_bundle(tinh, out.path)
        assert e.value.code == "bundle_unknown_sender"
        with pytest.raises(HosoError) as e:  # and we no longer send to a revoked unit
            bundles.export_bundle(tinh, ["XA-MX"], usb, person_ids=[])
        assert e.value.code in ("unit_revoked", "bad_input")
    finally:
        tw.close()


def test_trust_needs_the_right_fingerprint(net, tmp_path):
    xa, tinh, usb = net
    other = _unit(tmp_path, "XA-TH", "Đảng ủy xã Thái Hòa")
    try:
        card = units.export_card(other, tmp_path / "th.card")
        with pytest.raises(HosoError) as e:
            units.trust_unit(tinh, (tmp_path / "th.card").read_bytes(), card.fingerprint[:-1] + ("0" if card.fingerprint[-1] != "0" else "1"))
        assert e.value.code == "fingerprint_mismatch"
        # A substituted card: the real code with an attacker's key, even with "its" fingerprint typed.
        impostor = _unit(tmp_path / "evil", "XA-MX", "Giả mạo")
        try:
            fake = units.export_card(impostor, tmp_path / "fake.card")
            with pytest.raises(HosoError) as e:
                units.trust_unit(tinh, (tmp_path / "fake.card").read_bytes(), None)
            assert e.value.code == "unit_key_changed"
        finally:
            impostor.close()
        assert units.get_unit(tinh.vault.conn, "XA-MX").fingerprint != fake.fingerprint
    finally:
        other.close()


def test_key_rotation_card_is_followed(net, tmp_path):
    xa, tinh, usb = net
    new_card = units.rotate_own_keys(xa)
    (tmp_path / "rot.card").write_bytes(new_card.to_bytes())
    units.trust_unit(tinh, (tmp_path / "rot.card").read_bytes(), None)  # signed by the old key: accepted
    assert units.get_unit(tinh.vault.conn, "XA-MX").fingerprint == new_card.fingerprint
    out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1])
    assert bundles.import_bundle(tinh, out.path).persons == 1


def test_conflicts_are_kept_for_the_officer(net):
    xa, tinh, usb = net
    first = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1])
    bundles.import_bundle(tinh, first.path)
    # Changed over there only: taken, with a new version here.
    p = dossiers.get_person(xa, 1)
    p.position = "Phó Bí thư Đảng ủy"
    dossiers.update_person(xa, p)
    second = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1])
    res = bundles.import_bundle(tinh, second.path)
    assert res.counts["persons_updated"] == 1
    here = dossiers.search_persons(tinh, "").rows[0].id
    assert dossiers.get_person(tinh, here).position == "Phó Bí thư Đảng ủy"
    assert len(dossiers.person_history(tinh, here)) == 1
    # Changed on both sides: a conflict; ours stays, theirs is kept.
    mine = dossiers.get_person(tinh, here)
    mine.notes = "Ghi chú của tỉnh"
    dossiers.update_person(tinh, mine)
    p = dossiers.get_person(xa, 1)
    p.notes = "Ghi chú của xã"
    dossiers.update_person(xa, p)
    third = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1])
    res = bundles.import_bundle(tinh, third.path)
    assert res.conflicts == 1
    assert dossiers.get_person(tinh, here).notes == "Ghi chú của tỉnh"
    row = tinh.vault.conn.execute("SELECT kind, status, incoming FROM exchange_conflicts").fetchone()
    assert row[0] == "person" and row[1] == "open" and "Ghi chú của xã" in row[2]


def test_a_vanished_stick_leaves_no_bundle(net, tmp_path):
    xa, tinh, usb = net
    stick = tmp_path / "stick"
    stick.mkdir()

    def pull(done, total, msg):
        if stick.exists():
            shutil.rmtree(stick)  # the stick is pulled in the middle of writing

    before = _db_digest(xa)
    with pytest.raises(HosoError) as e:
        bundles.export_bundle(xa, ["TINH-TQ"], stick, person_ids=[1, 2, 3], progress=pull)
    assert e.value.code == "medium_error"
    assert not stick.exists() or not list(stick.iterdir())
    after = _db_digest(xa)
    assert after["registers"] == before["registers"]


def test_a_full_stick_leaves_no_bundle(net, tmp_path):
    xa, tinh, usb = net
    stick = tmp_path / "full"
    stick.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)]).returncode != 0:
        pytest.skip("needs root to mount a tiny tmpfs as a full medium")
    try:
        with pytest.raises(HosoError) as e:
            bundles.export_bundle(xa, ["TINH-TQ"], stick, person_ids=list(range(1, 13)))
        assert e.value.code == "medium_error"
        assert list(stick.iterdir()) == []
        assert registers.entries(xa.vault.conn, "outgoing") == []
    finally:
        subprocess.run(["umount", str(stick)])


def test_no_destination_is_a_clear_refusal(net):
    xa, tinh, usb = net
    with pytest.raises(HosoError) as e:
        bundles.export_bundle(xa, ["TINH-TQ"], None, person_ids=[1])
    assert e.value.code == "bad_input" and "nơi ghi" in e.value.message
    assert registers.entries(xa.vault.conn, "outgoing") == []


def test_secrecy_cannot_be_lowered(net):
    xa, tinh, usb = net
    from app.domain.secrecy import SecrecyLevel

    with pytest.raises(HosoError) as e:
        bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1], secrecy=SecrecyLevel.NONE)
    assert e.value.code == "secrecy_too_low"
    out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1], secrecy=SecrecyLevel.TUYET_MAT)
    assert bundles.inspect_bundle(out.path)["secrecy"] == "tuyet_mat"
    assert registers.entries(xa.vault.conn, "outgoing")[0].fields["abstract"] == ""  # no abstract for Tuyệt mật


def test_commune_to_province_to_centre_with_receipts_back(net, tmp_path):
    xa, tinh, usb = net
    tw = _unit(tmp_path, "BTCTW", "Ban Tổ chức Trung ương")
    try:
        _introduce(tw, tinh, tmp_path)
        _introduce(tinh, tw, tmp_path)
        up = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1, 2])
        r1 = bundles.import_bundle(tinh, up.path)
        forwarded = [r.id for r in dossiers.search_persons(tinh, "").rows]
        up2 = bundles.export_bundle(tinh, ["BTCTW"], usb, person_ids=forwarded)
        r2 = bundles.import_bundle(tw, up2.path)
        assert r2.counts["persons_created"] == 2
        uids = lambda s: sorted(u for (u,) in s.vault.conn.execute("SELECT uid FROM persons WHERE id IN (SELECT id FROM persons)"))  # noqa: E731
        assert set(uids(tw)) <= set(uids(xa))  # the same dossiers, identified the same way at every level
        assert bundles.import_bundle(tinh, r2.receipt_path).status == "receipt"
        assert bundles.import_bundle(xa, r1.receipt_path).status == "receipt"
        for s, bid in ((xa, up.bundle_id), (tinh, up2.bundle_id)):
            assert s.vault.conn.execute("SELECT delivered_at FROM outgoing_bundles WHERE bundle_id = ?", (bid,)).fetchone()[0]
    finally:
        tw.close()


def test_conflict_resolution_keeps_both_versions(net):
    from app.exchange import conflicts

    xa, tinh, usb = net
    bundles.import_bundle(tinh, bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1]).path)
    here = dossiers.search_persons(tinh, "").rows[0].id

    def both_change(mine, theirs):
        m = dossiers.get_person(tinh, here)
        m.notes = mine
        dossiers.update_person(tinh, m)
        t = dossiers.get_person(xa, 1)
        t.notes = theirs
        dossiers.update_person(xa, t)
        return bundles.import_bundle(tinh, bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1]).path)

    assert both_change("tỉnh 1", "xã 1").conflicts == 1
    c = conflicts.list_conflicts(tinh)[0]
    conflicts.resolve(tinh, c.id, take_incoming=True)
    assert dossiers.get_person(tinh, here).notes == "xã 1"
    assert "tỉnh 1" in [dossiers.person_version(tinh, here, v.version).notes for v in dossiers.person_history(tinh, here)]
    assert conflicts.list_conflicts(tinh) == [] and conflicts.list_conflicts(tinh, include_resolved=True)[0].status == "took_incoming"

    assert both_change("tỉnh 2", "xã 2").conflicts == 1
    c = conflicts.list_conflicts(tinh)[0]
    conflicts.resolve(tinh, c.id, take_incoming=False)
    assert dossiers.get_person(tinh, here).notes == "tỉnh 2"
    with pytest.raises(HosoError):
        conflicts.resolve(tinh, c.id, take_incoming=True)


def test_a_refused_preview_is_audited(net):
    from app import audit

    xa, tinh, usb = net
    out = bundles.export_bundle(xa, ["TINH-TQ"], usb, person_ids=[1])
    data = bytearray(out.path.read_bytes())
    data[-10] ^= 1
    out.path.write_bytes(bytes(data))
    with pytest.raises(HosoError) as e:
        bundles.preview_bundle(tinh, out.path)
    assert e.value.code == "bundle_tampered"
    assert audit.query(tinh.vault.conn)[0].action == "bundle_refused"
