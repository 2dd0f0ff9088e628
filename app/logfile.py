"""The local log file: where unexpected errors go instead of in front of the user.

Only the exception's type and where it happened (file, line, function) are
written, never its message or any value: an exception raised while handling a
dossier may carry a name or an ID number in its text, and the log is not
encrypted. Owner-only permissions; rotated so it never grows without bound.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

LOG_NAME = "hoso.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


def log_dir() -> Path:
    """Beside the default vault folder, in the user's own data folder."""
    from .vault.vault import default_vault_dir

    return default_vault_dir().parent / "logs"


class RedactingFormatter(logging.Formatter):
    """Formats a record's exception as type and frames only (no message, no values)."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        exc_type, _exc, tb = ei
        frames = traceback.extract_tb(tb)
        lines = [f'  File "{Path(f.filename).name}", line {f.lineno}, in {f.name}' for f in frames]
        name = getattr(exc_type, "__qualname__", str(exc_type))
        code = getattr(_exc, "code", None)
        suffix = f" (code {code})" if isinstance(code, str) else ""
        return "Traceback (values omitted):\n" + "\n".join(lines) + f"\n{name}{suffix}"

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full text (with the message) in
        # record.exc_text; never reuse it.
        saved = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved


def setup(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to `folder/hoso.log` (and keep stderr); returns the file's path."""
    folder = Path(folder) if folder is not None else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(folder, 0o700)
    except OSError:
        pass  # e.g. a file system without modes: the umask already applies
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_hoso_file", False)]:
        root.removeHandler(old)
        old.close()
    handler._hoso_file = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if not any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    return path


def current_path() -> Path | None:
    for h in logging.getLogger().handlers:
        if getattr(h, "_hoso_file", False):
            return Path(h.baseFilename)
    return None
