"""Integrity of what is carried to the air-gapped workstations: SHA-256 sums
of every release artefact and a detached Ed25519 signature over them
(docs/release-signing.md). `hoso verify-release DIR --key KEY` checks a
release folder before anything in it is installed."""
