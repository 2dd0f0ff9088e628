"""Header synonyms, header-row detection, the data extent, two-row headers."""

import pytest

from app.excel.headers import detect_layout, header_score, match_header

TITLE = [["ĐẢNG BỘ TỈNH TUYÊN QUANG", None, None], ["ĐẢNG ỦY XÃ MINH XUÂN", None, None], [],
         [None, "DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ THẨM TRA", None], []]


@pytest.mark.parametrize("text,field", [
    ("Họ và tên", "full_name"), ("HỌ VÀ TÊN", "full_name"), ("Họ tên", "full_name"), ("ho va ten", "full_name"),
    ("Họ và tên khai sinh", "full_name"), ("Họ  và   tên (khai sinh)", "full_name"), ("HoTen", "full_name"),
    ("Ngày sinh", "birth_date"), ("Sinh ngày", "birth_date"), ("Ngày, tháng, năm sinh", "birth_date"),
    ("Năm sinh", "birth_date"), ("Ngày/tháng/năm sinh (dd/mm/yyyy)", "birth_date"),
    ("Giới tính", "sex"), ("Nam/Nữ", "sex"), ("Số CCCD", "id_number"), ("CMND/CCCD", "id_number"),
    ("Số CMND/ CCCD", "id_number"), ("Số định danh cá nhân", "id_number"), ("Quê quán", "hometown"),
    ("Quê quán (xã, huyện, tỉnh)", "hometown"), ("Nơi ở hiện nay", "current_address"), ("Ngày vào Đảng", "party_joined"),
    ("Ngày chính thức", "party_official"), ("Số thẻ đảng viên", "party_card"), ("Chức vụ", "position"),
    ("Đơn vị", "unit"), ("Đơn vị công tác hiện nay", "unit"), ("Dân tộc", "ethnicity"), ("Tôn giáo", "religion"),
    ("Nơi sinh", "birth_place"), ("Nơi thường trú", "permanent_address"), ("Trình độ chuyên môn", "specialism"),
    ("Lý luận chính trị", "political_theory"), ("LLCT", "political_theory"), ("Ghi chú", "notes"), ("STT", "stt"),
    ("TT", "stt"), ("Hä vµ tªn", "full_name"), ("Ngµy sinh", "birth_date"),
])
def test_synonyms(text, field):
    assert match_header(text) == field


@pytest.mark.parametrize("text", ["Họ tên vợ (chồng)", "Họ và tên cha", "Tổng cộng", "", None, 12, "Danh sách đảng viên"])
def test_not_headers(text):
    assert match_header(text) is None


def test_header_below_title_lines_and_list_ends_before_footer():
    rows = TITLE + [
        ["STT", "Họ và tên", "Ngày sinh", "Quê quán"],
        [1, "Nguyễn Văn An", "01/02/1980", "Hà Nội"],
        [2, "Lê Thị Bình", "1985", "Huế"],
        [],
        [3, "Trần Văn Cường", "1990", "Huế"],
        ["Tổng cộng: 3 đảng viên"],
        [None, None, "Minh Xuân, ngày 05 tháng 03 năm 2026"],
        [None, None, "NGƯỜI LẬP BIỂU"],
        [None, None, "Nguyễn Văn Lập"],
    ]
    layout = detect_layout(rows)
    assert layout.header_index == 5 and layout.data_start == 6
    assert layout.data_end == 10 and layout.footer_index == 10
    assert [c.field for c in layout.columns] == ["stt", "full_name", "birth_date", "hometown"]


def test_footer_in_the_name_column_and_names_that_look_like_footers():
    rows = [["Họ và tên", "Năm sinh"], ["Công Tằng Tôn Nữ Mai Lan", 1980], ["Cộng", 2], ["x", 1]]
    assert detect_layout(rows).data_end == 2
    rows = [["Họ và tên", "Năm sinh"], ["Nguyễn Văn Công", 1980], ["Người lập biểu", None]]
    assert detect_layout(rows).data_end == 2


def test_two_row_header_with_birth_dates_under_nam_nu():
    rows = [
        ["STT", "Họ và tên", "Ngày, tháng, năm sinh", None, "Quê quán"],
        [None, None, "Nam", "Nữ", None],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        [1, "Nguyễn Văn An", "01/02/1980", None, "Hà Nội"],
    ]
    layout = detect_layout(rows)
    assert layout.header_rows == 2 and layout.skipped_numbering and layout.data_start == 3
    assert [c.field for c in layout.columns] == ["stt", "full_name", "birth_male", "birth_female", "hometown"]


def test_two_row_header_with_sex_marks():
    rows = [["Họ và tên", "Giới tính", None, "Năm sinh"], [None, "Nam", "Nữ", None], ["Lê Văn A", "x", None, 1980]]
    layout = detect_layout(rows)
    assert [c.field for c in layout.columns] == ["full_name", "sex_male", "sex_female", "birth_date"]


def test_user_override_of_header_and_last_row():
    rows = [["a", "b"], ["Tên", "Tuổi"], ["Lê A", 1], ["Lê B", 2], ["Lê C", 3]]
    layout = detect_layout(rows, header_index=1, last_index=3)
    assert (layout.header_index, layout.data_start, layout.data_end) == (1, 2, 4)


def test_a_sheet_without_a_list_scores_zero():
    assert header_score([["Date", "Open", "Close"], [1, 2, 3]]) == 0
    assert header_score(TITLE + [["STT", "Họ và tên", "Ngày sinh"]]) > 0


def test_a_first_data_row_is_not_taken_for_a_second_header():
    rows = [["Họ và tên", "Giới tính", "Năm sinh"], [None, "Nam", None], ["Lê Văn A", "Nam", 1980]]
    layout = detect_layout(rows)
    assert layout.header_rows == 1 and layout.data_start == 1


def test_the_one_name_column_quick_path_finds_the_footer_is_footer_finds():
    # detect_layout skips is_footer for rows whose one name cell is a text; the row it stops at is the same.
    from app.excel.headers import is_footer

    head = [["STT", "Họ và tên", "Ngày sinh", "Đơn vị"]]
    people = [[1, "Nguyễn Văn An", "1980", "Sở A"], [2, "  ", "1981", "Sở B"], [3, None, None, "Tổng cộng: 2"],
              [4, 17, "1982"], [5], [6, "Công Tằng Tôn Nữ Hoa", "1983"], [None, "Tổng cộng: 6"], [None, "Người lập biểu"],
              [], [None, None, None, "Hà Nội, ngày 5 tháng 6 năm 2026"], [None, "Hà Nội, ngày 5 tháng 6 năm 2026"]]
    for k in range(len(people)):
        rows = head + people[k:]
        layout = detect_layout(rows)
        cols = [c.index for c in layout.columns if c.field == "full_name"]
        expected = next((i for i in range(layout.data_start, len(rows)) if is_footer(rows[i], cols)), None)
        assert layout.footer_index == expected and layout.data_end == (len(rows) if expected is None else expected)
