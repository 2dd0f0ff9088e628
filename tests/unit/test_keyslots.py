import os

import pytest

from crypto import aead, keyslots
from crypto.errors import WrongKey
from crypto.hpke_keys import KemKind, ReceivingKey, seal_to
from crypto.identity import UnitIdentity, fingerprint


@pytest.mark.parametrize("kind", list(KemKind))
def test_slot_round_trip(kind):
    kek, dek = os.urandom(32), os.urandom(32)
    slot, _ = keyslots.new_slot(kek, "v1", "u-a", kind)
    sealed = keyslots.seal_dek(slot, dek, "v1", "u-a", 1)
    key = keyslots.open_slot(kek, slot, "v1", "u-a")
    assert keyslots.open_dek(key, sealed, "v1", "u-a", 1) == dek


def test_wrong_kek_is_refused():
    slot, _ = keyslots.new_slot(os.urandom(32), "v1", "u-a")
    with pytest.raises(WrongKey):
        keyslots.open_slot(os.urandom(32), slot, "v1", "u-a")


def test_slot_is_bound_to_its_vault_slot_and_generation():
    kek, dek = os.urandom(32), os.urandom(32)
    slot, _ = keyslots.new_slot(kek, "v1", "u-a")
    sealed = keyslots.seal_dek(slot, dek, "v1", "u-a", 1)
    with pytest.raises(WrongKey):  # copied into another user's place
        keyslots.open_slot(kek, slot, "v1", "u-b")
    with pytest.raises(WrongKey):  # copied into another vault
        keyslots.open_slot(kek, slot, "v2", "u-a")
    key = keyslots.open_slot(kek, slot, "v1", "u-a")
    with pytest.raises(WrongKey):  # replayed as another generation
        keyslots.open_dek(key, sealed, "v1", "u-a", 2)


def test_rewrap_keeps_the_private_key():
    kek1, kek2 = os.urandom(32), os.urandom(32)
    slot, key = keyslots.new_slot(kek1, "v", "s")
    slot2 = keyslots.wrap_private(key, kek2, "v", "s")
    assert slot2.public == slot.public
    assert keyslots.open_slot(kek2, slot2, "v", "s").private_raw == key.private_raw
    with pytest.raises(WrongKey):
        keyslots.open_slot(kek1, slot2, "v", "s")


def test_aead_flipped_byte_is_detected():
    key = os.urandom(32)
    blob = bytearray(aead.seal(key, b"secret", b"ctx"))
    blob[-1] ^= 1
    with pytest.raises(WrongKey):
        aead.open_(key, bytes(blob), b"ctx")


def test_hybrid_key_sizes_and_fingerprint_is_stable():
    rk = ReceivingKey.generate(KemKind.HYBRID)
    assert len(rk.private_raw) == 96 and len(rk.public_raw()) == 1216
    ct = seal_to(KemKind.HYBRID, rk.public_raw(), b"x", b"info")
    assert rk.open(ct, b"info") == b"x"
    ident = UnitIdentity.generate()
    fp1 = fingerprint("TU", ident.signing_public(), ident.receiving.kind, ident.receiving.public_raw())
    fp2 = fingerprint("TU", ident.signing_public(), ident.receiving.kind, ident.receiving.public_raw())
    fp3 = fingerprint("TV", ident.signing_public(), ident.receiving.kind, ident.receiving.public_raw())
    assert fp1 == fp2 != fp3 and len(fp1.split("-")) == 8
