"""The Registers area: the outgoing, incoming and copying books, read-only."""
