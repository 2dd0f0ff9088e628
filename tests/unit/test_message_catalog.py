"""Every error text of the core catalogue (and of the printed forms' own) is one
an officer can act on.

Both languages present, the same placeholders in both, no programmer's words,
and - a mechanical proxy for "says what to do" - an actionable part in the
Vietnamese text (the rule is `actionable()` below).
"""

from __future__ import annotations

import re
import string

import pytest

from app import messages
from app.errors import HosoError
from app.forms import errors as form_errors

# Notices that report the outcome of the user's own choice: there is nothing left to do.
NO_ACTION_NEEDED = {
    "cancelled": "the user pressed Cancel; the text only confirms that nothing changed",
}

# Placeholders only the Vietnamese text uses, with the reason. The register names ({book}) are the official Vietnamese
# names (sổ giao nhận ...); the English text says "that register" instead of quoting them.
VI_ONLY = {
    "register_entry_not_found": {"book"},
    "register_field_unknown": {"book"},
    "register_volume_empty": {"book"},
}

# Words of a programmer, never of an officer. "None" is matched case-sensitively as a word (Python's None).
JARGON = re.compile(r"traceback|exception|errno|sqlite|\bsql\b|stack trace", re.IGNORECASE)
PY_NONE = re.compile(r"\bNone\b")

# An actionable part is either
# - a modal that tells the reader what to do: "hãy", "vui lòng", "cần", "phải" (but not "không cần" = no need,
#   "không phải" = is not), or
# - a clause that begins with a verb in the imperative ("Chọn thêm ...", "Chạy lại ...", "Khôi phục kho ...",
#   "Không được cài; báo cho ...").
MODAL = re.compile(r"(?<!không )\b(hãy|vui lòng|cần|phải)\b", re.IGNORECASE)
IMPERATIVE = re.compile(r"(^|[.;:—]\s+)(chọn|chạy lại|kiểm tra|nhập|ghi|đối chiếu|liên hệ|báo|khôi phục|không được cài|thử lại)\b",
                        re.IGNORECASE)


def actionable(vi: str) -> bool:
    return bool(MODAL.search(vi) or IMPERATIVE.search(vi))


def placeholders(template: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


ENTRIES = {**form_errors.CATALOG, **messages.CATALOG}  # the core text wins, as FormError.message does
CODES = sorted(messages.CATALOG)
ALL_CODES = sorted(ENTRIES)


def test_the_catalogue_is_not_empty():
    assert len(CODES) > 50


@pytest.mark.parametrize("code", ALL_CODES)
def test_both_languages_same_placeholders(code):
    entry = ENTRIES[code]
    assert isinstance(entry, tuple) and len(entry) == 2, code
    vi, en = entry
    assert vi.strip() and en.strip(), code
    assert vi != en or not re.search(r"[a-z]", vi), f"{code}: the Vietnamese text is the English one"
    assert placeholders(vi) - VI_ONLY.get(code, set()) == placeholders(en), code
    assert VI_ONLY.get(code, set()) <= placeholders(vi), code
    assert all(name.isidentifier() for name in placeholders(vi)), code  # {x}, never positional {} or {0}


@pytest.mark.parametrize("code", ALL_CODES)
def test_no_programmer_words(code):
    for text in ENTRIES[code]:
        assert not JARGON.search(text), f"{code}: {text}"
        assert not PY_NONE.search(text), f"{code}: {text}"


@pytest.mark.parametrize("code", ALL_CODES)
def test_says_what_to_do(code):
    vi, _en = ENTRIES[code]
    if code in NO_ACTION_NEEDED:
        assert not actionable(vi), f"{code} now says what to do: take it off NO_ACTION_NEEDED"
        return
    assert actionable(vi), f"{code}: no actionable part (hãy / vui lòng / cần / phải / an imperative): {vi}"


def test_exemptions_are_real_codes():
    assert set(NO_ACTION_NEEDED) <= set(messages.CATALOG)


def test_rule_is_not_trivially_true():
    assert not actionable("Không có hồ sơ số 5.")
    assert not actionable("Thư mục x không phải là kho dữ liệu HoSo.")  # "không phải" is "is not"
    assert not actionable("Không cần nhập lại.")
    assert actionable("Không có hồ sơ số 5. Hãy kiểm tra lại số hồ sơ.")
    assert actionable("Bản gộp không hợp lệ. Chọn thêm hoặc bớt trường.")


@pytest.mark.parametrize("code", CODES)
def test_renders_in_both_languages_with_its_placeholders(code):
    """Formatting with every placeholder filled gives a text without a leftover brace, in both languages."""
    vi, en = messages.CATALOG[code]
    params = {name: f"<{name}>" for name in placeholders(vi)}
    used = {"vi": set(params), "en": set(params) - VI_ONLY.get(code, set())}
    saved = messages.language()
    try:
        for lang, template in (("vi", vi), ("en", en)):
            messages.set_language(lang)
            text = HosoError(code, **params).message
            assert text == template.format(**params)
            assert "{" not in text and "}" not in text, (code, lang)
            assert all(f"<{name}>" in text for name in used[lang]), (code, lang)
    finally:
        messages.set_language(saved)


def test_an_excel_error_without_a_file_name_reads_in_either_language():
    from app.excel.errors import ExcelError

    saved = messages.language()
    try:
        messages.set_language("en")
        assert ExcelError("bad").message.startswith("Cannot import the file;")
        messages.set_language("vi")
        assert ExcelError("hỏng").message.startswith("Không nhập được tệp này;")
        assert ExcelError("hỏng", file="ds.xlsx").message.startswith("Không nhập được tệp ds.xlsx;")
    finally:
        messages.set_language(saved)
