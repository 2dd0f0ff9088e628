"""Form templates as data (resources/forms/*.toml), validated on load.

`layout.toml` holds the page, the issuing bodies and the mark texts; one file
per form holds its wording. An administrator may edit the shipped files or
import a revised one into the vault (see api.import_template); the
vault's newest version wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import resource_path
from .schemas import NOTE_EXTRA, SCHEMAS
from .tomlcheck import Source, check_text, get, no_unknown

STYLES = {"body", "plain", "heading", "center", "center_bold", "title", "big", "small", "dots", "space", "page_break", "right", "qr", "pair"}
ORIENTATIONS = {"portrait", "landscape"}
DOC_TYPES = {"KL", "TB", "CV", "BC", "TTr", "BB", "QĐ"}
_SYMBOL = re.compile(r"^[A-Za-z0-9Đđ]{1,16}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
LEVEL_CODES = {"none", "mat", "toi_mat", "tuyet_mat"}


@dataclass(frozen=True)
class Body:
    key: str
    superior: str
    name: str
    symbol: str


@dataclass(frozen=True)
class Layout:
    version: int
    place: str
    term: str
    party_name: str
    superior_bold: bool
    margins_mm: tuple[float, float, float, float]  # top, bottom, left, right
    font_size: float
    small_size: float
    title_size: float
    leading: float  # line height as a multiple of the font size
    stamp_colour: str
    qr_mm: float
    marks: dict[str, str]
    bodies: dict[str, Body]
    source: str


@dataclass(frozen=True)
class BlockT:
    text: str
    style: str = "body"
    each: str | None = None
    when: str | None = None


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: float


@dataclass(frozen=True)
class FormTemplate:
    name: str
    version: int
    frame: str
    orientation: str
    issuer: str | None
    doc_type: str | None
    title: str
    abstract: str
    body: tuple[BlockT, ...]
    appendix: tuple[BlockT, ...]
    signature: tuple[str, ...]
    signer_name: str
    recipients: tuple[str, ...]
    note: str
    columns: tuple[Column, ...]
    secrecy: str | None
    source: str


MARK_KEYS = {"copy", "recall", "recall_by", "named", "page", "book_page", "printed", "code", "preview", "number_line", "draft_number"}
_MARK_FIELDS = {"copy": {"copy", "copies"}, "recall": set(), "recall_by": {"date"}, "named": set(), "page": {"page", "pages"},
                "book_page": {"page", "pages"}, "printed": {"date", "user"}, "code": {"code"}, "preview": set(),
                "number_line": {"number"}, "draft_number": {"doc_type", "symbol"}}


def parse_layout(text: str, filename: str = "layout.toml") -> Layout:
    src = Source(text, filename)
    d = src.parse()
    no_unknown(src, d, {"version", "place", "term", "party_name", "superior_bold", "page", "marks", "bodies"}, 1)
    version = get(src, d, "version", int, 1)
    page = get(src, d, "page", dict, 1)
    pl = src.table_line("page")
    no_unknown(src, page, {"margin_top", "margin_bottom", "margin_left", "margin_right", "font_size", "small_size",
                           "title_size", "leading", "stamp_colour", "qr_mm"}, pl)

    def num(key: str, lo: float, hi: float, default: float | None = None) -> float:
        v = float(get(src, page, key, (int, float), pl, default=default, required=default is None))
        if not lo <= v <= hi:
            raise src.fail(src.key_line(pl, key), f"'{key}' = {v} ngoài khoảng cho phép {lo}–{hi}")
        return v

    margins = tuple(num(f"margin_{k}", 5, 60) for k in ("top", "bottom", "left", "right"))
    colour = get(src, page, "stamp_colour", str, pl, default="#D00000", required=False)
    if not _COLOUR.match(colour):
        raise src.fail(src.key_line(pl, "stamp_colour"), "màu phải viết dạng #RRGGBB")
    marks_raw = get(src, d, "marks", dict, 1)
    ml = src.table_line("marks")
    no_unknown(src, marks_raw, MARK_KEYS, ml)
    marks = {k: check_text(src, get(src, marks_raw, k, str, ml), _MARK_FIELDS[k], ml, k) for k in sorted(MARK_KEYS)}
    bodies_raw = get(src, d, "bodies", dict, 1)
    bodies = {}
    for key, b in bodies_raw.items():
        bl = src.table_line(f"bodies.{key}")
        if not isinstance(b, dict):
            raise src.fail(bl, f"'bodies.{key}' phải là một bảng")
        no_unknown(src, b, {"superior", "name", "symbol"}, bl)
        symbol = get(src, b, "symbol", str, bl)
        if not _SYMBOL.match(symbol):
            raise src.fail(src.key_line(bl, "symbol"), f"ký hiệu cơ quan '{symbol}' chỉ gồm chữ và số, tối đa 16 ký tự")
        name = get(src, b, "name", str, bl).strip()
        if not name:
            raise src.fail(src.key_line(bl, "name"), "tên cơ quan ban hành không được để trống")
        bodies[key] = Body(key, get(src, b, "superior", str, bl, default="", required=False).strip(), name, symbol)
    if not bodies:
        raise src.fail(src.table_line("bodies"), "cần ít nhất một cơ quan ban hành [bodies.MÃ]")
    place, term = get(src, d, "place", str, 1).strip(), get(src, d, "term", str, 1).strip()
    if not place or not term:
        raise src.fail(src.key_line(1, "place" if not place else "term"), "địa danh và nhiệm kỳ không được để trống")
    return Layout(version, place, term, get(src, d, "party_name", str, 1), get(src, d, "superior_bold", bool, 1, default=False, required=False),
                  margins, num("font_size", 8, 20), num("small_size", 6, 16), num("title_size", 10, 24), num("leading", 1.0, 2.0, 1.25),
                  colour.upper(), num("qr_mm", 12, 40, 16), marks, bodies, text)


def _blocks(src: Source, raw, header: str, schema, allowed: set[str]) -> tuple[BlockT, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise src.fail(1, f"'{header}' phải là các bảng [[{header}]]")
    lines = src.array_lines(header)
    out = []
    for i, b in enumerate(raw):
        line = lines[i] if i < len(lines) else 1
        no_unknown(src, b, {"text", "style", "each", "when"}, line)
        style = get(src, b, "style", str, line, default="body", required=False)
        if style not in STYLES:
            raise src.fail(src.key_line(line, "style"), f"kiểu '{style}' không có (có: {', '.join(sorted(STYLES))})")
        each = get(src, b, "each", str, line, required=False)
        if each is not None and each not in schema.lists:
            raise src.fail(src.key_line(line, "each"), f"danh sách '{each}' không có (có: {', '.join(sorted(schema.lists)) or 'không'})")
        when = get(src, b, "when", str, line, required=False)
        names = set(allowed) | (set(schema.lists[each]) if each else set())
        if when is not None and when not in names and when not in schema.lists:
            raise src.fail(src.key_line(line, "when"), f"điều kiện '{when}' không phải trường hay danh sách của mẫu này")
        text = get(src, b, "text", str, line, default="", required=style not in ("space", "page_break"))
        out.append(BlockT(check_text(src, text, names, line, "text"), style, each, when))
    return tuple(out)


def parse_form(name: str, text: str, filename: str | None = None, layout: Layout | None = None) -> FormTemplate:
    src = Source(text, filename or f"{name}.toml")
    schema = SCHEMAS.get(name)
    if schema is None:
        raise src.fail(0, f"không có mẫu biểu tên '{name}' (có: {', '.join(sorted(SCHEMAS))})")
    d = src.parse()
    no_unknown(src, d, {"version", "form", "orientation", "issuer", "doc_type", "title", "abstract", "body", "appendix",
                        "signature", "signer_name", "recipients", "note", "columns", "secrecy"}, 1)
    form = get(src, d, "form", str, 1)
    if form != name:
        raise src.fail(src.key_line(1, "form"), f"tệp này là mẫu '{form}', không phải '{name}'")
    version = get(src, d, "version", int, 1)
    if version < 1:
        raise src.fail(src.key_line(1, "version"), "phiên bản phải từ 1 trở lên")
    fields = set(schema.fields)
    orientation = get(src, d, "orientation", str, 1, default="portrait", required=False)
    if orientation not in ORIENTATIONS:
        raise src.fail(src.key_line(1, "orientation"), "hướng trang là 'portrait' hoặc 'landscape'")
    issuer = get(src, d, "issuer", str, 1, required=schema.frame == "party")
    if issuer is not None and layout is not None and issuer not in layout.bodies:
        raise src.fail(src.key_line(1, "issuer"), f"cơ quan '{issuer}' không có trong layout.toml [bodies] ({', '.join(sorted(layout.bodies))})")
    doc_type = get(src, d, "doc_type", str, 1, required=schema.numbered)
    if doc_type is not None and doc_type not in DOC_TYPES:
        raise src.fail(src.key_line(1, "doc_type"), f"loại văn bản '{doc_type}' không có (có: {', '.join(sorted(DOC_TYPES))})")
    secrecy = get(src, d, "secrecy", str, 1, required=False)
    if secrecy is not None and secrecy not in LEVEL_CODES:
        raise src.fail(src.key_line(1, "secrecy"), f"độ mật '{secrecy}' không có (có: {', '.join(sorted(LEVEL_CODES))})")
    sig = get(src, d, "signature", list, 1, default=[], required=False)
    for s in sig:
        if not isinstance(s, str):
            raise src.fail(src.key_line(1, "signature"), "'signature' là danh sách chuỗi")
        check_text(src, s, fields, 1, "signature")
    rec = get(src, d, "recipients", list, 1, default=[], required=False)
    for r in rec:
        if not isinstance(r, str):
            raise src.fail(src.key_line(1, "recipients"), "'recipients' là danh sách chuỗi")
        check_text(src, r, fields, 1, "recipients")
    columns = []
    if schema.frame == "book":
        cl = src.array_lines("columns")
        raw = get(src, d, "columns", list, 1)
        for i, c in enumerate(raw):
            line = cl[i] if i < len(cl) else 1
            no_unknown(src, c, {"key", "title", "width"}, line)
            key = get(src, c, "key", str, line)
            if key not in schema.columns:
                raise src.fail(src.key_line(line, "key"), f"cột '{key}' không có trong sổ (có: {', '.join(sorted(schema.columns))})")
            width = float(get(src, c, "width", (int, float), line))
            if width <= 0:
                raise src.fail(src.key_line(line, "width"), "độ rộng cột phải dương")
            columns.append(Column(key, get(src, c, "title", str, line), width))
        if not columns:
            raise src.fail(1, "sổ cần ít nhất một cột [[columns]]")
    return FormTemplate(
        name, version, schema.frame, orientation, issuer, doc_type,
        check_text(src, get(src, d, "title", str, 1), fields, 1, "title"),
        check_text(src, get(src, d, "abstract", str, 1, default="", required=False), fields, 1, "abstract"),
        _blocks(src, d.get("body"), "body", schema, fields), _blocks(src, d.get("appendix"), "appendix", schema, fields),
        tuple(sig), check_text(src, get(src, d, "signer_name", str, 1, default="", required=False), fields, 1, "signer_name"),
        tuple(rec), check_text(src, get(src, d, "note", str, 1, default="", required=False), fields | NOTE_EXTRA, 1, "note"),
        tuple(columns), secrecy, text)


def builtin_text(name: str) -> str:
    return resource_path("forms", f"{name}.toml").read_text("utf-8")


@lru_cache(maxsize=64)
def _cached_layout(text: str) -> Layout:
    return parse_layout(text)


@lru_cache(maxsize=64)
def _cached_form(name: str, text: str, layout_text: str) -> FormTemplate:
    return parse_form(name, text, layout=_cached_layout(layout_text))


def _active_text(name: str, conn=None) -> str:
    if conn is not None:
        from . import store

        imported = store.latest_template(conn, name)
        if imported is not None:
            return imported
    return builtin_text(name)


def layout(conn=None) -> Layout:
    return _cached_layout(_active_text("layout", conn))


def form(name: str, conn=None) -> FormTemplate:
    return _cached_form(name, _active_text(name, conn), _active_text("layout", conn))


def check_all(conn=None) -> list[str]:
    """Load every template (raises on the first fault); returns their names."""
    layout(conn)
    for name in SCHEMAS:
        form(name, conn)
    return ["layout", *SCHEMAS]
