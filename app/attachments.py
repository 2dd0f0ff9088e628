"""Attachment services: add a scan to a dossier, list, read, export, remove.

Bytes live only encrypted: each in its own AES-256-GCM file beside the
database, under a key held in the database (app/store/attachments.py).
Adding streams the file in 1 MiB chunks with progress and Cancel; exporting asks the caller to have
confirmed, writes atomically, and is entered in the copying register.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable

from .domain.secrecy import SecrecyLevel
from .errors import HosoError, InvalidInput
from .fsutil import atomic_write
from .pdfpages import RenderedPage, render_page
from .permissions import Permission
from .store import attachments as store
from .store import copies
from .store import persons as person_store
from .store.attachments import Attachment, Cancelled

MAX_BYTES = 512 * 1024 * 1024
KINDS = ("pdf", "jpeg", "png", "tiff", "docx")


def detect_kind(path: Path) -> str:
    """The file's real type from its first bytes; the extension is not trusted."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
    raise InvalidInput(detail=f"{path.name}: chỉ nhận PDF, JPEG, PNG, TIFF hoặc DOCX")


def add_attachment(session, person_id: int, path: Path, *, title: str = "", secrecy: SecrecyLevel | None = None,
                   progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None) -> Attachment:
    """Store a file in the vault and link it to the dossier (one transaction)."""
    session.require(Permission.EDIT_DOSSIERS)
    path = Path(path)
    person = person_store.get(session.vault.conn, person_id)
    if person is None:
        raise HosoError("person_not_found", id=person_id)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(detail=f"{path.name}: tệp lớn hơn {MAX_BYTES // (1024 * 1024)} MB")
        kind = detect_kind(path)
        level = secrecy if secrecy is not None else person.secrecy
        with open(path, "rb") as fh, session.vault.transaction() as conn:
            blob_id, new = store.store_blob(conn, fh, size, progress, cancel)
            aid = store.link(conn, person_id, blob_id, path.name, kind, title, level, session.user.username)
            session.vault.audit(session.user.username, "attachment_added", "person", person_id,
                                f"Đính kèm tệp {kind} số {aid}{'' if new else ' (trùng nội dung đã có)'}")
    except Cancelled:
        raise HosoError("cancelled") from None
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{path.name}: {exc.strerror or exc}") from exc
    return store.get(session.vault.conn, aid)


def list_attachments(session, person_id: int) -> list[Attachment]:
    session.require(Permission.VIEW_DOSSIERS)
    return store.list_for(session.vault.conn, person_id)


def _get(session, attachment_id: int) -> Attachment:
    a = store.get(session.vault.conn, attachment_id)
    if a is None:
        raise HosoError("attachment_not_found", id=attachment_id)
    return a


def read_bytes(session, attachment_id: int) -> bytes:
    """For the in-app viewer: the bytes stay in memory, never in a temp file."""
    session.require(Permission.VIEW_DOSSIERS)
    a = _get(session, attachment_id)
    with session.change(Permission.VIEW_DOSSIERS, "attachment_viewed", "attachment", attachment_id, "Xem tệp đính kèm"):
        pass
    return b"".join(store.read_blob(session.vault.conn, a.blob_id))


def render_pdf_page(session, attachment_id: int, page_index: int = 0, scale: float = 1.5) -> RenderedPage:
    a = _get(session, attachment_id)
    if a.kind != "pdf":
        raise InvalidInput(detail="tệp này không phải PDF")
    return render_page(read_bytes(session, attachment_id), page_index, scale, a.filename)


def export_attachment(session, attachment_id: int, dest: Path, *, confirmed: bool, reason: str = "") -> Path:
    """Write the attachment out of the vault: a copy, entered in the register.

    `confirmed` is the user's answer to "this copy leaves the vault in clear";
    without it nothing is written.
    """
    session.require(Permission.VIEW_DOSSIERS)
    if not confirmed:
        raise HosoError("confirmation_required")
    a = _get(session, attachment_id)
    dest = Path(dest)
    data = b"".join(store.read_blob(session.vault.conn, a.blob_id))
    try:
        with session.vault.transaction() as conn:
            entry = copies.register(conn, session.user.username, "attachment_export", "attachment", a.id, a.secrecy,
                                    destination=str(dest), reason=reason)
            session.vault.audit(session.user.username, "attachment_exported", "attachment", a.id,
                                f"Xuất bản sao, sổ sao chụp số {entry.number}/{entry.year}")
            atomic_write(dest, data, mode=0o600)  # inside: a failed write undoes the register entry
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{dest}: {exc.strerror or exc}") from exc
    return dest


def remove_attachment(session, attachment_id: int) -> None:
    """Hide from the dossier; the bytes and the record stay (nothing erased without trace)."""
    a = _get(session, attachment_id)
    with session.change(Permission.EDIT_DOSSIERS, "attachment_removed", "person", a.person_id, f"Gỡ tệp đính kèm số {a.id}") as conn:
        store.remove(conn, attachment_id, session.user.username)


