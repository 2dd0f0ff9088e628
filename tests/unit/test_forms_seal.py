"""The QR payload and typed check code: format, leniency, signatures, and that the QR scans."""

import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.forms import qr, seal
from app.forms.errors import FormError

KEY = ed25519.Ed25519PrivateKey.generate()
DIGEST = bytes(range(32))


def test_qr_payload_round_trip_and_signature():
    payload = seal.qr_payload("TU-TQ", "15-TTr/BTCTU", 2, 5, DIGEST, KEY.sign)
    assert payload.startswith("HOSO1:TU-TQ:15-TTR/BTCTU:2/5:") and payload == payload.upper()
    p = seal.parse(payload)
    assert (p.unit, p.number, p.copy, p.copies, p.from_qr) == ("TU-TQ", "15-TTR/BTCTU", 2, 5, True)
    KEY.public_key().verify(p.signature, seal.message(p.unit, p.number, p.copy, p.copies, p.digest_prefix))
    assert len(payload) < 200  # stays a small QR (version 7-8 in alphanumeric mode)


def test_typed_code_is_read_leniently():
    code = seal.typed_code("15-KL/TU", DIGEST)
    number, groups = code.split(" ")
    assert number == "15-KL/TU" and len(groups) == 14 and groups.count("-") == 2
    want = seal.parse(code)
    typed = seal.parse("  số 15-KL/TU " + groups.lower().replace("0", "o").replace("1", "l").replace("-", " "))
    assert typed == want and not typed.from_qr


@pytest.mark.parametrize("bad", ["", "15-KL/TU", "15-KL/TU ABCD-EFGH", "15-KL/TU ABCD-EFGH-JKU!"])
def test_bad_codes_are_refused_with_a_hint(bad):
    with pytest.raises(FormError) as e:
        seal.parse(bad)
    assert e.value.code == "bad_form_code" and "15-KL/TU" in e.value.message


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("pdftoppm"), reason="zbar-tools/poppler not installed")
def test_the_printed_qr_scans(tmp_path):
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    payload = seal.qr_payload("TU-TQ", "7-KL/TU", 1, 3, DIGEST, KEY.sign)
    c = Canvas(str(tmp_path / "q.pdf"))
    qr.draw(c, qr.encode(payload), 100, 400, 16 * mm)  # the size printed in the footer
    c.save()
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(tmp_path / "q.pdf"), str(tmp_path / "q")], check=True)
    out = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "q-1.png")], capture_output=True, text=True).stdout.strip()
    assert out == payload
