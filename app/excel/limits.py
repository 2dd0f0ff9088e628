"""Every limit of the Excel importer, in one place, with the words shown to the user.

A personnel list of an office is a few thousand rows and 20-40 columns; the
limits leave a wide margin above that (100,000-row lists import well) and
stop files that could only be accidents or attacks.
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass

MiB = 1024 * 1024

# Excel's own grid: a declared size beyond it cannot come from a real workbook.
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLS = 16_384


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 64 * MiB  # the file on disk
    max_unpacked_bytes: int = 1024 * MiB  # sum of the declared sizes inside a zip (xlsx, ods)
    max_entries: int = 10_000  # files inside a zip
    max_ratio: int = 250  # uncompressed/compressed, for members over 1 MiB (zip bombs are 1000+)
    max_rows: int = 300_000  # rows of the sheet read
    max_cols: int = 256  # columns of the sheet read
    max_cells: int = 10_000_000  # rows x columns of the used range (the reader's grid is dense)
    max_cell_chars: int = 32_767  # Excel's own limit for one cell
    child_memory_bytes: int = 2048 * MiB  # address space of the reading process (POSIX)
    timeout_seconds: float = 300.0  # the reading process is stopped after this

    def describe(self) -> list[tuple[str, str]]:
        """(what, limit) pairs for the documentation and the GUI."""
        return [
            ("dung lượng tệp", f"{self.max_file_bytes // MiB} MB"),
            ("tổng dung lượng giải nén", f"{self.max_unpacked_bytes // MiB} MB"),
            ("số tệp thành phần trong gói", f"{self.max_entries:,}".replace(",", ".")),
            ("tỉ lệ nén của một thành phần", f"{self.max_ratio}:1"),
            ("số dòng của trang tính", f"{self.max_rows:,}".replace(",", ".")),
            ("số cột của trang tính", str(self.max_cols)),
            ("số ô của vùng dữ liệu", f"{self.max_cells:,}".replace(",", ".")),
            ("độ dài một ô", f"{self.max_cell_chars:,} ký tự".replace(",", ".")),
            ("bộ nhớ cho tiến trình đọc", f"{self.child_memory_bytes // MiB} MB"),
            ("thời gian đọc", f"{int(self.timeout_seconds)} giây"),
        ]


DEFAULT_LIMITS = Limits()


def number(n: int) -> str:
    """Vietnamese thousands separator: 300.000."""
    return f"{n:,}".replace(",", ".")


def size_text(n: int) -> str:
    if n >= MiB:
        return f"{n / MiB:.0f} MB" if n % MiB == 0 else f"{n / MiB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} byte"


@contextlib.contextmanager
def no_gc():
    """Bulk phases create hundreds of thousands of acyclic objects; the cyclic collector would
    rescan them all again and again (a third of the import's time). Reference counting still frees."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            _age_everything()
            gc.enable()


def _age_everything() -> None:
    """What a bulk phase made and still holds (every record of a preview) sits in the youngest
    generation, counted far past its threshold: the first allocation after gc.enable() would
    scan it all (0.25 s after a 100,000-row preview) and later collections again as it ages.
    freeze + unfreeze moves it straight to the oldest generation, unscanned: only full
    collections look at it, and they still free any cycle in it. Skipped if the process
    froze objects on purpose (unfreeze would release those)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
