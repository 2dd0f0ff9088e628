"""Cell values as they really come, turned into dossier values.

Dates: date cells, day-first text in many forms, bare Excel serial numbers,
a year or month/year alone (kept as a PartialDate: a day is never invented).
ID numbers: numbers that lost their leading zero (CCCD 12 digits, CMND 9:
padded back when 11 or 8, with a warning), apostrophe prefixes, spaces.
Each parser returns the value and warnings, or raises Problem.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from ..domain.ids import PROVINCE_CODES, Sex
from ..domain.partial_date import PartialDate
from ..domain.secrecy import SecrecyLevel, level_styles
from ..errors import HosoError
from .folding import fold

_EXCEL_EPOCH = _dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's 29/02/1900
_MAX_SERIAL = 2_958_465  # 31/12/9999
_APOSTROPHES = "'’‘`´"
_SEP = r"\s*[/.\-\\ ]\s*"
_DMY = re.compile(rf"^(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}}|\d{{2}})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$")
_MY = re.compile(rf"^(?:t|th|thang)?\s*(\d{{1,2}}){_SEP}(\d{{4}})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_YM = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_WORDS = re.compile(r"^(?:ngay\s*(\d{1,2})\s*,?\s*)?(?:thang\s*(\d{1,2})\s*,?\s*)?(?:nam\s*)?(\d{4})$")
_SERIAL_NOTE = "ô chứa số ngày kiểu Excel (số sê-ri), đã đổi sang ngày tháng"
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")


class Problem(Exception):
    """A value that cannot be used: the message says what is wrong, in Vietnamese."""


def is_blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def strip_apostrophe(text: str) -> str:
    text = text.strip()
    while text and text[0] in _APOSTROPHES:
        text = text[1:].lstrip()
    return text


def as_text(v: object) -> str:
    """Any cell as text: integral numbers without ".0", dates day-first."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "Có" if v else "Không"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e16 else repr(v)
    if isinstance(v, _dt.datetime):
        return v.strftime("%d/%m/%Y") if (v.hour, v.minute, v.second) == (0, 0, 0) else v.strftime("%d/%m/%Y %H:%M")
    if isinstance(v, _dt.date):
        return v.strftime("%d/%m/%Y")
    return str(v)


# -- dates ------------------------------------------------------------------------

def _two_digit_year(yy: int, today: _dt.date) -> int:
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


@lru_cache(maxsize=65536)
def _partial(y: int, m: int | None, d: int | None) -> PartialDate:
    return PartialDate(y, m, d)  # shared: a list has many people born the same day (memory)


def _make(y: int, m: int | None, d: int | None, original: object) -> PartialDate:
    try:
        return _partial(y, m, d)
    except HosoError as exc:
        hint = ""
        if d is not None and m is not None and m > 12 and d <= 12:
            hint = " (có vẻ tháng ghi trước ngày; cần ghi ngày trước: dd/mm/yyyy)"
        raise Problem(f"ngày tháng không hợp lệ {as_text(original)!r}: {exc.params.get('detail', '')}{hint}") from None


def from_serial(n: float, original: object) -> PartialDate:
    if not 1 <= n <= _MAX_SERIAL:
        raise Problem(f"số {as_text(original)} không phải là ngày tháng")
    d = _EXCEL_EPOCH + _dt.timedelta(days=int(n))
    return _make(d.year, d.month, d.day, original)


def parse_date(v: object, today: _dt.date | None = None) -> tuple[PartialDate, tuple[str, ...]]:
    """A date cell of any form; warnings say what was assumed."""
    today = today or _dt.date.today()
    if isinstance(v, _dt.datetime):
        return _make(v.year, v.month, v.day, v), ()
    if isinstance(v, _dt.date):
        return _make(v.year, v.month, v.day, v), ()
    if isinstance(v, bool):
        raise Problem(f"giá trị {as_text(v)!r} không phải là ngày tháng")
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1800 <= v <= 2200:
            return _make(int(v), None, None, v), ()  # a year alone
        return from_serial(float(v), v), (_SERIAL_NOTE,)
    if isinstance(v, (_dt.time, _dt.timedelta)):
        raise Problem(f"ô chứa giờ ({as_text(v)}), không phải ngày tháng")
    return _parse_date_text(strip_apostrophe(str(v)), today)


@lru_cache(maxsize=65536)
def _parse_date_text(text: str, today: _dt.date) -> tuple[PartialDate, tuple[str, ...]]:
    t = " ".join(text.split())
    if not t:
        raise Problem("ô ngày tháng trống")
    m = _DMY.match(t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        warn = []
        if len(y) == 2:
            year = _two_digit_year(int(y), today)
            warn.append(f"năm ghi 2 chữ số ({t}), đã hiểu là {year}")
        else:
            year = int(y)
        return _make(year, mo, d, t), tuple(warn)
    m = _YMD.match(t)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), t), ()
    m = _YM.match(t)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), None, t), ()
    folded = " ".join(fold(t).replace(",", " ").split())
    m = _MY.match(folded)
    if m:
        return _make(int(m.group(2)), int(m.group(1)), None, t), ()
    m = _WORDS.match(folded)
    if m and (m.group(1) is None or m.group(2) is not None):
        d = int(m.group(1)) if m.group(1) else None
        mo = int(m.group(2)) if m.group(2) else None
        return _make(int(m.group(3)), mo, d, t), ()
    if re.fullmatch(r"\d+(?:\.0+)?", t):
        n = float(t)
        if 1800 <= n <= 2200:
            return _make(int(n), None, None, t), ()
        if 3000 <= n <= _MAX_SERIAL:
            return from_serial(n, t), (_SERIAL_NOTE,)
    raise Problem(f"không đọc được ngày tháng {t!r} (ghi ngày trước: dd/mm/yyyy, mm/yyyy hoặc yyyy)")


def check_not_future(d: PartialDate, today: _dt.date | None = None) -> None:
    today = today or _dt.date.today()
    if (d.year, d.month or 1, d.day or 1) > (today.year, today.month, today.day):
        raise Problem(f"ngày {d.display()} ở tương lai")


# -- identity numbers --------------------------------------------------------------

def parse_id(v: object) -> tuple[str, list[str]]:
    """CCCD/CMND as text; numbers that lost leading zeros get them back (with a warning)."""
    if v.__class__ is str and len(v) in (9, 12) and v.isdigit():
        return v, []  # most cells of a list: a CMND or CCCD typed as text, nothing to mend
    warnings: list[str] = []
    if isinstance(v, bool):
        raise Problem(f"số định danh không hợp lệ: {as_text(v)!r}")
    if isinstance(v, float):
        if not v.is_integer():
            raise Problem(f"số định danh có phần thập phân ({v!r}); hãy định dạng cột là Văn bản")
        if v >= 2**53:
            raise Problem("số định danh quá dài, Excel đã làm tròn; hãy định dạng cột là Văn bản và nhập lại")
        text, numeric = str(int(v)), True
    elif isinstance(v, int):
        text, numeric = str(v), True
    else:
        raw = str(v)
        text = strip_apostrophe(raw)
        numeric = False
        if text != raw.strip():
            warnings.append("đã bỏ dấu nháy ở đầu số định danh")
        if _SCIENTIFIC.match(text):
            raise Problem(f"số định danh ở dạng khoa học ({text}), Excel đã làm mất chữ số; "
                          "hãy định dạng cột là Văn bản và nhập lại")
        compact = re.sub(r"[\s.\-]", "", text)
        if compact.isdigit():
            text = compact
    if text.isdigit() and len(text) in (8, 10, 11):
        # Every CCCD starts with a 0 (province codes 001-096), two of them for provinces 001-009;
        # a number cell drops them. CMND: 9 digits, one zero lost.
        padded = text.zfill(9 if len(text) == 8 else 12)
        if len(text) != 10 or padded[:3] in PROVINCE_CODES:
            kind = "CMND" if len(text) == 8 else "CCCD"
            why = "khi Excel coi là số" if numeric else "có lẽ khi Excel coi là số"
            lost = "số 0" if len(padded) - len(text) == 1 else "hai số 0"
            warnings.append(f"{kind} chỉ có {len(text)} chữ số (mất {lost} ở đầu {why}): đã thêm lại thành {padded}")
            text = padded
    return text, warnings


def parse_card(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return strip_apostrophe(as_text(v))


# -- sex, secrecy -------------------------------------------------------------------

_SEX = {"nam": Sex.MALE, "m": Sex.MALE, "male": Sex.MALE, "trai": Sex.MALE, "nu": Sex.FEMALE, "f": Sex.FEMALE,
        "female": Sex.FEMALE, "gai": Sex.FEMALE}


def parse_sex(v: object) -> Sex:
    key = " ".join(fold(as_text(v)).replace(".", " ").split())
    if key in _SEX:
        return _SEX[key]
    raise Problem(f"giới tính {as_text(v)!r} không rõ (ghi Nam hoặc Nữ)")


@lru_cache(maxsize=1)
def _secrecy_names() -> dict[str, SecrecyLevel]:
    names = {fold(s.label_vi): level for level, s in level_styles().items()}
    names.update({"mat": SecrecyLevel.MAT, "toi mat": SecrecyLevel.TOI_MAT, "tuyet mat": SecrecyLevel.TUYET_MAT,
                  "khong": SecrecyLevel.NONE, "khong mat": SecrecyLevel.NONE, "thuong": SecrecyLevel.NONE})
    return names


def parse_secrecy(v: object) -> SecrecyLevel:
    key = " ".join(fold(as_text(v)).split())
    if key in _secrecy_names():
        return _secrecy_names()[key]
    raise Problem(f"độ mật {as_text(v)!r} không rõ (Mật, Tối mật hoặc Tuyệt mật)")


def is_mark(v: object) -> bool:
    """A tick in a "Nam"/"Nữ" column: x, X, 1, ✓... anything not blank and not 0."""
    return not is_blank(v) and as_text(v).strip() not in ("0", "-", "không", "Không")
