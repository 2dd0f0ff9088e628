"""The Administration area: users, own password, backup, audit log, settings."""
