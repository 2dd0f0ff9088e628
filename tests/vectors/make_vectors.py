"""Regenerate the bundle test vectors: `python -m tests.vectors.make_vectors`.

Writes small bundles, the (test-only) keys that open them, and damaged
variants with the error code each must give, so that another implementation
can check itself against ours. The files are committed; regenerating changes
them (HPKE and the file key are random), which is fine. They are made in the
current format version; `v1/` keeps the vectors the format-1 writer made
(signature over SHA-512), which readers must still open.
"""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

from crypto.bundle import FORMAT_VERSION, BundleWriter, Recipient, encode_header
from crypto.hpke_keys import KemKind
from crypto.identity import UnitIdentity

HERE = Path(__file__).parent
PAYLOAD = ("Gói tin thử nghiệm HoSo — " * 400).encode()  # about 11 KB: three 4 KiB chunks


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def main() -> None:
    sender = UnitIdentity.generate(KemKind.X25519)
    units = {"TINH": UnitIdentity.generate(KemKind.HYBRID), "XA": UnitIdentity.generate(KemKind.X25519)}
    recipients = [Recipient(code, f"FP-{code}", ident.receiving.kind, ident.receiving.public_raw()) for code, ident in units.items()]
    out = io.BytesIO()
    w = BundleWriter(out, sender_code="TW", sender_fingerprint="FP-TW", signing_key=sender.signing_private, recipients=recipients,
                     secrecy="toi_mat", sequence=3, payload_length=len(PAYLOAD), chunk_size=4096, created_at="2026-11-21T00:00:00Z")
    w.write(PAYLOAD)
    w.close()
    good = out.getvalue()
    header_len = int.from_bytes(good[8:12], "big")
    body = 12 + header_len
    step = 4096 + 16
    flipped = bytearray(good)
    flipped[body + 100] ^= 0x01
    swapped = good[:body] + good[body + step:body + 2 * step] + good[body:body + step] + good[body + 2 * step:]
    doc = json.loads(good[12:body])
    doc["format_version"] = FORMAT_VERSION + 1
    newer_header = encode_header(doc)
    newer = b"HOSOBND1" + len(newer_header).to_bytes(4, "big") + newer_header + good[body:]
    cases = {
        "valid.hoso": (good, "ok"),
        "flipped-ciphertext.hoso": (bytes(flipped), "bundle_tampered"),
        "flipped-signature.hoso": (good[:-1] + bytes([good[-1] ^ 0x80]), "bundle_tampered"),
        "truncated.hoso": (good[: len(good) - 100], "bundle_truncated"),
        "appended.hoso": (good + b"\x00" * 10, "bundle_tampered"),
        "swapped-chunks.hoso": (swapped, "bundle_tampered"),
        "newer-version.hoso": (newer, "bundle_malformed"),
        "not-a-bundle.hoso": (b"PK\x03\x04" + b"\x00" * 60, "bundle_malformed"),
    }
    index = {
        "comment": f"Bundle format v{FORMAT_VERSION} test vectors (docs/bundle-format.md). Keys are for tests only.",
        "sender": {"unit_code": "TW", "fingerprint": "FP-TW", "signing_public": _b64(sender.signing_public())},
        "recipients": {code: {"fingerprint": f"FP-{code}", "kem": ident.receiving.kind.value,
                              "receiving_private": _b64(ident.receiving.private_raw)} for code, ident in units.items()},
        "payload_b64": _b64(PAYLOAD),
        "vectors": [],
    }
    for name, (data, expect) in cases.items():
        (HERE / name).write_bytes(data)
        index["vectors"].append({"file": name, "expect": expect})
    (HERE / "vectors.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
