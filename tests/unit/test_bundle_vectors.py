"""Our reader against the committed test vectors (tests/vectors/vectors.json)."""

import base64
import io
import json
from pathlib import Path

import pytest

from crypto.bundle import BundleError, BundleReader
from crypto.hpke_keys import KemKind, ReceivingKey

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
INDEX = json.loads((VECTORS / "vectors.json").read_text("utf-8"))


def _open(data: bytes, code: str) -> bytes:
    unit = INDEX["recipients"][code]
    key = ReceivingKey(KemKind(unit["kem"]), base64.b64decode(unit["receiving_private"]))
    r = BundleReader(io.BytesIO(data), len(data))
    r.verify(base64.b64decode(INDEX["sender"]["signing_public"]))
    return b"".join(r.chunks(r.open_file_key(code, unit["fingerprint"], key)))


@pytest.mark.parametrize("vector", INDEX["vectors"], ids=lambda v: v["file"])
@pytest.mark.parametrize("code", sorted(INDEX["recipients"]))
def test_vector(vector, code):
    data = (VECTORS / vector["file"]).read_bytes()
    if vector["expect"] == "ok":
        assert _open(data, code) == base64.b64decode(INDEX["payload_b64"])
    else:
        with pytest.raises(BundleError) as e:
            _open(data, code)
        assert e.value.code == vector["expect"]
