"""Key slots: how a password or the recovery key reaches the vault's data key.

A slot holds an HPKE receiving key (hybrid ML-KEM-768 + X25519) whose private
half is wrapped with AES-256-GCM under the slot's key-encryption key (KEK: from
Argon2id for a password, HKDF for the high-entropy recovery key). The data key
(DEK) is HPKE-sealed to each slot's public key, per DEK generation.

Why the public-key step: rekeying must give every user the new DEK without
knowing their passwords. Sealing to the slot's public key does that, and a
password change only rewraps the slot's private key (no re-encryption).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import aead
from .hpke_keys import KemKind, ReceivingKey, seal_to


def _slot_aad(vault_id: str, slot_id: str) -> bytes:
    return f"hoso-slot-v1|{vault_id}|{slot_id}".encode()


def _dek_info(vault_id: str, slot_id: str, generation: int) -> bytes:
    return f"hoso-dek-v1|{vault_id}|{slot_id}|{generation}".encode()


@dataclass(frozen=True)
class SlotKeys:
    kind: KemKind
    public: bytes
    wrapped_private: bytes


def new_slot(kek: bytes, vault_id: str, slot_id: str, kind: KemKind = KemKind.HYBRID) -> tuple[SlotKeys, ReceivingKey]:
    key = ReceivingKey.generate(kind)
    return wrap_private(key, kek, vault_id, slot_id), key


def wrap_private(key: ReceivingKey, kek: bytes, vault_id: str, slot_id: str) -> SlotKeys:
    wrapped = aead.seal(kek, key.private_raw, _slot_aad(vault_id, slot_id))
    return SlotKeys(key.kind, key.public_raw(), wrapped)


def open_slot(kek: bytes, slot: SlotKeys, vault_id: str, slot_id: str) -> ReceivingKey:
    """Unwrap the slot's private key; raises WrongKey for a wrong password."""
    raw = aead.open_(kek, slot.wrapped_private, _slot_aad(vault_id, slot_id))
    return ReceivingKey(slot.kind, raw)


def seal_dek(slot: SlotKeys, dek: bytes, vault_id: str, slot_id: str, generation: int) -> bytes:
    return seal_to(slot.kind, slot.public, dek, _dek_info(vault_id, slot_id, generation))


def open_dek(key: ReceivingKey, sealed: bytes, vault_id: str, slot_id: str, generation: int) -> bytes:
    return key.open(sealed, _dek_info(vault_id, slot_id, generation))
