"""Checklist templates: the shipped ones load; malformed ones name file, line and problem."""

import pytest

from app.workflow import templates as tpl

GOOD = '''code = "test"
title = "Thử"
version = 2
due_days = 10

[[items]]
code = "T01"
title = "Mục một"
required = true
roles = ["officer"]

[[items]]
code = "T02"
title = "Mục hai"
required = false
evidence = true
roles = ["officer", "clerk"]
per_relative = true
'''


def test_shipped_templates_cover_every_purpose():
    found = tpl.builtin_templates()
    assert set(found) == {"admission", "committee", "appointment", "election", "key_post", "abroad", "review"}
    assert any(i.per_relative for i in found["admission"].items)
    assert set(tpl.outcomes()) == {"meets", "meets_with_limit", "insufficient", "fails"}
    assert tpl.issue_codes()["HN-KHNN"].foreign


def test_good_template_parses():
    t = tpl.parse_template(GOOD, "test.toml")
    assert (t.code, t.version, t.due_days) == ("test", 2, 10)
    assert [i.code for i in t.items] == ["T01", "T02"] and t.items[1].per_relative and t.items[1].evidence


@pytest.mark.parametrize("edit,line,words", [
    (lambda s: s.replace('title = "Mục hai"\n', ''), 12, "thiếu khóa 'title'"),
    (lambda s: s.replace('required = false', 'required = "no"'), 15, "'required' phải là bool"),
    (lambda s: s.replace('"officer", "clerk"', '"officer", "boss"'), 17, "vai trò không hợp lệ"),
    (lambda s: s.replace('code = "T02"', 'code = "T01"'), 13, "bị trùng"),
    (lambda s: s.replace('version = 2', 'version = 0'), 3, "phiên bản"),
    (lambda s: s.replace('per_relative = true', 'per_relative = true\ncolour = "red"'), 19, "khóa không được biết"),
    (lambda s: s.replace('due_days = 10', 'due_days = 10\nbroken = [1, 2'), 7, "TOML không hợp lệ"),
    (lambda s: s.split("[[items]]")[0], 1, "ít nhất một mục"),
])
def test_malformed_template_names_line_and_problem(edit, line, words):
    with pytest.raises(tpl.TemplateError) as e:
        tpl.parse_template(edit(GOOD), "sai.toml")
    msg = e.value.message
    assert "sai.toml" in msg and words in msg
    assert e.value.params["line"] == line, msg
