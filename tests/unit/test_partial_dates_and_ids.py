import datetime as dt

import pytest

from app.domain.ids import IdKind, Sex, check_identity_number
from app.domain.partial_date import PartialDate
from app.errors import InvalidInput


@pytest.mark.parametrize("text,iso,shown", [
    ("12/03/1985", "1985-03-12", "12/03/1985"),
    ("2/3/1985", "1985-03-02", "02/03/1985"),
    ("03/1985", "1985-03", "03/1985"),
    ("1985", "1985", "1985"),
    ("1985-03", "1985-03", "03/1985"),
    ("12.03.1985", "1985-03-12", "12/03/1985"),
])
def test_partial_dates_keep_their_precision(text, iso, shown):
    d = PartialDate.parse(text)
    assert d.iso() == iso and d.display() == shown
    assert PartialDate.from_iso(d.iso()) == d


@pytest.mark.parametrize("bad", ["31/02/1985", "13/1985", "abc", "12/03/85", "1700"])
def test_impossible_dates_are_refused(bad):
    with pytest.raises(InvalidInput):
        PartialDate.parse(bad)


def test_iso_text_sorts_like_dates():
    items = ["1985-03-12", "1985", "1984-12", "1985-03"]
    assert sorted(items) == ["1984-12", "1985", "1985-03", "1985-03-12"]


def test_age_counts_unknown_parts_in_favour():
    assert PartialDate(2008).age_on(dt.date(2026, 1, 1)) == 18
    assert PartialDate(2008, 6, 1).age_on(dt.date(2026, 5, 31)) == 17


def test_cccd_consistent():
    c = check_identity_number("001085012345", PartialDate(1985, 3, 12), Sex.MALE)
    assert c.kind is IdKind.CCCD and c.ok


def test_cccd_2000s_female():
    assert check_identity_number("079303012345", PartialDate(2003), Sex.FEMALE).ok


def test_cccd_mismatches_are_warnings_not_errors():
    c = check_identity_number("001185012345", PartialDate(1986), Sex.MALE)
    assert not c.errors
    assert any("giới tính" in w for w in c.warnings) and any("năm sinh" in w for w in c.warnings)
    assert any("mã tỉnh" in w for w in check_identity_number("003085012345").warnings)


@pytest.mark.parametrize("bad", ["00108501234", "0010850123456", "00108501234X"])
def test_cccd_shape_errors(bad):
    assert check_identity_number(bad).errors


def test_old_cmnd_is_flagged():
    c = check_identity_number("012345678")
    assert c.kind is IdKind.CMND and c.warnings and not c.errors


def test_partial_dates_are_compared_only_when_surely_ordered():
    assert PartialDate(2004).surely_before(PartialDate(2005, 5))
    assert not PartialDate(2005, 5).surely_before(PartialDate(2005))  # "05/2005" vs "2005": cannot tell
    assert not PartialDate(2005).surely_before(PartialDate(2005, 5))
    assert PartialDate(2005, 4, 30).surely_before(PartialDate(2005, 5))
    assert PartialDate(2024, 2).latest() == dt.date(2024, 2, 29)
