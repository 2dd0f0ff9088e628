"""Dossier services over a real vault: validation, versions, search, rules."""

import datetime as dt

import pytest

from app import audit, demo, dossiers
from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import Period, Person, Relative, must_verify, must_verify_by_rule
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError, InvalidInput, PermissionDenied
from app.store.persons import PersonFilter
from app.vault import open_vault
from tests.conftest import CLERK_PW


def _duc(**kw):
    base = dict(full_name="  Nguyễn  Văn Đức ", birth_date=PartialDate(1985, 3, 12), sex=Sex.MALE,
                id_number="001085012345", hometown="Hà Nội", unit="Sở Nội vụ",
                relatives=[Relative("father", "Nguyễn Văn Bảo", PartialDate(1955)),
                           Relative("sibling", "Nguyễn Thị Hoa", PartialDate(1988, 5), abroad=True, residence="Đức")],
                work_history=[Period(PartialDate(2008, 9), None, "Chuyên viên, Sở Nội vụ")])
    base.update(kw)
    return Person(**base)


def test_create_read_back_everything(admin):
    p = dossiers.create_person(admin, _duc())
    got = dossiers.get_person(admin, p.id)
    assert got.full_name == "Nguyễn Văn Đức"  # trimmed and collapsed
    assert got.birth_date == PartialDate(1985, 3, 12)
    assert got.relatives[1].birth_date.display() == "05/1988" and got.relatives[1].abroad
    assert got.has_relatives_abroad and got.work_history[0].start == PartialDate(2008, 9)
    assert got.version == 1 and got.uid
    actions = [e.action for e in audit.query(admin.vault.conn)][:2]
    assert actions == ["person_viewed", "person_created"]


def test_audit_never_holds_field_values(admin):
    p = dossiers.create_person(admin, _duc())
    p.hometown = "Tuyên Quang"
    dossiers.update_person(admin, p)
    text = " ".join(e.summary for e in audit.query(admin.vault.conn))
    assert "Tuyên Quang" not in text and "Hà Nội" not in text and "001085012345" not in text
    assert "quê quán" in text


def test_every_change_is_a_version_that_can_be_viewed(admin):
    p = dossiers.create_person(admin, _duc())
    p.hometown = "Tuyên Quang"
    dossiers.update_person(admin, p)
    p.relatives.append(Relative("mother", "Trần Thị Mẹ", PartialDate(1958)))
    dossiers.update_person(admin, p)
    hist = dossiers.person_history(admin, p.id)
    assert [h.version for h in hist] == [1, 2]
    assert "quê quán" in hist[0].summary and "người thân" in hist[1].summary
    v1 = dossiers.person_version(admin, p.id, 1)
    assert v1.hometown == "Hà Nội" and len(v1.relatives) == 2
    assert dossiers.person_version(admin, p.id, 3).hometown == "Tuyên Quang"
    assert len(dossiers.get_person(admin, p.id).relatives) == 3


def test_unchanged_save_makes_no_version(admin):
    p = dossiers.create_person(admin, _duc())
    dossiers.update_person(admin, dossiers.get_person(admin, p.id))
    assert dossiers.person_history(admin, p.id) == []


def test_stale_save_is_refused(admin):
    p = dossiers.create_person(admin, _duc())
    a, b = dossiers.get_person(admin, p.id), dossiers.get_person(admin, p.id)
    a.unit = "Sở Tài chính"
    dossiers.update_person(admin, a)
    b.position = "Trưởng phòng"
    with pytest.raises(HosoError) as e:
        dossiers.update_person(admin, b)
    assert e.value.code == "stale_version"


def test_cccd_mismatch_needs_a_reason(admin):
    with pytest.raises(HosoError) as e:
        dossiers.create_person(admin, _duc(id_number="001185012345"))
    assert e.value.code == "id_mismatch" and "giới tính" in e.value.message
    p = dossiers.create_person(admin, _duc(id_number="001185012345", id_override_reason="Số trên thẻ cấp sai, đã xác minh"))
    assert p.id


def test_invalid_dossier_is_refused_with_field_names(admin):
    with pytest.raises(InvalidInput) as e:
        dossiers.create_person(admin, _duc(full_name=" ", id_number="12AB"))
    assert "họ và tên" in e.value.message and "số CCCD" in e.value.message
    with pytest.raises(InvalidInput):
        dossiers.create_person(admin, _duc(party_joined=PartialDate(2010), party_official=PartialDate(2009)))


def test_clerk_may_read_but_not_edit(staff, vault_dir):
    p = dossiers.create_person(staff, _duc())
    s = open_vault(vault_dir, "vt1", CLERK_PW)
    try:
        assert dossiers.get_person(s, p.id).full_name == "Nguyễn Văn Đức"
        with pytest.raises(PermissionDenied):
            dossiers.create_person(s, _duc())
    finally:
        s.close()


def test_relative_verification_rule():
    today = dt.date(2026, 11, 21)
    assert must_verify_by_rule(Relative("father", "A"), today)
    assert not must_verify_by_rule(Relative("father", "A", is_party_member=True), today)
    assert not must_verify_by_rule(Relative("sibling", "A"), today)
    assert must_verify_by_rule(Relative("child", "A", PartialDate(2000)), today)
    assert not must_verify_by_rule(Relative("child", "A", PartialDate(2015)), today)
    assert must_verify_by_rule(Relative("child", "A"), today)  # age unknown: verify
    assert must_verify(Relative("sibling", "A", must_verify_override=True), today)
    assert not must_verify(Relative("father", "A", must_verify_override=False), today)


@pytest.fixture
def populated(admin):
    demo.fill(admin, 1500, seed=7)
    for name, hometown, unit in [("Nguyễn Văn Đức", "Hà Nội", "Sở Nội vụ"), ("Đặng Thị Ánh", "Tuyên Quang", "Sở Tài chính"),
                                 ("Lê Duc Anh", "Huế", "Sở Y tế")]:
        dossiers.create_person(admin, Person(full_name=name, hometown=hometown, unit=unit))
    return admin


@pytest.mark.parametrize("query", ["nguyen van duc", "NGUYỄN VĂN ĐỨC", "duc nguyen van", "Nguyen Van Du"])
def test_search_ignores_marks_case_and_order(populated, query):
    names = [r.full_name for r in dossiers.search_persons(populated, query, limit=500).rows]
    assert "Nguyễn Văn Đức" in names
    assert all({"nguyen", "van"} <= set(__import__("app.text.vietnamese", fromlist=["tokens"]).tokens(n)) for n in names)


def test_d_matches_đ(populated):
    assert "Đặng Thị Ánh" in [r.full_name for r in dossiers.search_persons(populated, "dang thi anh").rows]


def test_names_come_before_other_fields(populated):
    # "duc" appears in "Sở Giáo dục…" units; a name match is preferred.
    page = dossiers.search_persons(populated, "le duc anh")
    assert page.plan.endswith(":names") and "Lê Duc Anh" in [r.full_name for r in page.rows]


def test_search_other_fields_and_filters(populated):
    page = dossiers.search_persons(populated, "tuyen quang dang")
    assert "Đặng Thị Ánh" in [r.full_name for r in page.rows]
    p = dossiers.search_persons(populated, "", PersonFilter(unit="Sở Y tế"), limit=2000)
    assert p.total == len(p.rows) and all(r.unit == "Sở Y tế" for r in p.rows)
    ab = dossiers.search_persons(populated, "", PersonFilter(has_abroad=True), limit=2000)
    assert 0 < ab.total < 1503 and all(r.has_abroad for r in ab.rows)
    tm = dossiers.search_persons(populated, "", PersonFilter(secrecy=SecrecyLevel.TOI_MAT), limit=2000)
    assert all(r.secrecy is SecrecyLevel.TOI_MAT for r in tm.rows)


def _brute_force(session, query):
    """The expected answer computed the slow way: every person, every word."""
    from app.store import persons as store
    from app.text.vietnamese import tokens

    words = tokens(query)
    rows = session.vault.conn.execute("SELECT id, name_words, sort_key FROM persons WHERE merged_into IS NULL").fetchall()
    hits = [(key, pid) for pid, text, key in rows
            if all((f" {w}" in f" {text}") if i == len(words) - 1 else (f" {w} " in f" {text} ") for i, w in enumerate(words))]
    return [pid for _, pid in sorted(hits)], store


@pytest.mark.parametrize("query", ["nguyen", "anh", "nguyen van", "thi h", "tran thi"])
def test_index_gives_matches_in_vietnamese_order(populated, query):
    expected, _ = _brute_force(populated, query)
    page = dossiers.search_persons(populated, query, limit=5000)
    assert expected and page.plan == "index:names" and page.total == len(expected)
    assert [r.id for r in page.rows] == expected
    second = dossiers.search_persons(populated, query, limit=7, offset=7)
    assert [r.id for r in second.rows] == expected[7:14]


def test_ranks_make_room_when_many_identical_names_arrive_one_by_one(admin, monkeypatch):
    from app.store import person_index

    # Small gaps so that 80 newcomers at one spot use them up many times over.
    monkeypatch.setattr(person_index, "GAP", 16)
    monkeypatch.setattr(person_index, "STEP", 4)
    monkeypatch.setattr(person_index, "_WINDOW", 2)
    spreads = []
    real_spread = person_index._spread
    monkeypatch.setattr(person_index, "_spread", lambda *a: spreads.append(a[-1]) or real_spread(*a))
    demo.fill(admin, 50, seed=3)
    for i in range(80):  # each one lands at the end of the same group
        dossiers.create_person(admin, Person(full_name="Nguyễn Văn Anh", notes=f"{i}"))
    assert len(spreads) > 5 and max(spreads) > 2  # windows widened too
    ranks = [r for (r,) in admin.vault.conn.execute("SELECT sort_rank FROM persons ORDER BY sort_key, id")]
    assert None not in ranks and ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
    expected, _ = _brute_force(admin, "nguyen van anh")
    assert [r.id for r in dossiers.search_persons(admin, "nguyen van anh", limit=500).rows] == expected


def test_renaming_moves_the_person_in_the_order(populated):
    p = dossiers.create_person(populated, Person(full_name="Trần Văn A"))
    first = dossiers.search_persons(populated, "", limit=1).rows[0]
    assert first.id == p.id  # the given name "A" sorts before every other
    p.full_name = "Trần Văn Ỹ"
    dossiers.update_person(populated, p)
    assert dossiers.search_persons(populated, "", limit=1).rows[0].id != p.id
    assert [r.id for r in dossiers.search_persons(populated, "tran van y").rows] == [p.id]
    assert p.id not in [r.id for r in dossiers.search_persons(populated, "tran van a", limit=500).rows]


def test_list_is_in_vietnamese_order_and_pages(populated):
    from app.text.vietnamese import name_sort_key

    first = dossiers.search_persons(populated, "", limit=100)
    second = dossiers.search_persons(populated, "", limit=100, offset=100)
    names = [r.full_name for r in first.rows + second.rows]
    assert names == sorted(names, key=name_sort_key) and first.total == 1503
    assert {r.id for r in first.rows}.isdisjoint({r.id for r in second.rows})


def test_demo_data_is_consistent(populated):
    from app.domain.ids import check_identity_number

    for row in dossiers.search_persons(populated, "", limit=200).rows:
        if row.id_number:
            assert not check_identity_number(row.id_number, row.birth_date, row.sex).warnings


def test_filter_by_case_state(populated):
    from app import cases
    from app.workflow.states import CaseState

    p = dossiers.create_person(populated, Person(full_name="Hoàng Thị Vụ Việc"))
    cases.create_case(populated, p.id, "review")
    conn = populated.vault.conn
    expected = {r for (r,) in conn.execute("SELECT DISTINCT person_id FROM cases WHERE state = 'received'")}
    page = dossiers.search_persons(populated, "", PersonFilter(case_state=CaseState.RECEIVED.value), limit=5000)
    assert {r.id for r in page.rows} == expected and page.total == len(expected) and p.id in expected
    assert [r.id for r in dossiers.search_persons(populated, "vu viec", PersonFilter(case_state="received")).rows] == [p.id]
    assert dossiers.search_persons(populated, "vu viec", PersonFilter(case_state="concluded")).total == 0


def test_pages_from_the_end_match_pages_from_the_start(populated):
    total = dossiers.search_persons(populated, "").total
    forward = [r.id for r in dossiers.search_persons(populated, "", limit=total).rows]
    for offset in (0, 10, total // 2 - 1, total // 2 + 1, total - 7, total - 1, total):
        page = dossiers.search_persons(populated, "", limit=20, offset=offset, want_total=False, total_hint=total)
        assert [r.id for r in page.rows] == forward[offset:offset + 20], offset
