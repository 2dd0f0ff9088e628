"""A federation: 30 commune units each send 200 dossiers to one central vault."""

from app import demo, dossiers
from app.exchange import bundles, units
from app.store import registers
from app.vault import create_vault, open_vault
from tests.conftest import ADMIN_PW

UNITS = 30
PER_UNIT = 200


def _vault(root, code):
    create_vault(root / code, code, f"Đơn vị {code}", "admin", ADMIN_PW).vault.close()
    return open_vault(root / code, "admin", ADMIN_PW)


def test_thirty_units_send_to_the_centre(tmp_path):
    central = _vault(tmp_path, "TW")
    central_card = units.export_card(central, tmp_path / "TW.card")
    usb = tmp_path / "usb"
    usb.mkdir()
    sent_uids: set[str] = set()
    try:
        for n in range(UNITS):
            code = f"XA-{n:02d}"
            u = _vault(tmp_path, code)
            try:
                demo.fill(u, PER_UNIT, seed=100 + n, with_scans=0, case_every=0)
                card = units.export_card(u, tmp_path / f"{code}.card")
                units.trust_unit(central, (tmp_path / f"{code}.card").read_bytes(), card.fingerprint)
                units.trust_unit(u, (tmp_path / "TW.card").read_bytes(), central_card.fingerprint)
                ids = [r.id for r in dossiers.search_persons(u, "", limit=PER_UNIT).rows]
                sent_uids |= {uid for (uid,) in u.vault.conn.execute("SELECT uid FROM persons")}
                out = bundles.export_bundle(u, ["TW"], usb, person_ids=ids, with_attachments=False)
                assert out.persons == PER_UNIT
            finally:
                u.close()
        files = sorted(usb.glob("XA-*.hoso"))
        assert len(files) == UNITS
        for f in files:
            res = bundles.import_bundle(central, f, receipt_dir=tmp_path)
            assert res.counts["persons_created"] == PER_UNIT and res.conflicts == 0
        conn = central.vault.conn
        got = {uid for (uid,) in conn.execute("SELECT uid FROM persons")}
        assert got == sent_uids  # nothing lost, nothing duplicated
        assert dossiers.search_persons(central, "").total == UNITS * PER_UNIT
        incoming = registers.entries(conn, "incoming")
        assert sorted(e.number for e in incoming) == list(range(1, UNITS + 1))
        assert {e.fields["sender"] for e in incoming} == {f"XA-{n:02d}" for n in range(UNITS)}
        assert conn.execute("SELECT count(*) FROM incoming_bundles").fetchone()[0] == UNITS
        from app import audit

        assert audit.verify(conn, central.vault.vault_id).ok
    finally:
        central.close()
