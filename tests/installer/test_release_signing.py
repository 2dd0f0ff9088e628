"""Release sums and signature: a valid release, a tampered artefact, a wrong key, and the commands."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.errors import HosoError
from app.release import signing

ROOT = Path(__file__).resolve().parents[2]


def _keys(tmp_path: Path, name: str) -> tuple[Path, Path]:
    pem, pub, _ = signing.generate_key()
    (tmp_path / f"{name}.key").write_bytes(pem)
    (tmp_path / f"{name}.pub").write_text(pub)
    return tmp_path / f"{name}.key", tmp_path / f"{name}.pub"


@pytest.fixture
def release(tmp_path):
    rel = tmp_path / "release"
    (rel / "wheelhouse" / "wheels").mkdir(parents=True)
    (rel / "hoso-0.1.0-linux-x86_64.tar.gz").write_bytes(b"\x1f\x8b" + bytes(range(256)) * 40)
    (rel / "hoso_0.1.0_amd64.deb").write_bytes(b"!<arch>\n" + b"deb" * 1000)
    (rel / "wheelhouse" / "wheels" / "hoso-0.1.0-py3-none-any.whl").write_bytes(b"PK" + b"w" * 500)
    (rel / "wheelhouse" / "requirements.lock").write_text("hoso==0.1.0 --hash=sha256:" + "0" * 64 + "\n")
    key, pub = _keys(tmp_path, "release")
    signing.sign_folder(rel, signing.load_private(key))
    return rel, pub


def _verify(rel: Path, pub: Path) -> signing.Verified:
    return signing.verify_folder(rel, signing.load_public(pub), pub)


def test_valid_release_verifies_and_the_sums_are_sha256sum_format(release):
    rel, pub = release
    v = _verify(rel, pub)
    assert v.files == 4 and v.total_bytes > 10_000
    assert v.key_id == signing.key_id(signing.load_public(pub)) and len(v.key_id) == 24
    lines = (rel / "SHA256SUMS").read_text().splitlines()
    assert [l.split("  ")[1] for l in lines] == sorted(l.split("  ")[1] for l in lines)
    assert "  wheelhouse/wheels/hoso-0.1.0-py3-none-any.whl" in "\n".join(lines)
    # The same file checks with coreutils, so an IT officer can cross-check on any Linux machine.
    res = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=rel, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_a_tampered_artefact_is_named(release):
    rel, pub = release
    deb = rel / "hoso_0.1.0_amd64.deb"
    data = bytearray(deb.read_bytes())
    data[100] ^= 1
    deb.write_bytes(bytes(data))
    with pytest.raises(HosoError) as e:
        _verify(rel, pub)
    assert e.value.code == "release_tampered" and "hoso_0.1.0_amd64.deb" in e.value.message


def test_missing_and_added_files_are_refused(release):
    rel, pub = release
    (rel / "wheelhouse" / "wheels" / "hoso-0.1.0-py3-none-any.whl").unlink()
    (rel / "wheelhouse" / "wheels" / "evil-1.0-py3-none-any.whl").write_bytes(b"PK")
    with pytest.raises(HosoError) as e:
        _verify(rel, pub)
    assert e.value.code == "release_tampered"
    assert "hoso-0.1.0-py3-none-any.whl" in e.value.message and "evil-1.0-py3-none-any.whl" in e.value.message


def test_altered_sums_fail_the_signature(release):
    rel, pub = release
    sums = rel / "SHA256SUMS"
    deb = rel / "hoso_0.1.0_amd64.deb"
    deb.write_bytes(b"replaced")
    # The attacker also "fixes" the sum of the replaced file: the signature no longer matches.
    sums.write_text(sums.read_text().replace(
        next(l for l in sums.read_text().splitlines() if l.endswith(deb.name)).split("  ")[0], signing.file_sha256(deb)))
    with pytest.raises(HosoError) as e:
        _verify(rel, pub)
    assert e.value.code == "release_bad_signature"


def test_wrong_key_is_refused_and_both_key_ids_are_shown(release, tmp_path):
    rel, pub = release
    _, other = _keys(tmp_path, "other")
    with pytest.raises(HosoError) as e:
        _verify(rel, other)
    assert e.value.code == "release_wrong_key"
    assert signing.key_id(signing.load_public(pub)) in e.value.message
    assert signing.key_id(signing.load_public(other)) in e.value.message


def test_unsigned_folder_and_damaged_inputs(release, tmp_path):
    rel, pub = release
    (rel / "SHA256SUMS.sig").unlink()
    with pytest.raises(HosoError) as e:
        _verify(rel, pub)
    assert e.value.code == "release_unsigned"
    (tmp_path / "bad.pub").write_text("not a key")
    with pytest.raises(HosoError) as e:
        signing.load_public(tmp_path / "bad.pub")
    assert e.value.code == "release_bad_key"


def test_a_signed_list_may_not_point_outside_the_folder(tmp_path):
    key, pub = _keys(tmp_path, "k")
    rel = tmp_path / "rel"
    rel.mkdir()
    (tmp_path / "outside.txt").write_text("x")
    sums = f"{signing.file_sha256(tmp_path / 'outside.txt')}  ../outside.txt\n".encode()
    (rel / "SHA256SUMS").write_bytes(sums)
    sig = signing.load_private(key).sign(signing.SIGNED_CONTEXT + sums)
    import base64

    (rel / "SHA256SUMS.sig").write_text(f"{signing.SIG_TAG}\nkey: x\nsig: {base64.b64encode(sig).decode()}\n")
    with pytest.raises(HosoError) as e:
        signing.verify_folder(rel, signing.load_public(pub))
    assert e.value.code == "release_tampered"


def test_verify_release_command(release, capsys):
    rel, pub = release
    assert cli.main(["verify-release", str(rel), "--key", str(pub), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["files"] == 4 and out["key_id"] == signing.key_id(signing.load_public(pub))
    (rel / "hoso-0.1.0-linux-x86_64.tar.gz").write_bytes(b"x")
    assert cli.main(["verify-release", str(rel), "--key", str(pub), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["error"] == "release_tampered" and "hoso-0.1.0-linux-x86_64.tar.gz" in out["message"]
    assert cli.main(["verify-release", str(rel)]) == 2  # --key is required


def test_keygen_and_sign_module_with_a_passphrase(tmp_path):
    run = lambda *a, **kw: subprocess.run([sys.executable, "-m", "app.release", *a], cwd=ROOT, capture_output=True,
                                          text=True, **kw)
    res = run("keygen", str(tmp_path / "keys"), "--passphrase-stdin", input="Mật khẩu khóa phát hành 2026\n")
    assert res.returncode == 0, res.stderr
    key = tmp_path / "keys" / "hoso-release.key"
    assert (key.stat().st_mode & 0o777) == 0o600 and b"ENCRYPTED" in key.read_bytes()
    rel = tmp_path / "rel"
    rel.mkdir()
    (rel / "a.bin").write_bytes(b"artefact")
    assert run("sign", str(rel), "--key", str(key), "--passphrase-stdin", input="sai\n").returncode == 1
    assert run("sign", str(rel), "--key", str(key), "--passphrase-stdin", input="Mật khẩu khóa phát hành 2026\n").returncode == 0
    res = run("verify", str(rel), "--key", str(tmp_path / "keys" / "hoso-release.pub"))
    assert res.returncode == 0 and "1 files" in res.stdout
    assert run("keygen", str(tmp_path / "keys")).returncode == 1  # never overwrites a key
