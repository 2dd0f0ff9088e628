"""The reading process. Parsers of hostile files may allocate without bound or
abort the whole process (calamine #693), so parsing happens here, in a child
started with "spawn", under an address-space limit; the parent only ever sees
plain cell values, streamed over a pipe in pickled chunks that it loads with a
restricted unpickler (datetime classes only).

Frames sent (each a pickled tuple):
    ("sheets", [SheetMeta...], engine)   every sheet, with a preview and a header score
    ("sheet", name, total_rows, width, row0, col0)
    ("rows", [row, ...])                 in chunks
    ("done",)
    ("error", kind, detail)              kinds: see reading.py _ERRORS
"""

from __future__ import annotations

import gc
import io
import itertools
import os
import pickle
from pathlib import Path

CHUNK = 4000
PREVIEW_ROWS = 40


class Failure(Exception):
    def __init__(self, kind: str, detail: object = "") -> None:
        super().__init__(kind)
        self.kind, self.detail = kind, detail


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the child still keeps a crash away from the parent
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _send(conn, frame: tuple) -> None:
    conn.send_bytes(pickle.dumps(frame, protocol=5))


def run(conn, request: dict) -> None:
    """Entry point of the child (multiprocessing target)."""
    import warnings

    warnings.simplefilter("ignore")  # openpyxl's remarks about odd files are not the user's business
    # A Rust panic prints a backtrace when RUST_BACKTRACE is set (developers' machines, CI);
    # out of memory that printing itself fails and the reader hangs on the backtrace lock
    # (seen in calamine). Without it the panic reaches Python as an exception.
    os.environ["RUST_BACKTRACE"] = "0"
    # The cells are hundreds of thousands of acyclic objects: the cyclic collector would scan
    # them again and again while they are streamed (limits.no_gc, for the same reason).
    gc.disable()
    try:
        _limit_memory(request["memory"])
        _read(conn, request)
    except Failure as f:
        _try_send(conn, ("error", f.kind, f.detail))
    except MemoryError:
        _try_send(conn, ("error", "memory", ""))
    except RecursionError:
        _try_send(conn, ("error", "format", "cấu trúc lồng nhau quá sâu"))
    except BaseException as exc:  # noqa: BLE001 - whatever a parser raises, the parent gets a reason
        _try_send(conn, ("error", "internal", f"{type(exc).__name__}: {str(exc)[:300]}"))
    finally:
        conn.close()


def _try_send(conn, frame: tuple) -> None:
    try:
        _send(conn, frame)
    except (OSError, MemoryError):
        pass


# -- sources: calamine first, openpyxl (read-only) for what calamine cannot read ---------

class _CalamineSource:
    engine = "calamine"

    def __init__(self, path: str, extension_matches: bool) -> None:
        import python_calamine as pc

        self._pc = pc
        try:
            if extension_matches:
                self.wb = pc.CalamineWorkbook.from_path(path)
            else:  # misnamed file (an .ods called .xlsx): calamine sniffs bytes, not names
                self.wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(Path(path).read_bytes()))
        except pc.PasswordError:
            raise Failure("password") from None

    def sheets(self) -> list[tuple[str, bool]]:
        out = []
        for m in self.wb.sheets_metadata:
            if str(m.typ).endswith("WorkSheet"):
                out.append((m.name, str(m.visible).endswith("Visible")))
        return out

    def open(self, name: str, limits: dict):
        sheet = self.wb.get_sheet_by_name(name)
        end = sheet.end
        if end is None:
            return [], 0, 0, 0
        height, width = end[0] + 1, sheet.width
        _check_size(name, height, width, limits)
        return sheet.iter_rows(), height, width, sheet.start[1]


class _OpenpyxlSource:
    engine = "openpyxl"

    def __init__(self, path: str) -> None:
        from openpyxl import load_workbook

        from . import ensure_safe_xml

        ensure_safe_xml()

        # Bytes, not the path: openpyxl refuses names it does not know, and must not follow links.
        self.wb = load_workbook(io.BytesIO(Path(path).read_bytes()), read_only=True, data_only=True, keep_links=False)

    def sheets(self) -> list[tuple[str, bool]]:
        return [(ws.title, ws.sheet_state == "visible") for ws in self.wb.worksheets]

    def open(self, name: str, limits: dict):
        ws = self.wb[name]
        declared_rows, declared_cols = ws.max_row or 0, ws.max_column or 0
        max_col = min(declared_cols, limits["cols"] + 1) if declared_cols else limits["cols"] + 1
        it = ws.iter_rows(values_only=True, max_col=max_col, max_row=limits["rows"] + 1)
        # The declared size may be a lie (or absent); the real count is checked while streaming.
        return (list(r) for r in it), min(declared_rows, limits["rows"]) or 0, max_col, 0


def _check_size(name: str, height: int, width: int, limits: dict) -> None:
    if height > limits["rows"]:
        raise Failure("rows", (name, height))
    if width > limits["cols"]:
        raise Failure("cols", (name, width))
    if height * width > limits["cells"]:
        raise Failure("cells", (name, height * width))


def _open_source(request: dict):
    path, kind, ext_ok = request["path"], request["kind"], request["extension_matches"]
    try:
        return _CalamineSource(path, ext_ok)
    except Failure:
        raise
    except MemoryError:
        raise Failure("memory") from None
    except Exception as exc:  # noqa: BLE001
        first = f"{type(exc).__name__}: {str(exc)[:200]}"
        if isinstance(exc, ImportError) and ("map segment" in first or "memory" in first.lower()):
            raise Failure("memory") from None  # under the memory limit the parser itself could not be loaded
    if "Cell limit exceeded" in first:
        raise Failure("cells", ("", 0))
    if kind != "xlsx":
        raise Failure("format", first)
    try:
        return _OpenpyxlSource(path)
    except Exception as exc:  # noqa: BLE001
        text = f"{type(exc).__name__}: {str(exc)[:200]}"
        if "Entit" in text or "DTD" in text:
            raise Failure("entities", text) from None
        raise Failure("format", first) from None


def _read(conn, request: dict) -> None:
    src = _open_source(request)
    try:
        metas, best = _scan(src, request)
    except Failure as f:
        # calamine opened the workbook but could read none of its sheets: openpyxl may
        if src.engine != "calamine" or request["kind"] != "xlsx" or f.kind not in ("format", "no_sheets"):
            raise
        try:
            src = _OpenpyxlSource(request["path"])
            metas, best = _scan(src, request)
        except Exception:  # noqa: BLE001 - the first reader's reason is the one to show
            raise f from None
    _send(conn, ("sheets", metas, src.engine))
    name, head, rows_iter, height, width, col0 = best
    _send(conn, ("sheet", name, height, width, 0, col0))
    _stream(conn, name, itertools.chain(head, rows_iter), request["limits"])
    _send(conn, ("done",))


def _scan(src, request: dict):
    """Every sheet's size, preview and header score; the sheet to read (asked for, or the best list)."""
    limits = request["limits"]
    try:
        names = src.sheets()
    except Exception as exc:  # noqa: BLE001
        raise Failure("format", f"{type(exc).__name__}: {str(exc)[:200]}") from None
    if not names:
        raise Failure("no_sheets")
    wanted = request.get("sheet")
    if wanted is not None and wanted not in [n for n, _ in names]:
        raise Failure("no_such_sheet", (wanted, [n for n, _ in names]))
    from .headers import header_score

    metas, best, best_key, first_error = [], None, None, None
    for index, (name, visible) in enumerate(names):
        if wanted is not None and name != wanted:
            metas.append((name, visible, 0, 0, 0, []))
            continue
        try:
            rows_iter, height, width, col0 = src.open(name, limits)
        except Failure as f:
            if wanted is not None:
                raise
            first_error = first_error or f
            metas.append((name, visible, -1, -1, 0, []))
            continue
        except Exception as exc:  # noqa: BLE001 - one broken sheet must not hide the others
            failure = Failure("format", f"trang “{name}”: {type(exc).__name__}: {str(exc)[:200]}")
            if wanted is not None:
                raise failure from None
            first_error = first_error or failure
            metas.append((name, visible, -1, -1, 0, []))
            continue
        head = [list(r) for r in itertools.islice(rows_iter, PREVIEW_ROWS)]
        score = header_score(head)
        metas.append((name, visible, height, width, score, [r[:40] for r in head]))
        key = (score, visible, -index)
        if wanted is not None or best_key is None or key > best_key:
            best, best_key = (name, head, rows_iter, height, width, col0), key
    if best is None:
        raise first_error or Failure("no_sheets")
    return metas, best


def _stream(conn, name: str, rows, limits: dict) -> None:
    """Send the rows in chunks. Equal texts become one object (pickled once per chunk, stored
    once by the parent); only texts not seen before need their length checked."""
    max_chars, max_rows, max_cols = limits["cell_chars"], limits["rows"], limits["cols"]
    chunk: list = []
    count = 0
    same: dict[str, str] = {}
    keep = same.setdefault  # bound once: this runs for every cell
    checked = 0  # texts of `same` (in insertion order) already length-checked
    for row in rows:
        count += 1
        if count > max_rows:
            raise Failure("rows", (name, count))
        while row and (row[-1] is None or row[-1] == ""):
            row.pop()
        if len(row) > max_cols:
            raise Failure("cols", (name, len(row)))
        chunk.append([keep(v, v) if v.__class__ is str else v for v in row])
        if len(chunk) >= CHUNK:
            checked = _check_lengths(name, same, checked, chunk, count, max_chars)
            _send(conn, ("rows", chunk))
            chunk = []
            if len(same) > 200_000:
                same.clear()
                checked = 0
    if chunk:
        _check_lengths(name, same, checked, chunk, count, max_chars)
        _send(conn, ("rows", chunk))


def _check_lengths(name: str, same: dict, checked: int, chunk: list, count: int, max_chars: int) -> int:
    new = itertools.islice(same, checked, None)
    if max(map(len, new), default=0) > max_chars:
        first = count - len(chunk) + 1
        for i, row in enumerate(chunk):
            for j, v in enumerate(row):
                if v.__class__ is str and len(v) > max_chars:
                    raise Failure("cell", (name, first + i, j, len(v)))
    return len(same)
