"""The column-wise check the import's quick path uses answers as validate() does, and the
identity-number cache key never joins numbers that check differently."""

import itertools
import random

from app.domain.ids import Sex, check_identity_number, identity_check_key
from app.domain.partial_date import PartialDate
from app.domain.person import Person
from app.dossiers import quiet_rows, validate


def _numbers(rng: random.Random) -> list[str]:
    out = ["", " ", "001080012345", "001180012345", "001090012345", "001080 012345", "012345678", "0010800123",
           "00108001234a", "٠٠١٠٨٠٠١٢٣٤٥", "999080012345", "001280012345", "001380012345"]
    for _ in range(300):
        out.append(f"{rng.choice(['001', '079', '999', '000'])}{rng.randrange(10)}{rng.randrange(100):02d}{rng.randrange(10**6):06d}")
    return out


def test_equal_keys_give_equal_answers():
    rng = random.Random(5)
    births = [None, PartialDate(1980), PartialDate(1980, 5, 17), PartialDate(2080, 1), PartialDate(1990)]
    answers: dict[tuple, tuple] = {}
    for number, birth, sex in itertools.product(_numbers(rng), births, list(Sex)):
        got = check_identity_number(number, birth, sex)
        key = identity_check_key(number, birth, sex)
        assert answers.setdefault(key, (got.errors, got.warnings)) == (got.errors, got.warnings), (number, birth, sex)
    assert len(answers) < len(_numbers(rng)) * len(births) * len(Sex)  # the key does join numbers


def test_quiet_rows_answers_as_validate_does():
    rng = random.Random(7)
    dates = [None, PartialDate(1980), PartialDate(1980, 5), PartialDate(1980, 5, 17), PartialDate(1995, 3),
             PartialDate(1996), PartialDate(2005), PartialDate(2005, 3), PartialDate(2005, 3, 1), PartialDate(2004, 12, 31)]
    people = []
    for _ in range(6000):
        people.append(Person(full_name="Nguyễn Văn An", id_number=rng.choice(_numbers(rng)[:40]),
                             birth_date=rng.choice(dates), sex=rng.choice(list(Sex)),
                             party_joined=rng.choice(dates), party_official=rng.choice(dates)))
    expected = [not v.errors and not v.warnings for v in map(validate, people)]
    got = quiet_rows([p.id_number for p in people], [p.birth_date for p in people], [p.sex for p in people],
                     [p.party_joined for p in people], [p.party_official for p in people])
    assert got == expected
    assert 0 < sum(got) < len(got)
