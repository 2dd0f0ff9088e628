"""Storage of dossiers: persons, relatives, versions; search through person_index.

All SQL on these tables lives here or in person_index. A query is matched
against names first; only if no name matches is it matched against
everything searchable (ID numbers, hometown, unit...), so "nguyen van duc"
is not drowned by "Sở Giáo dục".
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
import os
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from ..domain.ids import Sex
from ..domain.partial_date import PartialDate
from ..domain.person import SECTIONS, VALUE_FIELDS, Period, Person, Relative
from ..domain.secrecy import SecrecyLevel
from ..text.vietnamese import folded_words, name_sort_key, normalise_name, tokens
from . import person_index

# Scalar columns that map one-to-one to Person fields.
_SCALARS = (
    "full_name", "other_names", "birth_date", "sex", "ethnicity", "nationality", "religion", "religious_office",
    "birth_place", "hometown", "permanent_address", "current_address", "id_number", "id_override_reason",
    "party_card", "party_joined", "party_official", "unit", "position", "education_general", "specialism",
    "political_theory", "secrecy", "notes",
)
_DERIVED = ("sort_key", "name_fold", "name_words", "search_text", "details", "has_abroad")
_META = ("id", "uid", "version", "created_at", "created_by", "updated_at", "updated_by")

_INSERT = (
    f"INSERT INTO persons(uid, {', '.join(_SCALARS + _DERIVED)}, version, created_at, created_by, updated_at, updated_by)"
    f" VALUES (?, {', '.join('?' * len(_SCALARS + _DERIVED))}, 1, ?, ?, ?, ?)"
)
_INSERT_WITH_ID = _INSERT.replace("INSERT INTO persons(uid,", "INSERT INTO persons(id, uid,").replace("VALUES (?,", "VALUES (?, ?,", 1)
_INSERT_RANKED = (
    f"INSERT INTO persons(id, uid, {', '.join(_SCALARS + _DERIVED)}, created_at, created_by, updated_at, updated_by,"
    f" sort_rank, version) VALUES (?, ?, {', '.join('?' * len(_SCALARS + _DERIVED))}, ?, ?, ?, ?, ?, 1)"
)
_PERSON_INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'persons' AND sql IS NOT NULL"
_UPDATE = (
    f"UPDATE persons SET {', '.join(f'{c} = ?' for c in _SCALARS + _DERIVED)},"
    " version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"
)
_SELECT = f"SELECT {', '.join(_META + _SCALARS)}, details FROM persons"
_GET = _SELECT + " WHERE id = ?"
_GET_BY_UID = "SELECT id FROM persons WHERE uid = ?"
_REL_COLS = (
    "relation", "full_name", "birth_date", "occupation", "residence", "abroad", "nationality", "political_history",
    "attitude", "criminal_record", "class_background", "religion", "is_party_member", "must_verify_override", "notes",
)
_REL_INSERT = f"INSERT INTO relatives(person_id, position, {', '.join(_REL_COLS)}) VALUES (?, ?, {', '.join('?' * len(_REL_COLS))})"
_REL_DELETE = "DELETE FROM relatives WHERE person_id = ?"
_REL_SELECT = f"SELECT id, {', '.join(_REL_COLS)} FROM relatives WHERE person_id = ? ORDER BY position"

_VERSION_INSERT = "INSERT INTO person_versions(person_id, version, changed_at, changed_by, summary, snapshot) VALUES (?, ?, ?, ?, ?, ?)"
_VERSION_LIST = "SELECT version, changed_at, changed_by, summary FROM person_versions WHERE person_id = ? ORDER BY version"
_VERSION_GET = "SELECT snapshot FROM person_versions WHERE person_id = ? AND version = ?"

_ROW_COLS = "id, full_name, birth_date, sex, unit, position, hometown, id_number, secrecy, has_abroad"
# The units, by hopping along persons_by_unit from one unit to the next (a few index seeks per unit)
# rather than reading every person: the planner would otherwise walk persons_live, all million rows.
_UNITS = ("WITH RECURSIVE u(unit) AS (SELECT min(unit) FROM persons WHERE unit > ''"
          " UNION ALL SELECT (SELECT min(unit) FROM persons WHERE unit > u.unit) FROM u WHERE u.unit IS NOT NULL)"
          " SELECT unit FROM u WHERE unit IS NOT NULL"
          " AND EXISTS (SELECT 1 FROM persons p WHERE p.unit = u.unit AND +p.merged_into IS NULL) ORDER BY unit")
# "+merged_into": keep the planner off persons_live, so that it reads the secrecy index from the top.
_MAX_SECRECY = "SELECT max(secrecy) FROM persons WHERE +merged_into IS NULL"
_COUNT_ALL = "SELECT count(*) FROM persons WHERE merged_into IS NULL"
_MARK_MERGED = "UPDATE persons SET merged_into = ? WHERE id = ? AND merged_into IS NULL"
_RANK = "SELECT sort_rank FROM persons WHERE id = ?"
_SET_RANK_NULL = "UPDATE persons SET sort_rank = NULL WHERE id = ?"
_MERGED_INTO = "SELECT merged_into FROM persons WHERE id = ?"
# "id_number != ''" lets the planner use the partial index persons_by_id_number (without it,
# every lookup walked all live persons: an import of a list already in the vault was quadratic).
_BY_ID_NUMBER = f"SELECT {_ROW_COLS} FROM persons WHERE id_number = ? AND id_number != '' AND merged_into IS NULL AND id != ?"
_BY_NAME_BIRTH = f"SELECT {_ROW_COLS} FROM persons WHERE name_fold = ? AND birth_date IS ? AND merged_into IS NULL AND id != ?"


class StaleVersion(Exception):
    """Someone else saved the dossier since it was opened."""


@dataclass(frozen=True)
class PersonRow:
    """One line of the list: enough to show and to open the dossier."""

    id: int
    full_name: str
    birth_date: PartialDate | None
    sex: Sex
    unit: str
    position: str
    hometown: str
    id_number: str
    secrecy: SecrecyLevel
    has_abroad: bool


@dataclass(frozen=True)
class PersonFilter:
    unit: str | None = None
    secrecy: SecrecyLevel | None = None
    has_abroad: bool | None = None
    case_state: str | None = None  # has a case in this state (CaseState value)


@dataclass(frozen=True)
class VersionInfo:
    version: int
    changed_at: float
    changed_by: str
    summary: str


# -- derived values ---------------------------------------------------------------

def _number_words(text: str) -> str:
    """folded_words for ID and card numbers, without the cache (each is different)."""
    return text.lower() if text.isascii() and text.isalnum() else folded_words(text)


def search_words(p: Person) -> str:
    # Word by word the same as tokens() of the fields joined by spaces: a space splits words.
    parts = (folded_words(p.full_name), folded_words(p.other_names), _number_words(p.id_number),
             _number_words(p.party_card), folded_words(p.hometown), folded_words(p.unit))
    return " ".join(w for w in parts if w)


def name_words(p: Person) -> str:
    return _name_words(folded_words(p.full_name), folded_words(p.other_names))


def _name_words(fn: str, other: str) -> str:
    return f"{fn} {other}" if fn and other else fn or other


_sort_key = lru_cache(maxsize=100_000)(name_sort_key)


_GET_SCALARS = operator.attrgetter(*_SCALARS)
_DATE_POS = tuple(i for i, c in enumerate(_SCALARS) if c in ("birth_date", "party_joined", "party_official"))
_SEX_POS, _SECRECY_POS = _SCALARS.index("sex"), _SCALARS.index("secrecy")
_NO_DETAILS = "{}"  # no history (every imported row): the column default; reads back as empty sections


def _scalar_values(p: Person) -> list:
    v = list(_GET_SCALARS(p))
    for i in _DATE_POS:
        if v[i] is not None:
            v[i] = v[i].iso()
    v[_SEX_POS] = v[_SEX_POS].value
    v[_SECRECY_POS] = int(v[_SECRECY_POS])
    return v


_SECTIONS_OF = operator.attrgetter(*SECTIONS)


def _details(p: Person) -> str:
    return p.details_json() if any(_SECTIONS_OF(p)) else _NO_DETAILS


def _derived_values(p: Person) -> list:
    return [_sort_key(p.full_name), folded_words(p.full_name), name_words(p), search_words(p), _details(p),
            int(p.has_relatives_abroad)]


def _index(conn, p: Person) -> None:
    person_index.add(conn, p.id, name_sort_key(p.full_name), name_words(p), search_words(p))


def _relative_values(r: Relative) -> list:
    vals = []
    for c in _REL_COLS:
        v = getattr(r, c)
        if isinstance(v, PartialDate):
            v = v.iso()
        elif isinstance(v, bool):
            v = int(v)
        vals.append(v)
    return vals


def _write_relatives(conn, person_id: int, relatives: list[Relative]) -> None:
    conn.execute(_REL_DELETE, (person_id,))
    conn.executemany(_REL_INSERT, [(person_id, i, *_relative_values(r)) for i, r in enumerate(relatives)])


# -- writing ------------------------------------------------------------------------

def insert(conn, p: Person, user: str, now: float | None = None) -> Person:
    now = time.time() if now is None else now
    p.full_name = normalise_name(p.full_name)
    uid = p.uid or str(uuid.uuid4())
    cur = conn.execute(_INSERT, (uid, *_scalar_values(p), *_derived_values(p), now, user, now, user))
    pid = cur.lastrowid
    p.id, p.uid, p.version = pid, uid, 1
    _index(conn, p)
    _write_relatives(conn, pid, p.relatives)
    p.created_at = p.updated_at = now
    p.created_by = p.updated_by = user
    return p


def insert_many(conn, people: list[Person], user: str, now: float | None = None, *, defer_index: bool = False) -> None:
    """Bulk insert for demo data and imports: the same rows as insert(), batched.

    Ids are assigned here (inside the caller's write transaction) so that the
    relatives can be written in the same batches. A load larger than what is
    already there renumbers the whole order at once; a smaller one finds each
    newcomer its place.
    """
    now = time.time() if now is None else now
    existing = count_all(conn)
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM persons").fetchone()[0]
    rows, rel_rows, keys = [], [], []
    for p in people:
        p.full_name = normalise_name(p.full_name)
        p.uid = p.uid or str(uuid.uuid4())
        p.id, p.version = next_id, 1
        next_id += 1
        derived = _derived_values(p)
        keys.append((p.id, derived[0], derived[2], derived[3]))  # sort key, name words, all words
        rows.append((p.id, p.uid, *_scalar_values(p), *derived, now, user, now, user))
        rel_rows.extend((p.id, i, *_relative_values(r)) for i, r in enumerate(p.relatives))
    conn.executemany(_INSERT_WITH_ID, rows)
    conn.executemany(_REL_INSERT, rel_rows)
    if defer_index:
        return  # the caller renumbers once after the last batch (person_index.renumber_all)
    if len(people) > existing:
        person_index.renumber_all(conn)
    else:
        for pid, sort_key, names, everything in keys:
            person_index.add(conn, pid, sort_key, names, everything)


# Below this many newcomers the secondary indexes of persons are updated row by row;
# from it on they are dropped and built again once, from sorted keys (a fraction of the cost).
REBUILD_INDEXES_FROM = 5_000
LOAD_BATCH = 5_000


def _uuid4_texts(n: int) -> list[str]:
    """n random (version 4) UUIDs as str(uuid.uuid4()) writes them, from one read of the
    system's random source (uuid4() reads it once per call)."""
    raw = bytearray(os.urandom(16 * n))
    raw[6::16] = bytes(b & 0x0F | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes(b & 0x3F | 0x80 for b in raw[8::16])  # RFC 4122 variant
    h = raw.hex()
    return [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, 32 * n, 32)]


@contextlib.contextmanager
def _indexes_rebuilt(conn, rebuild: bool):
    """The secondary indexes of persons (whoever declared them) dropped for the duration and
    created again from their own SQL. Inside the caller's transaction: an error or Cancel
    rolls the drop back with everything else."""
    found = conn.execute(_PERSON_INDEXES).fetchall() if rebuild else []
    for name, _ in found:
        conn.execute('DROP INDEX "{}"'.format(name.replace('"', '""')))
    yield
    for _, sql in found:
        conn.execute(sql)


def bulk_load(conn, people: list[Person], user: str, now: float | None = None, *,
              step: Callable[[str, int], None] | None = None, rebuild_indexes: bool | None = None) -> None:
    """Many new dossiers at once, in the caller's write transaction: the same rows as insert()
    gives each, written the way a large load is cheapest. Ids are consecutive. The search
    order is renumbered for everyone (the newcomers' ranks computed before writing, so no
    row is written twice), the secondary indexes are rebuilt once when the load is large,
    and both search indexes are refilled in rank order.

    `step(phase, done)` is called between batches ("rows": newcomers prepared or written so
    far, "index": before the indexes are built); it may raise to cancel."""
    now = time.time() if now is None else now
    first, names, uids = _load(conn, _People(people), user, now, step, rebuild_indexes)
    for p, name, uid, pid in zip(people, names, uids, itertools.count(first)):
        p.full_name, p.id, p.uid, p.version = name, pid, uid, 1
        p.created_at = p.updated_at = now
        p.created_by = p.updated_by = user


def bulk_load_values(conn, values: list[tuple], user: str, now: float | None = None, *,
                     step: Callable[[str, int], None] | None = None, rebuild_indexes: bool | None = None) -> int:
    """bulk_load for newcomers given as Person's constructor values (VALUE_FIELDS: dossiers
    without history or relatives), as the Excel import holds the rows it has checked, without
    a Person object for each. Returns the first id; the ids are consecutive."""
    now = time.time() if now is None else now
    return _load(conn, _Values(values), user, now, step, rebuild_indexes)[0]


class _Newcomers:
    """The newcomers of a bulk load as _load reads them: names and uids, then batch by batch
    the scalar columns (_SCALARS order), details, has_abroad and the relatives' rows."""

    def __init__(self, items: list) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)


class _People(_Newcomers):
    """bulk_load's: Person objects."""

    def names_and_uids(self) -> tuple[list[str], list[str]]:
        return [p.full_name for p in self.items], [p.uid for p in self.items]

    def batch(self, start: int, stop: int, ids: range) -> tuple[list, Iterable, Iterable, list]:
        batch = self.items[start:stop]
        cols = list(zip(*map(_GET_SCALARS, batch)))
        # An imported list brings neither history nor relatives: then every row has the defaults.
        details = map(_details, batch) if any(map(any, map(_SECTIONS_OF, batch))) else itertools.repeat(_NO_DETAILS)
        abroad = map(int, map(_ABROAD, batch)) if any(map(_RELATIVES, batch)) else itertools.repeat(0)
        relatives = [(pid, i, *_relative_values(r)) for p, pid in zip(batch, ids) for i, r in enumerate(p.relatives)]
        return cols, details, abroad, relatives


class _Values(_Newcomers):
    """bulk_load_values's: Person's constructor values, no history or relatives."""

    def names_and_uids(self) -> tuple[list[str], list[str]]:
        return list(map(_VALUE_NAME, self.items)), [""] * len(self.items)

    def batch(self, start: int, stop: int, ids: range) -> tuple[list, Iterable, Iterable, list]:
        by_field = list(zip(*self.items[start:stop]))  # VALUE_FIELDS order
        cols = [by_field[i] for i in _VALUE_ORDER] if by_field else []
        return cols, itertools.repeat(_NO_DETAILS), itertools.repeat(0), []


_VALUE_ORDER = tuple(map(VALUE_FIELDS.index, _SCALARS))
_VALUE_NAME = operator.itemgetter(VALUE_FIELDS.index("full_name"))


def _load(conn, new: _Newcomers, user: str, now: float, step: Callable[[str, int], None] | None,
          rebuild_indexes: bool | None) -> tuple[int, list[str], list[str]]:
    """The rows written (see bulk_load); returns the first id, the names as written and the uids."""
    if not conn.in_transaction:
        raise RuntimeError("bulk_load needs the caller's write transaction")
    tick = step or (lambda phase, done: None)
    n = len(new)
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM persons").fetchone()[0]
    names, uids = new.names_and_uids()
    # Random uids in ascending order: each goes at the end of the uid index rather than
    # anywhere in it (a 100,000-row load: 0.13 s less). They stay random version-4 uids.
    uids = [given or fresh for given, fresh in zip(uids, sorted(_uuid4_texts(n)))]
    normal = {s: normalise_name(s) for s in set(names)}  # names repeat
    names = list(map(normal.__getitem__, names))
    ids = range(next_id, next_id + n)
    sort_keys = list(map(_sort_key, names))
    ranks, moved = person_index.ranks_with(conn, list(zip(sort_keys, ids)))
    iso: dict[int, str | None] = {}  # id() of a date object -> its ISO text (_isos); the caller keeps them alive
    with _indexes_rebuilt(conn, n >= REBUILD_INDEXES_FROM if rebuild_indexes is None else rebuild_indexes):
        person_index.set_ranks(conn, moved)
        for start in range(0, n, LOAD_BATCH):  # rows made batch by batch: memory
            tick("rows", start)
            stop = start + LOAD_BATCH
            cols, details, abroad, relatives = new.batch(start, stop, ids[start:stop])
            rows = _bulk_rows(cols, ids[start:stop], uids[start:stop], names[start:stop], details, abroad,
                              sort_keys[start:stop], ranks[start:stop], now, user, iso)
            conn.executemany(_INSERT_RANKED, rows)
            del rows
            conn.executemany(_REL_INSERT, relatives)
        tick("index", n)
    person_index.refill(conn)
    return next_id, names, uids


_NAME_POS, _OTHER_POS = _SCALARS.index("full_name"), _SCALARS.index("other_names")
_ID_POS, _CARD_POS = _SCALARS.index("id_number"), _SCALARS.index("party_card")
_HOME_POS, _UNIT_POS = _SCALARS.index("hometown"), _SCALARS.index("unit")
_SEX_TEXT = {s: s.value for s in Sex}
_ABROAD = operator.attrgetter("has_relatives_abroad")
_RELATIVES = operator.attrgetter("relatives")


def _isos(dates: tuple, iso: dict[int, str | None]) -> list:
    """ISO texts of a column of dates. The importer shares one object per distinct date, so
    each object is asked once; `iso` is keyed by id(), valid while the load holds them all."""
    for k, d in dict(zip(map(id, dates), dates)).items():
        if k not in iso:
            iso[k] = None if d is None else d.iso()
    return list(map(iso.__getitem__, map(id, dates)))


def _number_column(texts: tuple) -> list[str]:
    """_number_words of a column; a column of plain numbers (the usual one) in C-level passes."""
    if all(map(str.isascii, texts)) and all(map(str.isalnum, filter(None, texts))):
        return list(map(str.lower, texts))
    return list(map(_number_words, texts))


def _bulk_rows(cols: list, ids: range, uids: list[str], names: list[str], details: Iterable, abroad: Iterable,
               sort_keys: list[str], ranks: list[int], now: float, user: str, iso: dict[int, str | None]) -> list[tuple]:
    """The rows of _INSERT_RANKED for a batch, from its scalar columns (_SCALARS order) and
    the names as written: the values _scalar_values and _derived_values give each person
    (tests/integration/test_excel_speed_paths.py compares them), built column by column with
    C-level passes rather than field by field."""
    if not cols:
        return []
    cols[_NAME_POS] = names
    for i in _DATE_POS:
        cols[i] = _isos(cols[i], iso)
    cols[_SEX_POS] = list(map(_SEX_TEXT.__getitem__, cols[_SEX_POS]))
    cols[_SECRECY_POS] = list(map(int, cols[_SECRECY_POS]))
    fn = list(map(folded_words, names))
    other = list(map(folded_words, cols[_OTHER_POS]))
    # The non-empty words joined, as _name_words and search_words do, without a Python call per person.
    no_blanks = itertools.repeat(None)
    joined_names = map(" ".join, map(filter, no_blanks, zip(fn, other)))
    search = map(" ".join, map(filter, no_blanks, zip(
        fn, other, _number_column(cols[_ID_POS]), _number_column(cols[_CARD_POS]),
        map(folded_words, cols[_HOME_POS]), map(folded_words, cols[_UNIT_POS]))))
    derived = (sort_keys, fn, joined_names, search, details, abroad)
    stamps = (itertools.repeat(now), itertools.repeat(user), itertools.repeat(now), itertools.repeat(user))
    return list(zip(ids, uids, *cols, *derived, *stamps, ranks))


def update(conn, p: Person, user: str, summary: str, now: float | None = None) -> Person:
    """Save a changed dossier; the state it replaces is kept as a version."""
    now = time.time() if now is None else now
    old = get(conn, p.id)
    if old is None or old.version != p.version:
        raise StaleVersion(p.id)
    p.full_name = normalise_name(p.full_name)
    conn.execute(_VERSION_INSERT, (p.id, old.version, now, user, summary, json.dumps(old.to_json(), ensure_ascii=False)))
    rank = conn.execute(_RANK, (p.id,)).fetchone()[0]
    cur = conn.execute(_UPDATE, (*_scalar_values(p), *_derived_values(p), now, user, p.id, old.version))
    if cur.rowcount != 1:
        raise StaleVersion(p.id)
    person_index.remove(conn, rank)
    if merged_into(conn, p.id) is None:
        conn.execute(_SET_RANK_NULL, (p.id,))  # the name may sort elsewhere now
        _index(conn, p)
    _write_relatives(conn, p.id, p.relatives)
    p.version = old.version + 1
    p.updated_at, p.updated_by = now, user
    return p


# -- reading ------------------------------------------------------------------------

def _person_from_row(r) -> Person:
    meta = dict(zip(_META, r[: len(_META)]))
    vals = dict(zip(_SCALARS, r[len(_META) : len(_META) + len(_SCALARS)]))
    details = json.loads(r[-1] or "{}")
    for c in ("birth_date", "party_joined", "party_official"):
        vals[c] = PartialDate.from_iso(vals[c])
    vals["sex"] = Sex(vals["sex"])
    vals["secrecy"] = SecrecyLevel(vals["secrecy"])
    p = Person(**vals, **meta)
    for s in SECTIONS:
        setattr(p, s, [Period.from_json(x) for x in details.get(s, [])])
    return p


def _relative_from_row(r) -> Relative:
    d = dict(zip(("id",) + _REL_COLS, r))
    d["birth_date"] = PartialDate.from_iso(d["birth_date"])
    d["abroad"] = bool(d["abroad"])
    d["is_party_member"] = bool(d["is_party_member"])
    if d["must_verify_override"] is not None:
        d["must_verify_override"] = bool(d["must_verify_override"])
    return Relative(**d)


def get(conn, person_id: int) -> Person | None:
    r = conn.execute(_GET, (person_id,)).fetchone()
    if r is None:
        return None
    p = _person_from_row(r)
    p.relatives = [_relative_from_row(x) for x in conn.execute(_REL_SELECT, (person_id,))]
    return p


def id_for_uid(conn, uid: str) -> int | None:
    r = conn.execute(_GET_BY_UID, (uid,)).fetchone()
    return r[0] if r else None


def versions(conn, person_id: int) -> list[VersionInfo]:
    return [VersionInfo(*r) for r in conn.execute(_VERSION_LIST, (person_id,))]


def get_version(conn, person_id: int, version: int) -> Person | None:
    current = get(conn, person_id)
    if current is None:
        return None
    if version == current.version:
        return current
    r = conn.execute(_VERSION_GET, (person_id, version)).fetchone()
    return Person.from_json(json.loads(r[0])) if r else None


def max_secrecy(conn) -> SecrecyLevel:
    v = conn.execute(_MAX_SECRECY).fetchone()[0]
    return SecrecyLevel(v) if v is not None else SecrecyLevel.NONE


def names(conn, person_ids: list[int]) -> dict[int, str]:
    """Full names of many persons in one query (lists that show who a case is about)."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    return dict(conn.execute("SELECT id, full_name FROM persons WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)))


def units(conn) -> list[str]:
    return [r[0] for r in conn.execute(_UNITS)]


def count_all(conn) -> int:
    return int(conn.execute(_COUNT_ALL).fetchone()[0])


# -- search ---------------------------------------------------------------------------

def _row(r) -> PersonRow:
    return PersonRow(r[0], r[1], PartialDate.from_iso(r[2]), Sex(r[3]), r[4], r[5], r[6], r[7], SecrecyLevel(r[8]), bool(r[9]))


def _filter_sql(flt: PersonFilter, p: str = "") -> tuple[list[str], list]:
    """The user's filters as SQL; `p` qualifies the persons columns ("p." in joins)."""
    where, args = [], []
    if flt.unit:
        where.append(f"{p}unit = ?")
        args.append(flt.unit)
    if flt.secrecy is not None:
        where.append(f"{p}secrecy = ?")
        args.append(int(flt.secrecy))
    if flt.has_abroad is not None:
        where.append(f"{p}has_abroad = ?")
        args.append(int(flt.has_abroad))
    if flt.case_state is not None:
        where.append(f"EXISTS (SELECT 1 FROM cases c WHERE c.person_id = {p}id AND c.state = ?)")
        args.append(flt.case_state)
    return where, args


@dataclass(frozen=True)
class SearchPage:
    rows: list[PersonRow]
    total: int | None  # None when not asked for (counting a common word costs more than the page)
    plan: str  # "list", "index:names", "index:all" or "none": how the page was found


_P_ROW_COLS = ", ".join(f"p.{c.strip()}" for c in _ROW_COLS.split(","))


def search(conn, query: str, flt: PersonFilter = PersonFilter(), limit: int = 50, offset: int = 0, want_total: bool = True,
           total_hint: int | None = None) -> SearchPage:
    """Persons matching every word of `query` (any order, last word as a prefix), in Vietnamese name order.

    `total_hint` (the list's length, known to a scrolling view) lets a page in
    the second half be read walking back from the end, so the last page of a
    million is as quick as the first.
    """
    words = tokens(query)
    where, args = _filter_sql(flt, "persons.")
    if not words:
        cond = " WHERE " + " AND ".join(["merged_into IS NULL"] + where)
        # Without filters the planner may prefer the tiny counting index and then sort a
        # million rows; the order index is what a page needs.
        hint = "" if where else " INDEXED BY persons_by_sort"
        total = conn.execute(f"SELECT count(*) FROM persons{cond}", args).fetchone()[0] if want_total else None
        known = total if total is not None else total_hint
        if known is not None and offset > known // 2:
            n = max(0, min(limit, known - offset))
            back = max(0, known - offset - n)
            rows = conn.execute(f"SELECT {_ROW_COLS} FROM persons{hint}{cond} ORDER BY sort_key DESC, id DESC LIMIT ? OFFSET ?",
                                (*args, n, back)).fetchall()[::-1]
        else:
            rows = conn.execute(f"SELECT {_ROW_COLS} FROM persons{hint}{cond} ORDER BY sort_key, id LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
        return SearchPage([_row(r) for r in rows], total, "list")
    # Merged persons are not in the indexes: only the user's filters need the join.
    p_where, args = _filter_sql(flt, "p.")
    for table in person_index.TABLES:
        match = person_index.match_expression(conn, table, words)
        if not person_index.any_match(conn, table, match, p_where, args):
            continue
        rows = person_index.page(conn, table, match, _P_ROW_COLS, p_where, args, limit, offset)
        total = person_index.count(conn, table, match, p_where, args) if want_total else None
        return SearchPage([_row(r) for r in rows], total, f"index:{'names' if table == 'person_name_fts' else 'all'}")
    return SearchPage([], 0, "none")


# -- duplicates and merging ----------------------------------------------------------

def same_id_number(conn, id_number: str, exclude: int) -> list[PersonRow]:
    if not id_number:
        return []
    return [_row(r) for r in conn.execute(_BY_ID_NUMBER, (id_number, exclude or 0))]


def same_name_and_birth(conn, full_name: str, birth_iso: str | None, exclude: int) -> list[PersonRow]:
    return [_row(r) for r in conn.execute(_BY_NAME_BIRTH, (" ".join(tokens(full_name)), birth_iso, exclude or 0))]


def name_candidates(conn, words: list[str], birth_year: int | None, limit: int = 500) -> list[tuple[PersonRow, str]]:
    """Persons sharing two of the name's words (so one misspelt word still
    finds them), born the same year when it is known; with their folded name."""
    if not words:
        return []
    pairs = {(words[i], words[j]) for i in range(len(words)) for j in range(i + 1, len(words))} or {(words[0],)}
    match = " OR ".join("(" + " AND ".join(f'"{w}"' for w in pair) + ")" for pair in sorted(pairs))
    sql = (f"SELECT {_ROW_COLS}, name_fold FROM persons WHERE sort_rank IN (SELECT rowid FROM person_name_fts WHERE person_name_fts MATCH ?)"
           " AND merged_into IS NULL")
    args: list = [match]
    if birth_year is not None:
        sql += " AND substr(birth_date, 1, 4) = ?"
        args.append(f"{birth_year:04d}")
    return [(_row(r[:-1]), r[-1]) for r in conn.execute(sql + " LIMIT ?", (*args, limit))]


def mark_merged(conn, drop_id: int, keep_id: int) -> None:
    person_index.remove(conn, conn.execute(_RANK, (drop_id,)).fetchone()[0])
    conn.execute(_MARK_MERGED, (keep_id, drop_id))
    conn.execute(_SET_RANK_NULL, (drop_id,))  # out of the order: its rank may be given to a newcomer


def merged_into(conn, person_id: int) -> int | None:
    r = conn.execute(_MERGED_INTO, (person_id,)).fetchone()
    return r[0] if r else None
