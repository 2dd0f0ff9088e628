"""Checklist templates, outcomes and issue codes: TOML files in resources/checklists.

A template that does not parse or does not make sense is refused with the
file, the line and the problem. A case copies the template it starts with, so
importing a revised template never changes a running case.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..domain.roles import Role
from ..errors import HosoError
from ..resources import resource_path

CHECKLIST_DIR = ("checklists",)
WHEN_VALUES = {"relatives_abroad"}
_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")


class TemplateError(HosoError):
    code = "bad_template"


@dataclass(frozen=True)
class TemplateItem:
    code: str
    title: str
    guidance: str
    required: bool
    evidence: bool
    roles: tuple[Role, ...]
    legal_basis: str
    per_relative: bool = False
    when: str | None = None


@dataclass(frozen=True)
class Template:
    code: str
    title: str
    version: int
    due_days: int
    legal_basis: str
    items: tuple[TemplateItem, ...]
    source: str  # the TOML text, kept with every case that uses it


@dataclass(frozen=True)
class Outcome:
    code: str
    title: str
    needs_limit: bool


@dataclass(frozen=True)
class IssueCode:
    code: str
    title: str
    kind: str  # history | current
    subject: str  # self | relative
    foreign: bool
    legal_basis: str


def _block_lines(text: str, table: str) -> list[int]:
    """Line numbers (1-based) of each [[table]] header, to point at the faulty entry."""
    return [i + 1 for i, line in enumerate(text.splitlines()) if re.match(rf"^\s*\[\[\s*{table}\s*\]\]", line)]


def _key_line(text: str, start: int, key: str) -> int:
    """The line of `key = …` inside the block that starts at line `start`."""
    lines = text.splitlines()
    for i in range(max(start - 1, 0), len(lines)):
        if i > start - 1 and re.match(r"^\s*\[\[", lines[i]):
            break
        if re.match(rf"^\s*{re.escape(key)}\s*=", lines[i]):
            return i + 1
    return start


def _fail(filename: str, line: int, problem: str) -> TemplateError:
    return TemplateError(file=filename, line=line, problem=problem)


def _parse_toml(text: str, filename: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise _fail(filename, int(m.group(1)) if m else 0, f"TOML không hợp lệ: {exc}") from exc


def _get(d: dict, key: str, kind: type, filename: str, line: int, text: str, required: bool = True, default=None):
    if key not in d:
        if required:
            raise _fail(filename, line, f"thiếu khóa '{key}'")
        return default
    value = d[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise _fail(filename, _key_line(text, line, key), f"'{key}' phải là {kind.__name__}, đang là {type(value).__name__}")
    return value


def parse_template(text: str, filename: str) -> Template:
    doc = _parse_toml(text, filename)
    code = _get(doc, "code", str, filename, 1, text)
    if not _CODE.match(code):
        raise _fail(filename, _key_line(text, 1, "code"), f"mã mục đích '{code}' không hợp lệ")
    title = _get(doc, "title", str, filename, 1, text)
    version = _get(doc, "version", int, filename, 1, text)
    if version < 1:
        raise _fail(filename, _key_line(text, 1, "version"), "phiên bản phải từ 1 trở lên")
    due_days = _get(doc, "due_days", int, filename, 1, text, required=False, default=30)
    legal = _get(doc, "legal_basis", str, filename, 1, text, required=False, default="")
    raw_items = doc.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise _fail(filename, 1, "mẫu phải có ít nhất một mục [[items]]")
    lines = _block_lines(text, "items")
    items, seen = [], set()
    for i, raw in enumerate(raw_items):
        line = lines[i] if i < len(lines) else 0
        icode = _get(raw, "code", str, filename, line, text)
        if not _CODE.match(icode):
            raise _fail(filename, _key_line(text, line, "code"), f"mã mục '{icode}' không hợp lệ")
        if icode in seen:
            raise _fail(filename, _key_line(text, line, "code"), f"mã mục '{icode}' bị trùng")
        seen.add(icode)
        roles_raw = _get(raw, "roles", list, filename, line, text)
        try:
            roles = tuple(Role(r) for r in roles_raw)
        except ValueError:
            raise _fail(filename, _key_line(text, line, "roles"), f"vai trò không hợp lệ trong {roles_raw} (admin, leader, officer, clerk)") from None
        if not roles:
            raise _fail(filename, _key_line(text, line, "roles"), "cần ít nhất một vai trò")
        when = _get(raw, "when", str, filename, line, text, required=False)
        if when is not None and when not in WHEN_VALUES:
            raise _fail(filename, _key_line(text, line, "when"), f"điều kiện '{when}' không được hỗ trợ ({', '.join(sorted(WHEN_VALUES))})")
        unknown = set(raw) - {"code", "title", "guidance", "required", "evidence", "roles", "legal_basis", "per_relative", "when"}
        if unknown:
            raise _fail(filename, _key_line(text, line, sorted(unknown)[0]), f"khóa không được biết: {', '.join(sorted(unknown))}")
        items.append(TemplateItem(
            code=icode,
            title=_get(raw, "title", str, filename, line, text),
            guidance=_get(raw, "guidance", str, filename, line, text, required=False, default=""),
            required=_get(raw, "required", bool, filename, line, text),
            evidence=_get(raw, "evidence", bool, filename, line, text, required=False, default=False),
            roles=roles,
            legal_basis=_get(raw, "legal_basis", str, filename, line, text, required=False, default=""),
            per_relative=_get(raw, "per_relative", bool, filename, line, text, required=False, default=False),
            when=when,
        ))
    return Template(code, title, version, due_days, legal, tuple(items), text)


def _checklist_dir() -> Path:
    return resource_path(*CHECKLIST_DIR)


@lru_cache(maxsize=1)
def builtin_templates() -> dict[str, Template]:
    out = {}
    for p in sorted(_checklist_dir().glob("*.toml")):
        if p.stem in ("outcomes", "issue_codes"):
            continue
        t = parse_template(p.read_text("utf-8"), p.name)
        out[t.code] = t
    return out


def _catalogue(file: str, table: str, build) -> dict:
    """Read a list of [[table]] entries; `build(get, line)` makes one, `get(key, type, ...)` reads a key."""
    path = _checklist_dir() / file
    text = path.read_text("utf-8")
    doc = _parse_toml(text, path.name)
    lines = _block_lines(text, table)
    out = {}
    for i, raw in enumerate(doc.get(table, [])):
        line = lines[i] if i < len(lines) else 0

        def get(key: str, kind: type, required: bool = True, default=None, raw=raw, line=line):
            return _get(raw, key, kind, path.name, line, text, required=required, default=default)

        entry = build(get, lambda problem, line=line: _fail(path.name, line, problem))
        out[entry.code] = entry
    return out


@lru_cache(maxsize=1)
def outcomes() -> dict[str, Outcome]:
    return _catalogue("outcomes.toml", "outcomes",
                      lambda get, fail: Outcome(get("code", str), get("title", str), get("needs_limit", bool, False, False)))


def _issue(get, fail) -> IssueCode:
    kind, subject = get("kind", str), get("subject", str)
    if kind not in ("history", "current") or subject not in ("self", "relative"):
        raise fail("kind phải là history/current, subject phải là self/relative")
    return IssueCode(get("code", str), get("title", str), kind, subject, get("foreign", bool), get("legal_basis", str, False, ""))


@lru_cache(maxsize=1)
def issue_codes() -> dict[str, IssueCode]:
    return _catalogue("issue_codes.toml", "issues", _issue)
