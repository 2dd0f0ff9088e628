"""The bundle stream's fast paths: chunking independent of how the payload is
written, the file's SHA-256 from the signature pass, the writer's read-back
(check_written), the prefetching reader, and a failing medium raising instead
of hanging."""

import hashlib
import io
import os
import threading

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.exchange.container import _Stream
from crypto.bundle import BundleError, BundleReader, BundleWriter, Prefetch, Recipient
from crypto.hpke_keys import KemKind
from crypto.identity import UnitIdentity

SENDER = UnitIdentity.generate(KemKind.X25519)
ME = UnitIdentity.generate(KemKind.X25519)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _writer(out, n, chunk=4096):
    return BundleWriter(out, sender_code="XA", sender_fingerprint="FP-XA", signing_key=SENDER.signing_private,
                        recipients=[Recipient("TINH", "FP-TINH", ME.receiving.kind, ME.receiving.public_raw())],
                        secrecy="mat", sequence=3, payload_length=n, chunk_size=chunk, created_at="2026-11-21T00:00:00Z")


def _write(payload, cuts, chunk=4096):
    out = io.BytesIO()
    w = _writer(out, len(payload), chunk)
    pos = 0
    for c in sorted(cuts):
        w.write(payload[pos:c])
        pos = c
    w.write(payload[pos:])
    w.close()
    return out.getvalue(), w


def _open(data, *, prefetch=False):
    r = BundleReader(io.BytesIO(data), len(data))
    r.verify(SENDER.signing_public())
    chunks = r.chunks(r.open_file_key("TINH", "FP-TINH", ME.receiving), prefetch=prefetch)
    try:
        return b"".join(chunks)
    finally:
        chunks.close()


@FAST
@given(st.integers(min_value=0, max_value=20_000), st.lists(st.integers(min_value=0, max_value=20_000), max_size=6),
       st.booleans())
def test_any_way_of_writing_gives_the_payload_back(size, cuts, prefetch):
    payload = os.urandom(size)
    data, _ = _write(payload, [c for c in cuts if c <= size])
    assert _open(data, prefetch=prefetch) == payload
    # the length is exactly what the format says: every chunk sealed once, the last one final
    r = BundleReader(io.BytesIO(data), len(data))
    assert len(data) == 12 + len(r.header.raw) + r.header.ciphertext_length + 72


def test_the_signature_pass_gives_the_files_digest_and_the_read_back_checks_every_byte_written():
    payload = os.urandom(10_000)
    data, writer = _write(payload, [3000])
    digest = BundleReader(io.BytesIO(data), len(data)).verify(SENDER.signing_public())
    assert digest == writer.sha256 == hashlib.sha256(data).hexdigest()  # the whole file, trailer included
    BundleReader(io.BytesIO(data), len(data), sequential=True).check_written(writer)
    # one byte changed on the medium: in a chunk, in the signature, in the header (which may no longer parse)
    for at, said in ((len(writer.head) + 5000, "khối dữ liệu 1"), (len(data) - 3, "chữ ký"), (20, None)):
        bad = bytearray(data)
        bad[at] ^= 0x01
        with pytest.raises(BundleError) as e:
            BundleReader(io.BytesIO(bytes(bad)), len(bad), sequential=True).check_written(writer)
        if said:
            assert e.value.code == "bundle_tampered" and said in e.value.detail
        else:
            assert e.value.code in ("bundle_tampered", "bundle_malformed")
    # a wrong signature is reported as such
    other = UnitIdentity.generate(KemKind.X25519)
    with pytest.raises(BundleError) as e:
        BundleReader(io.BytesIO(data), len(data)).verify(other.signing_public())
    assert "chữ ký" in e.value.detail


def test_prefetching_reader_stops_its_thread_when_closed_early():
    payload = os.urandom(40 * 4096)
    data, _ = _write(payload, [])
    r = BundleReader(io.BytesIO(data), len(data))
    r.verify(SENDER.signing_public())
    before = threading.active_count()
    chunks = r.chunks(r.open_file_key("TINH", "FP-TINH", ME.receiving), prefetch=True)
    assert next(chunks) == payload[:4096]
    chunks.close()  # e.g. an import refused half-way
    assert threading.active_count() == before


def test_prefetch_hands_over_the_error_in_order():
    def items():
        yield 1
        yield 2
        raise ValueError("third")

    with Prefetch(items) as p:
        assert next(p) == 1 and next(p) == 2
        with pytest.raises(ValueError, match="third"):
            next(p)


class _FailingMedium:
    """A stick pulled after `limit` bytes."""

    def __init__(self, limit):
        self.limit, self.n = limit, 0

    def write(self, data):
        self.n += len(data)
        if self.n > self.limit:
            raise OSError(5, "Input/output error")


def test_a_failing_medium_raises_instead_of_waiting():
    w = _writer(_FailingMedium(5000), 200 * 4096)
    block = os.urandom(4096)
    with pytest.raises(OSError):
        for _ in range(200):  # far more chunks than the writer keeps buffers for
            w.write(block)
        w.close()


@FAST
@given(st.binary(max_size=3000), st.lists(st.integers(min_value=0, max_value=3000), max_size=5),
       st.lists(st.integers(min_value=0, max_value=1500), max_size=8))
def test_container_stream_reads_exact_counts_across_chunks(data, cuts, reads):
    cuts = sorted(c for c in cuts if c <= len(data))
    chunks = [data[a:b] for a, b in zip([0] + cuts, cuts + [len(data)])]
    s = _Stream(iter(chunks))
    pos, out = 0, []
    for n in reads:
        n = min(n, len(data) - pos)
        out.append(s.read(n))
        pos += n
    out.extend(s.read_blocks(len(data) - pos, 700))
    assert b"".join(out) == data and s.at_end()
    with pytest.raises(BundleError):
        _Stream(iter(chunks)).read(len(data) + 1)
