"""Writing a bundle to the medium with the read-back following the writing
(app/exchange/writing.py): it reads what the file holds, not what was handed
to the writer, it runs while the writing goes on, and any failure leaves no
bundle behind."""

import hashlib
import io
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


def _make(writers: list, payload: bytes, *, pause=None, after=None):
    """A `make` for write_checked, as the export's: start the writer, let the
    read-back follow, write the payload (`pause()` half-way), close, `after()`."""
    def make(out, follow):
        w = _writer(out, len(payload))
        writers.append(w)
        follow(w.length)
        half = len(payload) // 2
        w.write(payload[:half])
        if pause is not None:
            pause()
        w.write(payload[half:])
        w.close()
        if after is not None:
            after(out)
    return make


def _check(writers: list, watch=None):
    """The export's read-back: the medium against what the writer wrote."""
    def check(medium, length: int) -> None:
        BundleReader(watch(medium) if watch else medium, length, sequential=True).check_written(writers[0])
    return check


def test_a_good_bundle_is_renamed_and_the_writers_digest_is_the_files(tmp_path):
    payload = os.urandom(100_000)
    writers: list = []
    dest = tmp_path / "a.hoso"
    size, _ = writing.write_checked(dest, tmp_path / "a.hoso.partial", _make(writers, payload), _check(writers))
    data = dest.read_bytes()
    assert size == len(data) and writers[0].sha256 == hashlib.sha256(data).hexdigest()
    assert not (tmp_path / "a.hoso.partial").exists()
    # and it is a bundle the recipient opens, signature included
    r = BundleReader(io.BytesIO(data), len(data))
    assert r.verify(SENDER.signing_public()) == writers[0].sha256
    assert b"".join(r.chunks(r.open_file_key("TINH", "FP-TINH", TO.receiving))) == payload


@pytest.mark.parametrize("where", ["header", "chunk", "signature"])
def test_the_read_back_reads_the_medium_not_what_the_writer_was_given(tmp_path, monkeypatch, where):
    """The medium keeps something else than it was given (here: one byte changed
    on disk behind the writer's back): the read-back refuses and nothing stays."""
    monkeypatch.setattr(writing, "SEGMENT", 1 << 30)  # nothing published before the end: no race with the change
    writers: list = []
    partial = tmp_path / "b.hoso.partial"

    def change_a_byte(out):
        out._fh.flush()
        at = {"header": 40, "chunk": 20_000, "signature": out.n - 3}[where]
        fd = os.open(partial, os.O_RDWR)
        try:
            os.pwrite(fd, bytes([os.pread(fd, 1, at)[0] ^ 0x40]), at)
        finally:
            os.close(fd)

    with pytest.raises(BundleError) as e:
        writing.write_checked(tmp_path / "b.hoso", partial, _make(writers, os.urandom(50_000), after=change_a_byte),
                              _check(writers))
    assert e.value.code in ("bundle_tampered", "bundle_malformed")
    assert list(tmp_path.iterdir()) == []


def test_the_read_back_runs_while_the_writing_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "SEGMENT", 64 * 1024)
    writers: list = []
    read = threading.Event()
    consumed = []

    class Watch:
        def __init__(self, medium):
            self.medium = medium

        def seek(self, pos, whence=0):
            return self.medium.seek(pos, whence)

        def read(self, n):
            data = self.medium.read(n)
            consumed.append(len(data))
            if sum(consumed) > 128 * 1024:
                read.set()
            return data

    def pause():  # the writer is half-way: the read-back must already have read what was synced
        assert read.wait(10), "the read-back did not start before the writing ended"

    writing.write_checked(tmp_path / "c.hoso", tmp_path / "c.hoso.partial", _make(writers, os.urandom(1_000_000), pause=pause),
                          _check(writers, watch=Watch))
    assert (tmp_path / "c.hoso").exists()


def test_a_writing_error_wins_and_stops_the_read_back(tmp_path):
    writers: list = []

    def full_medium():
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as e:
        writing.write_checked(tmp_path / "d.hoso", tmp_path / "d.hoso.partial",
                              _make(writers, b"x" * 10_000, pause=full_medium), _check(writers))
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
