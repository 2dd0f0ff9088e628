"""Attachment bytes as a streaming AES-256-GCM file (see docs/key-hierarchy.md, "Attachment files").

    header  = "HOSOBLB1" || version (1 byte) || file id (16 random bytes)
    chunk i = AES-256-GCM(key, nonce = 0^4 || i as 8 bytes big-endian,
                          aad = header || i as 8 bytes big-endian || final flag (1 byte),
                          plaintext = 1 MiB, the last chunk 0..1 MiB) -> ciphertext || 16-byte tag

Every file has its own fresh random key and is written once, never rewritten,
so a counter nonce never repeats under a key. The associated data binds each
chunk to its file, its place and whether it is the last one: flipping a byte,
reordering, dropping or appending chunks, truncating, or putting one file in
place of another is detected when read. An empty file is one final chunk of
no bytes (its tag only).
"""

from __future__ import annotations

import hashlib
import os
from typing import BinaryIO, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import CryptoError

MAGIC = b"HOSOBLB1"
VERSION = 1
ID_LEN = 16
KEY_LEN = 32
HEADER_LEN = len(MAGIC) + 1 + ID_LEN
CHUNK = 1 << 20
TAG = 16
_NONCE_PREFIX = b"\0\0\0\0"


class BlobFileError(CryptoError):
    """The file is not a blob file, is cut short or lengthened, was altered, or the key is not its key."""


def new_key() -> bytes:
    return os.urandom(KEY_LEN)


def new_file_id() -> bytes:
    return os.urandom(ID_LEN)


def _header(file_id: bytes) -> bytes:
    if len(file_id) != ID_LEN:
        raise ValueError("file id must be 16 bytes")
    return MAGIC + bytes([VERSION]) + file_id


def _nonce(index: int) -> bytes:
    return _NONCE_PREFIX + index.to_bytes(8, "big")


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def _write_all(out: BinaryIO, view: memoryview) -> None:
    while view:
        n = out.write(view)
        if n is None:  # a non-blocking raw stream: not what we write to
            raise OSError("short write")
        view = view[n:]


class BlobWriter:
    """Encrypts a stream of any block sizes into fixed chunks, hashing the plaintext on the way.

    A full chunk is held back until more bytes arrive or `finish()` is called:
    only then is it known whether it is the final one.
    """

    def __init__(self, out: BinaryIO, key: bytes, file_id: bytes) -> None:
        if len(key) != KEY_LEN:
            raise ValueError("key must be 32 bytes")
        self._out = out
        self._aes = AESGCM(key)
        self._header = _header(file_id)
        self._buf = bytearray()
        self._ct = bytearray(CHUNK + TAG)  # reused for every chunk
        self._index = 0
        self._hash = hashlib.sha256()
        self._size = 0
        self._done = False
        _write_all(out, memoryview(self._header))

    def _emit(self, plain: memoryview, final: bool) -> None:
        n = len(plain) + TAG
        with memoryview(self._ct) as ct:
            self._aes.encrypt_into(_nonce(self._index), plain, _aad(self._header, self._index, final), ct[:n])
            _write_all(self._out, ct[:n])
        self._index += 1

    def write(self, data: bytes) -> None:
        if self._done:
            raise ValueError("writer already finished")
        if not data:
            return
        self._hash.update(data)
        self._size += len(data)
        self._buf += data
        if len(self._buf) > CHUNK:
            with memoryview(self._buf) as view:
                start = 0
                while len(self._buf) - start > CHUNK:
                    self._emit(view[start:start + CHUNK], False)
                    start += CHUNK
            del self._buf[:start]

    def finish(self) -> tuple[str, int]:
        """Write the final chunk; return (SHA-256 of the plaintext in hex, plaintext size)."""
        if self._done:
            raise ValueError("writer already finished")
        with memoryview(self._buf) as view:
            self._emit(view, True)
        self._buf = bytearray()
        self._done = True
        return self._hash.hexdigest(), self._size


def write_stream(out: BinaryIO, key: bytes, file_id: bytes, stream: BinaryIO) -> tuple[str, int]:
    w = BlobWriter(out, key, file_id)
    while data := stream.read(CHUNK):
        w.write(data)
    return w.finish()


def _layout(length: int) -> tuple[int, int]:
    """(number of chunks, stored length of the last one) for a file of `length` bytes."""
    body = length - HEADER_LEN
    if body < TAG:
        raise BlobFileError("the file is cut short")
    full = CHUNK + TAG
    count = -(-body // full)
    last = body - (count - 1) * full
    if last < TAG:
        raise BlobFileError("the file's length is not a whole number of chunks (cut short or lengthened)")
    return count, last


def plaintext_size(length: int) -> int:
    count, last = _layout(length)
    return (count - 1) * CHUNK + last - TAG


def read_chunks(fh: BinaryIO, key: bytes, file_id: bytes | None = None, size: int | None = None) -> Iterator[bytes]:
    """Yield the verified plaintext chunks of an open blob file.

    `file_id` and `size`, when given, must match the header and the plaintext
    length. Raises BlobFileError before yielding anything unverified.
    """
    if len(key) != KEY_LEN:
        raise BlobFileError("the key is not 32 bytes")
    header = fh.read(HEADER_LEN)
    if len(header) != HEADER_LEN or not header.startswith(MAGIC):
        raise BlobFileError("not an attachment file (no HOSOBLB1 header)")
    if header[len(MAGIC)] != VERSION:
        raise BlobFileError(f"unknown attachment file version {header[len(MAGIC)]}")
    if file_id is not None and header[len(MAGIC) + 1:] != file_id:
        raise BlobFileError("the file belongs to another attachment")
    count, last = _layout(os.fstat(fh.fileno()).st_size)
    if size is not None and (count - 1) * CHUNK + last - TAG != size:
        raise BlobFileError("the file's length does not match the recorded size")
    aes = AESGCM(key)
    buf = bytearray(CHUNK + TAG)
    with memoryview(buf) as view:
        for i in range(count):
            n = last if i == count - 1 else CHUNK + TAG
            got = 0
            while got < n:
                r = fh.readinto(view[got:n])
                if not r:
                    raise BlobFileError("the file is cut short")
                got += r
            try:
                yield aes.decrypt(_nonce(i), view[:n], _aad(header, i, i == count - 1))
            except InvalidTag:
                raise BlobFileError(f"chunk {i} does not authenticate (altered, reordered, or not this attachment's key)") from None


def read_file(path, key: bytes, file_id: bytes | None = None, size: int | None = None) -> Iterator[bytes]:
    """read_chunks on a path; the file is closed when the iteration ends or is abandoned."""
    with open(path, "rb", buffering=0) as fh:
        yield from read_chunks(fh, key, file_id, size)


def verify_file(path, key: bytes, file_id: bytes | None = None, size: int | None = None) -> None:
    for _ in read_file(path, key, file_id, size):
        pass
