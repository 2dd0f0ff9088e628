"""TCVN3 (ABC) and VNI Windows text, NFD, tone placement."""

import unicodedata

import pytest

from app.excel.legacy import (candidates, cell_encoding, classic_tones, detect_encoding, normalise_text, tcvn3_to_unicode,
                              vni_to_unicode)

# How these words look in a workbook typed with the .VnTime (TCVN3) and VNI-Times fonts.
KNOWN = [
    ("Nguyễn Văn Đức", "NguyÔn V¨n §øc", "Nguyeãn Vaên Ñöùc"),
    ("Hà Nội", "Hµ Néi", "Haø Noäi"),
    ("Tuyên Quang", "Tuyªn Quang", "Tuyeân Quang"),
    ("Trần Thị Hương", "TrÇn ThÞ H­¬ng", "Traàn Thò Höông"),
    ("Đảng bộ xã Minh Xuân", "§¶ng bé x· Minh Xu©n", "Ñaûng boä xaõ Minh Xuaân"),
    ("Lý luận chính trị", "Lý luËn chÝnh trÞ", "Lyù luaän chính trò"),
]


@pytest.mark.parametrize("unicode,tcvn3,vni", KNOWN)
def test_known_words(unicode, tcvn3, vni):
    assert tcvn3_to_unicode(tcvn3) == unicode
    assert vni_to_unicode(vni) == unicode


def test_capitals_typed_with_the_capitals_font():
    assert tcvn3_to_unicode("NGUYÔN V¡N §øC") == "NGUYỄN VĂN ĐỨC"
    assert vni_to_unicode("NGUYEÃN VAÊN ÑÖÙC") == "NGUYỄN VĂN ĐỨC"


def test_column_detection():
    assert detect_encoding([t for _, t, _ in KNOWN]) == "tcvn3"
    assert detect_encoding([v for _, _, v in KNOWN]) == "vni"
    assert detect_encoding([u for u, _, _ in KNOWN]) is None
    assert detect_encoding(["Hà", "Lê Thị Hà", "Nam", "Anh"]) is None  # Latin-1 letters alone stay Unicode
    assert detect_encoding(["Nguyen Van A", "", "12/12"]) is None


def test_single_legacy_cells_in_a_unicode_column():
    assert cell_encoding("NguyÔn V¨n §øc") == "tcvn3"
    assert cell_encoding("Nguyễn Văn Đức") is None
    assert cell_encoding("Thái Hòa") is None


def test_header_candidates():
    assert "Họ và tên" in candidates("Hä vµ tªn")
    assert "Họ và tên" in candidates("Hoï vaø teân")
    assert candidates("Họ và tên") == []


def test_new_style_tones_become_classic():
    assert classic_tones("Thanh Hoá") == "Thanh Hóa"
    assert classic_tones("hoà bình, khoẻ, thuý, thuỷ") == "hòa bình, khỏe, thúy, thủy"
    assert classic_tones("quý, hoàng, toán, khuyến") == "quý, hoàng, toán, khuyến"  # qu + y, and syllables with a final
    assert classic_tones("HOÀ") == "HÒA"


def test_nfd_is_composed_and_spaces_collapsed():
    nfd = unicodedata.normalize("NFD", "Nguyễn  Văn Hoà ")
    assert normalise_text(nfd) == "Nguyễn Văn Hòa"
    assert unicodedata.is_normalized("NFC", normalise_text(nfd))


def test_search_and_dedup_folding_ignore_tone_placement():
    from app.text.vietnamese import tokens

    assert tokens("Thanh Hoá") == tokens("Thanh Hóa") == tokens(unicodedata.normalize("NFD", "Thanh Hoá"))
