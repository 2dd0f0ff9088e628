import pytest

from crypto import recovery
from crypto.errors import BadEncoding

KEY = bytes(range(20))


def test_round_trip_and_grouping():
    text = recovery.format_key(KEY)
    groups = text.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert recovery.parse(text) == KEY


def test_lenient_typing_is_accepted():
    text = recovery.format_key(KEY)
    messy = " " + text.lower().replace("-", " ") + "\n"
    assert recovery.parse(messy) == KEY
    # Crockford: O is read as 0 and I/L as 1, the usual handwriting slips.
    assert recovery.parse(text.replace("0", "O").replace("1", "l")) == KEY


@pytest.mark.parametrize("pos", range(36))
def test_every_single_character_slip_is_caught(pos):
    flat = recovery.normalise(recovery.format_key(KEY))
    alphabet = recovery.ALPHABET
    wrong = alphabet[(alphabet.index(flat[pos]) + 1) % 32]
    with pytest.raises(BadEncoding):
        recovery.parse(flat[:pos] + wrong + flat[pos + 1 :])


def test_wrong_length_and_bad_characters():
    flat = recovery.normalise(recovery.format_key(KEY))
    with pytest.raises(BadEncoding):
        recovery.parse(flat[:-1])
    with pytest.raises(BadEncoding):
        recovery.parse(flat[:-1] + "U")


def test_generated_keys_differ_and_parse():
    a, ta = recovery.generate()
    b, tb = recovery.generate()
    assert a != b and recovery.parse(ta) == a and recovery.parse(tb) == b
