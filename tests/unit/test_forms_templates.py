"""Form templates: the shipped set loads; faults are reported with file, line and problem."""

import pytest

from app.forms import templates as T
from app.forms.errors import FormTemplateError
from app.forms.schemas import SCHEMAS


def test_every_shipped_template_loads():
    assert T.check_all() == ["layout", *SCHEMAS]
    lay = T.layout()
    assert lay.margins_mm == (20, 20, 30, 15)
    assert lay.party_name == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert T.form("conclusion").doc_type == "KL" and T.form("conclusion").issuer in lay.bodies


def _form(text: str, name: str = "conclusion"):
    return T.parse_form(name, text, f"{name}.toml", layout=T.layout())


BASE = 'form = "conclusion"\nversion = 2\nissuer = "tinh_uy"\ndoc_type = "KL"\ntitle = "KẾT LUẬN"\n'


def test_unknown_field_names_its_line():
    with pytest.raises(FormTemplateError) as e:
        _form(BASE + '\n[[body]]\ntext = "ok {name}"\n\n[[body]]\ntext = "Họ tên: {ten_sai}"\n')
    assert e.value.params["line"] == 11 and "ten_sai" in e.value.message and "conclusion.toml" in e.value.message


@pytest.mark.parametrize("extra, line, words", [
    ('\n[[body]]\nstyle = "nghieng"\ntext = "x"\n', 8, "nghieng"),
    ('\n[[body]]\neach = "khong_co"\ntext = "x"\n', 8, "khong_co"),
    ('\n[[body]]\ntext = "x {name"\n', 8, "ngoặc"),
    ('\n[[body]]\ntext = "x"\ncolour = "red"\n', 9, "colour"),
    ('signature = "T/M"\n', 6, "danh sách"),
])
def test_block_faults(extra, line, words):
    with pytest.raises(FormTemplateError) as e:
        _form(BASE + extra)
    assert e.value.params["line"] == line and words in e.value.message


def test_issuer_and_type_are_checked():
    with pytest.raises(FormTemplateError) as e:
        _form(BASE.replace("tinh_uy", "huyen_uy"))
    assert "huyen_uy" in e.value.message and e.value.params["line"] == 3
    with pytest.raises(FormTemplateError) as e:
        _form(BASE.replace('"KL"', '"XX"'))
    assert e.value.params["line"] == 4


def test_broken_toml_and_wrong_form():
    with pytest.raises(FormTemplateError) as e:
        _form(BASE + "title = \n")
    assert "TOML" in e.value.message
    with pytest.raises(FormTemplateError):
        T.parse_form("request", BASE, layout=T.layout())


def test_layout_checks_margins_colours_and_marks():
    text = T.builtin_text("layout")
    with pytest.raises(FormTemplateError) as e:
        T.parse_layout(text.replace("margin_left = 30", "margin_left = 300"))
    assert "margin_left" in e.value.message and e.value.params["line"] == text.splitlines().index("margin_left = 30") + 1
    with pytest.raises(FormTemplateError):
        T.parse_layout(text.replace('"#D00000"', '"red"'))
    with pytest.raises(FormTemplateError) as e:
        T.parse_layout(text.replace('copy = "Bản số: {copy}/{copies}"', 'copy = "Bản số: {ban}"'))
    assert "ban" in e.value.message
    with pytest.raises(FormTemplateError):
        T.parse_layout(text.replace('symbol = "TU"', 'symbol = "T U"'))
