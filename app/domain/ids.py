"""Checks of citizen identity numbers: CCCD (12 digits) and old CMND (9 digits).

CCCD: digits 1-3 the province of birth registration, digit 4 century and sex
(0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s),
digits 5-6 the last two digits of the birth year. A mismatch with the date
of birth or sex is a warning the officer may override with a reason.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .partial_date import PartialDate

# Province codes of birth registration (Thông tư 59/2021/TT-BCA, 63 provinces).
PROVINCE_CODES = {
    "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
    "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
    "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
    "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
    "089", "091", "092", "093", "094", "095", "096",
}


class Sex(str, enum.Enum):
    MALE = "M"
    FEMALE = "F"
    UNKNOWN = ""


class IdKind(str, enum.Enum):
    CCCD = "cccd"
    CMND = "cmnd"


@dataclass(frozen=True)
class IdCheck:
    kind: IdKind | None
    errors: tuple[str, ...]  # not a valid number at all: refuse
    warnings: tuple[str, ...]  # valid shape but inconsistent: officer may override

    @property
    def ok(self) -> bool:
        return not self.errors and not self.warnings


def check_identity_number(number: str, birth: PartialDate | None = None, sex: Sex = Sex.UNKNOWN) -> IdCheck:
    n = (number or "").strip().replace(" ", "")
    if not n:
        return IdCheck(None, (), ())
    if not n.isdigit():
        return IdCheck(None, ("số định danh chỉ gồm chữ số",), ())
    if len(n) == 9:
        return IdCheck(IdKind.CMND, (), ("CMND 9 số (mẫu cũ): nên cập nhật số CCCD",))
    if len(n) != 12:
        return IdCheck(None, (f"CCCD phải có 12 chữ số (đang có {len(n)})",), ())
    warnings = []
    if n[:3] not in PROVINCE_CODES:
        warnings.append(f"mã tỉnh nơi đăng ký khai sinh {n[:3]} không có trong danh mục")
    century_digit = int(n[3])
    century = 1900 + (century_digit // 2) * 100
    coded_sex = Sex.MALE if century_digit % 2 == 0 else Sex.FEMALE
    coded_year = century + int(n[4:6])
    if birth is not None and birth.year != coded_year:
        warnings.append(f"số CCCD mã hóa năm sinh {coded_year}, hồ sơ ghi {birth.year}")
    if sex is not Sex.UNKNOWN and sex is not coded_sex:
        warnings.append(f"số CCCD mã hóa giới tính {'nam' if coded_sex is Sex.MALE else 'nữ'}, hồ sơ ghi {'nam' if sex is Sex.MALE else 'nữ'}")
    return IdCheck(IdKind.CCCD, (), tuple(warnings))


def identity_check_key(number: str, birth: PartialDate | None = None, sex: Sex = Sex.UNKNOWN) -> tuple:
    """What check_identity_number's answer depends on: for a plain 12-digit number only its
    first six digits (province, century and sex, year), the year of birth and the sex; for
    anything else the whole number. Equal keys, equal answers: a list of 100,000 people
    needs a few thousand checks (tests/unit/test_quiet_validation.py compares)."""
    year = None if birth is None else birth.year
    if len(number) == 12 and number.isdigit() and number.isascii():
        return number[:6], year, sex.value
    return number, year, sex.value

