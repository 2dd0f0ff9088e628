"""The USB exchange area: unit cards and trust, sending and receiving sealed bundles."""
