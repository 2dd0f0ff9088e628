"""Export of the search result (a registered, audited copy), the blank template, and the
round trip: export -> import into another vault gives the same dossiers."""

import datetime as dt

import openpyxl
import pytest

from app import demo, dossiers
from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError
from app.excel.columns import COLUMNS
from app.excel.export import HEADER_ROW, export_persons
from app.excel.service import ImportRequest, import_file
from app.excel.template import build_template, write_template
from app.store import copies
from app.store import persons as store

COMPARED = ("full_name", "other_names", "birth_date", "sex", "ethnicity", "nationality", "religion", "religious_office",
            "birth_place", "hometown", "permanent_address", "current_address", "id_number", "id_override_reason", "party_card", "party_joined",
            "party_official", "unit", "position", "education_general", "specialism", "political_theory", "secrecy", "notes")


def _fill(session, n: int) -> list[Person]:
    g = demo.Generator(11)
    people = [g.person() for _ in range(n)]
    for p in people:
        p.secrecy = SecrecyLevel.MAT
    people[0].birth_date, people[0].id_number = PartialDate(1958, 3), ""  # partial dates survive as text
    people[1].party_joined, people[1].party_official = PartialDate(1990), None
    people[2].secrecy = SecrecyLevel.TOI_MAT
    people[3].id_number, people[3].birth_date, people[3].sex = "001080000123", PartialDate(1980, 1, 2), Sex.MALE
    people[5].id_number, people[5].birth_date, people[5].sex = "001080000124", PartialDate(1981, 1, 2), Sex.MALE
    people[5].id_override_reason = "Giấy khai sinh ghi 1981, CCCD cấp sai năm"  # an accepted inconsistency travels
    people[4].notes = "Có người thân ở nước ngoài; đã kê khai"
    with session.vault.transaction() as conn:
        store.insert_many(conn, people, session.user.username)
    return people


def test_export_is_a_formatted_registered_copy(admin, tmp_path):
    _fill(admin, 30)
    dest = tmp_path / "ds.xlsx"
    with pytest.raises(HosoError, match="xác nhận"):
        export_persons(admin, dest, confirmed=False)
    res = export_persons(admin, dest, confirmed=True)
    assert res.rows == 30 and res.secrecy is SecrecyLevel.TOI_MAT and dest.exists()
    wb = openpyxl.load_workbook(dest)
    ws = wb["Danh sách"]
    assert ws["A1"].value == "TỐI MẬT" and ws.oddHeader.center.text == "TỐI MẬT" and ws.oddFooter.center.text == "TỐI MẬT"
    assert [c.value for c in ws[HEADER_ROW]] == [c.header for c in COLUMNS]
    assert ws.freeze_panes == f"C{HEADER_ROW + 1}" and ws.column_dimensions["B"].width == 26
    by_header = {c.value: i for i, c in enumerate(ws[HEADER_ROW])}
    rows = list(ws.iter_rows(min_row=HEADER_ROW + 1))
    births = [r[by_header["Ngày sinh"]] for r in rows]
    full = next(c for c in births if isinstance(c.value, dt.datetime))
    assert full.number_format == "dd/mm/yyyy"
    assert "03/1958" in [c.value for c in births]
    ids = [r[by_header["Số CCCD/CMND"]] for r in rows]
    assert all(c.value is None or (isinstance(c.value, str) and c.number_format == "@") for c in ids)
    assert "001080000123" in [c.value for c in ids]
    [entry] = copies.entries(admin.vault.conn)
    assert entry.kind == "excel_export" and entry.secrecy is SecrecyLevel.TOI_MAT and entry.destination == str(dest)
    assert admin.vault.conn.execute("SELECT count(*) FROM audit WHERE action = 'persons_exported'").fetchone()[0] == 1


def test_export_of_a_search_result_only(admin, tmp_path):
    for name in ("Nguyễn Văn Hải", "Nguyễn Thị Hoa", "Lê Văn Hải"):
        dossiers.create_person(admin, Person(name, PartialDate(1980), Sex.MALE, secrecy=SecrecyLevel.MAT))
    res = export_persons(admin, tmp_path / "hai.xlsx", "hai", confirmed=True)
    assert res.rows == 2 and res.secrecy is SecrecyLevel.MAT
    ws = openpyxl.load_workbook(tmp_path / "hai.xlsx").active
    names = [r[1].value for r in ws.iter_rows(min_row=HEADER_ROW + 1)]
    assert sorted(names) == ["Lê Văn Hải", "Nguyễn Văn Hải"]


def test_failed_write_leaves_no_register_entry(admin, tmp_path):
    _fill(admin, 6)
    with pytest.raises(HosoError) as e:
        export_persons(admin, tmp_path / "no" / "such" / "dir.xlsx", confirmed=True)
    assert e.value.code == "disk_error" and copies.entries(admin.vault.conn) == []


def test_round_trip_export_then_import_gives_the_same_dossiers(admin, tmp_path, vault_dir):
    people = _fill(admin, 60)
    dest = export_persons(admin, tmp_path / "out.xlsx", confirmed=True).path
    before = {p.uid: p for p in (store.get(admin.vault.conn, r.id) for r in store.search(admin.vault.conn, "", limit=100).rows)}
    # into a second, empty vault
    from app.vault import create_vault, open_vault

    other = tmp_path / "other"
    create_vault(other, "TU-HG", "Ban Tổ chức Tỉnh ủy Hà Giang", "admin", "Quản-trị-2026!", "A").vault.close()
    s2 = open_vault(other, "admin", "Quản-trị-2026!")
    try:
        out = import_file(s2, ImportRequest(dest)).summary()
        assert (out["created"], out["errors"], out["duplicates"]) == (60, [], 0) and out["header_row"] == HEADER_ROW
        after = [store.get(s2.vault.conn, r.id) for r in store.search(s2.vault.conn, "", limit=100).rows]
    finally:
        s2.close()
    key = lambda p: (p.full_name, p.id_number, p.birth_date.iso() if p.birth_date else "")  # noqa: E731
    old = sorted(before.values(), key=key)
    new = sorted(after, key=key)
    for a, b in zip(old, new):
        assert {f: getattr(a, f) for f in COMPARED} == {f: getattr(b, f) for f in COMPARED}
    assert len(people) == len(new)
    # and into the same vault again: everything is already there
    again = import_file(admin, ImportRequest(dest)).summary()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 60)


def test_template(tmp_path):
    path = write_template(tmp_path / "mau.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Hướng dẫn", "Danh sách", "DanhMuc"] and wb["DanhMuc"].sheet_state == "hidden"
    ws = wb["Danh sách"]
    headers = [c.value for c in ws[1]]
    assert headers[:3] == ["STT", "Họ và tên", "Ngày sinh"] and "Số CCCD/CMND" in headers and ws.freeze_panes == "A2"
    lists = {str(dv.sqref).split(":")[0][:-1]: dv.formula1 for dv in ws.data_validations.dataValidation}
    sex_col = openpyxl.utils.get_column_letter(headers.index("Giới tính") + 1)
    assert "DanhMuc" in lists[sex_col]
    assert ws.cell(2, headers.index("Số CCCD/CMND") + 1).number_format == "@"
    assert ws.cell(2, headers.index("Ngày sinh") + 1).number_format == "dd/mm/yyyy"
    ethnic = [c.value for c in wb["DanhMuc"]["B"][1:] if c.value]
    assert len(ethnic) == 54 and "Kinh" in ethnic
    guide = [c.value for c in wb["Hướng dẫn"]["A"] if c.value]
    assert guide[0].startswith("HƯỚNG DẪN") and any("dd/mm" in g or "05/03/1985" in g for g in guide)
    assert any("Giới hạn" in g for g in guide)


def test_a_filled_template_imports(admin, tmp_path):
    wb = openpyxl.load_workbook(write_template(tmp_path / "mau.xlsx"))
    ws = wb["Danh sách"]
    headers = [c.value for c in ws[1]]
    row = {"STT": 1, "Họ và tên": "Hoàng Thị Mai", "Ngày sinh": dt.datetime(1991, 7, 8), "Giới tính": "Nữ", "Dân tộc": "Tày",
           "Số CCCD/CMND": "008191000777", "Quê quán": "Tuyên Quang", "Độ mật": "Tối mật"}
    for k, v in row.items():
        ws.cell(2, headers.index(k) + 1, v)
    wb.save(tmp_path / "filled.xlsx")
    out = import_file(admin, ImportRequest(tmp_path / "filled.xlsx")).summary()
    assert out["created"] == 1 and out["sheet"] == "Danh sách"
    p = store.get(admin.vault.conn, out["created_ids"][0])
    assert (p.ethnicity, p.secrecy, p.id_number, p.sex) == ("Tày", SecrecyLevel.TOI_MAT, "008191000777", Sex.FEMALE)


def test_template_bytes_are_deterministic_enough():
    assert len(build_template()) > 5000
