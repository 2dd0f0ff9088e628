"""Finding the table on a sheet: which row is the header, which columns are
which fields (from the synonyms in resources/excel/headers.json), where the
data starts (after a second header row or a row of column numbers) and where
it ends (before "Người lập biểu", "Tổng cộng", signatures...).

Pure functions over lists of cell values; the reading process uses
header_score() to pick the sheet that holds the list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import resource_path
from .folding import folded_words, tokens

SCAN_ROWS = 40  # the header is looked for in the first rows of the sheet
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PLACE_DATE = re.compile(r"\bngay\b[\s.…/\d]*\bthang\b[\s.…/\d]*\bnam\b")
_NUMBERING = re.compile(r"^\(?\s*\d{1,3}\s*\)?$")


@dataclass(frozen=True)
class FieldSpec:
    code: str
    label: str
    kind: str  # text, name, name_part, date, sex, id, card, secrecy, note, ignore
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    fields: dict[str, FieldSpec]
    exact: dict[str, str]  # folded synonym -> field code
    prefixes: list[tuple[tuple[str, ...], str]]  # longest first
    relative_words: frozenset[str]
    footer: tuple[tuple[str, ...], ...]


def _key(text: str) -> str:
    return " ".join(tokens(text))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    doc = json.loads(resource_path("excel", "headers.json").read_text("utf-8"))
    fields, exact = {}, {}
    for f in doc["fields"]:
        spec = FieldSpec(f["code"], f["label"], f["kind"], tuple(f["synonyms"]))
        fields[spec.code] = spec
        for s in (spec.label, *spec.synonyms):
            exact.setdefault(_key(s), spec.code)
            exact.setdefault(_key(s).replace(" ", ""), spec.code)  # "HoTen", "NgaySinh"
    prefixes = sorted(((tuple(k.split()), c) for k, c in exact.items() if k), key=lambda x: -len(x[0]))
    return Vocabulary(fields, exact, prefixes, frozenset(doc.get("relative_words", [])),
                      tuple(tuple(p.split()) for p in doc.get("footer", [])))


def field_labels() -> dict[str, str]:
    return {c: f.label for c, f in vocabulary().fields.items()}


def _match_text(text: str) -> str | None:
    voc = vocabulary()
    for variant in (_BRACKETS.sub(" ", text), text):
        words = tokens(variant)
        if not words:
            continue
        key = " ".join(words)
        if key in voc.exact:
            return voc.exact[key]
        if key.replace(" ", "") in voc.exact:
            return voc.exact[key.replace(" ", "")]
    words = tokens(_BRACKETS.sub(" ", text))
    if len(words) > 8:
        return None  # a sentence, not a header
    for prefix, code in voc.prefixes:
        n = len(prefix)
        if n < len(words) and tuple(words[:n]) == prefix and not voc.relative_words.intersection(words[n:]):
            if n == 1 and len(prefix[0]) <= 2:
                continue  # "TT", "DT": too short to anchor a longer header
            return code
    return None


def match_header(cell: object) -> str | None:
    """The field a header cell names, or None. Legacy-encoded (TCVN3/VNI) headers are tried converted."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    found = _match_text(cell)
    if found is None and not cell.isascii():
        from .legacy import candidates

        for converted in candidates(cell):
            found = _match_text(converted)
            if found:
                break
    return found


def _row_fields(row: list) -> set[str]:
    out = set()
    for v in row:
        code = match_header(v)
        if code:
            out.add(code)
    return out


def _score(found: set[str]) -> int:
    named = bool(found & {"full_name", "name_family", "name_given"})
    useful = found - {"stt"}
    return len(useful) + (2 if named else 0) if len(useful) >= 2 or named else 0


def header_score(rows: list[list]) -> int:
    """How much the best header candidate among the first rows looks like a personnel list."""
    return max((_score(_row_fields(r)) for r in rows[:SCAN_ROWS]), default=0)


# -- the table layout ----------------------------------------------------------------

@dataclass
class Column:
    index: int  # position in the row lists
    header: str  # the header text as shown (both header rows joined when there are two)
    field: str | None  # suggested field code


@dataclass
class Layout:
    header_index: int  # index in the rows of the (first) header row
    header_rows: int  # 1 or 2
    data_start: int
    data_end: int  # exclusive
    columns: list[Column] = field(default_factory=list)
    skipped_numbering: bool = False
    footer_index: int | None = None

    @property
    def header_key(self) -> str:
        """The folded header cells: the key under which a mapping profile is remembered."""
        cells = [_key(c.header) for c in self.columns]
        while cells and not cells[-1]:
            cells.pop()
        return json.dumps(cells, ensure_ascii=False)


def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def find_header(rows: list[list]) -> int | None:
    best, best_score = None, 0
    for i, row in enumerate(rows[:SCAN_ROWS]):
        s = _score(_row_fields(row))
        if s > best_score:
            best, best_score = i, s
    return best


def _is_sub_header(main: list, sub: list) -> bool:
    """A second header row: only header-like words, under a row with merged group titles."""
    texts = [(j, _text(v)) for j, v in enumerate(sub) if _text(v)]
    if not texts:
        return False
    keys = [_key(t) for _, t in texts]
    pair = "nam" in keys and "nu" in keys  # "Nam" | "Nữ" under a merged title, not one data cell
    marks = sum(1 for k in keys if k in ("nam", "nu"))
    matched = sum(1 for _, t in texts if match_header(t))
    gaps = sum(1 for j, _ in texts if j >= len(main) or not _text(main[j]))
    if (marks + matched) != len(texts):
        return False
    return pair if marks else gaps > 0


def _is_numbering(row: list) -> bool:
    texts = [_text(v) for v in row if _text(v)]
    if len(texts) < 3 or not all(_NUMBERING.match(t) for t in texts):
        return False
    nums = [int(t.strip("() ")) for t in texts]
    return nums == sorted(nums) and nums[0] <= 2


def _combine(main: list, sub: list | None, width: int) -> list[Column]:
    cols, group = [], ""
    for j in range(width):
        top = _text(main[j]) if j < len(main) else ""
        low = _text(sub[j]) if sub is not None and j < len(sub) else ""
        if top:
            group = top
        if sub is None or not low:
            cols.append(Column(j, top, match_header(top)))
            continue
        low_key = _key(low)
        parent = top or group
        if low_key in ("nam", "nu"):
            # "Ngày, tháng, năm sinh" over "Nam" | "Nữ": the date goes in the column of the sex.
            under_birth = match_header(parent) == "birth_date"
            code = ("birth_male" if low_key == "nam" else "birth_female") if under_birth else \
                   ("sex_male" if low_key == "nam" else "sex_female")
            cols.append(Column(j, f"{parent} — {low}" if parent else low, code))
            continue
        code = match_header(low) or match_header(f"{parent} {low}")
        cols.append(Column(j, f"{parent} — {low}" if top == "" and parent else low, code))
    return cols


@lru_cache(maxsize=65_536)  # asked of every row's name: names repeat
def _footer_phrase(text: str) -> bool:
    folded = folded_words(text)
    if not folded:
        return False
    if "thang" in folded and _PLACE_DATE.search(folded):
        return True
    words = folded.split()
    if words[0] not in _footer_starts():
        return False
    for phrase in vocabulary().footer:
        n = len(phrase)
        if tuple(words[:n]) == phrase:
            if n == 1 and len(words) > 3 and not words[1].isdigit():
                continue  # "Công Tằng Tôn Nữ ..." is a name, "Cộng: 25" a total
            return True
    return False


@lru_cache(maxsize=1)
def _footer_starts() -> frozenset[str]:
    return frozenset(p[0] for p in vocabulary().footer)


def is_footer(row: list, name_cols: list[int]) -> bool:
    """"Người lập biểu", "Tổng cộng: 25", a place-and-date line, signatures... where no name is."""
    names = [v for j in name_cols if j < len(row) and isinstance(v := row[j], str) and v.strip()]
    if names:  # a row with a name is a person, unless the "name" is itself the footer text
        return any(_footer_phrase(n) for n in names)
    return any(isinstance(v, str) and v.strip() and _footer_phrase(v) for v in row)


def detect_layout(rows: list[list], header_index: int | None = None, last_index: int | None = None) -> Layout | None:
    """The table on these rows; `header_index`/`last_index` (0-based, inclusive) override the guesses."""
    if header_index is None:
        header_index = find_header(rows)
        if header_index is None:
            return None
    if header_index >= len(rows):
        return None
    main = rows[header_index]
    sub = rows[header_index + 1] if header_index + 1 < len(rows) else None
    two = sub is not None and _is_sub_header(main, sub)
    width = max((len(r) for r in rows[header_index: header_index + 200]), default=0)
    cols = _combine(main, sub if two else None, width)
    start = header_index + (2 if two else 1)
    numbering = start < len(rows) and _is_numbering(rows[start])
    if numbering:
        start += 1
    layout = Layout(header_index, 2 if two else 1, start, len(rows), cols, numbering)
    if last_index is not None:
        layout.data_end = min(len(rows), last_index + 1)
        return layout
    name_cols = [c.index for c in cols if c.field in ("full_name", "name_family", "name_given")]
    j = name_cols[0] if len(name_cols) == 1 else -1
    for i in range(start, len(rows)):
        row = rows[i]
        if j >= 0 and j < len(row):  # one name column: is_footer without its per-row lists (100,000 rows)
            v = row[j]
            if v.__class__ is str and v.strip():
                if _footer_phrase(v):
                    layout.data_end, layout.footer_index = i, i
                    break
                continue
        if is_footer(row, name_cols):
            layout.data_end, layout.footer_index = i, i
            break
    return layout
