"""The encrypted vault: a folder with the SQLCipher database and its key file."""

from .vault import Vault, create_vault, default_vault_dir, is_vault, open_vault, open_with_recovery

__all__ = ["Vault", "create_vault", "default_vault_dir", "is_vault", "open_vault", "open_with_recovery"]
