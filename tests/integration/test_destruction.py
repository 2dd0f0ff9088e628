"""Destruction: proposal → decision → execution removes the data (checked in the decrypted
pages of the vault after VACUUM), keeps the register entries, the secrecy decisions and the audit
chain, and prints the record for the council to sign."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app import attachments, audit, carriers, cases, destruction, dossiers
from app.destruction import ItemKind, ItemSpec, Member
from app.domain.person import Person, Relative
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError, InvalidInput, PermissionDenied
from app.store import attachments as attachment_store
from app.store import registers
from app.vault.blobfiles import BlobStore
from crypto import blobfile
from crypto.blobfile import BlobFileError
from app.vault import open_vault
from tests.conftest import ADMIN_PW, CLERK_PW, LEADER_PW, run_hoso
from tests.forms_helpers import pages_text

# Lower-case letters only: the search index keeps the word exactly so.
MARKER = "zqxhuyboqz"
ATTACHMENT_MARKER = b"ATTACHMENT-zqxhuyboqz-BYTES"  # the destroyed attachment's bytes
COUNCIL = [Member("Lê Văn Lãnh", "Phó Trưởng ban, Chủ tịch Hội đồng"), Member("Phạm Thị Văn", "Văn thư")]
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: IV (16) + HMAC-SHA512 (64) at the end of each page


def decrypted_pages(session) -> bytes:
    """Every page of the database file, decrypted with the vault's key (free pages too)."""
    conn = session.vault.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    key = bytes(session.vault.dek())
    raw = session.vault.db_path.read_bytes()
    assert len(raw) % PAGE == 0
    out = []
    for i in range(len(raw) // PAGE):
        page = raw[i * PAGE:(i + 1) * PAGE]
        start = 16 if i == 0 else 0  # page 1 starts with the salt
        dec = Cipher(algorithms.AES(key), modes.CBC(page[PAGE - RESERVE:PAGE - RESERVE + 16])).decryptor()
        out.append(dec.update(page[start:PAGE - RESERVE]) + dec.finalize())
    data = b"".join(out)
    assert b"CREATE TABLE persons" in data  # the decryption is right
    return data


def _scan(session, marker: bytes) -> bool:
    return marker.lower() in decrypted_pages(session).lower()


def _pdf(tmp_path, name: str, marker: bytes) -> object:
    p = tmp_path / name
    p.write_bytes(b"%PDF-1.4\n" + marker + bytes(i % 251 for i in range(300_000)))
    return p


@pytest.fixture
def clerk(staff, vault_dir):
    s = open_vault(vault_dir, "vt1", CLERK_PW)
    yield s
    s.close()


@pytest.fixture
def leader(staff, vault_dir):
    s = open_vault(vault_dir, "ld1", LEADER_PW)
    yield s
    s.close()


def _dossier(admin, tmp_path, name: str, marker: str):
    p = dossiers.create_person(admin, Person(full_name=name, hometown=f"xã {marker}", notes=f"ghi chú {marker.upper()}",
                                             secrecy=SecrecyLevel.MAT,
                                             relatives=[Relative("father", "Trần Văn Cha", notes=f"người thân {marker}")]))
    p = dossiers.update_person(admin, dataclasses.replace(p, position=f"chức vụ {marker}"))  # a version with the marker
    a = attachments.add_attachment(admin, p.id, _pdf(tmp_path, f"{name[:3]}.pdf", b"ATTACHMENT-" + marker.encode() + b"-BYTES"), title="Lý lịch")
    c = cases.create_case(admin, p.id, "appointment", requesting_unit="Sở Nội vụ").case
    return p, a, c


def test_destruction_removes_the_data_and_keeps_the_entries(admin, clerk, leader, tmp_path):
    person, att, case = _dossier(admin, tmp_path, "Nguyễn Văn Hủy", MARKER)
    keep, keep_att, _ = _dossier(admin, tmp_path, "Hoàng Thị Giữ", "zqxgiulaiqz")
    with admin.vault.transaction() as c:  # a secrecy decision about the dossier must outlive it
        c.execute("INSERT INTO secrecy_decisions(object_kind, object_id, kind, new_level, made_at, made_by)"
                  " VALUES ('person', ?, 'classify', 1, ?, 'admin')", (str(person.id), time.time()))
    assert _scan(admin, MARKER.encode())
    assert dossiers.search_persons(admin, MARKER).total == 1
    # The attachment's bytes are in its own encrypted file; its key is in the row (in the pages).
    ref = attachment_store.blob_ref(admin.vault.conn, att.blob_id)
    blob_path = BlobStore.of(admin.vault.conn).path(ref.name)
    remnant = blob_path.read_bytes()  # what worn-out flash might still hold after the unlink
    assert ATTACHMENT_MARKER not in remnant and not _scan(admin, ATTACHMENT_MARKER)
    assert ATTACHMENT_MARKER in b"".join(blobfile.read_file(blob_path, ref.key)) and _scan(admin, ref.key)

    proc = destruction.propose(clerk, [ItemSpec(ItemKind.PERSON, str(person.id))], COUNCIL, "Xóa khỏi kho dữ liệu",
                               "Hết giá trị sử dụng")
    assert proc.state == "proposed" and [i.number_symbol for i in proc.items] == [f"Hồ sơ số {person.id}"]
    with pytest.raises(PermissionDenied):
        destruction.decide(clerk, proc.id, "12-QĐ/BTCTU", dt.date.today(), "Trưởng ban Tổ chức")
    with pytest.raises(HosoError) as e:
        destruction.execute(clerk, proc.id, confirmed=True)
    assert e.value.code == "destruction_bad_state"
    destruction.decide(leader, proc.id, "12-QĐ/BTCTU", dt.date.today(), "Trưởng ban Tổ chức")
    with pytest.raises(HosoError) as e:
        destruction.execute(clerk, proc.id, confirmed=False)
    assert e.value.code == "confirmation_required"
    assert dossiers.search_persons(admin, MARKER).total == 1  # nothing happened yet

    seen = []
    result = destruction.execute(clerk, proc.id, confirmed=True, progress=lambda d, t, m: seen.append(m))
    assert result.procedure.state == "executed" and seen
    assert (result.removed.persons, result.removed.cases, result.removed.attachments, result.removed.blobs) == (1, 1, 1, 1)
    wal = admin.vault.db_path.with_name("hoso.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # the WAL was emptied after the VACUUM

    conn = admin.vault.conn
    for sql in ("SELECT count(*) FROM persons WHERE id = ?", "SELECT count(*) FROM relatives WHERE person_id = ?",
                "SELECT count(*) FROM person_versions WHERE person_id = ?", "SELECT count(*) FROM attachments WHERE person_id = ?",
                "SELECT count(*) FROM cases WHERE person_id = ?"):
        assert conn.execute(sql, (person.id,)).fetchone()[0] == 0, sql
    assert conn.execute("SELECT count(*) FROM blob_chunks WHERE blob_id = ?", (att.blob_id,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM blobs WHERE id = ?", (att.blob_id,)).fetchone()[0] == 0
    assert not blob_path.exists()
    kept = attachment_store.blob_ref(conn, keep_att.blob_id)
    assert [p.name for p in BlobStore.of(conn).files()] == [kept.name]
    assert conn.execute("SELECT count(*) FROM case_items WHERE case_id = ?", (case.id,)).fetchone()[0] == 0
    assert dossiers.search_persons(admin, MARKER).total == 0
    # The other dossier is whole and found.
    assert dossiers.search_persons(admin, "zqxgiulaiqz").total == 1
    assert attachments.read_bytes(admin, keep_att.id).startswith(b"%PDF-1.4\nATTACHMENT-zqxgiulaiqz")
    # The entries stay: the destruction register, the secrecy decision, the audit chain.
    [entry] = registers.entries(conn, "destruction")
    assert entry.fields["number_symbol"] == f"Hồ sơ số {person.id}" and entry.fields["decision_no"] == "12-QĐ/BTCTU"
    assert entry.fields["method"] == "Xóa khỏi kho dữ liệu" and "Lê Văn Lãnh" in entry.fields["council"]
    assert entry.fields["procedure_no"] == destruction.procedure_no(proc) and entry.object_id == str(person.id)
    assert conn.execute("SELECT count(*) FROM secrecy_decisions WHERE object_id = ?", (str(person.id),)).fetchone()[0] == 1
    assert audit.verify_for(admin).ok
    actions = [r[0] for r in conn.execute("SELECT action FROM audit WHERE object_kind IN ('destruction', 'person') ORDER BY seq")]
    assert {"destruction_proposed", "destruction_decided", "item_destroyed", "destruction_executed"} <= set(actions)
    # Nowhere in the file any more, not in a free page, not in the WAL.
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert result.bytes_after < result.bytes_before
    assert not _scan(admin, MARKER.encode())
    assert not _scan(admin, ATTACHMENT_MARKER)
    assert _scan(admin, b"zqxgiulaiqz")  # the kept dossier is still there, so the scan does see data
    # Crypto-shredding: the file's key is in no page any more, and no key left in the vault opens the remnant.
    assert not _scan(admin, ref.key)
    copy = tmp_path / "remnant"
    copy.write_bytes(remnant)
    for r in attachment_store.file_refs(conn):
        with pytest.raises(BlobFileError):
            blobfile.verify_file(copy, r.key)


def test_shared_bytes_stay_for_the_other_dossier(admin, tmp_path):
    a_person = dossiers.create_person(admin, Person(full_name="Lò Văn Một", secrecy=SecrecyLevel.MAT))
    b_person = dossiers.create_person(admin, Person(full_name="Lò Văn Hai", secrecy=SecrecyLevel.MAT))
    src = _pdf(tmp_path, "same.pdf", b"SAME")
    a = attachments.add_attachment(admin, a_person.id, src)
    b = attachments.add_attachment(admin, b_person.id, src)
    assert a.blob_id == b.blob_id
    proc = destruction.propose(admin, [ItemSpec(ItemKind.ATTACHMENT, str(a.id))], COUNCIL, "Xóa tệp")
    destruction.decide(admin, proc.id, "3-QĐ", dt.date.today(), "Trưởng ban")
    r = destruction.execute(admin, proc.id, confirmed=True)
    assert (r.removed.attachments, r.removed.blobs) == (1, 0)
    assert attachments.read_bytes(admin, b.id) == src.read_bytes()
    assert attachments.list_attachments(admin, a_person.id) == []


def test_a_file_that_will_not_go_stays_marked_and_the_next_opening_sweeps_it(admin, tmp_path, vault_dir):
    """The rows (and keys) go in the transaction, the files after it: one that cannot be unlinked then (here a
    directory stands in its place) leaves the folder marked, and the next opening removes what remains of it."""
    person = dossiers.create_person(admin, Person(full_name="Lò Văn Ba", secrecy=SecrecyLevel.MAT))
    att = attachments.add_attachment(admin, person.id, _pdf(tmp_path, "ba.pdf", b"BA"))
    path = BlobStore.of(admin.vault.conn).path(attachment_store.blob_ref(admin.vault.conn, att.blob_id).name)
    remnant = path.read_bytes()
    path.unlink()
    path.mkdir()
    (path / "x").write_bytes(b"x")  # unlink() of a non-empty directory fails, even for root
    proc = destruction.propose(admin, [ItemSpec(ItemKind.ATTACHMENT, str(att.id))], COUNCIL, "Xóa tệp")
    destruction.decide(admin, proc.id, "4-QĐ", dt.date.today(), "Trưởng ban")
    r = destruction.execute(admin, proc.id, confirmed=True)
    assert r.removed.blobs == 1 and not BlobStore(vault_dir).is_settled()
    (path / "x").unlink()
    path.rmdir()
    path.write_bytes(remnant)  # what the failed unlink left behind
    admin.close()
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        assert not path.exists() and BlobStore(vault_dir).is_settled()
    finally:
        s.close()


def test_proposals_are_checked_and_bad_input_changes_nothing(admin, tmp_path):
    p = dossiers.create_person(admin, Person(full_name="Đinh Văn Kiểm", secrecy=SecrecyLevel.MAT))
    before = admin.vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(InvalidInput):
        destruction.propose(admin, [ItemSpec(ItemKind.PERSON, str(p.id))], COUNCIL[:1], "Xóa")  # one member only
    with pytest.raises(InvalidInput):
        destruction.propose(admin, [ItemSpec(ItemKind.PERSON, str(p.id))], COUNCIL, "  ")
    with pytest.raises(InvalidInput):
        destruction.propose(admin, [ItemSpec(ItemKind.PERSON, str(p.id))] * 2, COUNCIL, "Xóa")
    with pytest.raises(HosoError) as e:
        destruction.propose(admin, [ItemSpec(ItemKind.PERSON, "9999")], COUNCIL, "Xóa")
    assert e.value.code == "person_not_found"
    with pytest.raises(InvalidInput):
        destruction.propose(admin, [ItemSpec(ItemKind.PAPER, number_symbol="5-CV/TU")], COUNCIL, "Đốt")  # no abstract
    assert admin.vault.conn.execute("SELECT count(*) FROM destructions").fetchone()[0] == 0
    assert admin.vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before
    # Cancelled proposals cannot be decided.
    proc = destruction.propose(admin, [ItemSpec(ItemKind.PAPER, number_symbol="5-CV/TU", copy_number="2",
                                                abstract="Công văn về nhân sự")], COUNCIL, "Đốt")
    destruction.cancel(admin, proc.id, "Còn giá trị")
    with pytest.raises(HosoError) as e:
        destruction.decide(admin, proc.id, "1", dt.date.today(), "Trưởng ban")
    assert e.value.code == "destruction_bad_state"
    assert dossiers.get_person(admin, p.id).full_name == "Đinh Văn Kiểm"


def test_carrier_and_paper_items_and_the_record(admin, tmp_path):
    carriers.register_carrier(admin, "USB-09", "SERIAL-09")
    carriers.take_out(admin, "USB-09", "admin", "7/GP", dt.date.today(), "Trưởng ban")
    items = [ItemSpec(ItemKind.CARRIER, "USB-09"),
             ItemSpec(ItemKind.PAPER, number_symbol="15-KL/TU", copy_number="3", abstract="Kết luận tiêu chuẩn chính trị")]
    with pytest.raises(HosoError) as e:
        destruction.propose(admin, items, COUNCIL, "Đập hủy vật mang tin, đốt tài liệu giấy")
    assert e.value.code == "carrier_out"
    carriers.return_carrier(admin, "USB-09")
    proc = destruction.propose(admin, items, COUNCIL, "Đập hủy vật mang tin, đốt tài liệu giấy")
    with pytest.raises(HosoError):
        destruction.record_draft(admin, proc.id)  # not before the decision
    destruction.decide(admin, proc.id, "20-QĐ/BTCTU", dt.date.today(), "Ban Thường vụ")
    r = destruction.execute(admin, proc.id, confirmed=True)
    assert len(r.register_numbers) == 2
    assert carriers.get_carrier(admin, "USB-09").destroyed
    with pytest.raises(HosoError) as e:
        carriers.take_out(admin, "USB-09", "admin", "8/GP", dt.date.today(), "Trưởng ban")
    assert e.value.code == "carrier_destroyed"
    out = tmp_path / "bien-ban.pdf"
    res = destruction.print_record(admin, proc.id, out, copies=2)
    assert res.number.endswith("-BB/BTCTU") and res.copies == 2
    text = " ".join(pages_text(out.read_bytes()))
    for words in ("BIÊN BẢN", "Lê Văn Lãnh", "Phạm Thị Văn", "USB-09", "15-KL/TU", "20-QĐ/BTCTU", "Đập hủy"):
        assert words in text, words
    # The print is a registered copy like every form.
    row = admin.vault.conn.execute("SELECT copies FROM form_documents WHERE form = 'destruction_record'").fetchone()
    assert row[0] == 2


@pytest.mark.real_kdf
def test_cli_propose_decide_execute(created, vault_dir, tmp_path):
    from tests.conftest import ADMIN_PW

    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        pid = dossiers.create_person(s, Person(full_name="Vũ Văn Dòng", notes=MARKER, secrecy=SecrecyLevel.MAT)).id
    finally:
        s.close()
    auth = ["--vault", str(vault_dir), "--user", "admin", "--password-stdin", "--json"]
    r = run_hoso(["destruction", "propose", "--person", str(pid), "--member", "Lê Văn Lãnh|Chủ tịch", "--member", "Phạm Thị Văn|Văn thư",
                  "--method", "Xóa khỏi kho", *auth], ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    proposed = json.loads(r.stdout)
    assert proposed["state"] == "proposed" and proposed["items"][0]["kind"] == "person"
    r = run_hoso(["destruction", "execute", str(proposed["id"]), *auth], ADMIN_PW + "\n")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "destruction_bad_state"
    r = run_hoso(["destruction", "decide", str(proposed["id"]), "--decision-no", "9-QĐ", "--decision-date",
                  dt.date.today().strftime("%d/%m/%Y"), "--authority", "Trưởng ban", *auth], ADMIN_PW + "\n")
    assert r.returncode == 0 and json.loads(r.stdout)["state"] == "decided"
    record = tmp_path / "bb.pdf"
    r = run_hoso(["destruction", "execute", str(proposed["id"]), "--record", str(record), *auth], ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    done = json.loads(r.stdout)
    assert done["state"] == "executed" and done["removed"]["persons"] == 1 and done["record"]["path"] == str(record)
    assert record.read_bytes().startswith(b"%PDF")
    r = run_hoso(["destruction", "list", *auth], ADMIN_PW + "\n")
    assert [p["state"] for p in json.loads(r.stdout)["procedures"]] == ["executed"]
    r = run_hoso(["register", "list", "--kind", "destruction", *auth], ADMIN_PW + "\n")
    if r.returncode == 0:  # the destruction book is listed once the registers' CLI knows it
        assert json.loads(r.stdout)["entries"][0]["number_symbol"] == f"Hồ sơ số {pid}"
    r = run_hoso(["person", "show", str(pid), *auth], ADMIN_PW + "\n")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "person_not_found"


def test_destruction_drops_the_secrecy_state_but_keeps_the_decisions(admin, leader, tmp_path):
    """A shorter term recorded for a dossier, its attachment and case: the state rows go with
    the destroyed items, their decisions stay; another dossier's state is untouched."""
    from app.secrecy import lifecycle as lc

    person, att, case = _dossier(admin, tmp_path, "Nguyễn Văn Hạn", "zqxhanqz")
    keep, _, _ = _dossier(admin, tmp_path, "Hoàng Thị Còn", "zqxconqz")
    decision = lc.DecisionInfo("8-QĐ/TU", dt.date.today(), "Ban Thường vụ", "Thời hạn ngắn")
    targets = [("person", person.id), ("attachment", att.id), ("case", case.id), ("person", keep.id)]
    for kind, oid in targets:
        lc.set_term(leader, kind, oid, decision, years=3)
    conn = admin.vault.conn

    def states(kind: str, oid: int) -> int:
        return conn.execute("SELECT count(*) FROM secrecy_state WHERE object_kind = ? AND object_id = ?", (kind, str(oid))).fetchone()[0]

    def decisions(kind: str, oid: int) -> int:
        return conn.execute("SELECT count(*) FROM secrecy_decisions WHERE object_kind = ? AND object_id = ?", (kind, str(oid))).fetchone()[0]

    assert [states(k, o) for k, o in targets] == [1, 1, 1, 1]
    before = [decisions(k, o) for k, o in targets]
    assert all(before)

    proc = destruction.propose(admin, [ItemSpec(ItemKind.PERSON, str(person.id))], COUNCIL, "Xóa khỏi kho dữ liệu")
    destruction.decide(leader, proc.id, "13-QĐ/BTCTU", dt.date.today(), "Trưởng ban Tổ chức")
    destruction.execute(admin, proc.id, confirmed=True)

    assert [states(k, o) for k, o in targets] == [0, 0, 0, 1]  # the kept dossier keeps its term
    assert [decisions(k, o) for k, o in targets] == before  # the decisions are the trail: never deleted
    assert dt.date.today() < lc.get_item(admin, "person", keep.id).expires_on < dt.date.today() + dt.timedelta(days=4 * 366)
