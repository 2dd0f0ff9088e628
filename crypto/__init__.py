"""Cryptographic building blocks of HoSo.

Pure functions and small classes composed from the `cryptography` package only
(AES-GCM, HPKE, Ed25519, Argon2id, HKDF). No SQL, no Qt. The compositions are
documented in docs/key-hierarchy.md.
"""
