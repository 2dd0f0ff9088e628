"""The vault's key file (`vault.keys`): wrapped keys and KDF parameters only.

JSON, written atomically. It holds no secret in clear: each slot's private key
is AES-GCM-wrapped under a key-encryption key, and the data key is
HPKE-sealed to each slot. Slot ids are hashes, so user names are not listed.
See docs/key-hierarchy.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from crypto.hpke_keys import KemKind
from crypto.kdf import KdfParams
from crypto.keyslots import SlotKeys

from ..errors import VaultError
from ..fsutil import atomic_write

KEYFILE_NAME = "vault.keys"
FORMAT = "hoso-keys"
VERSION = 1
RECOVERY_SLOT = "recovery"


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode(), validate=True)


def user_slot_id(vault_id: str, username: str) -> str:
    return "u-" + hashlib.sha256(f"{vault_id}|{username.casefold()}".encode()).hexdigest()[:24]


@dataclass
class Slot:
    kind: str  # "password" or "recovery"
    keys: SlotKeys
    kdf: KdfParams | None
    sealed_dek: dict[int, bytes] = field(default_factory=dict)  # generation -> HPKE blob

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "kem": self.keys.kind.value,
            "public": _b64(self.keys.public),
            "wrapped_private": _b64(self.keys.wrapped_private),
            "kdf": self.kdf.to_json() if self.kdf else None,
            "dek": {str(g): _b64(b) for g, b in sorted(self.sealed_dek.items())},
        }

    @classmethod
    def from_json(cls, d: dict) -> "Slot":
        keys = SlotKeys(KemKind(d["kem"]), _unb64(d["public"]), _unb64(d["wrapped_private"]))
        kdf = KdfParams.from_json(d["kdf"]) if d.get("kdf") else None
        return cls(d["kind"], keys, kdf, {int(g): _unb64(b) for g, b in d["dek"].items()})


@dataclass
class KeyFile:
    vault_id: str
    generation: int  # generation of the data key the database is keyed with
    slots: dict[str, Slot]
    pending_generation: int | None = None  # set while a rekey is under way

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "pending_generation": self.pending_generation,
            "slots": {sid: s.to_json() for sid, s in sorted(self.slots.items())},
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> "KeyFile":
        try:
            doc = json.loads(data)
            if doc.get("format") != FORMAT:
                raise ValueError("not a HoSo key file")
            if int(doc["version"]) > VERSION:
                raise VaultError("vault_corrupt", detail=f"{KEYFILE_NAME}: do một phiên bản HoSo mới hơn tạo ra; hãy dùng phiên bản đó")
            return cls(
                vault_id=str(doc["vault_id"]),
                generation=int(doc["generation"]),
                slots={sid: Slot.from_json(s) for sid, s in doc["slots"].items()},
                pending_generation=doc.get("pending_generation"),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise VaultError("vault_corrupt", detail=f"{KEYFILE_NAME}: nội dung không đọc được") from exc

    @classmethod
    def load(cls, vault_dir: Path) -> "KeyFile":
        return cls.from_bytes((Path(vault_dir) / KEYFILE_NAME).read_bytes())

    def save(self, vault_dir: Path) -> None:
        atomic_write(Path(vault_dir) / KEYFILE_NAME, self.to_bytes())
