"""From rows of cells to dossiers: each mapped column parsed as a whole (legacy
encodings are decided per column, text normalised in bulk), then one Person per
row, validated with the same rules as the dossier editor."""

from __future__ import annotations

import datetime as _dt
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass, fields
from typing import Callable

from ..domain.ids import Sex
from ..domain.person import VALUE_FIELDS, Person
from ..domain.secrecy import SecrecyLevel
from ..dossiers import FIELD_LABELS, quiet_rows, validate
from .errors import Cancelled
from .folding import folded_words
from .headers import vocabulary
from .legacy import CONVERTERS, ENCODING_LABELS, cell_encoding, classic_tones, detect_encoding, has_odd_letters
from .mapping import MappingChoice
from .reading import Table
from .values import Problem, as_text, check_not_future, is_mark, parse_card, parse_date, parse_id, \
    parse_secrecy, parse_sex

_SECTION = re.compile(r"^(?:[IVXLC]{1,5}|\d{1,3}|[A-Za-z])\s*[.)/:\-]\s*\S")
_SECTION_WORDS = ("chi bo ", "dang bo ", "khoi ", "phong ", "don vi ", "co quan ", "danh sach ")  # not "to", "ban", "cong": surnames
_NAMES = frozenset({"full_name", "name_family", "name_given"})
_SPECIAL = ("birth_male", "birth_female", "sex_male", "sex_female")
_DIGIT = re.compile(r"\d")
# Kinds whose parsed blanks ("" texts, False marks) are falsy while every real value is truthy.
# Not sex or secrecy: "không mật" is SecrecyLevel.NONE, which is 0.
_BLANK_IS_FALSY = frozenset({"text", "name", "name_part", "note", "id", "card", "mark"})
_TEXT_KINDS = frozenset({"text", "name", "name_part", "note"})  # parsed a whole column at a time (encodings)
# Person's scalar fields in the order of its constructor, with their defaults (the quick path
# builds each Person from positional values; the lists after `notes` keep their factories).
_POSITIONAL = tuple((f.name, f.default) for f in fields(Person)[:len(VALUE_FIELDS)])
_DEFAULTS = dict(_POSITIONAL)
_VALUE_INDEX = {name: i for i, name in enumerate(VALUE_FIELDS)}
_QUIET_FIELDS = ("id_number", "birth_date", "sex", "party_joined", "party_official")  # what quiet_rows reads


@dataclass(slots=True)
class Issue:
    row: int  # sheet row number
    col: str  # column letter, "" for the whole row
    column: str  # the header text
    message: str
    level: str = "error"  # error (row not imported), warning (imported, check it), info

    def to_json(self) -> dict:
        return {"row": self.row, "column": self.column, "column_letter": self.col, "message": self.message, "level": self.level}


class Record:
    """One row's dossier (None: the row cannot make one) and what was found about it.

    A row the quick path has nothing to say about keeps its Person's constructor values
    (`values`, in VALUE_FIELDS order) and makes the Person only when it is asked for: a
    one-shot import never asks for the 100,000 it creates (0.27 s of Person() calls), and
    the load writes the values as they are (persons.bulk_load_values). `values` is None
    once the Person exists: from then on the Person, which may be changed, is the truth."""

    __slots__ = ("index", "row", "_person", "given", "issues", "values")

    def __init__(self, index: int, row: int, person: Person | None, given: frozenset,
                 issues: list[Issue] | None = None, values: tuple | None = None) -> None:
        self.index = index  # in table.rows
        self.row = row  # sheet row number
        self._person = person
        self.given = given  # fields the file gave a value for
        self.issues = [] if issues is None else issues
        self.values = values

    @property
    def person(self) -> Person | None:
        if self.values is not None:
            self._person, self.values = Person(*self.values), None
        return self._person

    def value(self, name: str):
        """One field of the row's Person, without making it."""
        return self.values[_VALUE_INDEX[name]] if self.values is not None else getattr(self._person, name)

    @property
    def has_person(self) -> bool:
        """Whether the row makes a dossier, without making its Person."""
        return self.values is not None or self._person is not None

    @property
    def ok(self) -> bool:
        if not self.issues:  # most rows
            return self.has_person
        return self.has_person and not any(i.level == "error" for i in self.issues)

    @property
    def clean(self) -> bool:
        return self.has_person and not self.issues

    def __repr__(self) -> str:  # without making the Person
        made = f"person={self._person!r}" if self.values is None else f"values={self.values!r}"
        return f"Record(row={self.row}, {made}, issues={self.issues!r})"


@dataclass
class RecordOptions:
    default_secrecy: SecrecyLevel = SecrecyLevel.MAT
    accept_id_warnings: bool = False  # CCCD inconsistent with birth year/sex: import anyway, reason recorded
    today: _dt.date | None = None
    # Keep the cells of rows without remarks. A one-shot import (service.import_file) lets them go
    # to save memory: the preview cannot then be run again on the same Table, and the error report
    # shows those rows' parsed values. A wizard that re-runs the preview keeps them.
    keep_raw_rows: bool = True


def _clean(s: str) -> str:
    """NFC, classic tones, single spaces; the same object back when nothing changes (memory)."""
    if not s.isascii():
        if not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
        s = classic_tones(s)
    if "  " in s or s[:1].isspace() or s[-1:].isspace() or "\n" in s or "\t" in s:
        s = " ".join(s.split())
    return s


def _text_column(values: list) -> tuple[list[str], str | None, dict[int, str]]:
    """Whole column as text: legacy encoding converted, NFC, classic tones, single spaces.

    Returns the texts, the encoding the whole column was in (or None), and the single
    cells converted on their own (legacy rows pasted into a Unicode list). Each distinct
    text is worked on once (a unit, a place: thousands of times in a list)."""
    if set(map(type, values)) <= _STR_OR_NONE:
        strs = list(map(_AS_TEXT.get, values, values))  # None -> "", texts as they are
    else:  # numbers, dates: as_text one by one (1, 1.0 and True are equal keys but not equal texts)
        strs = [v if v.__class__ is str else ("" if v is None else as_text(v)) for v in values]
    enc = detect_encoding(strs)
    single: dict[int, str] = {}
    if enc is not None:
        conv = CONVERTERS[enc]
        converted = {s: conv(s) if s and not s.isascii() else s for s in dict.fromkeys(strs)}
        strs = list(map(converted.__getitem__, strs))
    else:
        odd = {s: found for s in dict.fromkeys(strs)
               if s and not s.isascii() and has_odd_letters(s) and (found := cell_encoding(s))}
        if odd:
            for i, s in enumerate(strs):
                found = odd.get(s)
                if found:
                    strs[i], single[i] = CONVERTERS[found](s), found
    done = {s: _clean(s) for s in dict.fromkeys(strs)}
    return list(map(done.__getitem__, strs)), enc, single


_STR_OR_NONE = frozenset({str, type(None)})
_AS_TEXT = {None: ""}  # .get(v, v): "" for None, any text itself


def _title_case(name: str) -> str:
    """Lists often write names in capitals; dossiers keep them as "Nguyễn Văn An"."""
    if name.isupper():
        return " ".join(w.capitalize() for w in name.split())
    return name


class _Builder:
    def __init__(self, table: Table, choice: MappingChoice, opts: RecordOptions) -> None:
        self.table, self.choice, self.opts = table, choice, opts
        self.today = opts.today or _dt.date.today()
        self.headers = {c.index: c.header for c in choice.layout.columns}
        self.kinds = {c: f.kind for c, f in vocabulary().fields.items()}
        self.notices: list[str] = []
        self.shapes: dict[frozenset, frozenset] = {}  # rows share their set of given fields (memory)

    def col_info(self, j: int | None) -> tuple[str, str]:
        if j is None:
            return "", ""
        return self.table.column_letter(j), self.headers.get(j, "")

    def build(self, progress, cancel, early: EarlyColumns | None = None) -> list[Record]:
        layout = self.choice.layout
        data = self.table.rows[layout.data_start:layout.data_end]
        n = len(data)
        parsed: dict[str, list] = {}
        problems: dict[str, dict[int, list[tuple[str, str]]]] = {}
        wanted = [j for j, code in self.choice.mapping.items() if code != "stt"]
        # Column by column in one C-level pass: columns[j][i] is data[i][j], None past a row's end.
        columns = list(itertools.zip_longest(*data)) if wanted else []
        if early is not None and not early.fits(self.table, self.choice, self.today):
            early = None
        for j, code in self.choice.mapping.items():
            if code == "stt":
                continue
            if early is not None and code in early.values:
                parsed[code], problems[code] = early.part(code, n)
            else:
                col = columns[j] if j < len(columns) else (None,) * n
                parsed[code], problems[code] = self.parse_column(j, code, col)
            if self._kind(code) in _BLANK_IS_FALSY:
                parsed[code] = [v or None for v in parsed[code]]  # "" and unticked marks: blank, as None
            if cancel is not None and cancel():
                raise Cancelled()
        del columns
        fcol = self.choice.field_column()
        row_problems: dict[int, list] = {}
        for code, errs in problems.items():
            for i, found in errs.items():
                row_problems.setdefault(i, []).extend((code, msg, level) for msg, level in found)
        self.plain = [c for c in parsed if c not in _NAMES and c not in _SPECIAL and self.kinds.get(c) not in ("note", "ignore")]
        self.note_codes = [c for c in parsed if self.kinds.get(c) == "note"]
        self.special = frozenset(_SPECIAL) | frozenset(self.note_codes)
        self.codes = list(parsed)
        self.kw_base = {"ethnicity": "", "secrecy": self.opts.default_secrecy}  # ethnicity is not guessed
        self.by_shape: dict[frozenset, tuple] = {}
        if self._quick_mapping(parsed):
            quiet = early.quiet[:n] if early is not None and len(early.quiet) >= n else None
            return self._build_quick(parsed, n, row_problems, fcol, progress, cancel, quiet)
        records = []
        cells_of_rows = zip(*parsed.values()) if parsed else itertools.repeat((), n)
        for i, cells in enumerate(cells_of_rows):
            if progress is not None and i % 2000 == 0:
                progress(i, n, "Đang kiểm tra từng dòng")
                if cancel is not None and cancel():
                    raise Cancelled()
            rec = self.make(layout.data_start + i, i, cells, row_problems, fcol)
            if rec is not None:
                records.append(rec)
        return records

    def _quick_mapping(self, parsed: dict[str, list]) -> bool:
        """Whether rows can take the quick path: one name column, and every other column a
        Person field or ignored (no dates under "Nam"/"Nữ", ticks, or columns added to the notes)."""
        person = {name for name, _ in _POSITIONAL}
        return "full_name" in parsed and all(
            c == "full_name" or (c in person and c in self.plain) or self.kinds.get(c) == "ignore" for c in parsed)

    def _build_quick(self, parsed: dict[str, list], n: int, row_problems: dict, fcol: dict,
                     progress, cancel, quiet: list[bool] | None = None) -> list[Record]:
        """The records `make` gives, built column by column for the rows that need none of its
        remarks: a row with a problem from its cells, without a name, with a digit in the name,
        with two values or fewer (perhaps a heading), or that `validate` has anything to say
        about goes through `make` itself. The rest keep their Person's values straight from the
        columns (Record.values; the Person is made only if asked for)."""
        start = self.choice.layout.data_start
        codes = self.codes
        # Which fields each row gives (a tuple of flags; none: a blank line), and its shared frozenset.
        masks = list(zip(*[map(operator.is_not, parsed[c], itertools.repeat(None)) for c in codes]))
        shape_of: dict[tuple, frozenset] = {}
        for m in set(masks):
            shape = frozenset(itertools.compress(codes, m))
            shape_of[m] = self.shapes.setdefault(shape, shape)
        few = {m for m in shape_of if sum(m) <= 2}  # blank lines too
        # The name as make() writes it; None where make() must look at the row.
        names = parsed["full_name"]
        titled = {s: None if _DIGIT.search(s) else _title_case(s) for s in set(names) if s is not None}
        titled[None] = None
        filled: dict[str, object] = {"full_name": list(map(titled.__getitem__, names))}
        for name, default in _POSITIONAL[1:]:
            default = self.kw_base.get(name, default)
            col = parsed.get(name)
            filled[name] = itertools.repeat(default) if col is None else [default if v is None else v for v in col]
        if quiet is None:
            quiet = quiet_rows(*(filled[c] for c in _QUIET_FIELDS))
        columns = [filled[name] for name, _ in _POSITIONAL]
        keep_raw = self.opts.keep_raw_rows
        rows = self.table.rows
        records: list[Record] = []
        append = records.append
        row0 = self.table.row0 + 1
        for i, (mask, fine, cells) in enumerate(zip(masks, quiet, zip(*columns))):
            if progress is not None and i % 2000 == 0:
                progress(i, n, "Đang kiểm tra từng dòng")
                if cancel is not None and cancel():
                    raise Cancelled()
            if fine and cells[0] is not None and mask not in few and i not in row_problems:
                index = start + i
                append(Record(index, row0 + index, None, shape_of[mask], [], cells))
                if not keep_raw:
                    rows[index] = None  # as make() does
                continue
            rec = self.make(start + i, i, tuple(parsed[c][i] for c in codes), row_problems, fcol)
            if rec is not None:
                append(rec)
        return records

    def _shape(self, shape: frozenset) -> tuple[frozenset, tuple[str, ...], bool]:
        """For rows giving this set of fields: the shared frozenset, the given fields that are
        not Person keywords (names, marks, notes), and whether _specials has work to do."""
        plain = set(self.plain)
        return self.shapes.setdefault(shape, shape), tuple(c for c in shape if c not in plain), bool(shape & self.special)

    def _kind(self, code: str) -> str:
        return "date" if code in ("birth_male", "birth_female") else \
            "mark" if code in ("sex_male", "sex_female") else self.kinds.get(code, "text")

    def parse_column(self, j: int, code: str, col: list) -> tuple[list, dict]:
        kind = self._kind(code)
        errs: dict[int, list[tuple[str, str]]] = {}

        def problem(i: int, msg: str, level: str = "error") -> None:
            errs.setdefault(i, []).append((msg, level))

        if kind in _TEXT_KINDS:
            out, enc, single = _text_column(col)
            if enc:
                letter, header = self.col_info(j)
                self.notices.append(f"Cột {letter} “{header}”: đã chuyển từ bảng mã {ENCODING_LABELS[enc]} sang Unicode.")
            for i, found in single.items():
                problem(i, f"ô ghi bằng bảng mã {ENCODING_LABELS[found]}, đã chuyển sang Unicode: {out[i]}", "warning")
            if kind == "note":
                label = vocabulary().fields[code].label
                out = [f"{label}: {v}" if v else "" for v in out]
            return out, errs
        return self.parse_cells(kind, col, problem, {}), errs

    def parse_cells(self, kind: str, col, problem, cache: dict, offset: int = 0) -> list:
        """A column (or the next part of one) whose cells parse one by one: dates, ID and card
        numbers, sex, levels, marks. `cache` carries the values already parsed from one part
        to the next; remarks go to problem(offset + i, ...)."""
        out: list = [None] * len(col)
        if kind in ("date", "secrecy"):
            return self._parse_repeated(kind, col, out, problem, cache, offset)
        for i, v in enumerate(col):
            if v is None or (v.__class__ is str and not v.strip()):
                continue
            try:
                if kind == "id":
                    out[i], warns = parse_id(v)
                    for w in warns:
                        problem(offset + i, w, "warning")
                elif kind == "sex":
                    key = v if v.__class__ is str else as_text(v)
                    if key not in cache:
                        cache[key] = parse_sex(key)
                    out[i] = cache[key]
                elif kind == "card":
                    out[i] = parse_card(v)
                elif kind == "mark":
                    out[i] = is_mark(v)
            except Problem as p:
                problem(offset + i, str(p))
        return out

    def _parse_repeated(self, kind: str, col, out: list, problem, done: dict[tuple, tuple], offset: int) -> list:
        """Dates and levels: values that repeat (a list has many people born the same day) are
        parsed once. Keyed by type and value: 1, 1.0 and True are equal but not the same cell."""
        today = self.today
        for i, v in enumerate(col):
            if v is None or (v.__class__ is str and not v.strip()):
                continue
            key = (v.__class__, v)
            found = done.get(key)
            if found is None:
                try:
                    if kind == "date":
                        d, warns = parse_date(v, today)
                        check_not_future(d, today)
                        found = (d, warns, None)
                    else:
                        found = (parse_secrecy(v), (), None)
                except Problem as p:
                    found = (None, (), str(p))
                done[key] = found
            value, warns, error = found
            if error is not None:
                problem(offset + i, error)
                continue
            out[i] = value
            for w in warns:
                problem(offset + i, w, "warning")
        return out

    def make(self, index: int, i: int, cells: tuple, row_problems: dict, fcol: dict[str, int]) -> Record | None:
        """The record of one row; `cells` are its parsed values in the order of self.codes."""
        values = {c: v for c, v in zip(self.codes, cells) if v is not None}  # blanks are None (build)
        if not values:
            return None  # blank line (or only a running number)
        row_no = self.table.row_number(index)
        issues: list[Issue] = []
        for code, msg, level in row_problems.get(i, ()):
            issues.append(Issue(row_no, *self.col_info(fcol.get(code)), msg, level))
        name = values.get("full_name") or " ".join(x for x in (values.get("name_family", ""), values.get("name_given", "")) if x)
        name_col = fcol.get("full_name", fcol.get("name_given"))
        if name and len(values) <= 2 and not (set(values) - _NAMES - {"secrecy"}) and self._looks_like_section(name, values):
            return None  # "I. Chi bộ Văn phòng": a heading inside the list
        if not name:
            issues.append(Issue(row_no, *self.col_info(name_col), "thiếu họ và tên"))
            return Record(index, row_no, None, frozenset(values), issues)
        if _DIGIT.search(name):
            issues.append(Issue(row_no, *self.col_info(name_col), f"họ tên {name!r} có chữ số"))
        shape = frozenset(values)
        info = self.by_shape.get(shape)
        if info is None:
            info = self.by_shape[shape] = self._shape(shape)
        shape, not_keywords, special = info
        kw = self.kw_base | values
        for c in not_keywords:
            del kw[c]
        p = Person(full_name=_title_case(name), **kw)
        if special:
            shape = self._specials(p, values, shape, row_no, issues, fcol)
            shape = self.shapes.setdefault(shape, shape)
        self._validate(p, row_no, issues, fcol)
        if not issues and not self.opts.keep_raw_rows:
            self.table.rows[index] = None  # its values live on in the Person (memory; see report.py)
        return Record(index, row_no, p, shape, issues)

    def _specials(self, p: Person, values: dict, shape: frozenset, row_no: int, issues: list[Issue], fcol: dict) -> frozenset:
        """Dates under "Nam"/"Nữ", ticks in sex columns, columns appended to the notes."""
        given = set(shape)
        for code in ("birth_male", "birth_female"):
            if code in values:
                if "birth_date" in values or ("birth_male" in values and "birth_female" in values):
                    issues.append(Issue(row_no, *self.col_info(fcol.get(code)), "ngày sinh ghi ở cả cột Nam và cột Nữ"))
                    continue
                p.birth_date, p.sex = values[code], Sex.MALE if code == "birth_male" else Sex.FEMALE
                given |= {"birth_date", "sex"}
        for code in ("sex_male", "sex_female"):
            if code in values:
                if "sex_male" in values and "sex_female" in values:
                    issues.append(Issue(row_no, *self.col_info(fcol.get(code)), "đánh dấu cả Nam và Nữ"))
                    continue
                p.sex = Sex.MALE if code == "sex_male" else Sex.FEMALE
                given.add("sex")
        notes = [values[c] for c in self.note_codes if c in values]
        if notes:
            p.notes = "; ".join(([p.notes] if p.notes else []) + notes)
            given.add("notes")
        return frozenset(given)

    @staticmethod
    def _looks_like_section(name: str, values: dict) -> bool:
        low = folded_words(name)
        return bool(_SECTION.match(name)) or low.startswith(_SECTION_WORDS) or name.endswith(":")

    def _validate(self, p: Person, row_no: int, issues: list[Issue], fcol: dict[str, int]) -> None:
        try:
            v = validate(p)
        except TypeError:
            # app.dossiers.validate compares partial dates of the same year ("05/2005" with "2005")
            # and fails; validate the rest without that comparison (reported to the owner).
            official, p.party_official = p.party_official, None
            try:
                v = validate(p)
            finally:
                p.party_official = official
        for key, msg in v.errors.items():
            code = key.split("[")[0]
            letter, header = self.col_info(fcol.get(code))
            issues.append(Issue(row_no, letter, header, f"{FIELD_LABELS.get(code, code)}: {msg}"))
        warn = v.warnings.get("id_number")
        if warn:
            letter, header = self.col_info(fcol.get("id_number"))
            if p.id_override_reason:  # the list itself gives the reason (an export of HoSo does)
                issues.append(Issue(row_no, letter, header, f"{warn} (chấp nhận: {p.id_override_reason})", "info"))
            elif warn.startswith("CMND 9 số"):
                p.id_override_reason = f"CMND 9 số (mẫu cũ), nhập từ tệp Excel {self.table.file_name}"
                issues.append(Issue(row_no, letter, header, warn, "warning"))
            elif self.opts.accept_id_warnings:
                p.id_override_reason = f"Chấp nhận khi nhập từ tệp Excel {self.table.file_name}: {warn}"
                issues.append(Issue(row_no, letter, header, warn, "warning"))
            else:
                issues.append(Issue(row_no, letter, header, f"{warn} (kiểm tra lại, hoặc chọn “chấp nhận cảnh báo số định danh”)"))
        pw = v.warnings.get("party_joined")
        if pw:
            letter, header = self.col_info(fcol.get("party_joined"))
            issues.append(Issue(row_no, letter, header, pw, "warning"))


class EarlyColumns:
    """The columns whose cells parse one by one (dates, ID and card numbers, sex, levels),
    parsed while the reading process is still sending rows: feed() after each part that
    arrives. build_records takes them only if they were parsed from the same table, from
    the same first data row and for the same mapping; text columns are parsed there, whole
    (a legacy encoding is decided on the whole column)."""

    def __init__(self, table: Table, choice: MappingChoice, opts: RecordOptions) -> None:
        self._builder = _Builder(table, choice, opts)
        self.table, self.start, self.mapping = table, choice.layout.data_start, dict(choice.mapping)
        kinds = {code: self._builder._kind(code) for code in self.mapping.values() if code != "stt"}
        # The last column of a code wins, as in build().
        self._columns = {code: j for j, code in self.mapping.items() if code in kinds and kinds[code] not in _TEXT_KINDS}
        self._kinds = kinds
        self.values: dict[str, list] = {code: [] for code in self._columns}
        self.problems: dict[str, dict[int, list]] = {code: {} for code in self._columns}
        self._caches: dict[str, dict] = {code: {} for code in self._columns}
        self.done = 0  # data rows parsed so far
        # What quiet_rows says of each row, for the quick path (_Builder._build_quick).
        self.quiet: list[bool] = []
        self._quiet_caches: tuple[dict, dict] = ({}, {})

    def feed(self) -> None:
        rows = self.table.rows
        part = rows[self.start + self.done:]
        if not part or not self._columns:
            self.done += len(part)
            return
        columns = list(itertools.zip_longest(*part))
        for code, j in self._columns.items():
            errs = self.problems[code]

            def problem(i: int, msg: str, level: str = "error", errs: dict = errs) -> None:
                errs.setdefault(i, []).append((msg, level))

            col = columns[j] if j < len(columns) else (None,) * len(part)
            self.values[code] += self._builder.parse_cells(self._kinds[code], col, problem, self._caches[code], self.done)
        self.quiet += quiet_rows(*map(self._filled, _QUIET_FIELDS, itertools.repeat(len(part))), caches=self._quiet_caches)
        self.done += len(part)

    def _filled(self, name: str, count: int):
        """The part's values of a field as _build_quick gives them to quiet_rows (blanks: the default)."""
        default = _DEFAULTS[name]
        if name not in self.values:
            return itertools.repeat(default, count)
        new = self.values[name][self.done:self.done + count]
        if self._kinds[name] in _BLANK_IS_FALSY:
            return [v if v else default for v in new]
        return [default if v is None else v for v in new]

    def fits(self, table: Table, choice: MappingChoice, today: _dt.date) -> bool:
        return (table is self.table and choice.layout.data_start == self.start and dict(choice.mapping) == self.mapping
                and today == self._builder.today and self.start + self.done >= len(table.rows))

    def part(self, code: str, n: int) -> tuple[list, dict]:
        """The first n rows of a column (the data rows: the footer and what follows were parsed too)."""
        return self.values[code][:n], {i: found for i, found in self.problems[code].items() if i < n}


def build_records(table: Table, choice: MappingChoice, opts: RecordOptions | None = None,
                  progress: Callable | None = None, cancel: Callable | None = None,
                  early: EarlyColumns | None = None) -> tuple[list[Record], list[str]]:
    b = _Builder(table, choice, opts or RecordOptions())
    records = b.build(progress, cancel, early)
    return records, b.notices
