"""Replacing the data key (SQLCipher rekey), safe against a crash at any point.

1. A new key is sealed to every slot and recorded as *pending* in the key file.
2. The database is rekeyed in one SQLCipher transaction.
3. The key file makes the pending key current and drops the old one.

A crash before 2 completes leaves the database on the old key: the next rekey
starts over with a fresh pending key. A crash between 2 and 3 leaves the
database on the new key: the next unlock notices and completes step 3.

Attachment files (blobs/) are not re-encrypted: each has its own random key,
held in its `blobs` row, which step 2 re-encrypts with the rest of the pages.
"""

from __future__ import annotations

import os
from pathlib import Path

from crypto import keyslots

from ..permissions import Permission
from .keystore import KeyFile


def finish_key_switch(vault_dir: Path, kf: KeyFile, generation: int) -> None:
    """Step 3: make `generation` current and forget every other sealed key."""
    kf.generation = generation
    kf.pending_generation = None
    for slot in kf.slots.values():
        slot.sealed_dek = {g: b for g, b in slot.sealed_dek.items() if g == generation}
    kf.save(vault_dir)


def prepare(vault_dir: Path, kf: KeyFile, new_dek: bytes) -> int:
    """Step 1: seal the new key to every slot and mark it pending."""
    gen = kf.generation + 1
    for sid, slot in kf.slots.items():
        slot.sealed_dek = {g: b for g, b in slot.sealed_dek.items() if g == kf.generation}
        slot.sealed_dek[gen] = keyslots.seal_dek(slot.keys, new_dek, kf.vault_id, sid, gen)
    kf.pending_generation = gen
    kf.save(vault_dir)
    return gen


def rekey_database(conn, new_dek: bytes) -> None:
    """Step 2: SQLCipher re-encrypts every page under the new key in one transaction."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"PRAGMA rekey = \"x'{new_dek.hex()}'\"")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def rekey(session) -> int:
    """Replace the vault's data key; returns the new key generation."""
    session.require(Permission.REKEY)
    vault = session.vault
    with session.change(Permission.REKEY, "rekey_started", "vault", "", "Bắt đầu thay khóa dữ liệu"):
        pass
    kf = KeyFile.load(vault.path)
    new_dek = bytearray(os.urandom(32))
    gen = prepare(vault.path, kf, bytes(new_dek))
    rekey_database(vault.conn, bytes(new_dek))
    finish_key_switch(vault.path, kf, gen)
    old = vault.dek()
    for i in range(len(old)):
        old[i] = 0
    vault._dek = new_dek
    vault.keyfile = kf
    with session.change(Permission.REKEY, "rekey_completed", "vault", "", f"Khóa dữ liệu thế hệ {gen}"):
        pass
    return gen
