"""HoSo never opens a network connection: every operation runs with network sockets forbidden."""

import socket

import pytest

from app import attachments, audit, cases, demo, dossiers, reports, users
from app.domain.roles import Role
from app.exchange import bundles, units
from app.vault import backup, create_vault, open_vault, rekey
from app.workflow.states import CaseState, ItemStatus
from tests.conftest import ADMIN_PW


@pytest.fixture
def no_network(monkeypatch):
    real_init = socket.socket.__init__
    attempts = []

    def guarded(self, family=socket.AF_INET, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(family)
            raise AssertionError("HoSo tried to open a network socket")
        real_init(self, family, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "__init__", guarded)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: guarded(None))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: guarded(None))
    return attempts


def test_every_operation_without_network(no_network, tmp_path):
    with pytest.raises(AssertionError):  # the guard itself works
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    no_network.clear()
    a_dir, b_dir, usb = tmp_path / "a", tmp_path / "b", tmp_path / "usb"
    usb.mkdir()
    create_vault(a_dir, "XA", "Xã", "admin", ADMIN_PW).vault.close()
    create_vault(b_dir, "TINH", "Tỉnh", "admin", ADMIN_PW).vault.close()
    a, b = open_vault(a_dir, "admin", ADMIN_PW), open_vault(b_dir, "admin", ADMIN_PW)
    try:
        users.add_user(a, "ld1", "Lãnh-đạo-2026$", Role.LEADER)
        demo.fill(a, 30)
        dossiers.search_persons(a, "nguyen van")
        p = dossiers.get_person(a, 1)
        p.notes = "sửa"
        dossiers.update_person(a, p)
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(demo.demo_scan_pdf(p))
        att = attachments.add_attachment(a, 1, scan)
        attachments.render_pdf_page(a, att.id)
        attachments.export_attachment(a, att.id, tmp_path / "copy.pdf", confirmed=True)
        cid = cases.create_case(a, 2, "review").case.id
        for to in (CaseState.COLLECTING, CaseState.VERIFYING):
            cases.advance(a, cid, to)
        for item in cases.get_case(a, cid).items:
            cases.check_item(a, cid, item.code, ItemStatus.DONE, "ok")
        cases.advance(a, cid, CaseState.APPRAISING)
        cases.advance(a, cid, CaseState.AWAITING_DECISION, outcome="meets", note="đạt")
        cases.advance(a, cid, CaseState.CONCLUDED)
        reports.export_xlsx(a, reports.case_report(a), tmp_path / "r.xlsx", confirmed=True)
        for x, y in ((a, b), (b, a)):
            card = units.export_card(y, tmp_path / "card")
            units.trust_unit(x, (tmp_path / "card").read_bytes(), card.fingerprint)
        out = bundles.export_bundle(a, ["TINH"], usb, person_ids=[1, 2], case_ids=[cid])
        res = bundles.import_bundle(b, out.path)
        bundles.import_bundle(a, res.receipt_path)
        info = backup.backup(a, tmp_path)
        rekey.rekey(a)
        assert audit.verify(a.vault.conn, a.vault.vault_id).ok
    finally:
        a.close()
        b.close()
    backup.restore(info.path, a_dir, "admin", ADMIN_PW)
    assert no_network == []
