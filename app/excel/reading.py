"""Reading a workbook safely: guard checks here, the parse in a child process
(worker.py) under a memory limit and a timeout, cells streamed back over a
pipe and loaded with a restricted unpickler. Cancel stops the child at once.
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
import multiprocessing
import pickle
import string
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import READER_PROCESS
from .errors import Cancelled, ExcelError
from .guard import Checked, check_file
from .limits import DEFAULT_LIMITS, Limits, no_gc, number, size_text

log = logging.getLogger("hoso.excel")

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class ReadOptions:
    sheet: str | None = None  # None: the sheet that looks most like a personnel list
    limits: Limits = DEFAULT_LIMITS


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool
    rows: int  # -1: could not be read
    cols: int
    score: int  # how much it looks like a personnel list
    preview: list[list] = field(default_factory=list, repr=False)


@dataclass
class Table:
    """The cells of one sheet, as read. rows[i][j] is sheet row row0+i+1, column col0+j+1."""

    path: Path
    kind: str
    engine: str
    sheets: list[SheetInfo]
    sheet: str
    rows: list[list]
    row0: int = 0
    col0: int = 0

    @property
    def file_name(self) -> str:
        return self.path.name

    def row_number(self, i: int) -> int:
        return self.row0 + i + 1

    def column_letter(self, j: int) -> str:
        return column_letter(self.col0 + j + 1)


def column_letter(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = string.ascii_uppercase[r] + out
    return out


class _Unpickler(pickle.Unpickler):
    """Only plain values and datetime objects may come out of the child."""

    _ALLOWED = {"date", "datetime", "time", "timedelta", "timezone"}

    def find_class(self, module: str, name: str):
        if module == "datetime" and name in self._ALLOWED:
            return getattr(_dt, name)
        raise pickle.UnpicklingError(f"forbidden type {module}.{name}")


def _loads(data: bytes) -> tuple:
    return _Unpickler(io.BytesIO(data)).load()


def _error(kind: str, detail: object, name: str, limits: Limits) -> ExcelError:
    if kind == "password":
        return ExcelError("tệp được bảo vệ bằng mật khẩu; hãy mở bằng Excel/LibreOffice, bỏ mật khẩu rồi lưu lại", file=name)
    if kind == "rows":
        sheet, n = detail
        return ExcelError(f"trang “{sheet}” có hơn {number(limits.max_rows)} dòng ({number(n)})", file=name,
                          limit=f"{number(limits.max_rows)} dòng")
    if kind == "cols":
        sheet, n = detail
        return ExcelError(f"trang “{sheet}” có {number(n)} cột", file=name, limit=f"{limits.max_cols} cột")
    if kind == "cells":
        sheet, n = detail
        where = f"trang “{sheet}” có vùng dữ liệu {number(n)} ô" if sheet else "bảng tính khai báo số ô quá lớn"
        return ExcelError(where, file=name, limit=f"{number(limits.max_cells)} ô")
    if kind == "cell":
        sheet, row, col, length = detail
        return ExcelError(f"ô ở trang “{sheet}”, dòng {row}, cột {col + 1} dài {number(length)} ký tự", file=name,
                          limit=f"{number(limits.max_cell_chars)} ký tự một ô")
    if kind == "memory":
        return ExcelError("đọc tệp cần quá nhiều bộ nhớ (tệp hỏng hoặc cố ý gây hại)", file=name,
                          limit=size_text(limits.child_memory_bytes))
    if kind == "entities":
        return ExcelError("tệp chứa khai báo thực thể XML (DOCTYPE/ENTITY) — bị từ chối vì lý do an toàn", file=name)
    if kind == "no_sheets":
        return ExcelError("không có trang tính nào đọc được", file=name)
    if kind == "no_such_sheet":
        wanted, names = detail
        return ExcelError(f"không có trang “{wanted}” (các trang: {', '.join(names)})", file=name)
    if kind == "format":
        return ExcelError(f"tệp hỏng hoặc không đúng định dạng ({_plain(detail)})", file=name)
    return ExcelError(f"trình đọc gặp lỗi ({_plain(detail)})", file=name)


def _plain(detail: object) -> str:
    text = str(detail)
    if "Entit" in text or "entity" in text or "DOCTYPE" in text:
        return "có khai báo thực thể XML, bị từ chối vì lý do an toàn"
    if "XmlError" in text or "ParseError" in text or "not well-formed" in text:
        return f"XML không hợp lệ: {text}"
    return text


def read_workbook(path: Path, options: ReadOptions = ReadOptions(), progress: Progress | None = None,
                  cancel: CancelCheck | None = None, on_rows: Callable[[Table], None] | None = None) -> Table:
    """`on_rows(table)`: called each time more rows have arrived, with the table read so far
    (the same object, its rows growing), so that work on them can go on while the reading
    process sends the rest. If it raises, it is not called again and reading goes on."""
    limits = options.limits
    checked = check_file(Path(path), limits)
    if progress:
        progress(0, 0, "Đang đọc tệp")
    with no_gc():
        return _read_in_child(checked, options, progress, cancel, on_rows)


def _request(checked: Checked, options: ReadOptions) -> dict:
    lim = options.limits
    return {
        "path": str(checked.path), "kind": checked.kind.value, "extension_matches": checked.extension_matches,
        "sheet": options.sheet, "memory": lim.child_memory_bytes,
        "limits": {"rows": lim.max_rows, "cols": lim.max_cols, "cells": lim.max_cells, "cell_chars": lim.max_cell_chars},
    }


def _read_in_child(checked: Checked, options: ReadOptions, progress: Progress | None, cancel: CancelCheck | None,
                   on_rows: Callable[[Table], None] | None = None) -> Table:
    from . import worker

    name, limits = checked.path.name, options.limits
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=worker.run, args=(sender, _request(checked, options)), daemon=True, name=READER_PROCESS)
    proc.start()
    sender.close()  # only the child writes; EOF here means the child is gone
    deadline = time.monotonic() + limits.timeout_seconds
    total = 0
    rows: list[list] = []
    table = Table(checked.path, checked.kind.value, "", [], "", rows)
    try:
        while True:
            if cancel is not None and cancel():
                raise Cancelled()
            if time.monotonic() > deadline:
                raise ExcelError("đọc tệp quá lâu (tệp hỏng hoặc cố ý gây hại)", file=name,
                                 limit=f"{int(limits.timeout_seconds)} giây")
            if not receiver.poll(0.05):
                if not proc.is_alive() and not receiver.poll(0):
                    raise _died(proc, name, limits)
                continue
            try:
                frame = _loads(receiver.recv_bytes())
            except EOFError:
                raise _died(proc, name, limits) from None
            except pickle.UnpicklingError as exc:
                raise ExcelError(f"tiến trình đọc trả về dữ liệu không hợp lệ ({exc})", file=name) from None
            kind = frame[0]
            if kind == "rows":
                rows.extend(frame[1])
                if progress:
                    progress(len(rows), max(total, len(rows)), "Đang đọc tệp")
                if on_rows is not None:
                    try:
                        on_rows(table)
                    except Exception as exc:  # noqa: BLE001 - early work is optional; the reading is not
                        log.debug("work on the rows read so far stopped (%s)", type(exc).__name__)
                        on_rows = None
            elif kind == "sheets":
                table.sheets = [SheetInfo(n, v, h, w, s, p) for n, v, h, w, s, p in frame[1]]
                table.engine = frame[2]
            elif kind == "sheet":
                table.sheet, total, table.col0 = frame[1], frame[2], frame[5]
            elif kind == "done":
                break
            elif kind == "error":
                raise _error(frame[1], frame[2], name, limits)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        receiver.close()
    return table


def _died(proc, name: str, limits: Limits) -> ExcelError:
    proc.join(5)
    code = proc.exitcode
    return ExcelError(f"trình đọc dừng đột ngột (mã {code}); tệp hỏng, cố ý gây hại hoặc cần quá nhiều bộ nhớ",
                      file=name, limit=f"{size_text(limits.child_memory_bytes)} bộ nhớ")
