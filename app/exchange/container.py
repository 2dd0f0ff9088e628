"""The plaintext inside a bundle: a manifest, then the entries it lists.

    u32 manifest length | manifest JSON | entry bytes, in manifest order

Records come first (persons, cases, receipt), attachments last, so that a
preview reads only the small front of the payload. Every entry carries its
length and SHA-256 in the manifest; the manifest repeats the sender and the
bundle id so a payload cannot be re-wrapped under another header.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from crypto.bundle import BundleError, Prefetch

MAX_MANIFEST = 64 << 20
MAX_ENTRIES = 2_000_000
RECORD_KINDS = ("person", "case", "receipt")


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str  # person | case | receipt | attachment
    length: int
    sha256: str
    chunks: Callable[[], Iterable[bytes]]  # produces the bytes when writing


def json_entry(name: str, kind: str, doc: dict) -> Entry:
    data = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Entry(name, kind, len(data), hashlib.sha256(data).hexdigest(), lambda: (data,))


def manifest_bytes(sender: str, bundle_id: str, entries: list[Entry]) -> bytes:
    doc = {"sender": sender, "bundle_id": bundle_id,
           "entries": [{"name": e.name, "kind": e.kind, "length": e.length, "sha256": e.sha256} for e in entries]}
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def payload_length(manifest: bytes, entries: list[Entry]) -> int:
    return 4 + len(manifest) + sum(e.length for e in entries)


_ENTRY_END = object()  # between two entries' blocks in the prefetched stream


def write_payload(write: Callable[[bytes], None], manifest: bytes, entries: list[Entry],
                  progress: Callable[[int], None] | None = None, cancel: Callable[[], bool] | None = None) -> None:
    """Write the container. A thread produces the entries' bytes (attachment
    blobs read from the vault: SQLite releases the GIL while it decrypts pages)
    a few blocks ahead of `write`, which seals them."""
    write(len(manifest).to_bytes(4, "big") + manifest)

    def blocks() -> Iterator[object]:
        for e in entries:
            yield from e.chunks()
            yield _ENTRY_END

    with Prefetch(blocks, depth=8) as ahead:
        for e in entries:
            n = 0
            for block in ahead:
                if cancel and cancel():
                    raise KeyboardInterrupt  # mapped to "cancelled" by the caller
                if block is _ENTRY_END:
                    break
                write(block)
                n += len(block)
                if progress:
                    progress(len(block))
            if n != e.length:
                raise RuntimeError(f"{e.name}: {n} bytes written, {e.length} announced")


class _Stream:
    """Reads exact byte counts from the decrypted chunk iterator, copying each byte once."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._cur = b""  # the chunk being read
        self._pos = 0

    def _next_chunk(self) -> bytes:
        try:
            return next(self._chunks)
        except StopIteration:
            raise BundleError("bundle_tampered", "dữ liệu kết thúc sớm hơn danh mục khai báo") from None

    def read(self, n: int) -> bytes:
        end = self._pos + n
        if end <= len(self._cur):  # the usual case: inside the current chunk
            out = self._cur[self._pos:end]
            self._pos = end
            return out
        parts = [memoryview(self._cur)[self._pos:]]
        need = end - len(self._cur)
        while need:
            chunk = self._next_chunk()
            if len(chunk) >= need:
                parts.append(memoryview(chunk)[:need])
                self._cur, self._pos = chunk, need
                need = 0
            else:
                parts.append(chunk)
                need -= len(chunk)
                self._cur, self._pos = chunk, len(chunk)
        return b"".join(parts)

    def read_blocks(self, n: int, size: int = 1 << 20) -> Iterator[bytes]:
        while n:
            block = self.read(min(size, n))
            n -= len(block)
            yield block

    def at_end(self) -> bool:
        if self._pos < len(self._cur):
            return False
        for block in self._chunks:
            if block:
                self._cur, self._pos = block, 0
                return False
        return True


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    kind: str
    length: int
    sha256: str


def read_manifest(stream: _Stream, sender: str, bundle_id: str) -> list[ManifestEntry]:
    n = int.from_bytes(stream.read(4), "big")
    if not 2 <= n <= MAX_MANIFEST:
        raise BundleError("bundle_tampered", "danh mục nội dung có độ dài không hợp lệ")
    try:
        doc = json.loads(stream.read(n))
        entries = [ManifestEntry(str(e["name"]), str(e["kind"]), int(e["length"]), str(e["sha256"])) for e in doc["entries"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError("bundle_tampered", "danh mục nội dung không đọc được") from exc
    if doc.get("sender") != sender or doc.get("bundle_id") != bundle_id:
        raise BundleError("bundle_tampered", "danh mục nội dung ghi đơn vị gửi hoặc mã gói khác phần đầu")
    if len(entries) > MAX_ENTRIES or any(e.length < 0 for e in entries):
        raise BundleError("bundle_tampered", "danh mục nội dung không hợp lệ")
    return entries


def iterate(chunks: Iterator[bytes], sender: str, bundle_id: str, *, records_only: bool = False):
    """Yield (ManifestEntry, bytes or block iterator) in order, checking each hash.

    Records come as whole bytes (checked before they are yielded); an
    attachment comes as a block iterator whose hash is checked when it is
    exhausted. With records_only, stops at the first attachment (preview).
    """
    stream = _Stream(chunks)
    entries = read_manifest(stream, sender, bundle_id)
    for e in entries:
        if e.kind in RECORD_KINDS:
            data = stream.read(e.length)
            if hashlib.sha256(data).hexdigest() != e.sha256:
                raise BundleError("bundle_tampered", f"{e.name}: mã băm không khớp")
            yield e, data
        else:
            if records_only:
                return
            yield e, _checked_blocks(stream, e)
    if not stream.at_end():
        raise BundleError("bundle_tampered", "có dữ liệu thừa sau nội dung khai báo")


def _checked_blocks(stream: _Stream, e: ManifestEntry) -> Iterator[bytes]:
    h = hashlib.sha256()
    for block in stream.read_blocks(e.length):
        h.update(block)
        yield block
    if h.hexdigest() != e.sha256:
        raise BundleError("bundle_tampered", f"{e.name}: mã băm không khớp")
