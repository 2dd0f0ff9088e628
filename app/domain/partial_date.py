"""Dates known only in part (year, or month and year), common for relatives.

Stored as ISO text of the known part ("1958", "1958-03", "1958-03-12"), which
sorts correctly as text; shown day-first as Vietnamese forms write them
("1958", "03/1958", "12/03/1958").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..errors import InvalidInput

_DMY = re.compile(r"^\s*(?:(\d{1,2})[/.\-])?(?:(\d{1,2})[/.\-])?(\d{4})\s*$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1800 <= self.year <= 2200:
            raise InvalidInput(detail=f"năm {self.year} không hợp lệ")
        if self.month is None and self.day is not None:
            raise InvalidInput(detail="có ngày thì phải có tháng")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidInput(detail=f"tháng {self.month} không hợp lệ")
        if self.day is not None:
            try:
                _dt.date(self.year, self.month, self.day)
            except ValueError:
                raise InvalidInput(detail=f"ngày {self.day:02d}/{self.month:02d}/{self.year} không tồn tại") from None

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Read what officers type or spreadsheets hold: dd/mm/yyyy, mm/yyyy, yyyy, ISO."""
        text = (text or "").strip()
        m = _ISO.match(text)
        if m:
            y, mo, d = m.groups()
            return cls(int(y), int(mo) if mo else None, int(d) if d else None)
        m = _DMY.match(text)
        if m:
            a, b, y = m.groups()
            if a and b:
                return cls(int(y), int(b), int(a))
            if a:
                return cls(int(y), int(a))
            return cls(int(y))
        raise InvalidInput(detail=f"ngày tháng không đọc được: {text!r} (dd/mm/yyyy, mm/yyyy hoặc yyyy)")

    @classmethod
    def from_iso(cls, text: str | None) -> "PartialDate | None":
        return cls.parse(text) if text else None

    @classmethod
    def from_date(cls, d: _dt.date) -> "PartialDate":
        return cls(d.year, d.month, d.day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        if self.month is None:
            return f"{self.year}"
        if self.day is None:
            return f"{self.month:02d}/{self.year}"
        return f"{self.day:02d}/{self.month:02d}/{self.year}"

    def earliest(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        month = self.month or 12
        if self.day:
            return _dt.date(self.year, month, self.day)
        nxt = _dt.date(self.year + (month == 12), month % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)

    def surely_before(self, other: "PartialDate") -> bool:
        """True only if every day this could mean is before every day `other` could mean
        ("05/2005" is not surely before "2005": partial dates are not ordered by a guess)."""
        return self.latest() < other.earliest()

    @property
    def precision(self) -> str:
        return "year" if self.month is None else "month" if self.day is None else "day"

    def age_on(self, when: _dt.date) -> int:
        """Whole years, counting an unknown month or day in the person's favour."""
        born = (self.month or 1, self.day or 1)
        return when.year - self.year - ((when.month, when.day) < born)

    def __str__(self) -> str:
        return self.display()


def iso_or_none(value: "PartialDate | str | None") -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, PartialDate):
        return value.iso()
    return PartialDate.parse(value).iso()
