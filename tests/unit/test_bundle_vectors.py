"""Our reader against the committed test vectors: tests/vectors/vectors.json
(current format) and tests/vectors/v1/ (format 1, which must still open)."""

import base64
import hashlib
import io
import json
from pathlib import Path

import pytest

from crypto.bundle import FORMAT_VERSION, BundleError, BundleReader
from crypto.hpke_keys import KemKind, ReceivingKey

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
SETS = {name: (folder, json.loads((folder / "vectors.json").read_text("utf-8")))
        for name, folder in (("current", VECTORS), ("v1", VECTORS / "v1"))}
CASES = [(name, v["file"], v["expect"], code) for name, (_, index) in SETS.items()
         for v in index["vectors"] for code in sorted(index["recipients"])]


def _open(index: dict, data: bytes, code: str) -> bytes:
    unit = index["recipients"][code]
    key = ReceivingKey(KemKind(unit["kem"]), base64.b64decode(unit["receiving_private"]))
    r = BundleReader(io.BytesIO(data), len(data))
    assert r.verify(base64.b64decode(index["sender"]["signing_public"])) == hashlib.sha256(data).hexdigest()
    return b"".join(r.chunks(r.open_file_key(code, unit["fingerprint"], key)))


@pytest.mark.parametrize("name,file,expect,code", CASES, ids=lambda x: str(x))
def test_vector(name, file, expect, code):
    folder, index = SETS[name]
    data = (folder / file).read_bytes()
    if expect == "ok":
        assert _open(index, data, code) == base64.b64decode(index["payload_b64"])
    else:
        with pytest.raises(BundleError) as e:
            _open(index, data, code)
        assert e.value.code == expect


def test_both_format_versions_are_covered():
    versions = {name: json.loads((folder / "valid.hoso").read_bytes()[12:12 + int.from_bytes((folder / "valid.hoso").read_bytes()[8:12], "big")])["format_version"]
                for name, (folder, _) in SETS.items()}
    assert versions == {"current": FORMAT_VERSION, "v1": 1}
