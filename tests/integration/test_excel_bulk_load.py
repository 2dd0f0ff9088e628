"""The store's bulk path for big imports (persons.bulk_load): the same rows, ranks and search
answers as inserting one by one; indexes rebuilt as they were; Cancel and errors roll back."""

import random
import uuid

import pytest
import sqlcipher3

from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import Period, Person, Relative
from app.store import person_index
from app.store import persons as store
from app.text.vietnamese import tokens
from app.vault import create_vault, open_vault
from tests.conftest import ADMIN_PW

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", ""]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Hòa", "Hoà", "Lan", "Mai", "Nam", "Ánh", "Yến"]
PLACES = ["Hà Nội", "Tuyên Quang", "Thanh Hoá", "Huế", ""]


def _people(n: int, seed: int) -> list[Person]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        name = " ".join(w for w in (rnd.choice(FAMILY), rnd.choice(MIDDLE), rnd.choice(GIVEN)) if w)
        p = Person(full_name=name if i % 7 else f"  {name.upper()} ", birth_date=PartialDate(1950 + i % 50, 1 + i % 12),
                   sex=Sex.MALE if i % 2 else Sex.FEMALE, hometown=rnd.choice(PLACES), unit=f"Sở số {i % 9}",
                   id_number=f"{i:012d}" if i % 3 else "", party_card=f"CARD-{i}" if i % 5 == 0 else "",
                   other_names="Tư Cường" if i % 11 == 0 else "")
        if i % 13 == 0:
            p.relatives = [Relative("father", f"Bố của {name}", PartialDate(1930), abroad=i % 26 == 0)]
            p.work_history = [Period(PartialDate(1990), None, "Công tác")]
        out.append(p)
    return out


def _vault(tmp_path, name: str):
    path = tmp_path / name
    create_vault(path, "TU-TQ", "Ban Tổ chức", "admin", ADMIN_PW, "Quản trị").vault.close()
    return open_vault(path, "admin", ADMIN_PW)


def _indexes(conn) -> set:
    return set(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'persons'"))


QUERIES = ["", "nguyen", "nguyen van", "hoa", "ha noi", "tuyen", "so so 3", "card", "000000000013", "tu cuong", "ng", "bui a"]


def _answers(conn) -> dict:
    out = {}
    for q in QUERIES:
        page = store.search(conn, q, limit=500)
        out[q] = ([r.id for r in page.rows], page.total, page.plan)
    return out


def test_bulk_load_answers_like_inserting_one_by_one(tmp_path):
    new = _people(600, 2)
    ref, bulk = _vault(tmp_path, "ref"), _vault(tmp_path, "bulk")
    try:
        for s in (ref, bulk):
            with s.vault.transaction() as conn:
                for p in _people(40, 1):
                    store.insert(conn, p, "admin")
        with ref.vault.transaction() as conn:
            for p in _people(600, 2):
                store.insert(conn, p, "admin")
        before = _indexes(bulk.vault.conn)
        phases = []
        with bulk.vault.transaction() as conn:
            store.bulk_load(conn, new, "admin", step=lambda phase, done: phases.append(phase), rebuild_indexes=True)
        conn = bulk.vault.conn
        assert _indexes(conn) == before and "rows" in phases and phases[-1] == "index"
        assert [p.id for p in new] == list(range(41, 641)) and all(p.full_name == p.full_name.strip() for p in new)
        assert len({p.uid for p in new}) == 600
        assert all(uuid.UUID(p.uid).version == 4 and str(uuid.UUID(p.uid)) == p.uid for p in new)
        # The same rows as one-by-one inserts, apart from uid and timestamps.
        cols = "id, full_name, sort_key, name_fold, name_words, search_text, birth_date, sex, id_number, party_card, has_abroad"
        sql = f"SELECT {cols} FROM persons ORDER BY id"
        assert conn.execute(sql).fetchall() == ref.vault.conn.execute(sql).fetchall()
        for pid, name, other, ident, card, home, unit, words, text, fold in conn.execute(
                "SELECT id, full_name, other_names, id_number, party_card, hometown, unit, name_words, search_text, name_fold"
                " FROM persons"):
            assert fold == " ".join(tokens(name)) and words == " ".join(tokens(f"{name} {other}"))
            assert text == " ".join(tokens(" ".join([name, other, ident, card, home, unit])))
        # Ranks: GAP apart in (sort_key, id) order, for the old persons too.
        ranks = [r for (r,) in conn.execute("SELECT sort_rank FROM persons WHERE merged_into IS NULL ORDER BY sort_key, id")]
        assert ranks == [person_index.GAP * (i + 1) for i in range(640)]
        answers = _answers(conn)
        assert answers == _answers(ref.vault.conn)
        assert all(answers[q][1] for q in ("nguyen van", "ha noi", "so so 3", "card", "000000000013", "tu cuong", "ng"))
        assert store.get(conn, new[0].id).relatives[0].full_name.startswith("Bố của")
        assert store.get(conn, new[0].id).work_history == new[0].work_history
        assert store.get(conn, new[1].id).work_history == [] and store.get(conn, new[26].id).relatives[0].abroad
        for t in person_index.TABLES:
            conn.execute(f"INSERT INTO {t}({t}, rank) VALUES ('integrity-check', 0)")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # A newcomer after a bulk load still finds its place among them.
        with bulk.vault.transaction() as c2:
            late = store.insert(c2, Person(full_name="Nguyễn Văn An", hometown="Huế"), "admin")
        assert late.id in [r.id for r in store.search(conn, "nguyen van an", limit=500).rows]
    finally:
        ref.close()
        bulk.close()


class Stop(Exception):
    pass


@pytest.mark.parametrize("rebuild", [True, False])
def test_cancel_or_a_failing_row_leaves_everything_as_it_was(tmp_path, rebuild):
    s = _vault(tmp_path, "v")
    try:
        with s.vault.transaction() as conn:
            for p in _people(30, 3):
                store.insert(conn, p, "admin")
        conn = s.vault.conn
        before, answers = _indexes(conn), _answers(conn)
        rows = conn.execute("SELECT * FROM persons ORDER BY id").fetchall()

        def stop_at(phase_wanted):
            def step(phase, done):
                if phase == phase_wanted and (phase == "index" or done > 0):
                    raise Stop()
            return step

        for phase in ("rows", "index"):  # Cancel while writing, and once every row is written
            with pytest.raises(Stop):
                with s.vault.transaction() as c:
                    store.bulk_load(c, _people(12_000, 4), "admin", step=stop_at(phase), rebuild_indexes=rebuild)
            assert _indexes(conn) == before and _answers(conn) == answers
            assert conn.execute("SELECT * FROM persons ORDER BY id").fetchall() == rows
        # A row the database refuses (a uid already there): all undone.
        bad = _people(9_000, 5)
        bad[8_500].uid = bad[10].uid = str(uuid.uuid4())
        with pytest.raises(sqlcipher3.IntegrityError):
            with s.vault.transaction() as c:
                store.bulk_load(c, bad, "admin", rebuild_indexes=rebuild)
        assert _indexes(conn) == before and _answers(conn) == answers
        assert conn.execute("SELECT * FROM persons ORDER BY id").fetchall() == rows
        with pytest.raises(RuntimeError):
            store.bulk_load(conn, _people(3, 6), "admin")  # outside a transaction: refused
    finally:
        s.close()


def test_matching_by_id_number_reads_the_index_not_every_person(admin):
    """Each row of an imported list is looked up by its CCCD: a walk over all persons per row
    made importing a list already in the vault quadratic."""
    conn = admin.vault.conn
    plan = " ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + store._BY_ID_NUMBER, ("001080000001", 0)))
    assert "persons_by_id_number" in plan
    with admin.vault.transaction() as c:
        a = store.insert(c, Person(full_name="Nguyễn Văn An", id_number="001080000001"), "admin")
        store.insert(c, Person(full_name="Lê Văn Bình"), "admin")
    assert [r.id for r in store.same_id_number(conn, "001080000001", 0)] == [a.id]
    assert store.same_id_number(conn, "001080000001", a.id) == [] and store.same_id_number(conn, "", 0) == []
