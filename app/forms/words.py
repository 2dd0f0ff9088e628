"""Vietnamese renderings of dates and values on forms."""

from __future__ import annotations

import datetime as _dt

from ..domain.partial_date import PartialDate


def long_date(d: _dt.date) -> str:
    """'ngày 05 tháng 03 năm 2026' (the party format writes two-digit days and months)."""
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def short_date(d: _dt.date | str | None, empty: str = "") -> str:
    if not d:
        return empty
    if isinstance(d, str):
        try:
            d = _dt.date.fromisoformat(d[:10])
        except ValueError:
            return d
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def partial(p: PartialDate | None, empty: str = "") -> str:
    return p.display() if p else empty


def sex(code: str) -> str:
    return {"M": "Nam", "F": "Nữ"}.get(code, "chưa rõ")


def upper(text: str) -> str:
    return text.upper()
