"""The one error of this package: a file that cannot be imported, and why."""

from __future__ import annotations

from .. import messages
from ..errors import HosoError

_TEMPLATE = ("Không nhập được tệp {file}: {reason}", "Cannot import {file}: {reason}")


class ExcelError(HosoError):
    """code "bad_excel"; `reason` is Vietnamese, `limit` names the limit that was hit."""

    code = "bad_excel"

    def __init__(self, reason: str, *, file: str = "", limit: str = "") -> None:
        super().__init__(None, reason=reason, file=file, limit=limit)

    @property
    def reason(self) -> str:
        return str(self.params.get("reason", ""))

    @property
    def limit(self) -> str:
        return str(self.params.get("limit", ""))

    @property
    def message(self) -> str:
        vi, en = messages.CATALOG.get("bad_excel", _TEMPLATE)
        english = messages.language() == "en"
        template = en if english else vi
        # Without a name: "Không nhập được tệp này" / "Cannot import the file"
        params = {**self.params, "file": self.params.get("file") or ("the file" if english else "này")}
        try:
            text = template.format(**params)
        except (KeyError, IndexError):
            text = _TEMPLATE[0].format(**params)
        if self.limit and "giới hạn" not in text:
            text += f" (giới hạn: {self.limit})"
        return text


class Cancelled(Exception):
    """The user pressed Cancel; the caller turns it into HosoError("cancelled")."""
