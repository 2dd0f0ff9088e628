"""Text as it really comes: NFD (macOS), new-style tone placement ("hoà"), and
the pre-Unicode Vietnamese encodings TCVN3 (ABC, fonts .VnTime) and VNI
Windows (fonts VNI-Times), which Excel shows as "NguyÔn V¨n §øc" and
"Nguyeãn Vaên Ñöùc" once the old fonts are gone.

The byte tables follow xvnkb by Dao Hai Lam (VISC, 2002, GPL-2; tables are
facts, re-typed here, no code copied): github.com/lamdao/xvnkb, files tcvn.h
and vni.h, in the letter order of its utf.h (each vowel with no tone, sắc,
huyền, hỏi, ngã, nặng). They agree with the TCVN 5712:1993 VN3 repertoire
(XFree86 lcUniConv/tcvn.h) for the lower-case letters, which is all that
the ABC fonts encode: capitals came from a second font (.VnTimeH) using the
same codes, so a word typed in capitals is restored to capitals after
conversion.

Detection is per column: a column is converted only when it has no letter
that exists in Unicode Vietnamese alone and the converted words are valid
Vietnamese syllables far more often than the words as they stand.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # none, sắc, huyền, hỏi, ngã, nặng
_BASES = "a â ă e ê o ô ơ u ư i y".split()

# TCVN3 (ABC): byte of each lower-case letter, rows as _BASES, columns as TONES.
_TCVN3_ROWS = {
    "a": (None, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9),
    "â": (0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB),
    "ă": (0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6),
    "e": (None, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1),
    "ê": (0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6),
    "o": (None, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4),
    "ô": (0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9),
    "ơ": (0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE),
    "u": (None, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4),
    "ư": (0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9),
    "i": (None, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE),
    "y": (None, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE),
}
_TCVN3_OTHERS = {0xAE: "đ", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ"}

# VNI Windows: each letter is the base letter followed by one or two mark characters.
# Lower case; capitals use the same marks in capitals (e.g. "AÙ" for "Á").
_VNI_ROWS = {
    "a": ("a", "aù", "aø", "aû", "aõ", "aï"),
    "â": ("aâ", "aá", "aà", "aå", "aã", "aä"),
    "ă": ("aê", "aé", "aè", "aú", "aü", "aë"),
    "e": ("e", "eù", "eø", "eû", "eõ", "eï"),
    "ê": ("eâ", "eá", "eà", "eå", "eã", "eä"),
    "o": ("o", "où", "oø", "oû", "oõ", "oï"),
    "ô": ("oâ", "oá", "oà", "oå", "oã", "oä"),
    "ơ": ("ô", "ôù", "ôø", "ôû", "ôõ", "ôï"),
    "u": ("u", "uù", "uø", "uû", "uõ", "uï"),
    "ư": ("ö", "öù", "öø", "öû", "öõ", "öï"),
    "i": ("i", "í", "ì", "æ", "ó", "ò"),
    "y": ("y", "yù", "yø", "yû", "yõ", "î"),
}


def _letter(base: str, tone: int) -> str:
    return unicodedata.normalize("NFC", base + TONES[tone])


def _tcvn3_table() -> dict[int, str]:
    table = {}
    for base, codes in _TCVN3_ROWS.items():
        for tone, code in enumerate(codes):
            if code is not None:
                table[code] = _letter(base, tone)
    for code, ch in _TCVN3_OTHERS.items():
        table[code] = ch
    return table


TCVN3 = _tcvn3_table()  # for str.translate: code point (= byte, Latin-1) -> Unicode letter


def _vni_pairs() -> dict[str, str]:
    pairs = {}
    for base, seqs in _VNI_ROWS.items():
        for tone, seq in enumerate(seqs):
            if seq == base:
                continue
            pairs[seq] = _letter(base, tone)
            pairs[seq.upper()] = _letter(base, tone).upper()
    pairs["ñ"], pairs["Ñ"] = "đ", "Đ"
    return pairs


VNI = _vni_pairs()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, VNI), key=len, reverse=True)))


def tcvn3_to_unicode(text: str) -> str:
    out = text.translate(TCVN3)
    return _restore_capitals(text, out)


def vni_to_unicode(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI[m.group(0)], text)


def _restore_capitals(before: str, after: str) -> str:
    """ABC capitals were lower-case codes in a capitals font: "NGUYÔN" -> "NGUYỄN".

    A cell whose Latin letters are all capitals was typed in capitals throughout
    ("Hµ" alone is ambiguous, "HµNG" is not)."""
    if before == after:
        return after
    latin = [c for c in before if c.isascii() and c.isalpha()]
    if len(latin) >= 2 and all(c.isupper() for c in latin):
        return after.upper()
    words = after.split(" ")
    for i, (w0, w1) in enumerate(zip(before.split(" "), words)):
        letters = [c for c in w0 if c.isascii() and c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            words[i] = w1.upper()
    return " ".join(words)


# -- detection ----------------------------------------------------------------------

# Letters that exist only in Unicode Vietnamese (not in Latin-1, not in the legacy tables).
_UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]")
_VIET_LETTERS = set("abcdefghijklmnopqrstuvwxyz") | {
    unicodedata.normalize("NFC", b + t) for b in _BASES for t in TONES} | {"đ"}
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x"
_NUCLEI = ("oai|oay|oao|oeo|uay|uoi|uou|uya|uye|uyu|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|"
           "ya|ye|a|e|i|o|u|y")
_SYLLABLE = re.compile(f"^(?:{_ONSET})?(?:{_NUCLEI})(?:ch|ng|nh|c|m|n|p|t)?$")
_WORD = re.compile(r"[^\s\d.,;:/()\-–\"'“”]+")


def _fold_letter(ch: str) -> str:
    return "d" if ch == "đ" else unicodedata.normalize("NFD", ch)[0]


def _valid_word(word: str) -> bool:
    w = word.lower()
    if any(ch not in _VIET_LETTERS for ch in w):
        return False
    tones = sum(1 for ch in unicodedata.normalize("NFD", w) if ch in TONES[1:])
    if tones > 1:
        return False
    return bool(_SYLLABLE.match("".join(_fold_letter(c) for c in w)))


def vietnamese_score(text: str) -> tuple[int, int]:
    """(valid, considered): words with non-ASCII characters that are Vietnamese syllables."""
    valid = considered = 0
    for w in _WORD.findall(text):
        if w.isascii():
            continue
        considered += 1
        valid += _valid_word(w)
    return valid, considered


def candidates(text: str) -> list[str]:
    """Conversions of one string that read better than it does (for header cells)."""
    if _UNICODE_ONLY.search(text):
        return []
    v0, n = vietnamese_score(text)
    out = []
    for conv in (tcvn3_to_unicode, vni_to_unicode):
        c = conv(text)
        v, m = vietnamese_score(c)
        if c != text and m and v > v0 and v * 10 >= m * 8:
            out.append(c)
    return out


def detect_encoding(values: list[str]) -> str | None:
    """"tcvn3", "vni" or None for a column of text cells (a sample is enough)."""
    sample = list(itertools.islice((v for v in values if v and not v.isascii()), 300))
    if not sample or any(_UNICODE_ONLY.search(v) for v in sample):
        return None
    joined = "\n".join(sample)
    base, n = vietnamese_score(joined)
    if n == 0:
        return None
    best, best_valid = None, base
    for name, conv in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
        v, m = vietnamese_score(conv(joined))
        if m and v * 10 >= m * 8 and v > best_valid and (v - base) * 5 >= m:
            best, best_valid = name, v
    return best


_ODD = re.compile("[^\x00-\x7f" + "".join(sorted({c for ch in _VIET_LETTERS for c in (ch, ch.upper())} - set(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))) + "]")


def has_odd_letters(text: str) -> bool:
    """Characters that are neither ASCII nor Vietnamese letters: the mark of a legacy encoding."""
    return _ODD.search(text) is not None


def cell_encoding(text: str) -> str | None:
    """The legacy encoding of one cell when it clearly reads as Vietnamese only once converted."""
    if _UNICODE_ONLY.search(text):
        return None
    v0, n = vietnamese_score(text)
    if n == 0 or v0 == n:
        return None
    for name, conv in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
        v, m = vietnamese_score(conv(text))
        if m and v == m and v > v0:
            return name
    return None


CONVERTERS = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}
ENCODING_LABELS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI Windows"}


# -- tone placement ---------------------------------------------------------------------

# New style puts the tone of a final "oa", "oe", "uy" on the second vowel ("hoà", "thuý"); the
# classic style, used by most Vietnamese keyboards' defaults and by this vault's own data, on the
# first ("hòa", "thủy"). Normalised to classic; "qu" + y keeps its tone on y ("quý").
_NEW_STYLE = re.compile(
    r"(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![a-zA-Zà-ỹÀ-Ỹđ])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![a-zA-Zà-ỹÀ-Ỹđ])")


def _move_tone(m: re.Match) -> str:
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    decomposed = unicodedata.normalize("NFD", second)
    base, tone = decomposed[0], decomposed[1:]
    return unicodedata.normalize("NFC", first + tone) + base


def classic_tones(text: str) -> str:
    # search first: most cells have nothing to move, and a search costs a fifth of a sub
    return _NEW_STYLE.sub(_move_tone, text) if _NEW_STYLE.search(text) else text


def normalise_text(text: str) -> str:
    """NFC, classic tone placement, single spaces (no encoding guess: that is per column)."""
    if not text.isascii():
        text = classic_tones(unicodedata.normalize("NFC", text))
    return " ".join(text.split())
