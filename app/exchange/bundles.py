"""Exporting and importing sealed bundles (format: docs/bundle-format.md).

Export streams the records and attachments through crypto.bundle into a
temporary file on the medium, fsyncs and renames it, reads it back to check
it, and only then records it (outgoing register, sync marks, audit). Import
checks everything in the documented order, then merges in one transaction;
a refusal changes nothing but an audit entry saying why.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable

from crypto.bundle import BundleError, BundleReader, BundleWriter, Recipient

from ..domain.secrecy import SecrecyLevel
from .. import carriers
from ..errors import HosoError
from ..permissions import Permission
from ..store import attachments as attachment_store
from ..store import cases as case_store
from ..store import persons as person_store
from ..store import registers
from . import container, records
from .units import get_unit, own_unit, receiving_keys
from .writing import write_checked

BUNDLE_SUFFIX = ".hoso"
PARTIAL_SUFFIX = ".hoso.partial"
REPLAY_WINDOW = 1000  # how far behind the newest sequence an out-of-order bundle may be
SEQUENCE_KEY = {"data": "bundle_sequence_data", "receipt": "bundle_sequence_receipt"}

_OUT_INSERT = (
    "INSERT INTO outgoing_bundles(bundle_id, kind, sequence, recipients, secrecy, persons, cases, attachments, bytes, sha256,"
    " file_name, created_at, created_by, register_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_OUT_DELIVERED = "UPDATE outgoing_bundles SET delivered_at = ?, delivered_by = ? WHERE bundle_id = ? AND delivered_at IS NULL"
_OUT_GET = "SELECT register_id, recipients FROM outgoing_bundles WHERE bundle_id = ?"
_IN_INSERT = (
    "INSERT INTO incoming_bundles(bundle_id, kind, sender_code, sequence, secrecy, sha256, received_at, received_by, persons, cases,"
    " conflicts, register_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_IN_SEEN_ID = "SELECT 1 FROM incoming_bundles WHERE bundle_id = ?"
_IN_SEEN_SEQ = "SELECT 1 FROM incoming_bundles WHERE sender_code = ? AND kind = ? AND sequence = ?"
_IN_MAX_SEQ = "SELECT max(sequence) FROM incoming_bundles WHERE sender_code = ? AND kind = ?"

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bytes: int
    sequence: int
    sha256: str
    bundle_id: str
    persons: int
    cases: int
    attachments: int
    register_number: str


@dataclass
class ImportResult:
    status: str  # imported | receipt
    sender: str
    bundle_id: str
    persons: int = 0
    cases: int = 0
    conflicts: int = 0
    counts: dict = field(default_factory=dict)
    receipt_path: Path | None = None
    register_number: str = ""


# -- helpers -------------------------------------------------------------------------

def _next_sequence(session, kind: str) -> int:
    key = SEQUENCE_KEY[kind]
    with session.vault.transaction():
        n = int(session.vault.setting(key, "0")) + 1
        session.vault.set_setting(key, str(n))
    return n


def _recipients(conn, codes: list[str]) -> list[Recipient]:
    out = []
    for code in codes:
        u = get_unit(conn, code)
        if u is None:
            raise HosoError("unknown_unit", unit=code)
        if not u.trusted:
            raise HosoError("unit_revoked", unit=code)
        out.append(Recipient(u.code, u.fingerprint, u.kem, u.receiving_public))
    if not out:
        raise HosoError("bad_input", detail="chưa chọn đơn vị nhận")
    return out


def _bundle_error(exc: BundleError) -> HosoError:
    return HosoError(exc.code, detail=exc.detail)


def _seal_onto(dest: Path, open_writer: Callable[[BinaryIO], BundleWriter],
               fill: Callable[[BundleWriter], None]) -> tuple[int, str, str]:
    """Write the bundle `open_writer` starts and `fill` fills to `dest` through its
    ".partial" name, and read it back from the medium as it is written (checks
    1–4, then the written header, chunks and signature: BundleReader.check_written).
    Returns (bytes, the file's SHA-256, bundle id)."""
    started: list[BundleWriter] = []

    def make(out: BinaryIO, follow: Callable[[int], None]) -> None:
        w = open_writer(out)
        started.append(w)
        follow(w.length)  # the read-back starts now, a segment behind the writing
        fill(w)
        w.close()

    def check(medium, length: int) -> None:
        BundleReader(medium, length, sequential=True).check_written(started[0])

    partial = dest.with_name(dest.name.removesuffix(BUNDLE_SUFFIX) + PARTIAL_SUFFIX)
    size, _ = write_checked(dest, partial, make, check)
    return size, started[0].sha256, started[0].bundle_id


def _collect(conn, person_ids: list[int], case_ids: list[int], with_attachments: bool):
    """The records to send: the persons asked for plus the persons of the cases."""
    persons: dict[int, object] = {}
    for pid in person_ids:
        p = person_store.get(conn, pid)
        if p is None or person_store.merged_into(conn, pid):
            raise HosoError("person_not_found", id=pid)
        persons[pid] = p
    cases = []
    for cid in case_ids:
        c = case_store.get_case(conn, cid)
        if c is None:
            raise HosoError("case_not_found", id=cid)
        cases.append(c)
        if c.person_id not in persons:
            persons[c.person_id] = person_store.get(conn, c.person_id)
    if not persons:
        raise HosoError("bad_input", detail="chưa chọn hồ sơ hoặc vụ việc nào")
    atts = {}
    if with_attachments:
        for pid in persons:
            for a in attachment_store.list_for(conn, pid):
                atts.setdefault(a.sha256, a)
    return list(persons.values()), cases, list(atts.values())


# -- export ----------------------------------------------------------------------------

def export_bundle(session, to_units: list[str], dest_dir: Path, *, person_ids: list[int] = (), case_ids: list[int] = (),
                  with_attachments: bool = True, secrecy: SecrecyLevel | None = None, carrier: str = "",
                  file_name: str | None = None, progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> ExportResult:
    session.require(Permission.EXCHANGE_BUNDLES)
    if dest_dir is None:  # before reading every dossier to be sent
        raise HosoError("bad_input", detail="chưa chọn nơi ghi gói tin")
    conn = session.vault.conn
    me = own_unit(conn)
    recips = _recipients(conn, list(dict.fromkeys(to_units)))
    persons, cases, atts = _collect(conn, list(person_ids), list(case_ids), with_attachments)
    inside = max([p.secrecy for p in persons] + [c.secrecy for c in cases] + [a.secrecy for a in atts])
    level = inside if secrecy is None else secrecy
    if level < inside:
        raise HosoError("secrecy_too_low", level=level.code, inside=SecrecyLevel(inside).code)

    person_docs = [records.person_doc(conn, p) for p in persons]
    case_docs = [records.case_doc(conn, c.id) for c in cases]
    entries = [container.json_entry(f"persons/{d['uid']}.json", "person", d) for d in person_docs]
    entries += [container.json_entry(f"cases/{d['uid']}.json", "case", d) for d in case_docs]
    for a in atts:
        entries.append(container.Entry(f"attachments/{a.sha256}", "attachment", a.size, a.sha256,
                                       lambda blob=a.blob_id: attachment_store.read_blob(conn, blob)))
    sequence = _next_sequence(session, "data")
    dest_dir = Path(dest_dir)
    dest = dest_dir / (file_name or f"{me.code}-{'+'.join(r.unit_code for r in recips)}-{sequence:06d}{BUNDLE_SUFFIX}")
    if not dest.name.endswith(BUNDLE_SUFFIX):
        dest = dest.with_name(dest.name + BUNDLE_SUFFIX)
    if dest.exists():
        raise HosoError("medium_error", detail=f"{dest.name} đã có trên thiết bị")
    card = me.card()
    created = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    # The manifest names the bundle id, a UUID of fixed length: the size is known before the id.
    total = container.payload_length(container.manifest_bytes(me.code, "0" * 36, entries), entries)

    def open_writer(out) -> BundleWriter:
        return BundleWriter(out, sender_code=me.code, sender_fingerprint=card.fingerprint, signing_key=me.identity.signing_private,
                            recipients=recips, secrecy=level.code, sequence=sequence, payload_length=total, created_at=created)

    def fill(w: BundleWriter) -> None:
        done = [0]

        def step(n: int) -> None:
            done[0] += n
            if progress:
                progress(done[0], total, "Đang ghi gói tin")

        container.write_payload(w.write, container.manifest_bytes(me.code, w.bundle_id, entries), entries, step, cancel)

    try:
        size, digest, bundle_id = _seal_onto(dest, open_writer, fill)
    except KeyboardInterrupt:
        raise HosoError("cancelled") from None
    except BundleError as exc:
        raise HosoError("medium_error", detail=f"đọc lại không khớp ({exc.detail})") from exc
    except OSError as exc:
        raise HosoError("medium_error", detail=exc.strerror or str(exc)) from exc
    try:
        abstract = f"Hồ sơ của {len(persons)} người, {len(cases)} vụ việc, {len(atts)} tệp đính kèm"
        with session.vault.transaction():
            entry = registers.add(conn, "outgoing", session.user.username, level, {
                "number_symbol": f"{sequence}-GT/{me.code}", "date": _dt.date.today().isoformat(), "type": "Gói tin HoSo",
                "abstract": abstract, "recipients": [r.unit_code for r in recips], "copies": 1, "signer": session.user.full_name,
                "carrier": carrier, "file": dest.name, "bundle_id": bundle_id, "receiver_signature": "", "notes": "",
            }, "bundle", bundle_id)
            # A registered carrier's current use records what it carried.
            carriers.record_carried(conn, carrier, f"Gói tin số {sequence} gửi {', '.join(r.unit_code for r in recips)}"
                                                   f" ({dest.name}, sổ đi {entry.number}/{entry.year})")
            conn.execute(_OUT_INSERT, (bundle_id, "data", sequence, json.dumps([r.unit_code for r in recips]), int(level),
                                       len(persons), len(cases), len(atts), size, digest, dest.name, time.time(),
                                       session.user.username, entry.id))
            for d, p in zip(person_docs, persons):
                for r in recips:
                    records.mark_sent(conn, d["uid"], r.unit_code, p.version, d["content"])
            for d, c in zip(case_docs, cases):
                for r in recips:
                    records.mark_sent(conn, d["uid"], r.unit_code, records.case_version(conn, c.id), d["content"])
            session.vault.audit(session.user.username, "bundle_exported", "bundle", bundle_id,
                                f"Gửi {', '.join(r.unit_code for r in recips)}, số {sequence}, sổ đi {entry.number}/{entry.year}")
    except BaseException:
        dest.unlink(missing_ok=True)  # a bundle that is not recorded must not travel
        raise
    return ExportResult(dest, size, sequence, digest, bundle_id, len(persons), len(cases), len(atts), f"{entry.number}/{entry.year}")


# -- opening -------------------------------------------------------------------------------

def inspect_bundle(path: Path) -> dict:
    """The outer header, without any key (for `hoso bundle inspect` and the carrier)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            r = BundleReader(fh, path.stat().st_size)
    except BundleError as exc:
        raise _bundle_error(exc) from exc
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{path}: {exc.strerror or exc}") from exc
    h = r.header
    return {"format_version": h.format_version, "kind": h.kind, "bundle_id": h.bundle_id, "sender": h.sender_code,
            "sender_fingerprint": h.sender_fingerprint, "recipients": [x["unit_code"] for x in h.recipients],
            "secrecy": h.secrecy, "sequence": h.sequence, "created_at": h.created_at, "payload_length": h.payload_length,
            "bytes": r.size}


@dataclass
class _Opened:
    reader: BundleReader
    file_key: bytes
    sender: str
    sha256: str  # the whole file's, from the signature pass


def _open_checked(conn, fh: BinaryIO, size: int) -> _Opened:
    """Checks 1–9 of the format's order; raises BundleError with the code."""
    r = BundleReader(fh, size)
    h = r.header
    unit = get_unit(conn, h.sender_code)
    if unit is None or not unit.trusted:
        raise BundleError("bundle_unknown_sender", f"đơn vị {h.sender_code} chưa được tin cậy" if unit is None else f"đơn vị {h.sender_code} đã bị thu hồi")
    if unit.fingerprint != h.sender_fingerprint:
        raise BundleError("bundle_unknown_sender", f"dấu vân tay của {h.sender_code} trong gói khác dấu vân tay đang tin cậy")
    digest = r.verify(unit.signing_public)
    me = own_unit(conn)
    file_key = None
    last_error: BundleError | None = None
    for fingerprint, key in receiving_keys(conn):
        try:
            file_key = r.open_file_key(me.code, fingerprint, key)
            break
        except BundleError as exc:
            last_error = exc
    if file_key is None:
        raise last_error or BundleError("bundle_not_for_us", me.code)
    if conn.execute(_IN_SEEN_ID, (h.bundle_id,)).fetchone() or conn.execute(_IN_SEEN_SEQ, (h.sender_code, h.kind, h.sequence)).fetchone():
        raise BundleError("bundle_replayed", f"gói số {h.sequence} của {h.sender_code} đã nhập")
    newest = conn.execute(_IN_MAX_SEQ, (h.sender_code, h.kind)).fetchone()[0]
    if newest is not None and h.sequence < newest - REPLAY_WINDOW:
        raise BundleError("bundle_replayed", f"gói số {h.sequence} quá cũ so với gói mới nhất {newest}")
    return _Opened(r, file_key, h.sender_code, digest)


def _refuse(session, path: Path, exc: BaseException) -> None:
    code = getattr(exc, "code", "bundle_malformed")
    try:
        with session.vault.transaction():
            session.vault.audit(session.user.username, "bundle_refused", "bundle", Path(path).name, f"Từ chối gói tin: {code}")
    except Exception:  # noqa: BLE001 - the refusal itself is what matters
        pass


@dataclass(frozen=True)
class PreviewLine:
    """One record of the bundle and what the import will do with it."""

    kind: str  # person | case | attachment | receipt
    action: str  # person, case: create | same | take | keep | conflict (records.preview_*);
    #              attachment: create | same | absent (listed, but the bundle does not carry the file); receipt: deliver | delivered
    name: str  # the person's full name ("" for a receipt)
    detail: str = ""  # case: its purpose code; attachment: title or file name; receipt: the file sent from here
    uid: str = ""  # person, case: the record's uid; attachment: its SHA-256; receipt: the bundle id it is for
    register_number: str = ""  # receipt: the outgoing register entry it marks delivered, "4/2026"


@dataclass(frozen=True)
class Preview:
    header: dict
    lines: tuple[PreviewLine, ...]

    def of(self, kind: str) -> list[PreviewLine]:
        return [x for x in self.lines if x.kind == kind]

    @property
    def persons(self) -> list[tuple[str, str]]:
        """(name, action) per dossier, as `hoso bundle import --preview` lists them."""
        return [(x.name, x.action) for x in self.of("person")]

    @property
    def cases(self) -> int:
        return len(self.of("case"))

    @property
    def attachments(self) -> int:
        return len(self.of("attachment"))

    @property
    def conflicts(self) -> int:
        """Records the import will keep for the officer's decision (dossiers and cases)."""
        return sum(1 for x in self.lines if x.action == "conflict")


_OUT_PREVIEW = (
    "SELECT o.recipients, o.sequence, o.file_name, o.delivered_at, r.number, r.year"
    " FROM outgoing_bundles o LEFT JOIN registers r ON r.id = o.register_id WHERE o.bundle_id = ?"
)


class _Drained:
    """The decrypted chunks, noting whether they ran out: a records-only pass runs
    them out exactly when the bundle carries no attachment file."""

    def __init__(self, chunks) -> None:
        self._chunks = iter(chunks)
        self.done = False

    def __iter__(self):
        return self

    def __next__(self) -> bytes:
        try:
            return next(self._chunks)
        except StopIteration:
            self.done = True
            raise


def _preview_lines(conn, sender: str, records_in: list[tuple[str, dict]], carries_files: bool) -> list[PreviewLine]:
    """Every record as import_bundle will treat it: dossiers, cases, attachment files, a receipt.
    Raises ValueError where the import would refuse the bundle."""
    names = {doc["uid"]: doc["content"]["full_name"] for kind, doc in records_in if kind == "person"}
    persons, files, cases, receipts = [], [], [], []
    for kind, doc in records_in:
        if kind == "person":
            name = names[doc["uid"]]
            persons.append(PreviewLine("person", records.preview_person(conn, sender, doc), name, "", doc["uid"]))
            have = records.linked_attachments(conn, doc["uid"])
            for a in doc.get("attachments", []):
                action = "same" if a["sha256"] in have else "create" if carries_files else "absent"
                files.append(PreviewLine("attachment", action, name, a.get("title") or a["filename"], a["sha256"]))
        elif kind == "case":
            name = names.get(doc["person_uid"]) or records.local_person_name(conn, doc["person_uid"])
            if not name:
                raise ValueError(f"case {doc['uid']} refers to a person not in this bundle or vault")  # as merge_case
            cases.append(PreviewLine("case", records.preview_case(conn, sender, doc), name, doc["content"]["purpose"], doc["uid"]))
        elif kind == "receipt":
            bundle_id = str(doc.get("receipt_for", ""))
            row = conn.execute(_OUT_PREVIEW, (bundle_id,)).fetchone()
            if row is None or sender not in json.loads(row[0]):
                raise ValueError("receipt for a bundle we did not send to this unit")  # as _apply_receipt
            number = f"{row[4]}/{row[5]}" if row[4] is not None else ""
            receipts.append(PreviewLine("receipt", "delivered" if row[3] else "deliver", "", row[2], bundle_id, number))
    return persons + cases + files + receipts


def preview_bundle(session, path: Path) -> Preview:
    """What an import would do, record by record, after every check that does not need the whole payload.
    A bundle the import would refuse is refused here with the same code."""
    session.require(Permission.EXCHANGE_BUNDLES)
    path = Path(path)
    conn = session.vault.conn
    try:
        with open(path, "rb") as fh:
            o = _open_checked(conn, fh, path.stat().st_size)
            h = o.reader.header
            chunks = _Drained(o.reader.chunks(o.file_key))
            records_in = [(entry.kind, json.loads(data)) for entry, data
                          in container.iterate(chunks, h.sender_code, h.bundle_id, records_only=True)]
            lines = _preview_lines(conn, h.sender_code, records_in, carries_files=not chunks.done)
    except BundleError as exc:
        _refuse(session, path, exc)  # a refused bundle is recorded whichever step refused it
        raise _bundle_error(exc) from exc
    except (ValueError, KeyError, TypeError) as exc:
        _refuse(session, path, exc)
        raise HosoError("bundle_tampered", detail=f"nội dung không hợp lệ ({exc})") from exc
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{path}: {exc.strerror or exc}") from exc
    return Preview(inspect_bundle(path), tuple(lines))


def import_bundle(session, path: Path, *, receipt_dir: Path | None = None,
                  progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> ImportResult:
    """Verify fully, then merge in one transaction; write a receipt for the sender."""
    session.require(Permission.EXCHANGE_BUNDLES)
    path = Path(path)
    conn = session.vault.conn
    user = session.user.username
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            o = _open_checked(conn, fh, size)
            digest = o.sha256
            h = o.reader.header
            result = ImportResult("imported" if h.kind == "data" else "receipt", h.sender_code, h.bundle_id)
            counts = records.MergeCounts()
            level = SecrecyLevel.parse(h.secrecy)
            # The chunks are read and authenticated a few ahead, beside the merge.
            with session.vault.transaction(), contextlib.closing(o.reader.chunks(o.file_key, prefetch=True)) as chunks:
                blob_ids: dict[str, int] = {}
                person_docs: list[tuple[int, dict]] = []
                receipt = None
                done = 0
                for entry, data in container.iterate(chunks, h.sender_code, h.bundle_id):
                    if cancel and cancel():
                        raise HosoError("cancelled")
                    if entry.kind == "person":
                        doc = json.loads(data)
                        person_docs.append((records.merge_person(conn, user, h.sender_code, h.bundle_id, doc, counts), doc))
                    elif entry.kind == "case":
                        records.merge_case(conn, user, h.sender_code, h.bundle_id, json.loads(data), counts)
                    elif entry.kind == "receipt":
                        receipt = json.loads(data)
                    elif entry.kind == "attachment":
                        blob_ids[entry.sha256], _ = attachment_store.store_blob(conn, _BlockReader(data), entry.length)
                    done += entry.length
                    if progress:
                        progress(done, h.payload_length, "Đang nhập gói tin")
                for pid, doc in person_docs:
                    records.link_attachments(conn, user, pid, doc, blob_ids)
                if receipt is not None:
                    _apply_receipt(conn, h.sender_code, receipt)
                reg = registers.add(conn, "incoming", user, level, {
                    "date_received": _dt.date.today().isoformat(), "sender": h.sender_code,
                    "number_symbol": f"{h.sequence}-{'BN' if h.kind == 'receipt' else 'GT'}/{h.sender_code}",
                    "document_date": h.created_at[:10], "type": "Giấy báo nhận" if h.kind == "receipt" else "Gói tin HoSo",
                    "abstract": (f"Hồ sơ của {len(person_docs)} người, {counts.cases_created + counts.cases_updated} vụ việc"
                                 if h.kind == "data" else f"Báo nhận gói {receipt.get('receipt_for', '')[:8] if receipt else ''}"),
                    "receiver": session.user.full_name or user, "file": path.name, "bundle_id": h.bundle_id, "notes": "",
                }, "bundle", h.bundle_id)
                conn.execute(_IN_INSERT, (h.bundle_id, h.kind, h.sender_code, h.sequence, int(level), digest, time.time(), user,
                                          len(person_docs), counts.cases_created + counts.cases_updated, counts.conflicts, reg.id))
                session.vault.audit(user, "bundle_imported", "bundle", h.bundle_id,
                                    f"Từ {h.sender_code}, số {h.sequence}: {counts.persons_created} hồ sơ mới, {counts.persons_updated} cập nhật,"
                                    f" {counts.conflicts} xung đột; sổ đến {reg.number}/{reg.year}")
    except BundleError as exc:
        _refuse(session, path, exc)
        raise _bundle_error(exc) from exc
    except (ValueError, KeyError) as exc:
        _refuse(session, path, exc)
        raise HosoError("bundle_tampered", detail=f"nội dung không hợp lệ ({exc})") from exc
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{path}: {exc.strerror or exc}") from exc
    result.persons = len(person_docs)
    result.cases = counts.cases_created + counts.cases_updated
    result.conflicts = counts.conflicts
    result.counts = counts.__dict__.copy()
    result.register_number = f"{reg.number}/{reg.year}"
    if h.kind == "data":
        result.receipt_path = write_receipt(session, h.sender_code, h.bundle_id, counts, Path(receipt_dir or path.parent))
    return result


class _BlockReader:
    """A file-like view of a block iterator, for store_blob."""

    def __init__(self, blocks) -> None:
        self._blocks = iter(blocks)
        self._buf = b""

    def read(self, n: int) -> bytes:
        while len(self._buf) < n:
            try:
                self._buf += next(self._blocks)
            except StopIteration:
                break
        out, self._buf = self._buf[:n], self._buf[n:]
        return out


def _apply_receipt(conn, sender: str, receipt: dict) -> None:
    bundle_id = str(receipt.get("receipt_for", ""))
    row = conn.execute(_OUT_GET, (bundle_id,)).fetchone()
    if row is None or sender not in json.loads(row[1]):
        raise ValueError("receipt for a bundle we did not send to this unit")
    conn.execute(_OUT_DELIVERED, (time.time(), sender, bundle_id))
    if row[0]:
        registers.update_fields(conn, row[0], {"receiver_signature": f"Đã nhận: {sender}, {receipt.get('received_at', '')}"})


def write_receipt(session, to_unit: str, bundle_id: str, counts: records.MergeCounts, dest_dir: Path) -> Path | None:
    """A signed receipt bundle for the sender; None if the medium cannot take it
    (the import itself stands; the receipt can be made again later)."""
    conn = session.vault.conn
    me = own_unit(conn)
    recips = _recipients(conn, [to_unit])
    doc = {"receipt_for": bundle_id, "receiving_unit": me.code, "received_at": _dt.date.today().isoformat(),
           "persons_created": counts.persons_created, "persons_updated": counts.persons_updated, "conflicts": counts.conflicts}
    entries = [container.json_entry("receipt.json", "receipt", doc)]
    sequence = _next_sequence(session, "receipt")
    dest = Path(dest_dir) / f"{me.code}-{to_unit}-bao-nhan-{sequence:06d}{BUNDLE_SUFFIX}"
    card = me.card()

    manifest_len = container.payload_length(container.manifest_bytes(me.code, "0" * 36, entries), entries)

    def open_writer(out) -> BundleWriter:
        return BundleWriter(out, sender_code=me.code, sender_fingerprint=card.fingerprint, signing_key=me.identity.signing_private,
                            recipients=recips, secrecy="none", sequence=sequence, payload_length=manifest_len, kind="receipt",
                            created_at=_dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))

    def fill(w: BundleWriter) -> None:
        container.write_payload(w.write, container.manifest_bytes(me.code, w.bundle_id, entries), entries)

    try:
        _seal_onto(dest, open_writer, fill)
    except (OSError, BundleError):
        return None
    with session.vault.transaction():
        session.vault.audit(session.user.username, "receipt_written", "bundle", bundle_id, f"Giấy báo nhận gửi {to_unit}")
    return dest


def remove_from_medium(session, path: Path) -> str:
    """Delete an imported bundle from the stick, and say plainly what that means."""
    session.require(Permission.EXCHANGE_BUNDLES)
    path = Path(path)
    try:
        path.unlink()
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{path}: {exc.strerror or exc}") from exc
    with session.vault.transaction():
        session.vault.audit(session.user.username, "bundle_removed", "bundle", path.name, "Xóa gói tin khỏi thiết bị")
    return ("Đã xóa tệp khỏi USB. Lưu ý: bộ nhớ flash không thể xóa sạch chắc chắn bằng cách ghi đè; "
            "chỉ tiêu hủy vật lý thiết bị mới bảo đảm dữ liệu không thể khôi phục.")
