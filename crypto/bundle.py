"""The sealed bundle stream format (docs/bundle-format.md), writer and reader.

Composes HPKE (file key per recipient), HKDF-SHA256 (payload key), AES-256-GCM
in fixed-size chunks with a counter-and-final-flag nonce (STREAM), and an
Ed25519 signature over SHA-512 of everything before the trailer. Streaming:
neither side holds more than one chunk of payload in memory.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import CryptoError, WrongKey
from .hpke_keys import KemKind, ReceivingKey, seal_to

MAGIC = b"HOSOBND1"
TRAILER = b"HOSOSIG1"
FORMAT_VERSION = 1
SIG_LEN = 64
TAG_LEN = 16
DEFAULT_CHUNK = 1 << 20
MAX_HEADER = 1 << 20
MAX_RECIPIENTS = 64
MIN_CHUNK, MAX_CHUNK = 4096, 16 << 20
MAX_PAYLOAD = 64 << 30
SECRECY_CODES = ("none", "mat", "toi_mat", "tuyet_mat")
KINDS = ("data", "receipt")
_CHUNK_AAD = b"hoso-bundle-chunk-v1"
_SIG_DOMAIN = b"hoso-bundle-sig-v1"


class BundleError(CryptoError):
    """A bundle refused on opening; `code` is the CLI error code."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Recipient:
    unit_code: str
    fingerprint: str
    kem: KemKind
    public: bytes


@dataclass(frozen=True)
class Header:
    raw: bytes  # exactly as in the file
    format_version: int
    kind: str
    bundle_id: str
    sender_code: str
    sender_fingerprint: str
    recipients: tuple[dict, ...]
    secrecy: str
    sequence: int
    created_at: str
    chunk_size: int
    payload_length: int
    ciphertext_length: int

    def recipient(self, unit_code: str) -> dict | None:
        return next((r for r in self.recipients if r.get("unit_code") == unit_code), None)


def chunk_count(payload_length: int, chunk_size: int) -> int:
    return max(1, -(-payload_length // chunk_size))


def ciphertext_length(payload_length: int, chunk_size: int) -> int:
    return payload_length + TAG_LEN * chunk_count(payload_length, chunk_size)


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _payload_key(file_key: bytes, bundle_id: str, sender_code: str, sequence: int) -> bytes:
    info = f"hoso-bundle-payload-v1|{sender_code}|{sequence}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=bundle_id.encode(), info=info).derive(file_key)


def _key_info(bundle_id: str, unit_code: str) -> bytes:
    return f"hoso-bundle-key-v1|{bundle_id}|{unit_code}".encode()


def encode_header(doc: dict) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class _Sink:
    """Hashes and writes in a background thread, so that sealing the next chunk
    overlaps with hashing and writing this one (hashlib and file writes release
    the GIL). A write error is raised in the caller at the next put() or finish()."""

    def __init__(self, out: BinaryIO, h) -> None:
        import queue
        import threading

        self._out, self._hash = out, h
        self._q: queue.Queue = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bundle-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            data = self._q.get()
            if data is None:
                return
            if self._error is None:
                try:
                    self._hash.update(data)
                    self._out.write(data)
                except BaseException as exc:  # re-raised in the caller's thread
                    self._error = exc

    def put(self, data: bytes) -> None:
        if self._error is not None:
            self.finish()
        self._q.put(data)

    def finish(self) -> None:
        if self._thread.is_alive():
            self._q.put(None)
            self._thread.join()
        if self._error is not None:
            raise self._error


class BundleWriter:
    """Write a bundle to `out`: header now, payload through write(), signature at close()."""

    def __init__(self, out: BinaryIO, *, sender_code: str, sender_fingerprint: str, signing_key: bytes,
                 recipients: list[Recipient], secrecy: str, sequence: int, payload_length: int,
                 kind: str = "data", chunk_size: int = DEFAULT_CHUNK, bundle_id: str | None = None,
                 created_at: str = "") -> None:
        if not recipients or len(recipients) > MAX_RECIPIENTS:
            raise ValueError("1 to 64 recipients")
        if secrecy not in SECRECY_CODES or kind not in KINDS or not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
            raise ValueError("bad bundle parameters")
        self._out = out
        self._signer = ed25519.Ed25519PrivateKey.from_private_bytes(signing_key)
        self.bundle_id = bundle_id or str(uuid.uuid4())
        file_key = os.urandom(32)
        doc = {
            "format_version": FORMAT_VERSION,
            "kind": kind,
            "bundle_id": self.bundle_id,
            "sender": {"unit_code": sender_code, "fingerprint": sender_fingerprint},
            "recipients": [
                {"unit_code": r.unit_code, "fingerprint": r.fingerprint, "kem": r.kem.value,
                 "enc": base64.b64encode(seal_to(r.kem, r.public, file_key, _key_info(self.bundle_id, r.unit_code))).decode()}
                for r in recipients
            ],
            "secrecy": secrecy,
            "sequence": sequence,
            "created_at": created_at,
            "chunk_size": chunk_size,
            "payload_length": payload_length,
            "ciphertext_length": ciphertext_length(payload_length, chunk_size),
        }
        self.header = encode_header(doc)
        self._aead = AESGCM(_payload_key(file_key, self.bundle_id, sender_code, sequence))
        self._chunk_size = chunk_size
        self._payload_length = payload_length
        self._chunks = chunk_count(payload_length, chunk_size)
        self._index = 0
        self._buffer = bytearray()
        self._written = 0
        self._hash = hashlib.sha512(_SIG_DOMAIN)
        self._sink = _Sink(out, self._hash)
        self._emit(MAGIC + len(self.header).to_bytes(4, "big") + self.header)

    def _emit(self, data: bytes) -> None:
        self._sink.put(data)

    def _seal(self, chunk: bytes) -> None:
        final = self._index == self._chunks - 1
        self._emit(self._aead.encrypt(_nonce(self._index, final), chunk, _CHUNK_AAD))
        self._index += 1

    def write(self, data: bytes) -> None:
        self._written += len(data)
        if self._written > self._payload_length:
            raise ValueError("more payload than announced")
        self._buffer += data
        # Keep the last full chunk back: only close() knows whether it is final.
        while len(self._buffer) > self._chunk_size:
            self._seal(bytes(self._buffer[: self._chunk_size]))
            del self._buffer[: self._chunk_size]

    def close(self) -> None:
        if self._written != self._payload_length:
            self._sink.finish()
            raise ValueError(f"payload is {self._written} bytes, announced {self._payload_length}")
        self._seal(bytes(self._buffer))
        self._buffer.clear()
        self._sink.finish()
        if self._index != self._chunks:
            raise ValueError("chunk count mismatch")
        signature = self._signer.sign(self._hash.digest())
        self._out.write(TRAILER + signature)


class _Discard:
    def write(self, data: bytes) -> None:
        pass


class _Observer:
    """Adapts a callable to the hash-like `update` the sink calls."""

    def __init__(self, fn: Callable[[bytes], None]) -> None:
        self.update = fn


def _parse_header(raw: bytes) -> Header:
    try:
        d = json.loads(raw.decode("utf-8"))
        sender = d["sender"]
        h = Header(
            raw=raw, format_version=int(d["format_version"]), kind=str(d["kind"]), bundle_id=str(d["bundle_id"]),
            sender_code=str(sender["unit_code"]), sender_fingerprint=str(sender["fingerprint"]),
            recipients=tuple(dict(r) for r in d["recipients"]), secrecy=str(d["secrecy"]), sequence=int(d["sequence"]),
            created_at=str(d["created_at"]), chunk_size=int(d["chunk_size"]), payload_length=int(d["payload_length"]),
            ciphertext_length=int(d["ciphertext_length"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise BundleError("bundle_malformed", f"phần đầu không đọc được ({exc.__class__.__name__})") from exc
    if h.format_version != FORMAT_VERSION:
        raise BundleError("bundle_malformed", f"phiên bản định dạng {h.format_version} không được hỗ trợ (bản này đọc {FORMAT_VERSION})")
    if h.kind not in KINDS or h.secrecy not in SECRECY_CODES or h.sequence < 0:
        raise BundleError("bundle_malformed", "giá trị trong phần đầu không hợp lệ")
    if not 1 <= len(h.recipients) <= MAX_RECIPIENTS or not all(isinstance(r, dict) and "enc" in r for r in h.recipients):
        raise BundleError("bundle_malformed", "danh sách nơi nhận không hợp lệ")
    if not MIN_CHUNK <= h.chunk_size <= MAX_CHUNK or not 0 <= h.payload_length <= MAX_PAYLOAD:
        raise BundleError("bundle_malformed", "kích thước khối hoặc dữ liệu vượt giới hạn")
    if h.ciphertext_length != ciphertext_length(h.payload_length, h.chunk_size):
        raise BundleError("bundle_malformed", "độ dài bản mã không khớp với phần đầu")
    return h


class BundleReader:
    """Open a bundle in the order of docs/bundle-format.md §6.

    The constructor runs checks 1–4 (form and length); verify() check 6;
    open_file_key() checks 7 and 9; chunks() check 10. The caller does 5 and 8,
    which need the vault.
    """

    def __init__(self, f: BinaryIO, size: int) -> None:
        self._f = f
        self.size = size
        f.seek(0)
        start = f.read(12)
        if len(start) < 12 or start[:8] != MAGIC:
            if len(start) < 12 and MAGIC.startswith(start[:8]) and start:
                raise BundleError("bundle_truncated", "tệp bị cắt ngay ở phần đầu")
            raise BundleError("bundle_malformed", "không phải gói tin HoSo")
        header_len = int.from_bytes(start[8:12], "big")
        if not 2 <= header_len <= MAX_HEADER:
            raise BundleError("bundle_malformed", f"độ dài phần đầu {header_len} ngoài giới hạn")
        raw = f.read(header_len)
        if len(raw) < header_len:
            raise BundleError("bundle_truncated", "tệp bị cắt trong phần đầu")
        self.header = _parse_header(raw)
        self._body_start = 12 + header_len
        expected = self._body_start + self.header.ciphertext_length + len(TRAILER) + SIG_LEN
        if size < expected:
            raise BundleError("bundle_truncated", f"tệp ngắn hơn phần đầu khai báo ({size} < {expected} byte)")
        if size > expected:
            raise BundleError("bundle_tampered", f"có dữ liệu thêm sau cuối gói tin ({size - expected} byte)")
        f.seek(self._body_start + self.header.ciphertext_length)
        trailer = f.read(len(TRAILER) + SIG_LEN)
        if trailer[: len(TRAILER)] != TRAILER:
            raise BundleError("bundle_tampered", "thiếu phần chữ ký ở cuối gói tin")
        self._signature = trailer[len(TRAILER):]

    def verify(self, signing_public: bytes, read_size: int = 1 << 20, observe: Callable[[bytes], None] | None = None) -> None:
        """Check 6: the sender's signature over everything before the trailer.
        `observe` sees every byte of the file, in order (e.g. to hash the whole file in the same pass)."""
        h = hashlib.sha512(_SIG_DOMAIN)
        self._f.seek(0)
        remaining = self._body_start + self.header.ciphertext_length
        side = _Sink(_Discard(), _Observer(observe)) if observe else None  # the observer runs beside the signature hash
        try:
            while remaining:
                block = self._f.read(min(read_size, remaining))
                if not block:
                    raise BundleError("bundle_truncated", "tệp ngắn hơn dự kiến khi đọc")
                if side:
                    side.put(block)
                h.update(block)
                remaining -= len(block)
            if side:
                side.put(self._f.read())  # the trailer
        finally:
            if side:
                side.finish()
        try:
            ed25519.Ed25519PublicKey.from_public_bytes(signing_public).verify(self._signature, h.digest())
        except (InvalidSignature, ValueError) as exc:
            raise BundleError("bundle_tampered", "chữ ký của đơn vị gửi không đúng") from exc

    def open_file_key(self, unit_code: str, fingerprint: str, key: ReceivingKey) -> bytes:
        """Checks 7 and 9: addressed to us, and our wrapped key opens."""
        entry = self.header.recipient(unit_code)
        if entry is None or entry.get("fingerprint") != fingerprint:
            raise BundleError("bundle_not_for_us", f"gói tin không gửi cho đơn vị {unit_code}")
        if entry.get("kem") != key.kind.value:
            raise BundleError("bundle_not_for_us", "gói tin dùng khóa nhận khác của đơn vị này")
        try:
            enc = base64.b64decode(entry["enc"], validate=True)
            return key.open(enc, _key_info(self.header.bundle_id, unit_code))
        except (WrongKey, ValueError) as exc:
            raise BundleError("bundle_tampered", "khóa của gói tin không mở được bằng khóa của đơn vị này") from exc

    def chunks(self, file_key: bytes) -> Iterator[bytes]:
        """Check 10: every chunk authentic, in order, the last one final."""
        h = self.header
        aead = AESGCM(_payload_key(file_key, h.bundle_id, h.sender_code, h.sequence))
        n = chunk_count(h.payload_length, h.chunk_size)
        self._f.seek(self._body_start)
        for i in range(n):
            plain_len = h.chunk_size if i < n - 1 else h.payload_length - h.chunk_size * (n - 1)
            block = self._f.read(plain_len + TAG_LEN)
            if len(block) < plain_len + TAG_LEN:
                raise BundleError("bundle_truncated", f"khối {i} bị cắt")
            try:
                yield aead.decrypt(_nonce(i, i == n - 1), block, _CHUNK_AAD)
            except InvalidTag as exc:
                raise BundleError("bundle_tampered", f"khối dữ liệu {i} không xác thực được") from exc
