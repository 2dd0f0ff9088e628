"""Importing lists into a vault: preview, create/update/duplicate/review/error, one transaction,
versions, audit, dry run, cancel, error report, mapping profiles, permissions."""

import datetime as dt
import unicodedata

import openpyxl
import pytest

from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import Person
from app.errors import HosoError
from app.excel import commit as commit_mod
from app.excel.mapping import locate, suggest
from app.excel.plan import preview
from app.excel.reading import read_workbook
from app.excel.service import ImportRequest, import_file
from app.store import persons as store
from tests.conftest import OFFICER_PW
from tests.integration.test_excel_support import HEADER, cccd, person_row, simple_list, write_xlsx

A = cccd(1980, "Nam", 1)
B = cccd(1985, "Nữ", 2)


def _count(s) -> int:
    return store.count_all(s.vault.conn)


def _audit(s, action: str) -> list[str]:
    return [r[0] for r in s.vault.conn.execute("SELECT summary FROM audit WHERE action = ? ORDER BY seq", (action,))]


def _all(s) -> dict[str, Person]:
    return {r.full_name: store.get(s.vault.conn, r.id) for r in store.search(s.vault.conn, "", limit=1000).rows}


def test_a_real_looking_list(admin, tmp_path):
    rows = [["ĐẢNG BỘ TỈNH TUYÊN QUANG"], ["ĐẢNG ỦY SỞ NỘI VỤ", None, None, None, "ĐẢNG CỘNG SẢN VIỆT NAM"], [],
            [None, "DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ THẨM TRA"], [],
            ["TT", "Họ tên", "Sinh ngày", "Nam/Nữ", "CMND/CCCD", "Quê quán", "Nơi ở hiện nay", "Ngày vào Đảng",
             "Ngày chính thức", "Số thẻ ĐV", "Chức vụ", "Đơn vị công tác", "Dân tộc", "Tôn giáo", "LLCT", "Ghi chú", "Chi bộ"],
            ["I. Chi bộ Văn phòng"],
            [1, "NGUYỄN VĂN AN", dt.date(1980, 2, 1), "Nam", int(A), "Hà Nội", "Tuyên Quang", "03/05/2005", "03/05/2006",
             "01234567", "Chuyên viên", "Sở Nội vụ", "Kinh", "Không", "Trung cấp", None, "Văn phòng"],
            [2, unicodedata.normalize("NFD", "Trần Thị Bình"), "ngày 01 tháng 02 năm 1985", "Nữ", f"'{B}", "Thanh Hoá",
             None, "2010", None, None, "Phó Trưởng phòng", "Sở Nội vụ", "Tày", None, None, "chuyển đến", None],
            [3, "Lê Văn Cường", 1975, "nam", 12345678, "Huế", None, "03/1999", None, None, None, None, None, None, None,
             None, None],
            [4, "Phạm Thị Dung", 29221, "Nữ", None, "Hà Nam", None, None, None, None, None, None, None, None, None, None, None],
            [], ["Tổng cộng: 4 đảng viên"], [None, None, None, None, None, "Tuyên Quang, ngày 05 tháng 03 năm 2026"],
            [None, "NGƯỜI LẬP BIỂU"], [None, "Nguyễn Văn Lập"]]
    path = write_xlsx(tmp_path / "ds.xlsx", {"Bìa": [["Kính gửi Ban Tổ chức"]], "Danh sách": rows})
    out = import_file(admin, ImportRequest(path)).summary()
    assert out["sheet"] == "Danh sách" and out["header_row"] == 6 and out["rows_read"] == 4
    assert (out["created"], out["updated"], out["duplicates"], out["errors"]) == (4, 0, 0, [])
    people = _all(admin)
    an = people["Nguyễn Văn An"]  # capitals made title case
    assert an.birth_date == PartialDate(1980, 2, 1) and an.sex is Sex.MALE and an.id_number == A
    assert (an.party_joined, an.party_official, an.party_card) == (PartialDate(2005, 5, 3), PartialDate(2006, 5, 3), "01234567")
    assert (an.unit, an.position, an.ethnicity, an.political_theory) == ("Sở Nội vụ", "Chuyên viên", "Kinh", "Trung cấp")
    assert an.current_address == "Tuyên Quang" and "Chi bộ: Văn phòng" in an.notes
    binh = people["Trần Thị Bình"]  # NFD composed; apostrophe dropped; new-style tone made classic
    assert unicodedata.is_normalized("NFC", binh.full_name) and binh.id_number == B and binh.hometown == "Thanh Hóa"
    assert binh.birth_date == PartialDate(1985, 2, 1) and binh.party_joined == PartialDate(2010)
    cuong = people["Lê Văn Cường"]  # a year alone; a CMND typed as a number lost its zero
    assert cuong.birth_date == PartialDate(1975) and cuong.id_number == "012345678" and cuong.party_joined == PartialDate(1999, 3)
    assert "CMND" in cuong.id_override_reason
    assert people["Phạm Thị Dung"].birth_date == PartialDate(1980, 1, 1)  # a bare serial number
    warnings = {(w["row"], w["column_letter"]) for w in out["warnings"]}
    assert (10, "E") in warnings and (9, "E") in warnings and (11, "C") in warnings
    [entry] = _audit(admin, "excel_import")
    assert "ds.xlsx" in entry and "tạo 4 hồ sơ" in entry and "Nguyễn" not in entry  # counts, never values


def test_search_finds_imported_names_whatever_the_tone_style(admin, tmp_path):
    path = simple_list(tmp_path / "a.xlsx", [person_row(1, "Nguyễn Thị Hoà", "1990", "Nữ", hometown="Khánh Hoà")])
    import_file(admin, ImportRequest(path))
    for q in ("hoà", "hòa", "hoa", "Khánh Hòa"):
        assert store.search(admin.vault.conn, q).total == 1


def test_legacy_encoded_columns_are_converted_and_reported(admin, tmp_path):
    rows = [["Hä vµ tªn", "N¨m sinh", "Quª qu¸n", "Nôi sinh"],
            ["NguyÔn V¨n §øc", 1980, "Tuyªn Quang", "Haø Noäi"],
            ["TrÇn ThÞ H­¬ng", 1982, "Hµ Néi", "Tuyeân Quang"]]
    out = import_file(admin, ImportRequest(write_xlsx(tmp_path / "abc.xlsx", {"S": rows}))).summary()
    assert out["created"] == 2 and out["mapping"] == {"A": "full_name", "B": "birth_date", "C": "hometown", "D": "birth_place"}
    assert any("TCVN3" in n and "Quª qu¸n" in n for n in out["notices"])
    assert any("VNI" in n for n in out["notices"])
    duc = _all(admin)["Nguyễn Văn Đức"]
    assert (duc.hometown, duc.birth_place) == ("Tuyên Quang", "Hà Nội")
    assert "Trần Thị Hương" in _all(admin)


def test_duplicates_inside_the_file_and_against_the_vault(admin, tmp_path):
    people = [person_row(1, "Nguyễn Văn An", "01/02/1980", cccd=A), person_row(2, "Lê Thị Bình", "1985", "Nữ", cccd=B),
              person_row(3, "Nguyễn Văn An", "01/02/1980", cccd=A),  # the same person twice
              person_row(4, "Trần Văn Cường", "1970", hometown="Huế"), person_row(5, "Trần Văn Cường", "1970", hometown="Huế")]
    path = simple_list(tmp_path / "a.xlsx", people)
    out = import_file(admin, ImportRequest(path)).summary()
    assert (out["created"], out["duplicates"], out["in_file_duplicates"]) == (3, 2, 2)
    again = import_file(admin, ImportRequest(path)).summary()  # the same file again: everything is already there
    assert (again["created"], again["updated"], again["unchanged"], again["duplicates"]) == (0, 0, 3, 5)
    assert _count(admin) == 3


def test_updates_go_through_versions(admin, tmp_path):
    import_file(admin, ImportRequest(simple_list(tmp_path / "a.xlsx", [person_row(1, "Nguyễn Văn An", "1980", cccd=A)])))
    [p] = _all(admin).values()
    newer = simple_list(tmp_path / "b.xlsx", [person_row(1, "Nguyễn Văn An", "01/02/1980", cccd=A, unit="Sở Tài chính",
                                                         position="Phó Giám đốc")])
    plan_out = import_file(admin, ImportRequest(newer, dry_run=True)).summary()
    assert plan_out["updated"] == 1 and _all(admin)["Nguyễn Văn An"].unit == "Sở Nội vụ"
    out = import_file(admin, ImportRequest(newer)).summary()
    assert (out["created"], out["updated"]) == (0, 1)
    now = store.get(admin.vault.conn, p.id)
    assert (now.unit, now.position, now.birth_date, now.version) == ("Sở Tài chính", "Phó Giám đốc", PartialDate(1980, 2, 1), 2)
    [v1] = store.versions(admin.vault.conn, p.id)
    assert store.get_version(admin.vault.conn, p.id, v1.version).unit == "Sở Nội vụ"
    assert "b.xlsx" in v1.summary and "đơn vị" in v1.summary
    assert f"dòng 7" in _audit(admin, "person_updated")[0]


def test_match_by_party_card_and_by_name_birth_hometown(admin, tmp_path):
    from app import dossiers

    dossiers.create_person(admin, Person("Lê Văn Bảo", PartialDate(1970, 5, 6), Sex.MALE, party_card="7654321", hometown="Huế"))
    dossiers.create_person(admin, Person("Đỗ Thị Cúc", PartialDate(1975, 1, 2), Sex.FEMALE, hometown="Nam Định"))
    rows = [HEADER + ["Số thẻ đảng viên"],
            [1, "Lê Văn Bảo", "06/05/1970", "Nam", None, "Huế", "Sở Y tế", None, "7654321"],
            [2, "Đỗ Thị Cúc", "02/01/1975", "Nữ", None, "Nam Định", "Sở Y tế"]]
    out = import_file(admin, ImportRequest(write_xlsx(tmp_path / "a.xlsx", {"S": rows}))).summary()
    assert (out["created"], out["updated"]) == (0, 2)
    assert {p.unit for p in _all(admin).values()} == {"Sở Y tế"}


def test_near_matches_are_for_review_never_merged_silently(admin, tmp_path):
    from app import dossiers

    dossiers.create_person(admin, Person("Nguyễn Văn Hùng", PartialDate(1980, 3, 4), Sex.MALE, hometown="Hà Nội"))
    dossiers.create_person(admin, Person("Phan Thị Lan", PartialDate(1990, 1, 1), Sex.FEMALE, hometown="Huế"))
    rows = [person_row(1, "Nguyễn Văn Hùnh", "04/03/1980"),  # a near spelling
            person_row(2, "Phan Thị Lan", "01/01/1990", "Nữ", hometown="Đà Nẵng")]  # same name and birth, other hometown
    path = simple_list(tmp_path / "a.xlsx", rows)
    out = import_file(admin, ImportRequest(path)).summary()
    assert (out["created"], out["updated"], out["duplicates"]) == (0, 0, 2) and _count(admin) == 2
    reasons = {r["row"]: r["candidates"][0]["reasons"][0] for r in out["review"]}
    assert "gần giống" in reasons[7] and "quê quán khác" in reasons[8]
    out = import_file(admin, ImportRequest(path, include_review=True)).summary()
    assert out["created"] == 2 and _count(admin) == 4


def test_bad_rows_are_rejected_with_row_and_column(admin, tmp_path):
    rows = [person_row(1, "Nguyễn Văn An", "32/01/1980"), person_row(2, None, "1980"),
            person_row(3, "Lê Văn 3", "1980"), person_row(4, "Lê Văn Tư", "1980", cccd="12345"),
            person_row(5, "Trần Văn Năm", "1999", cccd=cccd(1980)),  # CCCD says born 1980
            person_row(6, "Lê Thị Sáu", "1980", "Khác")]
    path = simple_list(tmp_path / "a.xlsx", rows)
    out = import_file(admin, ImportRequest(path)).summary()
    errs = {(e["row"], e["column_letter"]): e["message"] for e in out["errors"]}
    assert out["created"] == 0 and out["rejected_rows"] == 6
    assert "không hợp lệ" in errs[(7, "C")] and "thiếu họ và tên" in errs[(8, "B")] and "chữ số" in errs[(9, "B")]
    assert "12 chữ số" in errs[(10, "E")] and "mã hóa năm sinh 1980" in errs[(11, "E")] and "giới tính" in errs[(12, "D")]
    out = import_file(admin, ImportRequest(path, accept_id_warnings=True)).summary()
    assert out["created"] == 1 and "Chấp nhận" in _all(admin)["Trần Văn Năm"].id_override_reason


def test_two_row_header_with_dates_under_nam_nu(admin, tmp_path):
    rows = [["STT", "Họ và tên", "Ngày, tháng, năm sinh", None, "Quê quán"], [None, None, "Nam", "Nữ", None],
            ["(1)", "(2)", "(3)", "(4)", "(5)"], [1, "Lê Văn Nam", "01/01/1980", None, "Huế"],
            [2, "Lê Thị Nữ", None, "1982", "Huế"]]
    out = import_file(admin, ImportRequest(write_xlsx(tmp_path / "a.xlsx", {"S": rows}))).summary()
    assert out["created"] == 2
    people = _all(admin)
    assert people["Lê Văn Nam"].sex is Sex.MALE and people["Lê Thị Nữ"].sex is Sex.FEMALE
    assert people["Lê Thị Nữ"].birth_date == PartialDate(1982)


def test_header_row_and_last_row_overrides(admin, tmp_path):
    rows = [["Mã", "Tên người", "Năm"], ["01", "Lê Văn A", 1980], ["02", "Lê Văn B", 1981], ["03", "Lê Văn C", 1982]]
    path = write_xlsx(tmp_path / "a.xlsx", {"S": rows})
    with pytest.raises(HosoError, match="tiêu đề"):
        import_file(admin, ImportRequest(path))
    out = import_file(admin, ImportRequest(path, header_row=1, last_row=3, mapping={1: "full_name", 2: "birth_date"},
                                           save_profile="Danh sách mã")).summary()
    assert out["created"] == 2 and out["data_rows"] == [2, 3] and out["profile"] == "Danh sách mã"


def test_profiles_are_reapplied_for_the_same_header_layout(admin, tmp_path):
    rows = [["Mã", "Tên người", "Năm", "Nơi"], ["01", "Lê Văn A", 1980, "Huế"]]
    first = write_xlsx(tmp_path / "a.xlsx", {"S": rows})
    import_file(admin, ImportRequest(first, header_row=1, mapping={1: "full_name", 2: "birth_date", 3: "hometown"},
                                     save_profile="Mẫu xã"))
    second = write_xlsx(tmp_path / "b.xlsx", {"S": [["MÃ", "Tên  người", "năm", "nơi"], ["05", "Lê Văn E", 1990, "Vinh"]]})
    table = read_workbook(second)
    choice = suggest(table, locate(table, header_row=1), admin.vault.conn)
    assert choice.source == "profile" and choice.profile == "Mẫu xã"
    out = import_file(admin, ImportRequest(second, header_row=1)).summary()
    assert out["created"] == 1 and out["profile"] == "Mẫu xã" and _all(admin)["Lê Văn E"].hometown == "Vinh"


def test_dry_run_changes_nothing(admin, tmp_path):
    path = simple_list(tmp_path / "a.xlsx", [person_row(1, "Nguyễn Văn An", "1980", cccd=A)])
    audit_before = admin.vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    out = import_file(admin, ImportRequest(path, dry_run=True)).summary()
    assert out["dry_run"] and out["created"] == 1
    assert _count(admin) == 0 and admin.vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before


def test_cancel_at_any_point_leaves_the_vault_untouched(admin, tmp_path):
    path = simple_list(tmp_path / "a.xlsx", [person_row(i, f"Nguyễn Văn Số {chr(65 + i)}", "1980") for i in range(20)])
    audit_before = admin.vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(HosoError) as e:
        import_file(admin, ImportRequest(path), cancel=lambda: True)
    assert e.value.code == "cancelled"
    seen: list[str] = []  # cancel inside the commit, once every new dossier has been inserted and indexed
    with pytest.raises(HosoError) as e:
        import_file(admin, ImportRequest(path), progress=lambda d, n, m: seen.append(m),
                    cancel=lambda: "Đang lập chỉ mục tìm kiếm" in seen)
    assert e.value.code == "cancelled" and "Đang ghi hồ sơ mới" in seen
    assert _count(admin) == 0 and admin.vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before
    assert store.search(admin.vault.conn, "nguyen").total == 0


def test_a_dossier_changed_between_preview_and_commit_stops_everything(admin, tmp_path):
    from app import dossiers

    import_file(admin, ImportRequest(simple_list(tmp_path / "a.xlsx", [person_row(1, "Nguyễn Văn An", "1980", cccd=A)])))
    path = simple_list(tmp_path / "b.xlsx", [person_row(1, "Nguyễn Văn An", "1980", cccd=A, unit="Sở Y tế"),
                                             person_row(2, "Lê Văn Mới", "1990")])
    table = read_workbook(path)
    plan = preview(admin, table, suggest(table, locate(table), admin.vault.conn))
    p = _all(admin)["Nguyễn Văn An"]
    p.notes = "sửa tay"
    dossiers.update_person(admin, p)
    with pytest.raises(HosoError) as e:
        commit_mod.commit(admin, plan)
    assert e.value.code == "stale_version" and _count(admin) == 1


def test_error_report_highlights_the_cells(admin, tmp_path):
    rows = [person_row(1, "Nguyễn Văn An", "32/01/1980"), person_row(2, "Lê Thị Bình", "1985", "Nữ", cccd=12345678),
            person_row(3, "Lê Văn Cường", "1990")]
    path = simple_list(tmp_path / "a.xlsx", rows)
    out = import_file(admin, ImportRequest(path, report=tmp_path / "loi.xlsx")).summary()
    assert out["report"] == str(tmp_path / "loi.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "loi.xlsx")
    ws = wb["Kết quả nhập"]
    head = [c.value for c in ws[1]]
    assert head[0] == "Dòng gốc" and head[-2:] == ["Kết quả nhập", "Lý do"] and head[1:9] == HEADER
    body = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    bad = body[7][3]  # the birth date of row 7
    assert bad.value == "32/01/1980" and bad.fill.fgColor.rgb.endswith("FFC7CE") and "không hợp lệ" in bad.comment.text
    warn = body[8][5]  # the CMND that lost its zero: imported, with a warning
    assert warn.fill.fgColor.rgb.endswith("FFEB9C") and "mất số 0" in warn.comment.text
    assert body[7][-2].value == "Lỗi" and "C (Ngày sinh)" in body[7][-1].value
    assert 9 not in body  # a clean row is not repeated
    assert ws.oddHeader.center.text == "MẬT"
    assert "Tóm tắt" in wb.sheetnames
    from app.store import copies

    assert copies.entries(admin.vault.conn)[0].kind == "excel_error_report"


def test_permissions(staff, tmp_path):
    from app.vault import open_vault

    path = simple_list(tmp_path / "a.xlsx", [person_row(1, "Nguyễn Văn An", "1980")])
    clerk = open_vault(staff.vault.path, "vt1", "Văn-thư-2026%")
    try:
        with pytest.raises(HosoError) as e:
            import_file(clerk, ImportRequest(path))
        assert e.value.code == "permission_denied"
    finally:
        clerk.close()
    officer = open_vault(staff.vault.path, "cv1", OFFICER_PW)
    try:
        assert import_file(officer, ImportRequest(path)).summary()["created"] == 1
    finally:
        officer.close()


def test_sections_and_blank_rows_inside_the_list_are_skipped(admin, tmp_path):
    rows = [HEADER, [None, "I. CHI BỘ VĂN PHÒNG"], person_row(1, "Lê Văn An", "1980"), [], [None, None],
            [None, "II. Chi bộ Tổ chức"], person_row(2, "Lê Văn Bình", "1981"), ["3"]]
    out = import_file(admin, ImportRequest(write_xlsx(tmp_path / "a.xlsx", {"S": rows}))).summary()
    assert (out["rows_read"], out["created"], out["errors"]) == (2, 2, [])


def test_partial_party_dates_of_one_year_and_short_surnames(admin, tmp_path):
    rows = [["Họ và tên", "Ngày vào Đảng", "Ngày chính thức"], ["Tô Văn Ba", "05/2005", "2005"], ["Bàn Thị Tư", None, None]]
    out = import_file(admin, ImportRequest(write_xlsx(tmp_path / "a.xlsx", {"S": rows}))).summary()
    assert (out["created"], out["errors"]) == (2, [])  # "Tô", "Bàn" are surnames, not section titles
    assert _all(admin)["Tô Văn Ba"].party_official == PartialDate(2005)


def test_a_wizard_can_preview_again_after_editing_the_mapping(admin, tmp_path):
    from app.excel.commit import commit
    from app.excel.mapping import MappingChoice

    path = simple_list(tmp_path / "a.xlsx", [person_row(1, "Nguyễn Văn An", "1980", cccd=A)])
    table = read_workbook(path)
    choice = suggest(table, locate(table), admin.vault.conn)
    first = preview(admin, table, choice)
    assert first.counts()["create"] == 1 and first.rows[0].person.unit == "Sở Nội vụ"
    edited = {j: f for j, f in choice.mapping.items() if f != "unit"}  # the officer drops the unit column
    second = preview(admin, table, MappingChoice(choice.layout, edited, "user"))
    assert second.rows[0].person.unit == "" and commit(admin, second).created == 1
