"""Duplicate suggestions and merging that keeps both histories."""

import pytest

from app import attachments, dossiers, duplicates
from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import Person, Relative
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError


@pytest.fixture
def duc(admin):
    return dossiers.create_person(admin, Person(
        full_name="Nguyễn Văn Đức", birth_date=PartialDate(1985, 3, 12), sex=Sex.MALE, id_number="001085012345",
        hometown="Hà Nội", relatives=[Relative("father", "Nguyễn Văn Bảo", PartialDate(1955))]))


def _names(cands):
    return {c.person.full_name: c.reasons for c in cands}


def test_same_cccd(admin, duc):
    other = Person(full_name="Nguyễn V. Đức", id_number="001085012345", birth_date=PartialDate(1985))
    c = duplicates.find_duplicates(admin, other)
    assert c and c[0].person.id == duc.id and "cùng số CCCD/CMND" in c[0].reasons


def test_same_name_and_birth_without_marks(admin, duc):
    c = duplicates.find_duplicates(admin, Person(full_name="nguyen van duc", birth_date=PartialDate(1985, 3, 12), hometown="Ha Noi"))
    assert "cùng họ tên và ngày sinh" in _names(c)["Nguyễn Văn Đức"] and "cùng quê quán" in _names(c)["Nguyễn Văn Đức"]


def test_near_spelling_same_year(admin, duc):
    c = duplicates.find_duplicates(admin, Person(full_name="Nguyễn Văn Đực", birth_date=PartialDate(1985)))
    assert "Nguyễn Văn Đức" in _names(c)  # folded equal: same name, year only
    c = duplicates.find_duplicates(admin, Person(full_name="Nguyễn Vân Đứt", birth_date=PartialDate(1985)))
    assert "họ tên gần giống, cùng năm sinh" in _names(c)["Nguyễn Văn Đức"]
    assert duplicates.find_duplicates(admin, Person(full_name="Nguyễn Văn Đứt", birth_date=PartialDate(1990))) == []


def test_unrelated_person_is_not_suggested(admin, duc):
    assert duplicates.find_duplicates(admin, Person(full_name="Trần Thị Lan", birth_date=PartialDate(1985, 3, 12))) == []


def test_merge_keeps_both_histories(admin, duc, tmp_path):
    dup = dossiers.create_person(admin, Person(
        full_name="Nguyễn Văn Đứt", birth_date=PartialDate(1985), party_card="12345678", secrecy=SecrecyLevel.TOI_MAT,
        relatives=[Relative("father", "Nguyễn Văn Bảo", PartialDate(1955)), Relative("mother", "Lê Thị Mẹ", PartialDate(1957))]))
    scan = tmp_path / "s.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    attachments.add_attachment(admin, dup.id, scan)
    dup.notes = "ghi chú trước khi gộp"
    dossiers.update_person(admin, dup)

    kept = duplicates.merge_persons(admin, duc.id, dup.id)
    assert kept.party_card == "12345678" and kept.secrecy is SecrecyLevel.TOI_MAT
    assert [r.relation for r in kept.relatives] == ["father", "mother"]  # the father is not doubled
    assert "Nguyễn Văn Đứt" in kept.other_names
    assert "Gộp hồ sơ số" in dossiers.person_history(admin, duc.id)[-1].summary
    # The merged-away dossier is still there with its own versions, but no longer listed.
    assert [h.version for h in dossiers.person_history(admin, dup.id)] == [1]
    assert dossiers.person_version(admin, dup.id, 1).notes == ""
    assert [r.id for r in dossiers.search_persons(admin, "nguyen van").rows] == [duc.id]
    assert dossiers.search_persons(admin, "").total == 1
    assert len(attachments.list_attachments(admin, duc.id)) == 1
    with pytest.raises(HosoError):
        duplicates.merge_persons(admin, duc.id, dup.id)
