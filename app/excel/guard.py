"""Checks made before any parser sees the file: size, real type, zip bombs,
encryption, impossible declared dimensions. Cheap, and done in the parent,
so the commonest bad files are refused without starting the reading process.
"""

from __future__ import annotations

import enum
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ExcelError
from .limits import DEFAULT_LIMITS, EXCEL_MAX_COLS, EXCEL_MAX_ROWS, MiB, Limits, number, size_text

_ZIP = b"PK\x03\x04"
_ZIP_EMPTY = b"PK\x05\x06"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # stream of a password-protected OOXML (CFB)
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,4})?(\d+)?(?::([A-Z]{1,4})(\d+))?"')
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


class Kind(str, enum.Enum):
    XLSX = "xlsx"  # also .xlsm
    XLSB = "xlsb"
    XLS = "xls"
    ODS = "ods"


# What calamine expects from the file name; when they differ the reader is given the bytes.
EXTENSIONS = {Kind.XLSX: (".xlsx", ".xlsm"), Kind.XLSB: (".xlsb",), Kind.XLS: (".xls",), Kind.ODS: (".ods",)}


@dataclass(frozen=True)
class Checked:
    path: Path
    kind: Kind
    size: int

    @property
    def extension_matches(self) -> bool:
        return self.path.suffix.lower() in EXTENSIONS[self.kind]


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> Checked:
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ExcelError("không phải là một tệp", file=name)
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ExcelError(f"không mở được ({exc.strerror or exc})", file=name) from None
    if size == 0:
        raise ExcelError("tệp rỗng (0 byte)", file=name)
    if size > limits.max_file_bytes:
        raise ExcelError(f"tệp quá lớn ({size_text(size)})", file=name, limit=size_text(limits.max_file_bytes))
    if head.startswith(_OLE):
        return Checked(path, _check_ole(path, name), size)
    if head.startswith(_ZIP):
        return Checked(path, _check_zip(path, name, limits), size)
    if head.startswith(_ZIP_EMPTY):
        raise ExcelError("gói zip rỗng, không có trang tính nào", file=name)
    if head.startswith(b"\x1f\x8b"):
        raise ExcelError("đây là tệp nén gzip (ví dụ Gnumeric), không phải bảng tính Excel/ODS", file=name)
    if len(head) < 8:
        raise ExcelError(f"tệp quá ngắn ({size} byte), có thể bị cắt cụt", file=name)
    raise ExcelError("không phải bảng tính Excel (.xlsx, .xls) hay OpenDocument (.ods); "
                     "tệp CSV hoặc văn bản hãy mở bằng Excel rồi lưu lại dạng .xlsx", file=name)


def _check_ole(path: Path, name: str) -> Kind:
    """An OLE (CFB) container is a BIFF .xls, or an OOXML file encrypted with a password."""
    with open(path, "rb") as fh:
        data = fh.read()
    if _ENCRYPTED_PACKAGE in data:
        raise ExcelError("tệp được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại", file=name)
    if len(data) < 1536:  # header sector + at least one FAT and one directory sector
        raise ExcelError("tệp .xls bị cắt cụt hoặc hỏng", file=name)
    return Kind.XLS


def _check_zip(path: Path, name: str, limits: Limits) -> Kind:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ExcelError("gói zip hỏng hoặc bị cắt cụt (tệp chưa tải/chép xong?)", file=name) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise ExcelError(f"gói có {number(len(infos))} thành phần", file=name, limit=number(limits.max_entries))
        total = 0
        for info in infos:
            total += info.file_size
            if info.flag_bits & 0x1:
                raise ExcelError("tệp được bảo vệ bằng mật khẩu (thành phần zip bị mã hóa)", file=name)
            if info.file_size > MiB and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise ExcelError(f"thành phần {info.filename!r} nén với tỉ lệ bất thường "
                                 f"({info.file_size // max(info.compress_size, 1)}:1) — có thể là “bom nén”",
                                 file=name, limit=f"{limits.max_ratio}:1")
        if total > limits.max_unpacked_bytes:
            raise ExcelError(f"nội dung giải nén quá lớn ({size_text(total)})", file=name,
                             limit=size_text(limits.max_unpacked_bytes))
        names = {i.filename.replace("\\", "/").lower(): i for i in infos}
        if "mimetype" in names or "content.xml" in names:
            return _check_ods(zf, names, name)
        if "[content_types].xml" not in names:
            raise ExcelError("gói zip không phải bảng tính (không có [Content_Types].xml hay mimetype của ODS)", file=name)
        if any(n.endswith(".bin") and n.startswith("xl/worksheets/") for n in names):
            return Kind.XLSB
        for n, info in names.items():
            if n.startswith("xl/worksheets/") and n.endswith(".xml"):
                _check_dimension(zf, info, name)
        return Kind.XLSX


def _check_ods(zf: zipfile.ZipFile, names: dict, name: str) -> Kind:
    mime = names.get("mimetype")
    if mime is not None and mime.file_size < 200 and _ODS_MIME not in zf.read(mime):
        raise ExcelError("tệp OpenDocument nhưng không phải bảng tính (.ods)", file=name)
    manifest = names.get("meta-inf/manifest.xml")
    if manifest is not None and manifest.file_size < 4 * MiB and b"encryption-data" in zf.read(manifest):
        raise ExcelError("tệp được bảo vệ bằng mật khẩu; hãy mở bằng LibreOffice, bỏ mật khẩu rồi lưu lại", file=name)
    return Kind.ODS


def _check_dimension(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """The <dimension> near the top of a sheet: beyond Excel's grid it is a forgery."""
    try:
        with zf.open(info) as fh:
            head = fh.read(64 * 1024)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise ExcelError(f"thành phần {info.filename!r} hỏng ({exc})", file=name) from None
    m = _DIMENSION.search(head)
    if not m:
        return
    rows = max(int(m.group(2) or 0), int(m.group(4) or 0))
    cols = max(_col_number(m.group(1) or b"A"), _col_number(m.group(3) or b"A"))
    if rows > EXCEL_MAX_ROWS or cols > EXCEL_MAX_COLS:
        raise ExcelError(f"trang tính khai báo kích thước bất thường ({number(rows)} dòng × {number(cols)} cột)",
                         file=name, limit=f"{number(EXCEL_MAX_ROWS)} dòng × {number(EXCEL_MAX_COLS)} cột")
