"""crypto/blobfile: the streaming AES-256-GCM attachment file, and every way of tampering with it."""

import hashlib
import io
import os

import pytest

from crypto import blobfile
from crypto.blobfile import CHUNK, HEADER_LEN, TAG, BlobFileError

FULL = CHUNK + TAG


def _seal(tmp_path, data: bytes, name="f", key=None, file_id=None, block=CHUNK):
    key = key or blobfile.new_key()
    file_id = file_id or blobfile.new_file_id()
    path = tmp_path / name
    with open(path, "wb") as fh:
        w = blobfile.BlobWriter(fh, key, file_id)
        for i in range(0, len(data), block):
            w.write(data[i:i + block])
        digest, size = w.finish()
    assert digest == hashlib.sha256(data).hexdigest() and size == len(data)
    return path, key, file_id


def _read(path, key, file_id=None, size=None) -> bytes:
    return b"".join(blobfile.read_file(path, key, file_id, size))


@pytest.mark.parametrize("size", [0, 1, 1000, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17])
def test_round_trip_sizes_and_layout(tmp_path, size):
    data = os.urandom(size)
    path, key, fid = _seal(tmp_path, data)
    chunks = max(1, -(-size // CHUNK))
    assert path.stat().st_size == HEADER_LEN + size + chunks * TAG  # exact multiples get no empty tail chunk
    assert blobfile.plaintext_size(path.stat().st_size) == size
    assert _read(path, key, fid, size) == data
    pieces = list(blobfile.read_file(path, key))
    assert len(pieces) == chunks and all(len(p) == CHUNK for p in pieces[:-1])


@pytest.mark.parametrize("block", [1, 4096, 333_333, CHUNK, 3 * CHUNK])
def test_any_write_block_size_gives_the_same_plaintext(tmp_path, block):
    data = os.urandom(2 * CHUNK + 5) if block > 1 else os.urandom(5000)
    path, key, fid = _seal(tmp_path, data, block=block)
    assert _read(path, key, fid) == data


def test_write_stream_and_no_plaintext_in_file(tmp_path):
    data = b"MARKER-bi-mat-" * 100_000
    key, fid = blobfile.new_key(), blobfile.new_file_id()
    out = io.BytesIO()
    digest, size = blobfile.write_stream(out, key, fid, io.BytesIO(data))
    assert digest == hashlib.sha256(data).hexdigest() and size == len(data)
    raw = out.getvalue()
    assert raw[:8] == b"HOSOBLB1" and raw[9:25] == fid and b"MARKER" not in raw


def _tamper_refused(path, key, fid=None, size=None):
    with pytest.raises(BlobFileError):
        _read(path, key, fid, size)


@pytest.mark.parametrize("offset", [0, 8, 9, HEADER_LEN, HEADER_LEN + 100, HEADER_LEN + FULL - 1, -1])
def test_flipped_byte_anywhere(tmp_path, offset):
    data = os.urandom(2 * CHUNK + 10)
    path, key, fid = _seal(tmp_path, data)
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x01
    path.write_bytes(raw)
    _tamper_refused(path, key)


def test_truncated(tmp_path):
    data = os.urandom(2 * CHUNK + 10)
    path, key, fid = _seal(tmp_path, data)
    raw = path.read_bytes()
    for cut in (HEADER_LEN + 2 * FULL, HEADER_LEN + FULL, len(raw) - 1, HEADER_LEN + 5, HEADER_LEN, 4):
        path.write_bytes(raw[:cut])  # at a chunk boundary too: the new last chunk was not written as final
        _tamper_refused(path, key)


def test_truncated_exact_multiple(tmp_path):
    path, key, _ = _seal(tmp_path, os.urandom(2 * CHUNK))
    path.write_bytes(path.read_bytes()[:HEADER_LEN + FULL])
    _tamper_refused(path, key)


def test_appended(tmp_path):
    path, key, fid = _seal(tmp_path, os.urandom(CHUNK + 10))
    raw = path.read_bytes()
    for extra in (b"\0", os.urandom(TAG), raw[HEADER_LEN:HEADER_LEN + FULL]):
        path.write_bytes(raw + extra)
        _tamper_refused(path, key)


def test_appended_chunk_encrypted_with_the_right_key_is_refused(tmp_path):
    """Even someone holding the key cannot extend a file: the old last chunk says it is final."""
    data = os.urandom(CHUNK)
    path, key, fid = _seal(tmp_path, data)
    longer, _, _ = _seal(tmp_path, data + os.urandom(CHUNK), name="g", key=key, file_id=fid)
    raw, raw2 = path.read_bytes(), longer.read_bytes()
    path.write_bytes(raw + raw2[HEADER_LEN + FULL:])
    _tamper_refused(path, key)


def test_swapped_chunks(tmp_path):
    path, key, fid = _seal(tmp_path, os.urandom(3 * CHUNK))
    raw = path.read_bytes()
    c = [raw[HEADER_LEN + i * FULL:HEADER_LEN + (i + 1) * FULL] for i in range(3)]
    path.write_bytes(raw[:HEADER_LEN] + c[1] + c[0] + c[2])
    _tamper_refused(path, key)
    path.write_bytes(raw[:HEADER_LEN] + c[0] + c[2] + c[1])
    _tamper_refused(path, key)


def test_swapped_files_between_blobs(tmp_path):
    a, ka, ia = _seal(tmp_path, os.urandom(1000), name="a")
    b, kb, ib = _seal(tmp_path, os.urandom(1000), name="b")
    with pytest.raises(BlobFileError, match="another attachment"):
        _read(b, ka, ia)  # b put in a's place: the header names another file
    _tamper_refused(b, ka)  # and a's key does not open it
    # Same key, different file id (never happens: every file has its own key) — still refused by the AAD.
    c, _, _ = _seal(tmp_path, os.urandom(1000), name="c", key=ka)
    raw = bytearray(c.read_bytes())
    raw[9:25] = ia
    c.write_bytes(raw)
    _tamper_refused(c, ka, ia)


def test_wrong_key_and_wrong_size(tmp_path):
    data = os.urandom(5000)
    path, key, fid = _seal(tmp_path, data)
    _tamper_refused(path, blobfile.new_key(), fid)
    with pytest.raises(BlobFileError, match="recorded size"):
        _read(path, key, fid, 4999)
    with pytest.raises(BlobFileError):
        _read(path, key[:16])


def test_not_a_blob_file(tmp_path):
    p = tmp_path / "x"
    p.write_bytes(b"%PDF-1.4 hello")
    _tamper_refused(p, blobfile.new_key())
    p.write_bytes(b"")
    _tamper_refused(p, blobfile.new_key())
    path, key, fid = _seal(tmp_path, b"abc")
    raw = bytearray(path.read_bytes())
    raw[8] = 2  # an unknown version is refused before any decryption
    path.write_bytes(raw)
    with pytest.raises(BlobFileError, match="version"):
        _read(path, key)


def test_nothing_unverified_is_yielded(tmp_path):
    path, key, _ = _seal(tmp_path, os.urandom(3 * CHUNK))
    raw = bytearray(path.read_bytes())
    raw[HEADER_LEN + FULL + 7] ^= 0x80  # second chunk
    path.write_bytes(raw)
    got = []
    with pytest.raises(BlobFileError, match="chunk 1"):
        for block in blobfile.read_file(path, key):
            got.append(block)
    assert len(got) == 1  # the first, authentic chunk only


def test_writer_misuse(tmp_path):
    with pytest.raises(ValueError):
        blobfile.BlobWriter(io.BytesIO(), b"short", blobfile.new_file_id())
    w = blobfile.BlobWriter(io.BytesIO(), blobfile.new_key(), blobfile.new_file_id())
    w.finish()
    with pytest.raises(ValueError):
        w.write(b"x")
