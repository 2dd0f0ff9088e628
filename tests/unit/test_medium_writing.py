"""Writing a bundle to the medium with the read-back following the writing
(app/exchange/writing.py): it reads what the file holds, not what was handed
to the writer, it runs while the writing goes on, and any failure leaves no
bundle behind."""

import hashlib
import os
import threading

import pytest

from app.exchange import writing
from crypto.bundle import BundleError, BundleReader, BundleWriter, Recipient
from crypto.hpke_keys import KemKind
from crypto.identity import UnitIdentity

SENDER = UnitIdentity.generate(KemKind.X25519)
TO = UnitIdentity.generate(KemKind.X25519)


def _writer(out, payload_length: int) -> BundleWriter:
    return BundleWriter(out, sender_code="XA", sender_fingerprint="FP-XA", signing_key=SENDER.signing_private,
                        recipients=[Recipient("TINH", "FP-TINH", TO.receiving.kind, TO.receiving.public_raw())],
                        secrecy="mat", sequence=1, payload_length=payload_length, chunk_size=4096)


def _check(keys: list):
    def check(medium, length: int) -> str:
        return BundleReader(medium, length, sequential=True).verify(SENDER.signing_public(), file_key=keys[0])
    return check


def test_a_good_bundle_is_renamed_and_its_digest_is_the_files(tmp_path):
    payload = os.urandom(100_000)
    keys: list = []

    def make(out, follow):
        w = _writer(out, len(payload))
        keys.append(w.file_key)
        follow(w.length)
        w.write(payload)
        w.close()

    dest = tmp_path / "a.hoso"
    size, digest = writing.write_checked(dest, tmp_path / "a.hoso.partial", make, _check(keys))
    data = dest.read_bytes()
    assert size == len(data) and digest == hashlib.sha256(data).hexdigest()
    assert not (tmp_path / "a.hoso.partial").exists()


def test_the_read_back_reads_the_medium_not_what_the_writer_was_given(tmp_path, monkeypatch):
    """The medium keeps something else than it was given (here: one byte changed
    on disk behind the writer's back): the read-back refuses and nothing stays."""
    monkeypatch.setattr(writing, "SEGMENT", 1 << 30)  # nothing published before the end: no race with the change
    payload = os.urandom(50_000)
    keys: list = []
    partial = tmp_path / "b.hoso.partial"

    def make(out, follow):
        w = _writer(out, len(payload))
        keys.append(w.file_key)
        follow(w.length)
        w.write(payload)
        w.close()
        out._fh.flush()
        fd = os.open(partial, os.O_RDWR)
        try:
            os.pwrite(fd, bytes([os.pread(fd, 1, 20_000)[0] ^ 0x40]), 20_000)
        finally:
            os.close(fd)

    with pytest.raises(BundleError) as e:
        writing.write_checked(tmp_path / "b.hoso", partial, make, _check(keys))
    assert e.value.code == "bundle_tampered"
    assert list(tmp_path.iterdir()) == []


def test_the_read_back_runs_while_the_writing_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "SEGMENT", 64 * 1024)
    payload = os.urandom(1_000_000)
    keys: list = []
    read = threading.Event()
    consumed = []

    def check(medium, length):
        class Watch:
            def seek(self, pos, whence=0):
                return medium.seek(pos, whence)

            def read(self, n):
                data = medium.read(n)
                consumed.append(len(data))
                if sum(consumed) > 128 * 1024:
                    read.set()
                return data
        return BundleReader(Watch(), length, sequential=True).verify(SENDER.signing_public(), file_key=keys[0])

    def make(out, follow):
        w = _writer(out, len(payload))
        keys.append(w.file_key)
        follow(w.length)
        w.write(payload[:400_000])
        # The writer has not finished: the read-back must already have read what was synced.
        assert read.wait(10), "the read-back did not start before the writing ended"
        w.write(payload[400_000:])
        w.close()

    writing.write_checked(tmp_path / "c.hoso", tmp_path / "c.hoso.partial", make, check)
    assert (tmp_path / "c.hoso").exists()


def test_a_writing_error_wins_and_stops_the_read_back(tmp_path):
    keys: list = []

    def make(out, follow):
        w = _writer(out, 10_000)
        keys.append(w.file_key)
        follow(w.length)
        w.write(b"x" * 5_000)
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as e:
        writing.write_checked(tmp_path / "d.hoso", tmp_path / "d.hoso.partial", make, _check(keys))
    assert e.value.errno == 28
    assert list(tmp_path.iterdir()) == []
    assert not [t for t in threading.enumerate() if t.name == "bundle-read-back"]


def test_a_refusing_read_back_stops_the_writing_early(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "SEGMENT", 64 * 1024)
    written = []

    def make(out, follow):
        w = _writer(out, 4_000_000)
        follow(w.length)
        for _ in range(400):
            w.write(b"y" * 10_000)
            written.append(10_000)
        w.close()

    def check(medium, length):
        medium.read(100)
        raise BundleError("bundle_tampered", "the medium gave back something else")

    with pytest.raises(BundleError, match="something else"):
        writing.write_checked(tmp_path / "e.hoso", tmp_path / "e.hoso.partial", make, check)
    assert sum(written) < 4_000_000  # stopped at a segment, not after writing everything
    assert list(tmp_path.iterdir()) == []
