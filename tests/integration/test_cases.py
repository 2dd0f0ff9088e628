"""The case workflow over a real vault: checklist instances, guards by role,
immutability after conclusion, corrections, deadlines and requests."""

import datetime as dt

import pytest

from app import cases, dossiers
from app.domain.partial_date import PartialDate
from app.domain.person import Person, Relative
from app.errors import HosoError, PermissionDenied
from app.vault import open_vault
from app.workflow.states import CaseState, ItemStatus
from tests.conftest import CLERK_PW, LEADER_PW, OFFICER_PW

S = CaseState


@pytest.fixture
def person(staff):
    return dossiers.create_person(staff, Person(
        full_name="Nguyễn Văn Đức", birth_date=PartialDate(1990, 4, 2),
        relatives=[Relative("father", "Nguyễn Văn Bảo", PartialDate(1960)),
                   Relative("mother", "Lê Thị Mai", PartialDate(1962), is_party_member=True),
                   Relative("spouse", "Trần Thị Hoa", PartialDate(1992), abroad=True, residence="Nhật Bản"),
                   Relative("child", "Nguyễn Minh An", PartialDate(2018)),
                   Relative("sibling", "Nguyễn Thị Lan", PartialDate(1994))]))


@pytest.fixture
def users(staff, vault_dir):
    opened = {n: open_vault(vault_dir, n, pw) for n, pw in (("cv1", OFFICER_PW), ("ld1", LEADER_PW), ("vt1", CLERK_PW))}
    yield opened
    for s in opened.values():
        s.close()


def _complete(session, case_id):
    for item in cases.get_case(session, case_id).items:
        cases.check_item(session, case_id, item.code, ItemStatus.DONE, "Đã kiểm tra")


def test_admission_checklist_repeats_per_relative_who_must_be_verified(users, person):
    v = cases.create_case(users["cv1"], person.id, "admission", requesting_unit="Chi bộ 3")
    codes = [i.code for i in v.items]
    kn07 = [i for i in v.items if i.template_code == "KN07"]
    # father and spouse; not the party-member mother, the minor child or the sibling
    assert [i.title.split(": ")[-1] for i in kn07] == ["Nguyễn Văn Bảo", "Trần Thị Hoa"]
    assert "KN08" in codes  # a relative lives abroad
    assert v.case.state is S.RECEIVED and v.case.template_version == 1
    assert v.case.due_on == (dt.date.today() + dt.timedelta(days=60)).isoformat()
    assert v.next_item.code == "KN01"


def test_no_abroad_item_without_relatives_abroad(users, staff):
    p = dossiers.create_person(staff, Person(full_name="Lê Văn Tám", relatives=[Relative("father", "Lê Văn Bố")]))
    assert "KN08" not in [i.code for i in cases.create_case(users["cv1"], p.id, "admission").items]


def test_full_flow_with_every_guard(users, person):
    cv, ld, vt = users["cv1"], users["ld1"], users["vt1"]
    cid = cases.create_case(cv, person.id, "appointment").case.id
    with pytest.raises(PermissionDenied):  # a clerk does not work cases
        cases.advance(vt, cid, S.COLLECTING)
    cases.advance(cv, cid, S.COLLECTING)
    with pytest.raises(HosoError) as e:  # no skipping steps
        cases.advance(cv, cid, S.APPRAISING)
    assert e.value.code == "invalid_transition" and "verifying" in e.value.message
    cases.advance(cv, cid, S.VERIFYING)
    with pytest.raises(HosoError) as e:
        cases.advance(cv, cid, S.APPRAISING)
    assert e.value.code == "checklist_incomplete" and "BN01" in e.value.message
    _complete(cv, cid)
    cases.advance(cv, cid, S.APPRAISING)
    with pytest.raises(HosoError) as e:
        cases.advance(cv, cid, S.AWAITING_DECISION, note="Đủ điều kiện")
    assert e.value.code == "proposal_incomplete"
    with pytest.raises(HosoError) as e:
        cases.advance(cv, cid, S.AWAITING_DECISION, outcome="meets_with_limit", note="Có giới hạn", issue_codes=["LS-NT"])
    assert "giới hạn" in e.value.message
    with pytest.raises(HosoError) as e:
        cases.advance(cv, cid, S.AWAITING_DECISION, outcome="fails", note="Không đạt", issue_codes=["NOT-A-CODE"])
    assert "NOT-A-CODE" in e.value.message
    cases.advance(cv, cid, S.AWAITING_DECISION, outcome="meets", note="Bảo đảm tiêu chuẩn")
    with pytest.raises(PermissionDenied):  # only a leader decides
        cases.advance(cv, cid, S.CONCLUDED)
    with pytest.raises(HosoError) as e:
        cases.advance(ld, cid, S.APPRAISING)
    assert e.value.code == "note_required"
    cases.advance(ld, cid, S.APPRAISING, note="Bổ sung nhận xét nơi cư trú")
    cases.advance(cv, cid, S.AWAITING_DECISION, outcome="meets", note="Đã bổ sung")
    v = cases.advance(ld, cid, S.CONCLUDED, note="Đồng ý")
    assert v.case.state is S.CONCLUDED and v.case.decided_by == "ld1" and v.case.outcome == "meets"
    assert v.case.valid_until > v.case.concluded_on
    kinds = [e.kind for e in v.events]
    assert kinds.count("return") == 1 and kinds[-1] == "approve"


def test_concluded_case_is_immutable_and_corrected_by_a_new_version(users, person):
    cv, ld = users["cv1"], users["ld1"]
    cid = cases.create_case(cv, person.id, "review").case.id
    cases.advance(cv, cid, S.COLLECTING)
    cases.advance(cv, cid, S.VERIFYING)
    _complete(cv, cid)
    cases.advance(cv, cid, S.APPRAISING)
    cases.advance(cv, cid, S.AWAITING_DECISION, outcome="meets", note="Không có vấn đề")
    cases.advance(ld, cid, S.CONCLUDED)
    for attempt in (lambda: cases.check_item(cv, cid, "XX01", ItemStatus.FAILED, "sửa"),
                    lambda: cases.advance(cv, cid, S.APPRAISING),
                    lambda: cases.add_request(cv, cid, "Công an tỉnh", dt.date.today(), dt.date.today())):
        with pytest.raises(HosoError) as e:
            attempt()
        assert e.value.code == "case_closed"
    new = cases.correct_case(cv, cid, "Sai thông tin người thân")
    assert new.case.corrects_case_id == cid and new.case.state is S.APPRAISING
    assert [i.status for i in new.items] == [ItemStatus.DONE] * len(new.items)
    assert cases.get_case(cv, cid).case.corrected_by_id == new.case.id
    with pytest.raises(HosoError):
        cases.correct_case(cv, cid, "lần nữa")
    cases.advance(cv, cid, S.ARCHIVED)


def test_suspend_and_reopen_need_reasons(users, person):
    cv = users["cv1"]
    cid = cases.create_case(cv, person.id, "abroad").case.id
    cases.advance(cv, cid, S.COLLECTING)
    with pytest.raises(HosoError):
        cases.advance(cv, cid, S.SUSPENDED)
    v = cases.advance(cv, cid, S.SUSPENDED, note="Chờ người được thẩm tra về nước")
    assert v.next_states == [S.COLLECTING]
    with pytest.raises(HosoError) as e:
        cases.check_item(cv, cid, "NN01", ItemStatus.DONE)
    assert e.value.code == "invalid_transition"
    with pytest.raises(HosoError):
        cases.advance(cv, cid, S.VERIFYING, note="sai trạng thái")
    assert cases.advance(cv, cid, S.COLLECTING, note="Đã về nước").case.state is S.COLLECTING


def test_item_roles_and_reasons(users, person):
    cv, ld = users["cv1"], users["ld1"]
    cid = cases.create_case(cv, person.id, "admission").case.id
    with pytest.raises(HosoError) as e:
        cases.check_item(cv, cid, "KN01", ItemStatus.NA)
    assert e.value.code == "note_required"
    cases.check_item(cv, cid, "KN01", ItemStatus.NA, "Đã có trong hồ sơ chuyển đến")
    with pytest.raises(HosoError) as e:  # KN02 is for officers only
        cases.check_item(ld, cid, "KN02", ItemStatus.DONE)
    assert e.value.code == "permission_denied"
    cases.check_item(ld, cid, "KN10", ItemStatus.DONE, "Cấp ủy xác nhận")
    with pytest.raises(HosoError) as e:
        cases.check_item(cv, cid, "KN99", ItemStatus.DONE)
    assert e.value.code == "item_not_found"


def test_deadlines_requests_and_overdue(users, person):
    cv = users["cv1"]
    today = dt.date.today()
    late = cases.create_case(cv, person.id, "review", received_on=today - dt.timedelta(days=40), due_on=today - dt.timedelta(days=1))
    soon = cases.create_case(cv, person.id, "abroad", due_on=today + dt.timedelta(days=3))
    later = cases.create_case(cv, person.id, "committee")
    assert cases.is_overdue(late.case) and not cases.is_overdue(soon.case) and cases.is_due_soon(soon.case)
    assert not cases.is_due_soon(later.case)
    rows, total = cases.list_cases(cv, overdue=True)
    assert total == 1 and rows[0].id == late.case.id
    r = cases.add_request(cv, late.case.id, "Đảng ủy xã Minh Xuân", today - dt.timedelta(days=30), today - dt.timedelta(days=5),
                          number_symbol="15-CV/BTCTU", item_code="XX02")
    r2 = cases.add_request(cv, late.case.id, "Công an tỉnh", today, today + dt.timedelta(days=10))
    view = cases.get_case(cv, late.case.id)
    assert [x.id for x in cases.overdue_requests(view.requests)] == [r.id]
    with pytest.raises(HosoError):
        cases.record_reply(cv, r.id, today, "  ")
    cases.record_reply(cv, r.id, today, "Không có vấn đề")
    assert cases.overdue_requests(cases.get_case(cv, late.case.id).requests) == []
    assert {x.id for x in cases.get_case(cv, late.case.id).requests} == {r.id, r2.id}
    with pytest.raises(HosoError):
        cases.add_request(cv, late.case.id, "X", today, today - dt.timedelta(days=1))


def test_imported_template_applies_to_new_cases_only(staff, users, person, tmp_path):
    cv = users["cv1"]
    old = cases.create_case(cv, person.id, "review")
    text = (tpl_dir() / "review.toml").read_text("utf-8").replace("version = 1", "version = 2") + (
        '\n[[items]]\ncode = "XX04"\ntitle = "Mục mới"\nrequired = true\nroles = ["officer"]\n')
    f = tmp_path / "review-v2.toml"
    f.write_text(text, "utf-8")
    with pytest.raises(PermissionDenied):
        cases.import_template(cv, f)
    cases.import_template(staff, f)
    with pytest.raises(HosoError) as e:  # the same version again is refused
        cases.import_template(staff, f)
    assert e.value.code == "bad_template"
    new = cases.create_case(cv, person.id, "review")
    assert new.case.template_version == 2 and "XX04" in [i.code for i in new.items]
    assert "XX04" not in [i.code for i in cases.get_case(cv, old.case.id).items]
    assert cases.get_case(cv, old.case.id).case.template_version == 1


def tpl_dir():
    from app.resources import resource_path

    return resource_path("checklists")


def test_unknown_purpose_and_person(users, person):
    with pytest.raises(HosoError) as e:
        cases.create_case(users["cv1"], person.id, "space_travel")
    assert e.value.code == "unknown_purpose" and "admission" in e.value.message
    with pytest.raises(HosoError) as e:
        cases.create_case(users["cv1"], 99999, "admission")
    assert e.value.code == "person_not_found"


def test_person_names_for_case_lists_in_one_query(users, person, staff):
    cv = users["cv1"]
    other = dossiers.create_person(staff, Person(full_name="Lê Thị Khác"))
    rows = [cases.create_case(cv, pid, "review").case for pid in (person.id, other.id, person.id)]
    assert cases.person_names(cv, rows) == {person.id: "Nguyễn Văn Đức", other.id: "Lê Thị Khác"}
    assert cases.person_names(cv, []) == {}
