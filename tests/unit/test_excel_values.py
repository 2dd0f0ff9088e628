"""Cell values as they really come: dates, serials, years, IDs that lost zeros, apostrophes."""

import datetime as dt

import pytest

from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.secrecy import SecrecyLevel
from app.excel.values import Problem, as_text, parse_date, parse_id, parse_secrecy, parse_sex

TODAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize("cell", [
    dt.date(1980, 2, 1), dt.datetime(1980, 2, 1, 0, 0), "01/02/1980", "1/2/1980", "01-02-1980", "01.02.1980",
    "01 /02/ 1980", "ngày 01 tháng 02 năm 1980", "Ngày 1 tháng 2 năm 1980", "NGÀY 01 THÁNG 02 NĂM 1980",
    "1980-02-01", "'01/02/1980", "01/02/1980 00:00:00", 29252, 29252.0, "29252",
])
def test_day_first_dates_in_every_form(cell):
    d, _ = parse_date(cell, TODAY)
    assert d == PartialDate(1980, 2, 1)


def test_serial_numbers_say_so():
    d, warnings = parse_date(29221, TODAY)
    assert d == PartialDate(1980, 1, 1) and "sê-ri" in warnings[0]


@pytest.mark.parametrize("cell,expected", [
    (1985, PartialDate(1985)), (1985.0, PartialDate(1985)), ("1985", PartialDate(1985)), ("năm 1985", PartialDate(1985)),
    ("03/1985", PartialDate(1985, 3)), ("3/1985", PartialDate(1985, 3)), ("tháng 3/1985", PartialDate(1985, 3)),
    ("T3/1985", PartialDate(1985, 3)), ("tháng 03 năm 1985", PartialDate(1985, 3)), ("1985-03", PartialDate(1985, 3)),
])
def test_year_or_month_alone_never_invents_a_day(cell, expected):
    d, _ = parse_date(cell, TODAY)
    assert d == expected and d.day is None


def test_two_digit_years_are_warned():
    d, warnings = parse_date("01/02/80", TODAY)
    assert d == PartialDate(1980, 2, 1) and "2 chữ số" in warnings[0]
    assert parse_date("01/02/05", TODAY)[0].year == 2005


@pytest.mark.parametrize("cell,words", [
    ("32/01/1980", "không hợp lệ"), ("01/13/1980", "tháng ghi trước ngày"), ("hôm qua", "không đọc được"),
    (dt.time(10, 30), "giờ"), (True, "không phải"), (-5, "không phải"),
])
def test_bad_dates_say_why(cell, words):
    with pytest.raises(Problem) as e:
        parse_date(cell, TODAY)
    assert words in str(e.value)


def test_ids_typed_as_numbers_get_their_zero_back():
    cccd, w = parse_id(11850123451.0)  # 12-digit CCCD 011850123451 typed as a number
    assert cccd == "011850123451" and "CCCD" in w[0] and "mất số 0" in w[0]
    cmnd, w = parse_id(12345678)
    assert cmnd == "012345678" and "CMND" in w[0]
    assert parse_id(8.0e11)[0] == "800000000000"


def test_provinces_001_to_009_lose_two_zeros():
    cccd, w = parse_id(8080000001)  # 008080000001: Tuyên Quang, born 1980
    assert cccd == "008080000001" and "hai số 0" in w[0]


def test_other_ten_digit_numbers_are_left_for_validation():
    assert parse_id(5234567890) == ("5234567890", [])


def test_apostrophes_spaces_and_dots_are_removed():
    assert parse_id("'001185012345") == ("001185012345", ["đã bỏ dấu nháy ở đầu số định danh"])
    assert parse_id("001 185 012 345")[0] == "001185012345"
    assert parse_id("001.185.012.345")[0] == "001185012345"
    assert parse_id("’01185012345")[0] == "001185012345"


def test_scientific_notation_is_refused_with_advice():
    with pytest.raises(Problem, match="Văn bản"):
        parse_id("1.18501E+11")
    with pytest.raises(Problem, match="thập phân"):
        parse_id(1185.5)


@pytest.mark.parametrize("cell,sex", [("Nam", Sex.MALE), ("nữ", Sex.FEMALE), ("NỮ", Sex.FEMALE), ("nu", Sex.FEMALE),
                                      ("M", Sex.MALE), ("F", Sex.FEMALE), (" Nam ", Sex.MALE)])
def test_sex(cell, sex):
    assert parse_sex(cell) is sex


def test_unknown_sex_is_an_error():
    with pytest.raises(Problem):
        parse_sex("khác")


def test_secrecy_labels():
    assert parse_secrecy("MẬT") is SecrecyLevel.MAT
    assert parse_secrecy("Tối mật") is SecrecyLevel.TOI_MAT
    assert parse_secrecy("tuyet mat") is SecrecyLevel.TUYET_MAT
    assert parse_secrecy("Không mật") is SecrecyLevel.NONE


def test_as_text_of_numbers_and_dates():
    assert as_text(12.0) == "12" and as_text(dt.date(2020, 1, 2)) == "02/01/2020" and as_text(None) == ""
