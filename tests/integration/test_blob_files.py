"""Attachment bytes in encrypted files beside the database: store, read, dedup, orphans,
conversion of the old inline layout, backup/restore, and missing or altered files."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import threading
import time

import pytest

from app import attachments, dossiers
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError, VaultError
from app.store import attachments as store
from app.vault import backup, blob_upkeep, create_vault, migrations, open_vault
from app.vault.blobfiles import BLOBS_DIR, UNSETTLED, BlobStore
from crypto import blobfile
from tests.conftest import ADMIN_PW

MARKER = b"BLOBFILE-MARKER-bi-mat-0123"
MIB = 1 << 20


def _pdf(tmp_path, name="scan.pdf", size=2 * MIB + 77, marker=MARKER):
    p = tmp_path / name
    p.write_bytes(b"%PDF-1.4\n" + marker + os.urandom(size))
    return p


@pytest.fixture
def person(admin):
    return dossiers.create_person(admin, Person(full_name="Trần Văn Tệp", secrecy=SecrecyLevel.MAT))


def _files(vault_dir) -> list:
    """The files under the folder, but the ".unsettled" mark."""
    root = vault_dir / BLOBS_DIR
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != UNSETTLED) if root.exists() else []


def _counts(conn) -> tuple[int, int]:
    return conn.execute("SELECT count(*) FROM blobs").fetchone()[0], conn.execute("SELECT count(*) FROM blob_chunks").fetchone()[0]


def test_store_and_read_through_the_vault(admin, person, tmp_path, vault_dir):
    src = _pdf(tmp_path)
    a = attachments.add_attachment(admin, person.id, src)
    assert attachments.read_bytes(admin, a.id) == src.read_bytes()
    [f] = _files(vault_dir)
    ref = store.blob_ref(admin.vault.conn, a.blob_id)
    assert f == vault_dir / BLOBS_DIR / ref.name[:2] / ref.name and f.stat().st_mode & 0o777 == 0o600
    assert ref.name != a.sha256 and ref.name not in hashlib.sha256(src.read_bytes()).hexdigest()  # name says nothing of content
    assert MARKER not in f.read_bytes() and f.read_bytes().startswith(b"HOSOBLB1")
    assert _counts(admin.vault.conn) == (1, 0)  # nothing inline
    assert len(ref.key) == 32 and ref.key not in f.read_bytes()


def test_same_bytes_one_file(admin, person, tmp_path, vault_dir):
    src = _pdf(tmp_path)
    a = attachments.add_attachment(admin, person.id, src)
    b = attachments.add_attachment(admin, person.id, src)
    assert a.blob_id == b.blob_id and len(_files(vault_dir)) == 1  # the duplicate's new file was removed


def test_cancel_and_rollback_remove_their_files_and_a_crash_is_swept_at_the_next_opening(admin, person, tmp_path, vault_dir):
    kept = attachments.add_attachment(admin, person.id, _pdf(tmp_path, "kept.pdf"))
    calls = []
    with pytest.raises(HosoError) as e:
        attachments.add_attachment(admin, person.id, _pdf(tmp_path, "c.pdf"), progress=lambda d, t: calls.append(d),
                                   cancel=lambda: len(calls) >= 2)
    assert e.value.code == "cancelled" and len(_files(vault_dir)) == 1  # store_blob removed its own file
    # A failure after store_blob returned: the transaction rolls back and takes the file with it.
    data = os.urandom(3 * MIB)
    with pytest.raises(RuntimeError):
        with admin.vault.transaction() as conn:
            store.store_blob(conn, io.BytesIO(data), len(data))
            assert len(_files(vault_dir)) == 2 and not BlobStore(vault_dir).is_settled()
            raise RuntimeError("later step failed")
    assert _counts(admin.vault.conn) == (1, 0) and len(_files(vault_dir)) == 1
    assert BlobStore(vault_dir).is_settled()
    # A crash between a file's rename and its transaction's commit: the file, a partial one and the mark stay.
    shard = _files(vault_dir)[0].parent
    orphan = shard.parent / "cd" / ("cd" * 16)
    orphan.parent.mkdir()
    orphan.write_bytes(_files(vault_dir)[0].read_bytes())
    (shard / f".{'ab' * 16}.partial").write_bytes(b"HOSOBLB1 partial")
    BlobStore(vault_dir).unsettle()
    admin.close()
    s = open_vault(vault_dir, "admin", ADMIN_PW)  # the opening sweeps under the write lock
    try:
        ref = store.blob_ref(s.vault.conn, kept.blob_id)
        assert [p.name for p in _files(vault_dir)] == [ref.name]
        assert attachments.read_bytes(s, kept.id)[:9] == b"%PDF-1.4\n"
        assert BlobStore(vault_dir).is_settled()
        assert blob_upkeep.sweep_orphans(s.vault) == 0
    finally:
        s.close()


def test_a_settled_folder_is_not_listed_at_opening(admin, person, tmp_path, vault_dir):
    """After clean ends the opening costs one stat, not a walk of every file: a stray file stays until a crash mark
    (or an explicit sweep) asks for the folder to be looked through."""
    attachments.add_attachment(admin, person.id, _pdf(tmp_path))
    stray = vault_dir / BLOBS_DIR / "ef" / ("ef" * 16)
    stray.parent.mkdir()
    stray.write_bytes(b"not ours")
    admin.close()
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        assert stray.exists()
        assert blob_upkeep.sweep_orphans(s.vault) == 1 and not stray.exists()
    finally:
        s.close()


def test_sweep_never_takes_a_file_whose_transaction_is_still_running(admin, person, vault_dir):
    """Between rename and commit the writer holds the write lock: the sweep waits and then sees the row."""
    other = open_vault(vault_dir, "admin", ADMIN_PW)  # a second connection, as another process would have
    data = os.urandom(MIB + 5)
    renamed = threading.Event()
    result = {}

    def writer():
        with admin.vault.transaction() as conn:
            result["id"], _ = store.store_blob(conn, io.BytesIO(data), len(data))
            renamed.set()
            time.sleep(0.8)  # the file has its final name; the row is not committed yet

    t = threading.Thread(target=writer)
    t.start()
    try:
        assert renamed.wait(10)
        assert len(_files(vault_dir)) == 1
        assert blob_upkeep.sweep_orphans(other.vault) == 0
    finally:
        t.join()
        other.close()
    assert b"".join(store.read_blob(admin.vault.conn, result["id"])) == data


def _old_layout_vault(vault_dir, blobs: list[bytes]) -> list[int]:
    """A vault at schema 12 whose attachment bytes are inline in blob_chunks, as before migration 13."""
    old = [m for m in migrations.load_migrations() if m.version <= 12]
    create_vault(vault_dir, "CU", "Đơn vị cũ", "admin", ADMIN_PW, migration_list=old).vault.close()
    s = open_vault(vault_dir, "admin", ADMIN_PW, migration_list=old)
    try:
        assert migrations.current_version(s.vault.conn) == 12
        pid = dossiers.create_person(s, Person(full_name="Người Cũ")).id
        ids = []
        with s.vault.transaction() as conn:
            for data in blobs:
                bid = conn.execute("INSERT INTO blobs(sha256, size) VALUES (?, ?)",
                                   (hashlib.sha256(data).hexdigest(), len(data))).lastrowid
                for seq, i in enumerate(range(0, len(data), MIB)):
                    conn.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, ?, ?)", (bid, seq, data[i:i + MIB]))
                store.link(conn, pid, bid, f"cu-{bid}.pdf", "pdf", "", SecrecyLevel.NONE, "admin")
                ids.append(bid)
    finally:
        s.close()
    assert _files(vault_dir) == []
    return ids


def test_inline_blobs_read_and_are_converted_at_opening(vault_dir):
    blobs = [b"%PDF-1.4\n" + MARKER + os.urandom(2 * MIB - 9 - len(MARKER)), b"", b"%PDF small"]
    ids = _old_layout_vault(vault_dir, blobs)
    from app.vault import database

    s = open_vault(vault_dir, "admin", ADMIN_PW)  # migration 13, then the conversion
    try:
        conn = s.vault.conn
        assert _counts(conn) == (3, 0)
        assert len(_files(vault_dir)) == 3
        for bid, data in zip(ids, blobs):
            ref = store.blob_ref(conn, bid)
            assert ref is not None and ref.size == len(data)
            assert b"".join(store.read_blob(conn, bid)) == data
        assert not any(MARKER in f.read_bytes() for f in _files(vault_dir))
        assert database.integrity_problems(conn) == []
    finally:
        s.close()


def test_inline_blob_reads_before_conversion(vault_dir):
    data = os.urandom(MIB + 3)
    [bid] = _old_layout_vault(vault_dir, [data])
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        conn = s.vault.conn
        # Put it back inline, as a vault between migration and conversion has it.
        with s.vault.transaction() as c:
            c.execute("UPDATE blobs SET file = NULL, file_key = NULL WHERE id = ?", (bid,))
            for seq, i in enumerate(range(0, len(data), MIB)):
                c.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, ?, ?)", (bid, seq, data[i:i + MIB]))
        assert store.blob_ref(conn, bid) is None
        assert b"".join(store.read_blob(conn, bid)) == data
        assert blob_upkeep.sweep_orphans(s.vault) == 1  # the file it had is now nobody's
        assert blob_upkeep.convert_inline(s.vault) == 1
        assert store.blob_ref(conn, bid) is not None and _counts(conn) == (1, 0)
        assert b"".join(store.read_blob(conn, bid)) == data
    finally:
        s.close()


def test_the_move_at_opening_keeps_to_its_time_budget(vault_dir, monkeypatch):
    blobs = [os.urandom(MIB // 2 + i) for i in range(3)]
    ids = _old_layout_vault(vault_dir, blobs)
    monkeypatch.setattr(blob_upkeep, "CONVERT_BUDGET", -1.0)  # spent before the first blob
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        conn = s.vault.conn
        assert _counts(conn)[1] > 0 and _files(vault_dir) == []  # nothing moved; every blob still reads
        assert [b"".join(store.read_blob(conn, i)) for i in ids] == blobs
        assert blob_upkeep.convert_inline(s.vault) == 3  # the rest at a later opening (here: at once)
        assert _counts(conn) == (3, 0) and len(_files(vault_dir)) == 3
        assert [b"".join(store.read_blob(conn, i)) for i in ids] == blobs
    finally:
        s.close()


def test_missing_or_altered_file_is_a_clear_error(admin, person, tmp_path, vault_dir):
    a = attachments.add_attachment(admin, person.id, _pdf(tmp_path))
    [f] = _files(vault_dir)
    raw = f.read_bytes()
    f.unlink()
    with pytest.raises(HosoError) as e:
        attachments.read_bytes(admin, a.id)
    assert e.value.code == "blob_missing" and "Không tìm thấy tệp nội dung" in e.value.message and f.name in e.value.message
    for damage in (raw[:-1], raw[:-MIB], raw + b"x", raw[:100] + bytes([raw[100] ^ 1]) + raw[101:]):
        f.write_bytes(damage)
        with pytest.raises(HosoError) as e:
            attachments.read_bytes(admin, a.id)
        assert e.value.code == "blob_damaged" and "bị hỏng hoặc đã bị sửa" in e.value.message
    # Another attachment's file put in its place.
    b = attachments.add_attachment(admin, person.id, _pdf(tmp_path, "b.pdf"))
    other = BlobStore.of(admin.vault.conn).path(store.blob_ref(admin.vault.conn, b.blob_id).name)
    shutil.copyfile(other, f)
    with pytest.raises(HosoError) as e:
        attachments.read_bytes(admin, a.id)
    assert e.value.code == "blob_damaged"
    out = tmp_path / "out.pdf"
    with pytest.raises(HosoError):
        attachments.export_attachment(admin, a.id, out, confirmed=True)
    assert not out.exists()


def test_vanished_folder_during_store_leaves_the_database_unchanged(admin, person, tmp_path, vault_dir):
    attachments.add_attachment(admin, person.id, _pdf(tmp_path, "first.pdf"))
    before = _counts(admin.vault.conn), admin.vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    calls = []

    def progress(done, total):
        calls.append(done)
        if len(calls) == 2:
            shutil.rmtree(vault_dir / BLOBS_DIR)  # the folder goes away while the file is written

    with pytest.raises(HosoError) as e:
        attachments.add_attachment(admin, person.id, _pdf(tmp_path, "second.pdf"), progress=progress)
    assert e.value.code == "disk_error", e.value.message
    assert (_counts(admin.vault.conn), admin.vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0]) == before
    assert _files(vault_dir) == []


def test_full_disk_during_store_leaves_the_database_unchanged(admin, person, tmp_path, vault_dir):
    """The file-size limit makes the kernel refuse the write (EFBIG), as a full disk would (ENOSPC)."""
    resource = pytest.importorskip("resource")  # POSIX only
    import signal

    src = _pdf(tmp_path, size=6 * MIB)
    before = _counts(admin.vault.conn)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = max(admin.vault.db_path.stat().st_size * 4, 0) + 3 * MIB
    try:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        with pytest.raises(HosoError) as e:
            attachments.add_attachment(admin, person.id, src)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert e.value.code == "disk_error" and "too large" in e.value.message.lower(), e.value.message
    assert _counts(admin.vault.conn) == before and _files(vault_dir) == []
    a = attachments.add_attachment(admin, person.id, src)  # and it works once there is room
    assert attachments.read_bytes(admin, a.id) == src.read_bytes()


def test_backup_and_restore_carry_the_files(admin, person, tmp_path, vault_dir):
    a = attachments.add_attachment(admin, person.id, _pdf(tmp_path, "a.pdf"))
    b = attachments.add_attachment(admin, person.id, _pdf(tmp_path, "b.pdf", size=10))
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backup.backup(admin, usb)
    manifest = json.loads((info.path / "manifest.json").read_text())
    names = sorted(p.name for p in _files(vault_dir))
    assert sorted(manifest["blobs"]) == names
    for n in names:
        copied = info.path / BLOBS_DIR / n[:2] / n
        assert hashlib.sha256(copied.read_bytes()).hexdigest() == manifest["blobs"][n]
    assert info.bytes > 2 * MIB
    expected = {a.id: attachments.read_bytes(admin, a.id), b.id: attachments.read_bytes(admin, b.id)}
    # After the backup: a new attachment, and one file lost from the vault.
    attachments.add_attachment(admin, person.id, _pdf(tmp_path, "c.pdf", size=5))
    admin.close()
    (vault_dir / BLOBS_DIR / names[0][:2] / names[0]).unlink()
    aside = backup.restore(info.path, vault_dir, "admin", ADMIN_PW)
    assert len([p for p in (aside / BLOBS_DIR).rglob("*") if p.is_file()]) == 2  # the old vault's files kept aside
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        assert sorted(p.name for p in _files(vault_dir)) == names
        for aid, data in expected.items():
            assert attachments.read_bytes(s, aid) == data
    finally:
        s.close()


@pytest.mark.parametrize("damage", ["missing", "flipped", "flipped_with_new_manifest", "unlisted"])
def test_backup_with_a_bad_file_is_refused_and_the_vault_untouched(admin, person, tmp_path, vault_dir, damage):
    attachments.add_attachment(admin, person.id, _pdf(tmp_path))
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backup.backup(admin, usb)
    admin.close()
    before = {p: p.read_bytes() for p in vault_dir.rglob("*") if p.is_file() and p.name != "login-state.json"}
    mpath = info.path / "manifest.json"
    manifest = json.loads(mpath.read_text())
    [name] = manifest["blobs"]
    f = info.path / BLOBS_DIR / name[:2] / name
    if damage == "missing":
        f.unlink()
    elif damage == "unlisted":  # the manifest no longer lists it: the database still names it
        del manifest["blobs"][name]
        mpath.write_text(json.dumps(manifest))
    else:
        raw = bytearray(f.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        f.write_bytes(raw)
        if damage == "flipped_with_new_manifest":  # whoever altered it also fixed the hash: the decryption still refuses
            manifest["blobs"][name] = hashlib.sha256(raw).hexdigest()
            mpath.write_text(json.dumps(manifest))
    with pytest.raises(VaultError) as e:
        backup.restore(info.path, vault_dir, "admin", ADMIN_PW)
    assert e.value.code == "restore_failed"
    assert "tệp" in e.value.message
    after = {p: p.read_bytes() for p in vault_dir.rglob("*") if p.is_file() and p.name != "login-state.json"}
    assert after.keys() == before.keys() and all(after[p] == before[p] for p in before if p.suffix not in (".db-wal", ".db-shm"))


def test_backup_of_a_vault_with_a_damaged_file_is_refused(admin, person, tmp_path, vault_dir):
    attachments.add_attachment(admin, person.id, _pdf(tmp_path))
    [f] = _files(vault_dir)
    raw = bytearray(f.read_bytes())
    raw[-5] ^= 0x10
    f.write_bytes(raw)
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(VaultError) as e:
        backup.backup(admin, usb)
    assert e.value.code == "backup_failed" and "bị hỏng" in e.value.message
    assert list(usb.iterdir()) == []


def test_rekey_leaves_files_readable(admin, person, tmp_path, vault_dir):
    from app.vault import rekey

    src = _pdf(tmp_path)
    a = attachments.add_attachment(admin, person.id, src)
    before = {p: p.read_bytes() for p in _files(vault_dir)}
    rekey.rekey(admin)
    assert {p: p.read_bytes() for p in _files(vault_dir)} == before  # per-blob keys: the files need no re-encryption
    admin.close()
    s = open_vault(vault_dir, "admin", ADMIN_PW)
    try:
        assert attachments.read_bytes(s, a.id) == src.read_bytes()
    finally:
        s.close()


def test_demo_scans_are_files(admin, vault_dir):
    from app import demo

    demo.fill(admin, 3, seed=3, with_scans=2)
    assert len(_files(vault_dir)) == 2 and _counts(admin.vault.conn) == (2, 0)


def test_blob_file_format_is_what_the_docs_say(admin, person, tmp_path, vault_dir):
    src = _pdf(tmp_path, size=MIB - 9 - len(MARKER))  # exactly 1 MiB of plaintext: one final chunk
    a = attachments.add_attachment(admin, person.id, src)
    [f] = _files(vault_dir)
    ref = store.blob_ref(admin.vault.conn, a.blob_id)
    raw = f.read_bytes()
    assert raw[:8] == b"HOSOBLB1" and raw[8] == 1 and raw[9:25] == bytes.fromhex(ref.name)
    assert len(raw) == 25 + MIB + 16
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aad = raw[:25] + (0).to_bytes(8, "big") + b"\x01"
    assert AESGCM(ref.key).decrypt(bytes(4) + (0).to_bytes(8, "big"), raw[25:], aad) == src.read_bytes()
    assert blobfile.plaintext_size(len(raw)) == MIB


def test_restore_of_a_backup_made_before_blob_files(vault_dir, tmp_path):
    """A version-1 backup (schema 12, bytes inline) restores; its attachments come out as files."""
    data = b"%PDF-1.4\n" + MARKER + os.urandom(MIB)
    [bid] = _old_layout_vault(vault_dir, [data])
    from app.vault.keystore import KeyFile

    old = tmp_path / "usb" / "hoso-backup-CU-old"
    old.mkdir(parents=True)
    for n in ("hoso.db", "vault.keys"):
        shutil.copy2(vault_dir / n, old / n)
    digest = {n: hashlib.sha256((old / n).read_bytes()).hexdigest() for n in ("hoso.db", "vault.keys")}
    (old / "manifest.json").write_text(json.dumps({"format": "hoso-backup", "version": 1, "vault_id": KeyFile.load(vault_dir).vault_id,
                                                   "unit_code": "CU", "schema_version": 12, "files": digest}))
    target = tmp_path / "elsewhere" / "vault"
    assert backup.restore(old, target, "admin", ADMIN_PW) is None
    assert len(_files(target)) == 1
    s = open_vault(target, "admin", ADMIN_PW)
    try:
        assert _counts(s.vault.conn) == (1, 0)
        assert b"".join(store.read_blob(s.vault.conn, bid)) == data
    finally:
        s.close()
