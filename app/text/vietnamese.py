"""Vietnamese folding (search) and collation keys (sorting).

Folding: lower case, tone and vowel marks removed, đ -> d, so "nguyen van
duc" finds "Nguyễn Văn Đức".

Collation follows the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô
ơ p q r s t u ư v x y) with tones as a secondary difference in the CLDR order
(none, huyền, hỏi, ngã, sắc, nặng). A person's name sorts by given name (the
last word), then family and middle names. The key is a plain string whose
binary order is that order, so an ordinary index sorts a million rows.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng
_VOWEL_MARKS = {"\u0306": "breve", "\u0302": "circ", "\u031b": "horn"}
_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_WITH_MARK = {("a", "breve"): "ă", ("a", "circ"): "â", ("e", "circ"): "ê", ("o", "circ"): "ô", ("o", "horn"): "ơ", ("u", "horn"): "ư"}
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Key alphabet: word separator below every letter, digits below letters.
_SEP = "\x01"
_DIGIT_BASE = 0x30
_LETTER_BASE = 0x41


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Lower case, no diacritics, đ -> d; other characters kept.

    A regular expression over the combining-mark blocks rather than a loop
    over characters: this runs once per cell of a 100,000-row import."""
    if text.isascii():
        return text.lower()
    text = text.replace("đ", "d").replace("Đ", "D")
    return _COMBINING.sub("", unicodedata.normalize("NFD", text)).lower()


def tokens(text: str) -> list[str]:
    """Folded words (letters and digits) for indexing and matching."""
    return [t for t in _NON_WORD.split(fold(text)) if t]


@lru_cache(maxsize=100_000)
def folded_words(text: str) -> str:
    """Folded words joined by single spaces. Cached: units, places and many names repeat
    thousands of times in a big list (the Excel import and the store share this cache)."""
    return " ".join(tokens(text))


def normalise_name(text: str) -> str:
    """Trim and collapse spaces, NFC: the stored form of a typed name."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _letters(word: str) -> list[tuple[str, int]]:
    """Split a word into (base letter of the Vietnamese alphabet, tone) pairs."""
    out: list[tuple[str, int]] = []
    for ch in unicodedata.normalize("NFD", word.lower().replace("đ", "\x00")):
        if ch == "\x00":
            out.append(("đ", 0))
        elif ch in _TONE_MARKS and out:
            base, _ = out[-1]
            out[-1] = (base, _TONE_MARKS[ch])
        elif ch in _VOWEL_MARKS and out:
            base, tone = out[-1]
            out[-1] = (_WITH_MARK.get((base, _VOWEL_MARKS[ch]), base), tone)
        elif unicodedata.combining(ch):
            continue
        else:
            out.append((ch, 0))
    return out


@lru_cache(maxsize=65536)
def _word_key(word: str) -> tuple[str, str]:
    # Cached: names are made of a few thousand distinct words repeated millions of times.
    primary, tones = [], []
    for base, tone in _letters(word):
        if base in _RANK:
            primary.append(chr(_LETTER_BASE + _RANK[base]))
        elif base.isdigit():
            primary.append(chr(_DIGIT_BASE + int(base)))
        elif base.isalpha():
            primary.append(chr(0x80 + min(ord(base), 0x7FF)))  # foreign letters after ours
        else:
            continue
        tones.append(str(tone))
    return "".join(primary), "".join(tones)


def collation_key(text: str) -> str:
    """Key for ordinary text in Vietnamese order (words in their given order)."""
    keys = [_word_key(w) for w in text.split()]
    return _SEP.join(k[0] for k in keys) + "\x00" + _SEP.join(k[1] for k in keys)


def name_sort_key(full_name: str) -> str:
    """Key for a person's name: given name first, then family and middle names."""
    words = normalise_name(full_name).split()
    if len(words) > 1:
        words = words[-1:] + words[:-1]
    return collation_key(" ".join(words))
