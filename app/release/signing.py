"""Release sums and signature, composed from `cryptography` primitives only.

Layout of a signed release folder:
    SHA256SUMS       "<64 hex>  <relative/posix/path>" per file, sorted (the format `sha256sum -c` reads)
    SHA256SUMS.sig   three text lines: the format tag, the key id, the base64 Ed25519 signature
Signed message: SIGNED_CONTEXT || the exact bytes of SHA256SUMS (a domain separator, so
a signature made with this key for anything else never verifies as a release).
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import HosoError

SUMS = "SHA256SUMS"
SIG = "SHA256SUMS.sig"
SIGNED_CONTEXT = b"HoSo release SHA256SUMS v1\x00"
SIG_TAG = "hoso-release-signature-v1"
PUB_TAG = "hoso-release-public-key-v1"
KEY_ID_CONTEXT = b"HoSo release key id v1\x00"
_LINE = re.compile(r"([0-9a-f]{64})  (\S(?:.*\S)?)")
_BLOCK = 1 << 20
MAX_REPORTED = 8  # files named in one message; the rest are counted


@dataclass(frozen=True)
class Verified:
    key_id: str
    files: int
    total_bytes: int


# -- keys ---------------------------------------------------------------------

def key_id(public_raw: bytes) -> str:
    """What people compare on paper: 80 bits of a SHA-256 of the public key, in groups of four."""
    h = hashes.Hash(hashes.SHA256())
    h.update(KEY_ID_CONTEXT + public_raw)
    text = h.finalize()[:10].hex().upper()
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def generate_key(passphrase: bytes | None = None) -> tuple[bytes, str, str]:
    """(private key PEM, public key file text, key id). The PEM is encrypted when a passphrase is given."""
    private = Ed25519PrivateKey.generate()
    enc = serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return pem, public_text(raw), key_id(raw)


def public_text(public_raw: bytes) -> str:
    return f"{PUB_TAG} {base64.b64encode(public_raw).decode()}\n"


def load_public(path: Path) -> bytes:
    """Raw 32-byte public key from a .pub file written by `generate_key`."""
    try:
        text = Path(path).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise HosoError("release_bad_key", path=str(path), detail=getattr(exc, "strerror", None) or str(exc)) from None
    tag, _, b64 = text.partition(" ")
    try:
        raw = base64.b64decode(b64.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if tag != PUB_TAG or len(raw) != 32:
        raise HosoError("release_bad_key", path=str(path), detail="không phải khóa công khai phát hành HoSo / not a HoSo release public key")
    return raw


def load_private(path: Path, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), passphrase)
    except (OSError, ValueError, TypeError) as exc:
        raise HosoError("release_bad_key", path=str(path), detail=str(exc)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise HosoError("release_bad_key", path=str(path), detail="không phải khóa Ed25519 / not an Ed25519 key")
    return key


# -- sums ---------------------------------------------------------------------

def file_sha256(path: Path) -> str:
    h = hashes.Hash(hashes.SHA256())
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_BLOCK), b""):
            h.update(block)
    return h.finalize().hex()


def _release_files(folder: Path, skip: set[Path]) -> list[Path]:
    """Every file under `folder` except the sums, their signature and `skip`; symlinks are refused."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            if p.is_symlink():
                raise HosoError("release_tampered", detail=f"liên kết tượng trưng / symbolic link: {p.relative_to(folder).as_posix()}")
        for name in filenames:
            p = Path(dirpath) / name
            rel = p.relative_to(folder)
            if rel.as_posix() in (SUMS, SIG) or p.resolve() in skip:
                continue
            out.append(p)
    return sorted(out, key=lambda p: p.relative_to(folder).as_posix())


def make_sums(folder: Path) -> bytes:
    folder = Path(folder)
    lines = [f"{file_sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in _release_files(folder, set())]
    if not lines:
        raise HosoError("release_tampered", detail="thư mục không có tệp nào / the folder holds no files")
    return "".join(lines).encode("utf-8")


def _safe_relpath(rel: str) -> bool:
    p = PurePosixPath(rel)
    return not (p.is_absolute() or "\\" in rel or ":" in rel or any(part in ("", ".", "..") for part in rel.split("/")))


def parse_sums(data: bytes) -> dict[str, str]:
    """{relative path: hex digest}; anything but well-formed lines with safe relative paths is refused."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise HosoError("release_tampered", detail=f"{SUMS}: không phải văn bản UTF-8 / not UTF-8 text") from None
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = _LINE.fullmatch(line)
        if not m or not _safe_relpath(m.group(2)) or m.group(2) in out:
            raise HosoError("release_tampered", detail=f"{SUMS} dòng / line {n}")
        out[m.group(2)] = m.group(1)
    if not out:
        raise HosoError("release_tampered", detail=f"{SUMS}: rỗng / empty")
    return out


# -- sign and verify ----------------------------------------------------------

def sign_folder(folder: Path, private: Ed25519PrivateKey) -> tuple[Path, Path]:
    """Write SHA256SUMS over every file in `folder`, then its detached signature."""
    folder = Path(folder)
    sums = make_sums(folder)
    signature = private.sign(SIGNED_CONTEXT + sums)
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    (folder / SUMS).write_bytes(sums)
    (folder / SIG).write_text(f"{SIG_TAG}\nkey: {key_id(raw)}\nsig: {base64.b64encode(signature).decode()}\n", "ascii")
    return folder / SUMS, folder / SIG


def _read_signature(path: Path) -> tuple[str, bytes]:
    try:
        lines = path.read_text("ascii").splitlines()
        fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
        sig = base64.b64decode(fields["sig"], validate=True)
        if lines[0] != SIG_TAG or len(sig) != 64:
            raise ValueError
        return fields.get("key", "?"), sig
    except (OSError, UnicodeDecodeError, ValueError, KeyError, IndexError, binascii.Error):
        raise HosoError("release_bad_signature", detail=f"{SIG} hỏng / damaged") from None


def verify_folder(folder: Path, public_raw: bytes, key_path: Path | None = None) -> Verified:
    """Check the signature over SHA256SUMS, then every listed file, and that nothing unlisted is present."""
    folder = Path(folder)
    if not (folder / SUMS).is_file() or not (folder / SIG).is_file():
        raise HosoError("release_unsigned", path=str(folder))
    sums = (folder / SUMS).read_bytes()
    signed_by, signature = _read_signature(folder / SIG)
    mine = key_id(public_raw)
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, SIGNED_CONTEXT + sums)
    except InvalidSignature:
        if signed_by != mine:
            raise HosoError("release_wrong_key", signed_by=signed_by, key_id=mine) from None
        raise HosoError("release_bad_signature", detail=f"{SUMS} đã bị sửa sau khi ký / was altered after signing") from None
    listed = parse_sums(sums)
    problems: list[str] = []
    total = 0
    for rel, digest in listed.items():
        p = folder / rel
        if p.is_symlink() or not p.is_file():
            problems.append(f"thiếu / missing: {rel}")
            continue
        total += p.stat().st_size
        if file_sha256(p) != digest:
            problems.append(f"khác tổng kiểm / altered: {rel}")
    skip = {Path(key_path).resolve()} if key_path else set()
    for p in _release_files(folder, skip):
        rel = p.relative_to(folder).as_posix()
        if rel not in listed:
            problems.append(f"không có trong danh sách / not listed: {rel}")
    if problems:
        more = len(problems) - MAX_REPORTED
        detail = "; ".join(problems[:MAX_REPORTED]) + (f"; … (+{more})" if more > 0 else "")
        raise HosoError("release_tampered", detail=detail)
    return Verified(mine, len(listed), total)
