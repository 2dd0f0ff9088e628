"""The sealed bundle stream: round trip, and every kind of damage refused with its code."""

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from crypto.bundle import BundleError, BundleReader, BundleWriter, Recipient
from crypto.hpke_keys import KemKind
from crypto.identity import UnitIdentity

SENDER = UnitIdentity.generate(KemKind.X25519)
ME = UnitIdentity.generate(KemKind.HYBRID)
OTHER = UnitIdentity.generate(KemKind.X25519)
PAYLOAD = os.urandom(10_000)  # three chunks of 4 KiB


def _recipient(code, ident):
    return Recipient(code, f"FP-{code}", ident.receiving.kind, ident.receiving.public_raw())


def make(payload=PAYLOAD, recipients=None, chunk_size=4096, sequence=7, writes=(3000, 3000)):
    out = io.BytesIO()
    w = BundleWriter(out, sender_code="XA", sender_fingerprint="FP-XA", signing_key=SENDER.signing_private,
                     recipients=recipients or [_recipient("TINH", ME), _recipient("TW", OTHER)], secrecy="mat",
                     sequence=sequence, payload_length=len(payload), chunk_size=chunk_size, created_at="2026-11-21T00:00:00Z")
    pos = 0
    for n in writes:
        w.write(payload[pos:pos + n])
        pos += n
    w.write(payload[pos:])
    w.close()
    return out.getvalue()


BUNDLE = make()


def open_all(data: bytes, code="TINH", ident=ME) -> bytes:
    r = BundleReader(io.BytesIO(data), len(data))
    r.verify(SENDER.signing_public())
    key = r.open_file_key(code, f"FP-{code}", ident.receiving)
    return b"".join(r.chunks(key))


def test_round_trip_for_each_recipient_and_kem():
    assert open_all(BUNDLE) == PAYLOAD
    assert open_all(BUNDLE, "TW", OTHER) == PAYLOAD


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 4097, 8192])
def test_chunk_boundaries(size):
    payload = os.urandom(size)
    assert open_all(make(payload, writes=())) == payload


def test_header_is_readable_without_keys_and_holds_nothing_else():
    r = BundleReader(io.BytesIO(BUNDLE), len(BUNDLE))
    h = r.header
    assert (h.sender_code, h.secrecy, h.sequence, h.payload_length) == ("XA", "mat", 7, len(PAYLOAD))
    assert [x["unit_code"] for x in h.recipients] == ["TINH", "TW"]
    assert set(h.recipients[0]) == {"unit_code", "fingerprint", "kem", "enc"}


def test_not_for_us_and_wrong_key():
    stranger = UnitIdentity.generate(KemKind.HYBRID)
    with pytest.raises(BundleError) as e:
        open_all(BUNDLE, "XA", stranger)
    assert e.value.code == "bundle_not_for_us"
    r = BundleReader(io.BytesIO(BUNDLE), len(BUNDLE))
    with pytest.raises(BundleError) as e:  # our code, but another key (e.g. a stale card)
        r.open_file_key("TINH", "FP-TINH", stranger.receiving)
    assert e.value.code == "bundle_tampered"


def test_wrong_sender_key_is_tampered():
    r = BundleReader(io.BytesIO(BUNDLE), len(BUNDLE))
    with pytest.raises(BundleError) as e:
        r.verify(OTHER.signing_public())
    assert e.value.code == "bundle_tampered"


def test_writer_refuses_wrong_length():
    w = BundleWriter(io.BytesIO(), sender_code="XA", sender_fingerprint="F", signing_key=SENDER.signing_private,
                     recipients=[_recipient("TINH", ME)], secrecy="mat", sequence=1, payload_length=10)
    w.write(b"12345")
    with pytest.raises(ValueError):
        w.close()
    with pytest.raises(ValueError):
        w.write(b"1234567890")


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.integers(min_value=0, max_value=len(BUNDLE) - 1), st.integers(min_value=1, max_value=255))
def test_any_flipped_byte_is_refused(pos, mask):
    data = bytearray(BUNDLE)
    data[pos] ^= mask
    with pytest.raises(BundleError) as e:
        open_all(bytes(data))
    assert e.value.code in ("bundle_malformed", "bundle_tampered", "bundle_truncated")


@FAST
@given(st.integers(min_value=1, max_value=len(BUNDLE) - 1))
def test_any_truncation_is_truncated(cut):
    with pytest.raises(BundleError) as e:
        open_all(BUNDLE[:cut])
    assert e.value.code == "bundle_truncated"


@FAST
@given(st.binary(min_size=1, max_size=5000))
def test_appended_bytes_are_tampered(extra):
    with pytest.raises(BundleError) as e:
        open_all(BUNDLE + extra)
    assert e.value.code == "bundle_tampered"


def _chunk_offsets(data):
    r = BundleReader(io.BytesIO(data), len(data))
    start = 12 + len(r.header.raw)
    return start, 4096 + 16


def test_swapped_chunks_are_tampered():
    start, step = _chunk_offsets(BUNDLE)
    a, b = BUNDLE[start:start + step], BUNDLE[start + step:start + 2 * step]
    swapped = BUNDLE[:start] + b + a + BUNDLE[start + 2 * step:]
    with pytest.raises(BundleError) as e:
        open_all(swapped)
    assert e.value.code == "bundle_tampered"


def test_header_or_signature_from_another_bundle_is_tampered():
    other = make(sequence=8)
    start, _ = _chunk_offsets(BUNDLE)
    o_start, _ = _chunk_offsets(other)
    mixed = other[:o_start] + BUNDLE[start:]  # same lengths: a header replaced
    with pytest.raises(BundleError) as e:
        open_all(mixed)
    assert e.value.code == "bundle_tampered"
    with pytest.raises(BundleError) as e:
        open_all(BUNDLE[:-64] + other[-64:])
    assert e.value.code == "bundle_tampered"


@pytest.mark.parametrize("data,code", [
    (b"", "bundle_malformed"),
    (b"PK\x03\x04 this is a zip", "bundle_malformed"),
    (b"HOSOBND1\xff\xff\xff\xff", "bundle_malformed"),
    (b"HOSOBND1\x00\x00\x00\x05{bad}", "bundle_malformed"),
])
def test_not_a_bundle(data, code):
    with pytest.raises(BundleError) as e:
        BundleReader(io.BytesIO(data), len(data))
    assert e.value.code == code
