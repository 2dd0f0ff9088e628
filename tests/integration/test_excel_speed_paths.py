"""The import's fast paths (issue 5) give exactly what the plain per-cell and per-person code gives:
repeated dates parsed once, text columns cleaned once per distinct text, the quick path for
plain CCCD/CMND numbers, the store's column-wise bulk rows, and the search index refill."""

import datetime as dt
from pathlib import Path

import pytest

from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import VALUE_FIELDS, Period, Person, Relative
from app.domain.secrecy import SecrecyLevel
from app.excel.mapping import locate, suggest
from app.excel.reading import Table
from app.excel.records import RecordOptions, _clean, build_records
from app.excel.values import Problem, as_text, check_not_future, parse_date, parse_id
from app.store import person_index
from app.store import persons as store

TODAY = dt.date(2026, 11, 22)
HEAD = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Quê quán", "Đơn vị"]


def _records(rows: list[list]):
    table = Table(Path("danh-sach.xlsx"), "xlsx", "calamine", [], "Danh sách", [HEAD] + rows)
    choice = suggest(table, locate(table))
    assert choice.mapping[2] == "birth_date" and choice.mapping[5] == "hometown"
    records, _ = build_records(table, choice, RecordOptions(today=TODAY))
    return records


def _expected_date(v):
    """What parsing the cell on its own gives: (value, [(message, level)])."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None, []
    try:
        d, warns = parse_date(v, TODAY)
        check_not_future(d, TODAY)
    except Problem as p:
        return None, [(str(p), "error")]
    return d, [(w, "warning") for w in warns]


def test_repeated_dates_are_parsed_once_but_each_row_gets_its_value_and_remarks():
    # 1, 1.0 and True are equal as Python keys but not as cells; -0.0 == 0.0; texts and dates repeat.
    cells = [dt.datetime(1980, 5, 17), "17/05/1980", 1980, 1980.0, True, 1, 1.0, 0.0, -0.0, 29221, 29221.0, "05/1980",
             "31/02/1980", dt.datetime(2030, 1, 1), "17/05/80", None, "  ", dt.date(1975, 4, 30), "năm 1975"]
    rows = [[i + 1, f"Nguyễn Văn {chr(65 + i % 26)}", v, "Nam"] for i, v in enumerate(cells * 3)]
    rows[5] = rows[5][:2]  # a row that ends before the date column (trailing blanks are not stored)
    records = _records(rows)
    assert len(records) == len(rows)
    for rec, row in zip(records, rows):
        value, remarks = _expected_date(row[2] if len(row) > 2 else None)
        assert rec.person.birth_date == value, row
        assert [(i.message, i.level) for i in rec.issues if i.col == "C"] == remarks, row
    # Equal dates are one object (memory), as before.
    firsts = [r.person.birth_date for r in records if r.person.birth_date == PartialDate(1980, 5, 17)]
    assert len(firsts) > 3 and all(d is firsts[0] for d in firsts)


def test_a_text_column_is_cleaned_once_per_distinct_text_with_the_same_result_as_cell_by_cell():
    place = "Nội"
    homes = [1, 1.0, True, None, "", "  Hà   Nội ", dt.date(2020, 1, 2), "Hà Nội", "Thanh Hoá", "Thanh Hóa", "x\ty",
             "Hà " + place]  # equal to an earlier cell, another object (as a reader gives them)
    rows = [[i + 1, f"Trần Thị {chr(65 + i)}", "01/01/1990", "Nữ", None, h] for i, h in enumerate(homes)]
    records = _records(rows)
    got = [r.person.hometown for r in records]
    assert got == [_clean(as_text(h)) for h in homes]
    assert got[:3] == ["1", "1", "Có"] and got[5] == got[7] == "Hà Nội" and got[8] == got[9]
    assert got[11] is got[7] and homes[11] is not homes[7]  # one object for equal texts
    # A Unicode list with only ASCII texts in a column is left alone.
    assert _records([[1, "Lê Văn An", "1990", "Nam", None, "Ha Noi"]])[0].person.hometown == "Ha Noi"


def test_plain_identity_numbers_take_the_quick_path_with_the_same_answer():
    for v in ("001090012345", "012345678", "٠٠١٠٩٠٠١٢٣٤٥", "１２３４５６７８９"):
        assert parse_id(v) == parse_id(f" {v} ") == (v, [])  # the spaces force the full path
    assert parse_id("00109001234")[0] == "000109001234"  # 11 digits: mended, as before
    assert parse_id("1234567890")[1]  # 10 digits: looked at, as before


def _people() -> list[Person]:
    shared = PartialDate(1980, 5, 17)
    out = []
    for i in range(40):
        p = Person(full_name=f"Nguyễn Văn {chr(65 + i % 26)}{'' if i % 3 else ' Tư'}",
                   birth_date=shared if i % 2 else (PartialDate(1970 + i, 1 + i % 12) if i % 5 else None),
                   sex=(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN)[i % 3], other_names="Tư Cường" if i % 4 == 0 else "",
                   hometown="Hà Nội" if i % 2 else "", unit=f"Sở số {i % 3}", id_number=(f"B{i:08d}" if i == 1 else f"{i:012d}") if i % 3 else "",
                   party_card=f"CARD-{i}" if i % 5 == 0 else ("Thẻ số Một" if i % 7 == 0 else ""),
                   party_joined=PartialDate(2000 + i % 20) if i % 2 else None, party_official=shared if i % 6 == 0 else None,
                   secrecy=list(SecrecyLevel)[i % len(SecrecyLevel)], notes="ghi chú" if i % 9 == 0 else "")
        if i % 8 == 0:
            p.relatives = [Relative("father", "Nguyễn Văn Bố", PartialDate(1950), abroad=i % 16 == 0)]
            p.work_history = [Period(PartialDate(1990), None, "Công tác")]
        p.id, p.uid = 100 + i, f"uid-{i}"
        out.append(p)
    return out


def _bulk_and_single_rows(people: list[Person], now: float, source=None) -> tuple[list[tuple], list[tuple]]:
    """The store's column-wise rows for these people (ids consecutive), read from them or from
    `source` (store._Values of the same people), and the rows insert() would write for each."""
    keys = [store._sort_key(p.full_name) for p in people]
    ranks = [(i + 1) * person_index.GAP for i in range(len(people))]
    ids = range(people[0].id, people[0].id + len(people)) if people else range(0)
    cols, details, abroad, _ = (source or store._People(people)).batch(0, len(people), ids)
    rows = store._bulk_rows(cols, ids, [p.uid for p in people], [p.full_name for p in people], details, abroad,
                            keys, ranks, now, "admin", {})
    expected = [(p.id, p.uid, *store._scalar_values(p), *store._derived_values(p), now, "admin", now, "admin", r)
                for p, r in zip(people, ranks)]
    return rows, expected


def test_bulk_rows_are_the_rows_insert_would_write():
    people = _people()
    rows, expected = _bulk_and_single_rows(people, 12.5)
    assert rows == expected
    assert [tuple(map(type, r)) for r in rows] == [tuple(map(type, r)) for r in expected]  # "M", not Sex.MALE
    assert len(rows[0]) == store._INSERT_RANKED.count("?")
    assert _bulk_and_single_rows([], 1.0) == ([], [])


def test_bulk_rows_without_history_or_relatives_take_the_defaults_insert_would_write():
    # An imported list's batch: no person has history or relatives (the defaults are repeated).
    people = _people()
    for p in people:
        p.relatives, p.work_history = [], []
    rows, expected = _bulk_and_single_rows(people, 3.0)
    assert rows == expected
    assert {r[len(store._SCALARS) + 6] for r in rows} == {"{}"} and {r[len(store._SCALARS) + 7] for r in rows} == {0}
    # The same people as Person's constructor values (what the Excel import keeps): the same rows.
    values = [tuple(getattr(p, f) for f in VALUE_FIELDS) for p in people]
    assert [Person(*v, id=p.id, uid=p.uid) for v, p in zip(values, people)] == people
    assert _bulk_and_single_rows(people, 3.0, store._Values(values)) == (rows, expected)


def test_refill_gathers_more_terms_at_a_time_and_puts_the_index_setting_back(admin):
    conn = admin.vault.conn
    conn.execute("INSERT INTO person_fts(person_fts, rank) VALUES ('hashsize', 2097152)")  # an owner's own setting
    people = _people()
    for p in people:
        p.id, p.uid = None, ""
    with admin.vault.transaction() as c:
        store.bulk_load(c, people, "admin", rebuild_indexes=True)
    setting = {t: conn.execute(f"SELECT v FROM {t}_config WHERE k = 'hashsize'").fetchone() for t in person_index.TABLES}
    assert setting == {"person_fts": (2097152,), "person_name_fts": (1 << 20,)}
    for t in person_index.TABLES:
        conn.execute(f"INSERT INTO {t}({t}, rank) VALUES ('integrity-check', 0)")
    page = store.search(conn, "tu cuong", limit=100)
    assert page.total == sum(1 for p in people if p.other_names) and page.plan == "index:names"
    assert store.search(conn, "card 10", limit=5).total == 1


def _facts(r) -> tuple:
    """Everything a record says, to compare two ways of building it."""
    return (r.index, r.row, None if r.person is None else vars(r.person), r.given,
            [(i.row, i.col, i.column, i.message, i.level) for i in r.issues])


def _varied_rows() -> list[list]:
    """Rows for the quick path and for every reason a row must leave it."""
    head = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Quê quán", "Ngày vào Đảng", "Ngày chính thức",
            "Đơn vị", "Độ mật", "Ghi chú khác"]
    ids = ["001080012345", "001180012345", "001090012345", "012345678", "00108001234", "1234567890", "", None,
           "099080012345", 1080012345, "'001080012345", "abc"]
    births = [dt.datetime(1980, 5, 17), "17/05/1980", "1980", "05/1980", None, dt.datetime(2090, 1, 1), "31/02/1980"]
    sexes = ["Nam", "Nữ", None, "x"]
    joined = [None, "2005", "03/2005", dt.datetime(1990, 1, 1), "02/2005", "01/01/1975"]
    official = [None, "2006", "2005", "01/2005", "bad"]
    names = ["Nguyễn Văn An", "TRẦN THỊ BÌNH", "Lê Văn 3", "I. Chi bộ Văn phòng", None, "  Phạm   Minh  ", "Đỗ Thị Hoà"]
    rows = [head]
    for i in range(700):
        rows.append([i + 1, names[i % len(names)], births[i % len(births)], sexes[i % len(sexes)], ids[i % len(ids)],
                     "Hà Nội" if i % 3 else None, joined[i % len(joined)], official[i % len(official)],
                     f"Sở {i % 4}" if i % 5 else "", ["Mật", None, "Tối mật", "x"][i % 4], "ghi" if i % 11 == 0 else None])
    rows += [[], [None, "Nguyễn Văn Cuối"], [701, "Nguyễn Văn Cuối", "1981"], [None, None, None, "Nam"]]
    return rows


def _build(rows: list[list], quick: bool, monkeypatch, keep_raw: bool = True):
    from app.excel import records as rec_mod

    table = Table(Path("danh-sach.xlsx"), "xlsx", "calamine", [], "Danh sách", [list(r) for r in rows], row0=2)
    choice = suggest(table, locate(table))
    with monkeypatch.context() as m:
        if not quick:
            m.setattr(rec_mod._Builder, "_quick_mapping", lambda self, parsed: False)
        records, notices = build_records(table, choice, RecordOptions(today=TODAY, keep_raw_rows=keep_raw))
    return table, choice, records, notices


def test_the_quick_path_gives_the_records_the_row_by_row_path_gives(monkeypatch):
    rows = _varied_rows()
    table, choice, quick, notes_q = _build(rows, True, monkeypatch, keep_raw=False)
    _, _, plain, notes_p = _build(rows, False, monkeypatch, keep_raw=False)
    assert len(quick) == len(plain) > 600 and notes_q == notes_p

    assert [_facts(r) for r in quick] == [_facts(r) for r in plain]
    # Both kinds of row were there: quick ones (no remark) and ones that needed make().
    assert sum(not r.issues for r in quick) > 50 and sum(bool(r.issues) for r in quick) > 300
    # The quick rows' cells were let go, as make() lets go of rows without remarks.
    assert all((table.rows[r.index] is None) == (not r.issues) for r in quick)


def test_a_mapping_with_columns_the_quick_path_does_not_know_goes_row_by_row(monkeypatch):
    from app.excel import records as rec_mod

    calls = []
    real = rec_mod._Builder._build_quick
    monkeypatch.setattr(rec_mod._Builder, "_build_quick", lambda self, *a: calls.append(1) or real(self, *a))
    # A column added to the notes (the phone number): only make() does that.
    rows = [["Họ và tên", "Ngày sinh", "Số điện thoại"], ["Nguyễn Văn An", "1980", "0912345678"], ["Lê Thị Hoa", "1982", None]]
    table = Table(Path("dien-thoai.xlsx"), "xlsx", "calamine", [], "DS", rows)
    choice = suggest(table, locate(table))
    assert "phone" in choice.mapping.values()
    records, _ = build_records(table, choice, RecordOptions(today=TODAY))
    assert not calls
    assert [r.person.notes for r in records] == ["Điện thoại: 0912345678", ""]
    build_records(*_build(_varied_rows(), True, monkeypatch)[:2], RecordOptions(today=TODAY))
    assert calls


def _early_records(rows: list[list], parts: list[int], choice_rows: int | None = None):
    """Records built with columns parsed part by part as the rows "arrive" (the table growing by
    `parts` rows at a time, as the reading loop grows it), the mapping taken from the first part."""
    from app.excel.records import EarlyColumns

    table = Table(Path("danh-sach.xlsx"), "xlsx", "calamine", [], "Danh sách", [], row0=2)
    opts = RecordOptions(today=TODAY)
    early, at = None, 0
    for size in parts + [len(rows)]:
        table.rows.extend(list(r) for r in rows[at:at + size])
        at += size
        if early is None:
            early = EarlyColumns(table, suggest(table, locate(table)), opts)
        early.feed()
        if at >= len(rows):
            break
    records, notices = build_records(table, suggest(table, locate(table)), opts, early=early)
    return table, early, records, notices


def test_columns_parsed_while_the_rows_arrive_give_the_same_records(monkeypatch):
    from app.excel import records as rec_mod

    rows = _varied_rows()
    _, _, plain, plain_notes = _build(rows, True, monkeypatch)

    for parts in ([5], [1, 1, 3], [40, 100, 7], [len(rows)]):
        table, early, records, notices = _early_records(rows, parts)
        assert early.done == len(rows) - 1 and set(early.values) >= {"birth_date", "id_number", "party_joined", "secrecy"}
        assert [_facts(r) for r in records] == [_facts(r) for r in plain] and notices == plain_notes, parts
        # The editor's checks were answered part by part too: building again asks nothing more.
        with monkeypatch.context() as m:
            m.setattr(rec_mod, "quiet_rows", lambda *a, **k: pytest.fail("quiet_rows called again"))
            again, _ = build_records(table, suggest(table, locate(table)), RecordOptions(today=TODAY), early=early)
        assert [_facts(r) for r in again] == [_facts(r) for r in plain]
    # Equal dates are still one object across the parts.
    births = [r.person.birth_date for r in records if r.person and r.person.birth_date == PartialDate(1980, 5, 17)]
    assert len(births) > 3 and all(d is births[0] for d in births)


def test_early_columns_are_not_used_for_another_mapping_or_a_table_not_fully_read(monkeypatch):
    from app.excel.records import EarlyColumns, _Builder

    rows = _varied_rows()
    table = Table(Path("danh-sach.xlsx"), "xlsx", "calamine", [], "Danh sách", [list(r) for r in rows], row0=2)
    choice = suggest(table, locate(table))
    opts = RecordOptions(today=TODAY)
    used = []
    real = _Builder.parse_column
    monkeypatch.setattr(_Builder, "parse_column", lambda self, j, code, col: used.append(code) or real(self, j, code, col))

    early = EarlyColumns(table, choice, opts)
    early.feed()
    build_records(table, choice, opts, early=early)
    assert "birth_date" not in used and "full_name" in used  # dates came from the early parse, texts did not
    used.clear()
    table.rows.append([999, "Nguyễn Văn Muộn", "1990"])  # a row the early parse has not seen
    build_records(table, choice, opts, early=early)
    assert "birth_date" in used
    used.clear()
    early = EarlyColumns(table, choice, opts)
    early.feed()
    other = type(choice)(choice.layout, {j: c for j, c in choice.mapping.items() if c != "hometown"}, "user")
    build_records(table, other, opts, early=early)
    assert "birth_date" in used
    used.clear()
    build_records(table, choice, RecordOptions(today=TODAY + dt.timedelta(days=1)), early=early)  # another day
    assert "birth_date" in used


def test_the_reading_loop_hands_over_the_rows_as_they_arrive(tmp_path):
    from app.excel import worker
    from app.excel.reading import read_workbook
    from tests.integration.test_excel_support import simple_list

    people = [[i + 1, f"Nguyễn Văn {i}", "01/01/1980", "Nam", None, "Hà Nội", "Sở", "Chuyên viên"] for i in range(2 * worker.CHUNK + 10)]
    path = simple_list(tmp_path / "dai.xlsx", people)
    seen: list[int] = []
    tables = set()

    def on_rows(table):
        seen.append(len(table.rows))
        tables.add(id(table))

    table = read_workbook(path, on_rows=on_rows)
    assert len(seen) == 3 and seen == sorted(seen) and seen[-1] == len(table.rows) and tables == {id(table)}
    assert table.sheet == "Danh sách" and table.engine == "calamine" and table.sheets

    calls = []

    def broken(table):
        calls.append(1)
        raise ValueError("a fault in the early work")

    again = read_workbook(path, on_rows=broken)
    assert calls == [1] and again.rows == table.rows  # tried once, then left out; the reading went on


def test_ranks_of_a_first_load_follow_name_then_id_as_with_persons_already_there(admin):
    conn = admin.vault.conn
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Cường", "Trần Thị Bình", "An"]
    keys = [(store._sort_key(n), pid) for n, pid in zip(names * 3, range(90, 72, -1))]  # ids not in list order
    ranks, moved = person_index.ranks_with(conn, keys)  # an empty vault: the first load's own path
    in_order = sorted(range(len(keys)), key=lambda i: keys[i])
    assert moved == [] and [ranks[i] for i in in_order] == [n * person_index.GAP for n in range(1, len(keys) + 1)]
    # The same newcomers after one person already there take the same relative order.
    p = Person(full_name="Zô Văn Sau")
    with admin.vault.transaction() as c:
        store.insert(c, p, "admin")
    ranks2, _ = person_index.ranks_with(conn, keys)
    assert sorted(range(len(keys)), key=ranks2.__getitem__) == in_order


def test_rows_repeating_an_earlier_row_point_at_the_first_one_found_by_id_then_card_then_name(admin):
    from app.excel.plan import Action, PlanOptions, preview

    head = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số thẻ đảng viên", "Quê quán"]
    rows = [head,
            [1, "Nguyễn Văn An", "01/02/1980", "Nam", "001080000001", "11111111", "Hà Nội"],   # sheet row 2
            [2, "Lê Thị Bình", "1985", "Nữ", "001185000002", "22222222", "Huế"],                 # 3
            [3, "Nguyễn Văn An", "01/02/1980", "Nam", "001080000001", None, "Hà Nội"],          # 4: id of row 2
            [4, "Lê Thị Bình", "1985", "Nữ", None, "22222222", "Huế"],                           # 5: card of row 3
            [5, "Nguyễn Văn An", "01/02/1980", "Nam", None, None, "Hà Nội"],                     # 6: name of row 2
            [6, "Trần Văn Cường", "1970", "Nam", "001070000009", "22222222", "Vinh"],            # 7: new id, card of row 3
            [7, "Phạm Văn Dũng", "1975", "Nam", "001075000003", None, "Huế"],                    # 8: new
            [8, "Phạm Văn Dũng", "1975", "Nam", None, "11111111", "Huế"]]                        # 9: card of row 2 first
    table = Table(Path("trung.xlsx"), "xlsx", "calamine", [], "DS", rows)
    choice = suggest(table, locate(table))
    assert "party_card" in choice.mapping.values()
    plan = preview(admin, table, choice, PlanOptions(today=TODAY))
    got = [(r.row, r.action, r.duplicate_of) for r in plan.rows]
    assert got == [(2, Action.CREATE, None), (3, Action.CREATE, None), (4, Action.DUPLICATE, 2), (5, Action.DUPLICATE, 3),
                   (6, Action.DUPLICATE, 2), (7, Action.DUPLICATE, 3), (8, Action.CREATE, None), (9, Action.DUPLICATE, 2)]


def _dossiers(conn) -> list[tuple]:
    """Every person row but its uid and times (random, and the moment of writing)."""
    cur = conn.execute("SELECT * FROM persons ORDER BY id")
    names = [d[0] for d in cur.description]
    keep = [i for i, n in enumerate(names) if n not in ("uid", "created_at", "updated_at")]
    return [tuple(r[i] for i in keep) for r in cur.fetchall()]


def test_an_import_writes_its_rows_values_as_bulk_load_writes_their_persons(admin, tmp_path):
    from app.excel.commit import commit
    from app.excel.plan import Action, PlanOptions, preview
    from app.vault import create_vault, open_vault
    from tests.conftest import ADMIN_PW

    rows = _varied_rows()
    for i, row in enumerate(rows[1:701]):  # different people (the same ones would be repeats of the file)
        if isinstance(row[1], str) and not any(ch.isdigit() for ch in row[1]):
            row[1] += " " + "".join("AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"[int(d)] for d in str(i)).capitalize()
        row[4] = None if i % 12 not in (3, 4, 5) else row[4]  # some odd numbers, no repeated CCCD
    table = Table(Path("danh-sach.xlsx"), "xlsx", "calamine", [], "Danh sách", rows, row0=2)
    plan = preview(admin, table, suggest(table, locate(table)), PlanOptions(today=TODAY, keep_raw_rows=False))
    creates = [r.record for r in plan.rows if r.action is Action.CREATE]
    lazy = [r for r in creates if r.values is not None]
    assert len(lazy) > 50 and len(creates) - len(lazy) > 15  # rows of both paths are created
    assert [r.value("hometown") for r in lazy] == [r.values[VALUE_FIELDS.index("hometown")] for r in lazy]
    result = commit(admin, plan)
    assert result.created == len(creates) and all(r.values is not None for r in lazy)  # no Person made for them
    written = _dossiers(admin.vault.conn)

    # The same rows as Persons (made now), loaded into another empty vault by bulk_load.
    people = [r.person for r in creates]
    assert all(r.values is None for r in lazy) and people[0] == Person(*[getattr(people[0], f) for f in VALUE_FIELDS])
    create_vault(tmp_path / "v2", "X", "Đơn vị", "admin", ADMIN_PW).vault.close()
    other = open_vault(tmp_path / "v2", "admin", ADMIN_PW)
    try:
        with other.vault.transaction() as c:
            store.bulk_load(c, people, "admin")
        assert written == _dossiers(other.vault.conn) and len(written) == len(creates)
        assert result.created_ids == (people[0].id, people[-1].id)
    finally:
        other.close()


def test_a_created_row_given_relatives_before_the_commit_keeps_them(admin):
    # Values hold no relatives or history: a Person given some (never from a list's cells) is written as a Person.
    from app.excel.commit import commit
    from app.excel.plan import Action, PlanOptions, preview

    rows = [["Họ và tên", "Ngày sinh", "Quê quán"]] + [[f"Nguyễn Văn {chr(65 + i)}", f"0{i + 1}/01/1980", "Hà Nội"]
                                                      for i in range(8)]
    table = Table(Path("ds.xlsx"), "xlsx", "calamine", [], "DS", rows)
    plan = preview(admin, table, suggest(table, locate(table)), PlanOptions(today=TODAY))
    creates = [r.record for r in plan.rows if r.action is Action.CREATE]
    assert len(creates) == 8 and all(r.values is not None for r in creates)
    creates[2].person.relatives = [Relative("father", "Nguyễn Văn Bố", PartialDate(1950))]
    creates[2].person.work_history = [Period(PartialDate(2000), None, "Công tác")]
    result = commit(admin, plan)
    first, last = result.created_ids
    assert last - first == 7
    kept = store.get(admin.vault.conn, first + 2)
    assert [r.full_name for r in kept.relatives] == ["Nguyễn Văn Bố"] and [w.text for w in kept.work_history] == ["Công tác"]
    assert [store.get(admin.vault.conn, first + i).full_name for i in range(8)] == [r.person.full_name for r in creates]
