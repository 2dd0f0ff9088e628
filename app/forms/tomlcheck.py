"""Reading TOML templates with file/line/problem messages for the administrator."""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass

from .errors import FormTemplateError


@dataclass(frozen=True)
class Source:
    """A template's text and file name, to point at the faulty line."""

    text: str
    filename: str

    def fail(self, line: int, problem: str) -> FormTemplateError:
        return FormTemplateError(self.filename, line, problem)

    def parse(self) -> dict:
        try:
            return tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise self.fail(int(m.group(1)) if m else 0, f"TOML không hợp lệ: {exc}") from exc

    def table_line(self, header: str) -> int:
        """Line of `[header]`, or 1."""
        pat = re.compile(rf"^\s*\[\s*{re.escape(header)}\s*\]")
        return next((i + 1 for i, ln in enumerate(self.text.splitlines()) if pat.match(ln)), 1)

    def array_lines(self, header: str) -> list[int]:
        """Lines of each `[[header]]`."""
        pat = re.compile(rf"^\s*\[\[\s*{re.escape(header)}\s*\]\]")
        return [i + 1 for i, ln in enumerate(self.text.splitlines()) if pat.match(ln)]

    def key_line(self, start: int, key: str) -> int:
        """Line of `key =` in the table that starts at line `start` (1 = top level)."""
        lines = self.text.splitlines()
        pat = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
        for i in range(max(start - 1, 0), len(lines)):
            if i > start - 1 and re.match(r"^\s*\[", lines[i]):
                break
            if pat.match(lines[i]):
                return i + 1
        return start


_TYPES = {str: "chuỗi", int: "số nguyên", float: "số", bool: "true/false", list: "danh sách", dict: "bảng"}


def get(src: Source, d: dict, key: str, kind: type | tuple, line: int, *, default=None, required: bool = True):
    """d[key] checked for type; the error names the key's own line."""
    if key not in d:
        if required:
            raise src.fail(line, f"thiếu khóa '{key}'")
        return default
    value = d[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
        want = " hoặc ".join(_TYPES.get(k, k.__name__) for k in kinds)
        raise src.fail(src.key_line(line, key), f"'{key}' phải là {want}")
    return value


def no_unknown(src: Source, d: dict, known: set[str], line: int) -> None:
    extra = sorted(set(d) - known)
    if extra:
        raise src.fail(src.key_line(line, extra[0]), f"khóa không được biết: {', '.join(extra)} (có thể dùng: {', '.join(sorted(known))})")


def placeholders(text: str) -> list[str]:
    """Field names used in a text; raises ValueError on a malformed brace."""
    names = []
    for _, name, spec, conv in string.Formatter().parse(text):
        if name is None:
            continue
        if spec or conv or not name.isidentifier():
            raise ValueError(f"chỗ thay thế '{{{name}}}' không hợp lệ")
        names.append(name)
    return names


def check_text(src: Source, text: str, allowed: set[str], line: int, key: str) -> str:
    try:
        used = placeholders(text)
    except ValueError as exc:
        raise src.fail(src.key_line(line, key), f"{exc} (dấu ngoặc nhọn trong chữ thường viết là '{{{{' và '}}}}')") from None
    bad = [n for n in used if n not in allowed]
    if bad:
        raise src.fail(src.key_line(line, key), f"không có trường '{{{bad[0]}}}' (có thể dùng: {', '.join(sorted(allowed))})")
    return text
