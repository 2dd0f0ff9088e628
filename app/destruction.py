"""Destruction of secret items: proposal → decision → execution, and its record.

A proposal lists the items (dossiers, attachments, cases, printed copies of
forms, exported copies, carriers, paper documents by number), the council
members and the method. A leader (or the administrator) records the
decision. Execution removes the items' data from the vault in one
transaction, writes one destruction-register entry per item, marks carriers
destroyed, unlinks the attachment files whose rows (holding their only keys)
went, then compacts the database (VACUUM, WAL truncated) so that the freed
pages do not keep the data — nor the keys, which makes any remnant of a file
on the disk unreadable (crypto-shredding). Register entries, secrecy decisions and
the audit trail stay. The record (biên bản tiêu hủy) is printed for every
council member to sign.
"""

from __future__ import annotations

import datetime as _dt
import enum
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .domain.secrecy import SecrecyLevel
from .errors import HosoError, InvalidInput
from .permissions import Permission
from .store import attachments as attachment_store
from .store import carriers as carrier_store
from .store import cases as case_store
from .store import destruction as store
from .store import persons as person_store
from .store import registers
from .store.destruction import ItemRow, ProcedureRow, Removed
from .vault import blob_upkeep
from .vault.blobfiles import BlobStore

log = logging.getLogger("hoso.destruction")
REGISTER = "destruction"
FORM = "destruction_record"
MIN_MEMBERS = 2
ProgressFn = Callable[[int, int, str], None]


class ItemKind(str, enum.Enum):
    PERSON = "person"
    ATTACHMENT = "attachment"
    CASE = "case"
    FORM_COPY = "form_copy"  # one printed copy of an issued form: document id + copy number
    COPY = "copy"  # an exported copy (copying-register entry): Excel list, attachment file
    CARRIER = "carrier"
    PAPER = "paper"  # a paper document known only by its number

    @property
    def label_vi(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {ItemKind.PERSON: "Hồ sơ", ItemKind.ATTACHMENT: "Tệp đính kèm", ItemKind.CASE: "Vụ việc",
               ItemKind.FORM_COPY: "Bản in văn bản", ItemKind.COPY: "Bản sao", ItemKind.CARRIER: "Vật mang tin",
               ItemKind.PAPER: "Tài liệu giấy"}
STATE_LABELS = {"proposed": "Đề xuất", "decided": "Đã quyết định", "executed": "Đã tiêu hủy", "cancelled": "Đã hủy bỏ"}


@dataclass(frozen=True)
class ItemSpec:
    """One item as proposed: the object, or for paper the number, copy and abstract given."""

    kind: ItemKind
    object_id: str = ""
    copy_number: str = ""
    number_symbol: str = ""
    abstract: str = ""
    secrecy: SecrecyLevel | None = None


@dataclass(frozen=True)
class Member:
    name: str
    post: str = ""


@dataclass(frozen=True)
class ExecuteResult:
    procedure: ProcedureRow
    removed: Removed
    bytes_before: int
    bytes_after: int
    register_numbers: list[str]


def procedure_no(p: ProcedureRow) -> str:
    return f"{p.id}/{_dt.date.fromtimestamp(p.proposed_at).year}"


def _iso(d: _dt.date | str | None) -> str:
    if d is None or d == "":
        return ""
    return d.isoformat() if isinstance(d, _dt.date) else _dt.date.fromisoformat(str(d)).isoformat()


# -- proposal ------------------------------------------------------------------------------------------------------

def _resolve(conn, spec: ItemSpec) -> tuple[str, str, str, str, SecrecyLevel]:
    """(object id, number & symbol, copy number, abstract, level) of an item, checked against the vault."""
    from .forms import store as form_store

    kind, oid = ItemKind(spec.kind), str(spec.object_id).strip()

    def _int() -> int:
        try:
            return int(oid)
        except ValueError:
            raise InvalidInput(detail=f"{kind.label_vi}: số '{oid}' không hợp lệ") from None

    if kind is ItemKind.PERSON:
        p = person_store.get(conn, _int())
        if p is None or person_store.merged_into(conn, p.id):
            raise HosoError("person_not_found", id=oid)
        birth = p.birth_date.display() if p.birth_date else "chưa rõ"
        return oid, f"Hồ sơ số {p.id}", "", spec.abstract or f"Hồ sơ của {p.full_name}, sinh {birth}", p.secrecy
    if kind is ItemKind.ATTACHMENT:
        a = attachment_store.get(conn, _int())
        if a is None:
            raise HosoError("attachment_not_found", id=oid)
        return oid, f"Tệp đính kèm số {a.id}", "", spec.abstract or f"{a.title or a.filename} (hồ sơ số {a.person_id})", a.secrecy
    if kind is ItemKind.CASE:
        c = case_store.get_case(conn, _int())
        if c is None:
            raise HosoError("case_not_found", id=oid)
        return oid, f"Vụ việc số {c.id}", "", spec.abstract or f"Vụ việc thẩm tra số {c.id} (hồ sơ số {c.person_id})", c.secrecy
    if kind is ItemKind.FORM_COPY:
        doc = form_store.get(conn, _int())
        if doc is None:
            raise HosoError("form_document_not_found", id=oid)
        copy = str(spec.copy_number).strip()
        if not copy.isdigit() or not 1 <= int(copy) <= doc.copies:
            raise InvalidInput(detail=f"văn bản {doc.symbol or doc.id} chỉ có bản số 1–{doc.copies}")
        return oid, doc.symbol or f"{doc.form} số {doc.id}", copy, spec.abstract or f"Bản in {doc.form} ({doc.object_kind} {doc.object_id})", doc.secrecy
    if kind is ItemKind.COPY:
        row = store.copy_entry(conn, _int())
        if row is None:
            raise HosoError("copy_entry_not_found", id=oid)
        number, year, what, okind, obj, level, copies = row
        return oid, f"Sổ sao chụp số {number}/{year}", str(copies), spec.abstract or f"{what}: {okind} {obj}", SecrecyLevel(level)
    if kind is ItemKind.CARRIER:
        c = carrier_store.by_label(conn, oid)
        if c is None:
            raise HosoError("carrier_unknown", label=oid)
        if c.destroyed:
            raise HosoError("carrier_destroyed", label=c.label)
        if carrier_store.open_use(conn, c.id) is not None:
            raise HosoError("carrier_out", label=c.label, user=carrier_store.open_use(conn, c.id).taken_by)
        return str(c.id), c.label, "", spec.abstract or f"Vật mang tin {c.label}" + (f", số seri {c.serial}" if c.serial else ""), c.secrecy
    # paper: what the clerk typed
    if not spec.number_symbol.strip() or not spec.abstract.strip():
        raise InvalidInput(detail="tài liệu giấy cần số, ký hiệu và trích yếu")
    return "", spec.number_symbol.strip(), str(spec.copy_number).strip(), spec.abstract.strip(), spec.secrecy or SecrecyLevel.MAT


def propose(session, items: list[ItemSpec], council: list[Member], method: str, reason: str = "") -> ProcedureRow:
    session.require(Permission.KEEP_REGISTERS)
    method, reason = (method or "").strip(), (reason or "").strip()
    members = [Member(m.name.strip(), m.post.strip()) for m in council if m.name.strip()]
    if not items:
        raise InvalidInput(detail="chưa có mục nào để tiêu hủy")
    if len(members) < MIN_MEMBERS:
        raise InvalidInput(detail=f"hội đồng tiêu hủy cần ít nhất {MIN_MEMBERS} thành viên")
    if not method:
        raise InvalidInput(detail="chưa ghi hình thức tiêu hủy")
    conn = session.vault.conn
    resolved, seen = [], set()
    for spec in items:
        r = _resolve(conn, spec)
        key = (ItemKind(spec.kind).value, r[0], r[2]) if ItemKind(spec.kind) is not ItemKind.PAPER else None
        if key is not None and key in seen:
            raise InvalidInput(detail=f"{ItemKind(spec.kind).label_vi} {r[1]} có hai lần trong danh sách")
        seen.add(key)
        resolved.append((ItemKind(spec.kind).value, *r))
    council_json = [{"name": m.name, "post": m.post} for m in members]
    with session.vault.transaction() as c:  # the audit entry names the new procedure, so it is written here
        did = store.insert(c, reason, method, council_json, time.time(), session.user.username)
        for pos, (kind, oid, number, copy, abstract, level) in enumerate(resolved, 1):
            store.insert_item(c, did, pos, kind, oid, number, copy, abstract, level)
        session.vault.audit(session.user.username, "destruction_proposed", "destruction", did,
                            f"Đề xuất tiêu hủy {len(resolved)} mục; hội đồng {len(members)} người")
    return store.get(session.vault.conn, did)


def get(session, destruction_id: int) -> ProcedureRow:
    session.require(Permission.VIEW_DOSSIERS)
    p = store.get(session.vault.conn, destruction_id)
    if p is None:
        raise HosoError("destruction_not_found", id=destruction_id)
    return p


def list_procedures(session, limit: int = 500) -> list[ProcedureRow]:
    session.require(Permission.VIEW_DOSSIERS)
    return store.procedures(session.vault.conn, limit)


def decide(session, destruction_id: int, decision_no: str, decision_date: _dt.date, authority: str) -> ProcedureRow:
    """The written decision that allows the destruction (a leader's or the administrator's act)."""
    session.require(Permission.DECIDE_DESTRUCTION)
    p = get(session, destruction_id)
    if p.state != "proposed":
        raise HosoError("destruction_bad_state", id=destruction_id, state=STATE_LABELS[p.state], action="quyết định")
    decision_no, authority = (decision_no or "").strip(), (authority or "").strip()
    if not decision_no or not authority or decision_date is None:
        raise InvalidInput(detail="cần số, ngày quyết định và người, cơ quan quyết định")
    if decision_date > _dt.date.today():
        raise InvalidInput(detail="ngày quyết định không thể sau hôm nay")
    with session.change(Permission.DECIDE_DESTRUCTION, "destruction_decided", "destruction", destruction_id,
                        f"Quyết định tiêu hủy số {decision_no} ({authority})") as c:
        store.decide(c, destruction_id, decision_no, _iso(decision_date), authority, time.time(), session.user.username)
    return store.get(session.vault.conn, destruction_id)


def cancel(session, destruction_id: int, reason: str) -> ProcedureRow:
    p = get(session, destruction_id)
    permission = Permission.KEEP_REGISTERS if p.state == "proposed" else Permission.DECIDE_DESTRUCTION
    session.require(permission)
    if p.state not in ("proposed", "decided"):
        raise HosoError("destruction_bad_state", id=destruction_id, state=STATE_LABELS[p.state], action="hủy bỏ")
    if not (reason or "").strip():
        raise InvalidInput(detail="cần ghi lý do hủy bỏ đề xuất")
    with session.change(permission, "destruction_cancelled", "destruction", destruction_id, f"Hủy bỏ đề xuất tiêu hủy: {reason.strip()}") as c:
        store.cancel(c, destruction_id, time.time(), session.user.username, reason.strip())
    return store.get(session.vault.conn, destruction_id)


# -- execution -----------------------------------------------------------------------------------------------------

def _vault_bytes(session) -> int:
    db = Path(session.vault.db_path)
    files = [db, db.with_name(db.name + "-wal"), *BlobStore.of(session.vault.conn).files()]
    return sum(p.stat().st_size for p in files if p.exists())


def _destroy(conn, p: ProcedureRow, item: ItemRow, now: float) -> Removed:
    kind = ItemKind(item.kind)
    if kind is ItemKind.PERSON:
        return store.delete_person(conn, int(item.object_id))
    if kind is ItemKind.ATTACHMENT:
        return store.delete_attachment(conn, int(item.object_id))
    if kind is ItemKind.CASE:
        return store.delete_case(conn, int(item.object_id))
    if kind is ItemKind.CARRIER:
        c = carrier_store.get(conn, int(item.object_id))
        if c is not None and carrier_store.open_use(conn, c.id) is not None:
            raise HosoError("carrier_out", label=c.label, user=carrier_store.open_use(conn, c.id).taken_by)
        carrier_store.mark_destroyed(conn, int(item.object_id), now, p.id)
    return Removed()  # printed and exported copies, paper: only the record (the paper is destroyed by hand)


def compact(session, progress: ProgressFn | None = None) -> None:
    """Rewrite the database without its free pages and empty the WAL, so that
    nothing deleted lingers in the file (the pages are encrypted anyway)."""
    conn = session.vault.conn
    if progress:
        progress(0, 1, "Đang dọn sạch kho dữ liệu")
    try:
        with session.vault.lock:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as exc:  # noqa: BLE001 - the deletion is committed; say that the compaction must be retried
        log.error("compaction after a destruction failed", exc_info=exc)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "kho đang bận hoặc thiếu chỗ trên đĩa"
        raise HosoError("destruction_compact_failed", detail=reason) from exc
    if progress:
        progress(1, 1, "Đã dọn sạch kho dữ liệu")


def execute(session, destruction_id: int, *, confirmed: bool, progress: ProgressFn | None = None) -> ExecuteResult:
    """Carry out a decided destruction. `confirmed` is the user's answer to
    "this cannot be undone"; without it nothing changes. On an executed
    procedure only the compaction runs again (after an interrupted one)."""
    session.require(Permission.KEEP_REGISTERS)
    if not confirmed:
        raise HosoError("confirmation_required")
    p = get(session, destruction_id)
    before = _vault_bytes(session)
    if p.state == "executed":
        blob_upkeep.sweep_orphans(session.vault)  # files an interrupted run could not unlink (their keys are gone)
        compact(session, progress)
        return ExecuteResult(p, Removed(), before, _vault_bytes(session), [])
    if p.state != "decided":
        raise HosoError("destruction_bad_state", id=destruction_id, state=STATE_LABELS[p.state], action="tiêu hủy")
    conn = session.vault.conn
    user = session.user.username
    council = ", ".join(f"{m['name']} ({m['post']})" if m.get("post") else m["name"] for m in p.council)
    removed, numbers = Removed(), []
    total = len(p.items)
    with session.vault.lock:
        secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")  # deleted content is overwritten in the pages it leaves
        try:
            with session.change(Permission.KEEP_REGISTERS, "destruction_executed", "destruction", destruction_id,
                                f"Tiêu hủy {total} mục theo quyết định số {p.decision_no}, biên bản số {procedure_no(p)}") as c:
                now = time.time()
                blobs = BlobStore.of(c)
                blobs.unsettle()  # files are unlinked after the commit: a crash in between leaves them to the sweep
                for i, item in enumerate(p.items):
                    if progress:
                        progress(i, total + 1, f"Đang tiêu hủy {item.number_symbol}")
                    try:
                        removed.add(_destroy(c, p, item, now))
                    except HosoError:
                        raise
                    except Exception as exc:  # a row of another area still points at it: nothing is changed
                        log.error("destroying %s failed", item.kind, exc_info=exc)
                        raise HosoError("destruction_blocked", item=item.number_symbol,
                                        detail="dữ liệu khác trong kho còn liên kết tới mục này") from exc
                    entry = registers.add(c, REGISTER, user, item.secrecy, {
                        "procedure_no": procedure_no(p), "number_symbol": item.number_symbol, "copy_number": item.copy_number,
                        "abstract": item.abstract, "method": p.method, "decision_no": p.decision_no,
                        "decision_date": p.decision_date or "", "council": council, "notes": ItemKind(item.kind).label_vi,
                    }, item.kind, item.object_id)
                    store.set_item_register(c, item.id, entry.id)
                    numbers.append(f"{entry.number}/{entry.year}")
                    session.vault.audit(user, "item_destroyed", item.kind, item.object_id,
                                        f"Tiêu hủy {item.number_symbol} theo biên bản số {procedure_no(p)}; sổ tiêu hủy số {entry.number}/{entry.year}")
                if removed.persons:
                    store.purge_search_index(c)
                store.mark_executed(c, destruction_id, now, user)
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(secure)}")
        # Committed: the keys are gone with their rows; now the files. Under the write lock, so that clearing the
        # mark cannot hide another writer's; a file that will not go stays marked for the sweep at the next opening.
        with session.vault.transaction():
            if blobs.remove(removed.files):
                blobs.settle()
        compact(session, progress)
    return ExecuteResult(store.get(conn, destruction_id), removed, before, _vault_bytes(session), numbers)


# -- the record ------------------------------------------------------------------------------------------------------

def record_draft(session, destruction_id: int):
    """The destruction record (biên bản tiêu hủy) as a form draft, once the destruction is decided."""
    from .forms import sources, words
    from .forms import templates as T
    from .forms.drafts import Draft

    session.require(Permission.PRINT_FORMS)
    p = get(session, destruction_id)
    if p.state not in ("decided", "executed"):
        raise HosoError("destruction_bad_state", id=destruction_id, state=STATE_LABELS[p.state], action="in biên bản")
    conn = session.vault.conn
    lay, t = T.layout(conn), T.form(FORM, conn)
    executed = _dt.date.fromtimestamp(p.executed_at) if p.executed_at else None
    fields = {**sources.unit_fields(conn, lay), "procedure_no": procedure_no(p), "reason": p.reason or "hết giá trị sử dụng",
              "method": p.method, "decision_no": p.decision_no, "decision_date": words.short_date(p.decision_date),
              "authority": p.authority, "items_count": str(len(p.items)), "members_count": str(len(p.council)),
              "executed_on": words.long_date(executed) if executed else "ngày …… tháng …… năm ……",
              "proposed_by": sources.full_name(conn, p.proposed_by)}
    items = [{"position": str(i.position), "number_symbol": i.number_symbol, "copy_number": i.copy_number or "—",
              "abstract": i.abstract or "(không ghi trích yếu)", "kind": ItemKind(i.kind).label_vi,
              "secrecy": _level_label(i.secrecy)} for i in p.items]
    members = [{"name": m["name"], "post": m.get("post", "")} for m in p.council]
    level = max([SecrecyLevel.MAT, *[i.secrecy for i in p.items]])
    return Draft(FORM, "destruction", str(p.id), f"Biên bản tiêu hủy số {procedure_no(p)}", t, fields, level,
                 {"items": items, "members": members})


def _level_label(level: SecrecyLevel) -> str:
    from .domain.secrecy import level_styles

    return level_styles()[level].label_vi


def print_record(session, destruction_id: int, out: Path | None, copies: int = 1, reason: str = ""):
    """Print (or save as PDF) the record: numbered and registered like every printed form."""
    from .forms.service import PrintJob, print_draft

    return print_draft(session, record_draft(session, destruction_id), PrintJob(copies=copies, reason=reason), out)
