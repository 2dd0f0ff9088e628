"""`hoso` headless commands over the same services as the GUI.

The contract (names, flags, exit codes, JSON keys) is in ../shared/CLI.md and
docs/cli.md: exit 0 done, 1 refused or failed with a clear message, 2 usage.
With --json exactly one JSON object goes to stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import types
from pathlib import Path
from typing import Callable, Iterator

from . import __version__, messages
from .cli_support import LEVELS
from .errors import HosoError
from .forms.words import short_date

COMMANDS = ("init", "user", "audit", "vault", "self-test", "person", "demo", "case", "report", "unit", "bundle", "register", "machine", "form", "excel", "incident", "secrecy", "carrier", "destruction", "verify-release", "conflict")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2, but JSON-aware
        raise UsageError(f"{self.prog}: {message}")


# -- input --------------------------------------------------------------------

class _Stdin:
    """Secrets come one per line on standard input (never on the command line)."""

    def __init__(self) -> None:
        self._lines: list[str] | None = None

    def line(self, index: int, what: str) -> str:
        if self._lines is None:
            self._lines = sys.stdin.read().splitlines()
        if index >= len(self._lines) or not self._lines[index]:
            raise UsageError(f"thiếu {what} ở dòng {index + 1} của đầu vào chuẩn / missing {what} on stdin line {index + 1}")
        return self._lines[index]


_stdin = _Stdin()


def _vault_dir(args, check: bool = True) -> Path:
    """The vault folder; refused (HosoError) when it is on a network share or a removable drive."""
    from .vault import default_vault_dir

    path = Path(args.vault) if args.vault else default_vault_dir()
    if check:
        from .machine import require_local_vault

        require_local_vault(path)
    return path


@contextlib.contextmanager
def _unlocked(args) -> Iterator:
    """A session for the command's duration, closed (keys dropped) however it ends."""
    s = _session(args)
    try:
        yield s
    finally:
        s.close()


def _session(args):
    """Unlock as --user with the password on stdin's first line."""
    from .vault import open_vault

    if not args.user or not args.password_stdin:
        raise UsageError("lệnh này cần --user TÊN --password-stdin / this command needs --user NAME --password-stdin")
    return open_vault(_vault_dir(args), args.user, _stdin.line(0, "mật khẩu/password"))


# -- commands -----------------------------------------------------------------

def cmd_init(args) -> dict:
    from .vault import create_vault
    from crypto.hpke_keys import KemKind

    if not args.password_stdin:
        raise UsageError("init cần --password-stdin / init needs --password-stdin")
    created = create_vault(
        _vault_dir(args), args.unit_code, args.unit_name, args.admin, _stdin.line(0, "mật khẩu/password"),
        args.admin_name or "", kem=KemKind(args.kem),
    )
    created.vault.close()
    return {
        "vault": str(_vault_dir(args)),
        "unit_code": args.unit_code,
        "fingerprint": created.fingerprint,
        "recovery_key": created.recovery_key,
        "_text": (
            f"Đã tạo kho dữ liệu tại {_vault_dir(args)}\n"
            f"Dấu vân tay đơn vị / unit fingerprint: {created.fingerprint}\n\n"
            f"KHÓA KHÔI PHỤC / RECOVERY KEY (chỉ hiện một lần — hãy in hoặc chép tay và cất giữ như tài liệu mật):\n"
            f"  {created.recovery_key}"
        ),
    }


def cmd_user_add(args) -> dict:
    from . import users
    from .domain.roles import Role

    with _unlocked(args) as s:
        u = users.add_user(s, args.new_user, _stdin.line(1, "mật khẩu người dùng mới/new user's password"), Role.parse(args.role), args.full_name or "")
    return {"user": u.username, "role": u.role.value, "_text": f"Đã thêm {u.username} ({u.role.label_vi})"}


def cmd_user_list(args) -> dict:
    from . import users

    with _unlocked(args) as s:
        rows = [
            {"user": u.username, "full_name": u.full_name, "role": u.role.value, "active": u.active,
             "locked": users.is_locked_out(s, u.username)}
            for u in users.list_users(s)
        ]
    text = "\n".join(f"{r['user']:<20} {r['role']:<8} {'' if r['active'] else '(vô hiệu)'}{' (bị khóa)' if r['locked'] else ''}" for r in rows)
    return {"users": rows, "_text": text}


def cmd_user_passwd(args) -> dict:
    from . import users

    with _unlocked(args) as s:
        users.change_own_password(s, _stdin.line(0, "mật khẩu hiện tại/current password"), _stdin.line(1, "mật khẩu mới/new password"))
    return {"user": args.user, "_text": "Đã đổi mật khẩu / password changed"}


def cmd_user_reset(args) -> dict:
    from . import users
    from .vault import open_with_recovery

    if args.recovery_key_stdin:
        s = open_with_recovery(_vault_dir(args), _stdin.line(0, "khóa khôi phục/recovery key"))
    else:
        s = _session(args)
    try:
        users.reset_password(s, args.target, _stdin.line(1, "mật khẩu mới/new password"))
    finally:
        s.close()
    return {"user": args.target, "_text": f"Đã đặt lại mật khẩu cho {args.target}"}


def _simple_user_change(fn_name: str, done_text: str) -> Callable:
    def cmd(args) -> dict:
        from . import users
        from .domain.roles import Role

        with _unlocked(args) as s:
            if fn_name == "set_role":
                users.set_role(s, args.target, Role.parse(args.role))
            else:
                getattr(users, fn_name)(s, args.target)
        return {"user": args.target, "_text": f"{done_text}: {args.target}"}

    return cmd


def cmd_audit_verify(args) -> dict:
    from . import audit

    with _unlocked(args) as s:
        r = audit.verify_for(s)
    out = {"ok": r.ok, "entries": r.entries}
    if r.ok:
        out["_text"] = f"Chuỗi nhật ký toàn vẹn: {r.entries} mục / audit chain intact: {r.entries} entries"
        return out
    out.update(first_bad_seq=r.first_bad_seq, reason=r.reason, error="audit_tampered",
               message=f"Nhật ký kiểm toán bị sửa đổi tại mục {r.first_bad_seq}: {r.reason}")
    out["_exit"] = 1
    out["_text"] = out["message"]
    return out


def cmd_audit_list(args) -> dict:
    from . import audit

    with _unlocked(args) as s:
        rows = audit.entries_for(s, audit.AuditFilter(text=args.filter or ""), limit=args.limit)
    entries = [{"seq": e.seq, "ts": e.ts, "user": e.username, "action": e.action, "object_kind": e.object_kind,
                "object_id": e.object_id, "summary": e.summary} for e in rows]
    return {"entries": entries, "_text": "\n".join(f"{e['seq']:>6} {e['user']:<14} {e['action']:<18} {e['summary']}" for e in entries)}


def cmd_vault_backup(args) -> dict:
    from .vault import backup

    with _unlocked(args) as s:
        info = backup.backup(s, Path(args.to))
    return {"path": str(info.path), "bytes": info.bytes, "audit_entries": info.audit_entries,
            "_text": f"Đã sao lưu vào {info.path} ({info.bytes} byte)"}


def cmd_vault_restore(args) -> dict:
    from .vault import backup

    if not args.user or not args.password_stdin:
        raise UsageError("restore cần --user TÊN --password-stdin (mật khẩu tại thời điểm sao lưu)")
    aside = backup.restore(Path(args.backup), _vault_dir(args), args.user, _stdin.line(0, "mật khẩu/password"))
    return {"restored": str(_vault_dir(args)), "previous": str(aside) if aside else None,
            "_text": f"Đã khôi phục. Kho cũ được giữ ở {aside}" if aside else "Đã khôi phục."}


def cmd_vault_rekey(args) -> dict:
    from .vault import rekey

    with _unlocked(args) as s:
        gen = rekey.rekey(s)
    return {"generation": gen, "_text": f"Đã thay khóa dữ liệu (thế hệ {gen})"}


def _row_json(r) -> dict:
    return {"id": r.id, "full_name": r.full_name, "birth_date": r.birth_date.display() if r.birth_date else None,
            "sex": r.sex.value, "unit": r.unit, "position": r.position, "hometown": r.hometown,
            "id_number": r.id_number, "secrecy": r.secrecy.code, "has_relatives_abroad": r.has_abroad}


def cmd_person_search(args) -> dict:
    from . import dossiers
    from .domain.secrecy import SecrecyLevel
    from .store.persons import PersonFilter

    flt = PersonFilter(unit=args.unit, secrecy=SecrecyLevel.parse(args.secrecy) if args.secrecy else None,
                       has_abroad=True if args.abroad else None, case_state=args.case_state)
    with _unlocked(args) as s:
        page = dossiers.search_persons(s, args.query or "", flt, limit=args.limit, offset=args.offset)
    rows = [_row_json(r) for r in page.rows]
    text = "\n".join(f"{r['id']:>8}  {r['full_name']:<28} {r['birth_date'] or '':<10}  {r['unit']}" for r in rows)
    return {"total": page.total, "results": rows, "_text": f"{text}\n({page.total} người)"}


def cmd_person_show(args) -> dict:
    from . import dossiers

    with _unlocked(args) as s:
        p = dossiers.get_person(s, args.id)
        history = dossiers.person_history(s, args.id)
        from .store.persons import merged_into

        merged = merged_into(s.vault.conn, args.id)
    out = p.to_json()
    for k in ("birth_date", "party_joined", "party_official"):
        v = getattr(p, k)
        out[k] = v.display() if v else None
    from .domain.person import must_verify

    for r, rj in zip(p.relatives, out["relatives"]):
        rj["birth_date"] = r.birth_date.display() if r.birth_date else None
        rj["must_verify"] = must_verify(r)
    out["has_relatives_abroad"] = p.has_relatives_abroad
    out["merged_into"] = merged
    out["history"] = [{"version": h.version, "changed_at": h.changed_at, "changed_by": h.changed_by, "summary": h.summary} for h in history]
    text = [f"Hồ sơ số {p.id}: {p.full_name}", f"  Ngày sinh: {out['birth_date'] or ''}   CCCD: {p.id_number}",
            f"  Đơn vị: {p.unit}   Chức vụ: {p.position}", f"  Quê quán: {p.hometown}", "  Người thân:"]
    from .domain.person import relation_rules

    kinds = relation_rules().kinds
    text += [f"    - {kinds[r.relation].label_vi if r.relation in kinds else r.relation}: {r.full_name} ({r.birth_date or ''})"
             f"{' [ở nước ngoài]' if r.abroad else ''}{' [cần thẩm tra]' if must_verify(r) else ''}" for r in p.relatives]
    out["_text"] = "\n".join(text)
    return out


def cmd_demo(args) -> dict:
    from . import demo
    from .vault import is_vault

    if not args.password_stdin:
        raise UsageError("demo cần --password-stdin / demo needs --password-stdin")
    if args.persons < 0:
        raise UsageError("--persons phải >= 0")
    password = _stdin.line(0, "mật khẩu/password")
    vault_dir = _vault_dir(args)
    if is_vault(vault_dir):
        from .vault import open_vault

        session = open_vault(vault_dir, args.user or demo.DEMO_ADMIN, password)
    else:
        session = demo.open_or_create(vault_dir, password)

    def progress(done: int, total: int, message: str) -> None:
        if not args.json:
            print(f"\r{message}: {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        result = demo.fill(session, args.persons, progress=progress)
    finally:
        session.close()
    if not args.json:
        print(file=sys.stderr)
    return {"persons": result.persons, "cases": result.cases, "vault": str(vault_dir),
            "_text": f"Đã tạo {result.persons} hồ sơ trình diễn trong {result.seconds:.1f} s"}


def _case_json(view) -> dict:
    c = view.case
    return {
        "id": c.id, "person_id": c.person_id, "person": view.person_name, "purpose": c.purpose, "state": c.state.value,
        "template_version": c.template_version, "officer": c.officer, "requesting_unit": c.requesting_unit,
        "received_on": c.received_on, "due_on": c.due_on, "outcome": c.outcome, "outcome_limit": c.outcome_limit,
        "proposal": c.proposal, "issue_codes": list(c.issue_codes), "decided_by": c.decided_by, "concluded_on": c.concluded_on,
        "valid_until": c.valid_until, "corrects_case_id": c.corrects_case_id, "corrected_by_id": c.corrected_by_id,
        "next_states": [x.value for x in view.next_states],
        "next_item": view.next_item.code if view.next_item else None,
        "items": [{"code": i.code, "title": i.title, "status": i.status.value, "required": i.required,
                   "evidence_required": i.evidence_required, "note": i.note, "guidance": i.guidance} for i in view.items],
        "requests": [{"id": r.id, "recipient": r.recipient, "number_symbol": r.number_symbol, "sent_on": r.sent_on,
                      "deadline": r.deadline, "reply_on": r.reply_on, "finding": r.finding} for r in view.requests],
        "history": [{"ts": e.ts, "user": e.user, "kind": e.kind, "detail": e.detail} for e in view.events],
    }


def _case_text(view) -> str:
    c = view.case
    lines = [f"Vụ việc số {c.id} — {c.purpose} — {view.person_name} (hồ sơ số {c.person_id})",
             f"  Trạng thái: {c.state.label_vi}   Hạn: {short_date(c.due_on)}   Chuyên viên: {c.officer}"]
    marks = {"not_started": "[ ]", "in_progress": "[~]", "done": "[x]", "failed": "[!]", "na": "[-]"}
    lines += [f"  {marks[i.status.value]} {i.code:<8} {'*' if i.required else ' '} {i.title}" for i in view.items]
    return "\n".join(lines)


def cmd_case_purposes(args) -> dict:
    from . import cases

    session = _session(args) if args.user else None
    try:
        found = cases.active_templates(session)
    finally:
        if session:
            session.close()
    rows = [{"code": t.code, "title": t.title, "version": t.version, "items": len(t.items)} for t in found.values()]
    return {"purposes": rows, "_text": "\n".join(f"{r['code']:<12} v{r['version']}  {r['title']}" for r in rows)}


def _iso_date(text: str | None):
    import datetime as dt

    if not text:
        return None
    from .domain.partial_date import PartialDate

    d = PartialDate.parse(text)
    if d.day is None:
        raise UsageError(f"ngày phải đủ ngày/tháng/năm: {text}")
    return dt.date(d.year, d.month, d.day)


def cmd_case_create(args) -> dict:
    from . import cases

    with _unlocked(args) as s:
        view = cases.create_case(s, args.person, args.purpose, requesting_unit=args.requesting_unit or "",
                                 target_post=args.target_post or "", due_on=_iso_date(args.due))
    return {**_case_json(view), "_text": _case_text(view)}


def cmd_case_list(args) -> dict:
    from . import cases
    from .workflow.states import CaseState

    with _unlocked(args) as s:
        rows, total = cases.list_cases(s, state=CaseState(args.state) if args.state else None, person_id=args.person,
                                       purpose=args.purpose, overdue=args.overdue, limit=args.limit)
    results = [{"id": c.id, "person_id": c.person_id, "purpose": c.purpose, "state": c.state.value, "due_on": c.due_on,
                "officer": c.officer, "outcome": c.outcome, "overdue": cases.is_overdue(c)} for c in rows]
    return {"total": total, "results": results,
            "_text": "\n".join(f"{r['id']:>6} {r['purpose']:<12} {r['state']:<18} hạn {short_date(r['due_on'])}{' QUÁ HẠN' if r['overdue'] else ''}" for r in results)}


def cmd_case_show(args) -> dict:
    from . import cases

    with _unlocked(args) as s:
        view = cases.get_case(s, args.id)
    return {**_case_json(view), "_text": _case_text(view)}


def cmd_case_check(args) -> dict:
    from . import cases
    from .workflow.states import ItemStatus

    with _unlocked(args) as s:
        item = cases.check_item(s, args.id, args.item, ItemStatus(args.status), args.note or "")
    return {"item": item.code, "status": item.status.value, "_text": f"{item.code}: {item.status.value}"}


def cmd_case_advance(args) -> dict:
    from . import cases
    from .workflow.states import CaseState

    with _unlocked(args) as s:
        view = cases.advance(s, args.id, CaseState(args.to), outcome=args.outcome, note=args.note or "",
                             issue_codes=args.issue or [], limit=args.limit or "")
    return {"id": view.case.id, "state": view.case.state.value, "outcome": view.case.outcome,
            "valid_until": view.case.valid_until, "_text": f"Vụ việc số {view.case.id}: {view.case.state.label_vi}"}


def cmd_case_correct(args) -> dict:
    from . import cases

    with _unlocked(args) as s:
        view = cases.correct_case(s, args.id, args.note or "")
    return {"id": view.case.id, "state": view.case.state.value, "corrects_case_id": view.case.corrects_case_id,
            "_text": f"Đã tạo vụ việc đính chính số {view.case.id}"}


def cmd_case_request(args) -> dict:
    from . import cases

    with _unlocked(args) as s:
        r = cases.add_request(s, args.id, args.recipient, _iso_date(args.sent), _iso_date(args.deadline),
                              number_symbol=args.number or "", item_code=args.item)
    return {"request": r.id, "deadline": r.deadline, "_text": f"Đã ghi đề nghị thẩm tra số {r.id}"}


def cmd_case_reply(args) -> dict:
    from . import cases

    with _unlocked(args) as s:
        r = cases.record_reply(s, args.request, _iso_date(args.date), args.finding)
    return {"request": r.id, "reply_on": r.reply_on, "_text": f"Đã ghi trả lời cho đề nghị số {r.id}"}


def cmd_template_import(args) -> dict:
    from . import cases

    with _unlocked(args) as s:
        t = cases.import_template(s, Path(args.file))
    return {"code": t.code, "version": t.version, "_text": f"Đã nhập mẫu {t.code} phiên bản {t.version}"}


def cmd_report_cases(args) -> dict:
    from dataclasses import asdict

    from . import reports

    flt = reports.ReportFilter(since=_iso_date(args.since), until=_iso_date(args.until), purpose=args.purpose, unit=args.unit)
    with _unlocked(args) as s:
        rep = reports.case_report(s, flt)
        if args.output:
            reports.export_xlsx(s, rep, Path(args.output), confirmed=True)
    out = asdict(rep)
    for k in ("by_purpose", "by_state", "by_outcome", "by_unit", "by_month"):
        out[k] = [{"key": key, "count": n} for key, n in out[k]]
    text = [f"Tổng số vụ việc: {rep.total}; đã kết luận: {rep.concluded}; trung vị {rep.median_days} ngày; quá hạn: {len(rep.overdue)}"]
    text += [f"  {k:<20} {n}" for k, n in rep.by_state]
    if args.output:
        out["path"] = args.output
    return {**out, "_text": "\n".join(text)}


def cmd_unit_card(args) -> dict:
    from .exchange import units

    with _unlocked(args) as s:
        card = units.export_card(s, Path(args.output))
    return {"unit_code": card.unit_code, "fingerprint": card.fingerprint, "card_version": card.card_version, "path": args.output,
            "_text": f"Thẻ đơn vị {card.unit_code}: {args.output}\nDấu vân tay: {card.fingerprint}"}


def cmd_unit_trust(args) -> dict:
    from .exchange import units

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise HosoError("disk_error", detail=f"{args.file}: {exc.strerror or exc}") from exc
    with _unlocked(args) as s:
        u = units.trust_unit(s, data, args.fingerprint)
    return {"unit_code": u.code, "fingerprint": u.fingerprint, "_text": f"Đã tin cậy đơn vị {u.code} ({u.name})"}


def cmd_unit_list(args) -> dict:
    from .exchange import units

    with _unlocked(args) as s:
        rows = [{"unit_code": u.code, "name": u.name, "fingerprint": u.fingerprint, "status": u.status, "card_version": u.card_version}
                for u in units.list_units(s)]
    return {"units": rows, "_text": "\n".join(f"{r['unit_code']:<12} {r['status']:<8} {r['fingerprint']}  {r['name']}" for r in rows)}


def cmd_unit_revoke(args) -> dict:
    from .exchange import units

    with _unlocked(args) as s:
        units.revoke_unit(s, args.code, args.reason)
    return {"unit_code": args.code, "status": "revoked", "_text": f"Đã thu hồi tin cậy đơn vị {args.code}"}


def cmd_unit_rotate(args) -> dict:
    from .exchange import units

    with _unlocked(args) as s:
        card = units.rotate_own_keys(s)
    from .fsutil import atomic_write

    atomic_write(Path(args.output), card.to_bytes(), mode=0o644)
    return {"unit_code": card.unit_code, "fingerprint": card.fingerprint, "card_version": card.card_version, "path": args.output,
            "_text": f"Khóa mới, thẻ phiên bản {card.card_version}: {args.output}\nDấu vân tay mới: {card.fingerprint}"}


def cmd_bundle_export(args) -> dict:
    from .domain.secrecy import SecrecyLevel
    from .exchange import bundles

    out = Path(args.output)
    with _unlocked(args) as s:
        r = bundles.export_bundle(s, args.to, out.parent, person_ids=args.person or [], case_ids=args.case or [],
                                  with_attachments=not args.no_attachments,
                                  secrecy=SecrecyLevel.parse(args.secrecy) if args.secrecy else None,
                                  carrier=args.carrier or "", file_name=out.name, progress=_text_progress(args))
    if not args.json:
        print(file=sys.stderr)
    path = r.path
    return {"path": str(path), "bytes": r.bytes, "sequence": r.sequence, "sha256": r.sha256, "bundle_id": r.bundle_id,
            "persons": r.persons, "cases": r.cases, "attachments": r.attachments,
            "_text": f"Đã ghi gói tin {path} ({r.bytes} byte, số {r.sequence}); sổ đi số {r.register_number}"}


def cmd_bundle_inspect(args) -> dict:
    from .exchange import bundles

    h = bundles.inspect_bundle(Path(args.file))
    return {**h, "_text": "\n".join(f"{k}: {v}" for k, v in h.items())}


def cmd_bundle_import(args) -> dict:
    from .exchange import bundles

    with _unlocked(args) as s:
        if args.preview:
            p = bundles.preview_bundle(s, Path(args.file))
            actions = [a for _, a in p.persons]
            return {"status": "preview", "persons": len(p.persons), "cases": p.cases, "attachments": p.attachments,
                    "conflicts": p.conflicts, "actions": {a: actions.count(a) for a in set(actions)},
                    "records": [{"kind": x.kind, "action": x.action, "name": x.name, "detail": x.detail, "uid": x.uid} for x in p.lines],
                    "_text": "\n".join(f"  {x.action:<9} {x.kind:<10} {x.name} {x.detail}".rstrip() for x in p.lines)}
        r = bundles.import_bundle(s, Path(args.file), receipt_dir=Path(args.receipt_to) if args.receipt_to else None,
                                  progress=_text_progress(args))
        note = bundles.remove_from_medium(s, Path(args.file)) if args.remove else ""
    if not args.json:
        print(file=sys.stderr)
    return {"status": r.status, "sender": r.sender, "persons": r.persons, "cases": r.cases, "conflicts": r.conflicts,
            "receipt": str(r.receipt_path) if r.receipt_path else None, "counts": r.counts,
            "_text": f"Đã nhập từ {r.sender}: {r.persons} hồ sơ, {r.cases} vụ việc, {r.conflicts} xung đột; sổ đến {r.register_number}"
                     + (f"\nGiấy báo nhận: {r.receipt_path}" if r.receipt_path else "") + (f"\n{note}" if note else "")}


def _text_progress(args) -> Callable | None:
    """A one-line progress display on stderr (none with --json)."""
    if args.json:
        return None
    import time

    state = {"t": 0.0, "msg": ""}

    def progress(done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if message == state["msg"] and now - state["t"] < 0.2 and done != total:
            return
        if message != state["msg"] and state["msg"]:
            print(file=sys.stderr)
        state.update(t=now, msg=message)
        print(f"\r{message}: {done}/{total}" if total else f"\r{message}...", end="", file=sys.stderr, flush=True)

    return progress


def cmd_excel_import(args) -> dict:
    from .domain.secrecy import SecrecyLevel
    from .excel.service import ImportRequest, import_file

    req = ImportRequest(Path(args.file), sheet=args.sheet, header_row=args.header_row, last_row=args.last_row,
                        profile=args.profile, save_profile=args.save_profile, dry_run=args.dry_run,
                        include_review=args.create_near_matches, accept_id_warnings=args.accept_id_warnings,
                        near_matches=not args.no_near_matches, default_secrecy=SecrecyLevel.parse(args.secrecy),
                        report=Path(args.report) if args.report else None)
    progress = _text_progress(args)
    with _unlocked(args) as s:
        outcome = import_file(s, req, progress=progress)
    if progress:
        print(file=sys.stderr)
    out = outcome.summary()
    head = "Xem trước (chưa ghi gì)" if out["dry_run"] else "Đã nhập"
    text = [f"{head}: trang “{out['sheet']}”, tiêu đề ở dòng {out['header_row']}; đọc {out['rows_read']} dòng — "
            f"tạo mới {out['created']}, cập nhật {out['updated']}, trùng/đã có {out['duplicates']} "
            f"(cần xem xét {len(out['review'])}), lỗi {out['rejected_rows']} dòng."]
    text += [f"  * {n}" for n in out["notices"]]
    for e in out["errors"][:50]:
        where = f"dòng {e['row']}" + (f", cột {e['column_letter']} ({e['column']})" if e["column_letter"] else "")
        text.append(f"  Lỗi {where}: {e['message']}")
    if len(out["errors"]) > 50:
        text.append(f"  ... và {len(out['errors']) - 50} lỗi khác (xem báo cáo lỗi: --report TỆP.xlsx)")
    for r in out["review"][:20]:
        cands = "; ".join(f"hồ sơ số {c['id']} {c['full_name']} ({', '.join(c['reasons'])})" for c in r["candidates"])
        text.append(f"  Cần xem xét dòng {r['row']} {r['full_name']}: {cands}")
    if out.get("report"):
        text.append(f"Báo cáo: {out['report']}")
    out["_text"] = "\n".join(text)
    return out


def cmd_excel_export(args) -> dict:
    from .domain.secrecy import SecrecyLevel
    from .excel.export import export_persons
    from .store.persons import PersonFilter

    flt = PersonFilter(unit=args.unit, secrecy=SecrecyLevel.parse(args.secrecy) if args.secrecy else None)
    progress = _text_progress(args)
    with _unlocked(args) as s:
        res = export_persons(s, Path(args.output), args.search or "", flt, confirmed=True, progress=progress)
    if progress:
        print(file=sys.stderr)
    return {"rows": res.rows, "path": str(res.path), "secrecy": res.secrecy.code, "register_number": res.register_number,
            "_text": f"Đã xuất {res.rows} hồ sơ vào {res.path} (độ mật {res.secrecy.code}; sổ sao chụp số {res.register_number})"}


def cmd_excel_template(args) -> dict:
    from .excel.template import write_template

    path = write_template(Path(args.output))
    return {"path": str(path), "_text": f"Đã ghi mẫu danh sách trống: {path}"}


def cmd_machine_check(args) -> dict:
    from . import machine

    warnings = machine.check(_vault_dir(args, check=False))  # reports the vault's place, does not refuse
    out = {"ok": not [w for w in warnings if w.code != "not_checked"],
           "warnings": [{"code": w.code, "message": w.message} for w in warnings],
           "_text": "\n".join(f"CẢNH BÁO: {w.message}" for w in warnings) or "Không có cảnh báo về máy."}
    return out


def cmd_self_test(args, extra_checks=()) -> dict:
    from . import selftest

    def progress(i: int, n: int, name: str) -> None:
        if not args.json:
            print(f"[{i + 1}/{n}] {name}", file=sys.stderr)

    results = selftest.run(extra_checks, progress)
    ok = all(r.ok for r in results)
    out = {
        "ok": ok,
        "checks": [{"name": r.name, "ok": r.ok, "seconds": round(r.seconds, 3), "detail": r.detail} for r in results],
        "_text": "\n".join(f"{'OK ' if r.ok else 'LỖI'} {r.name} ({r.seconds:.2f} s) {r.detail}" for r in results),
    }
    if not ok:
        out["_exit"] = 1
        out["error"] = "self_test_failed"
        out["message"] = messages.text("self_test_failed", detail=", ".join(r.name for r in results if not r.ok))
    return out


# -- parser -------------------------------------------------------------------

def _common(suppress: bool) -> argparse.ArgumentParser:
    d = argparse.SUPPRESS if suppress else None
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--vault", metavar="DIR", default=d, help="thư mục kho dữ liệu / vault folder")
    p.add_argument("--user", metavar="NAME", default=d, help="tên đăng nhập / user name")
    p.add_argument("--password-stdin", action="store_true", default=d if suppress else False,
                   help="đọc mật khẩu ở dòng đầu của stdin / read the password from stdin's first line")
    p.add_argument("--json", action="store_true", default=d if suppress else False, help="in một đối tượng JSON / print one JSON object")
    p.add_argument("--lang", choices=["vi", "en"], default=d, help="ngôn ngữ thông báo / message language")
    return p


def build_parser() -> argparse.ArgumentParser:
    common = _common(suppress=True)
    ctx = types.SimpleNamespace(unlocked=_unlocked, UsageError=UsageError, stdin_line=_stdin.line)  # for command groups in other modules
    top = _Parser(prog="hoso", parents=[_common(suppress=False)],
                  description="HoSo — quản lý hồ sơ bảo vệ chính trị nội bộ / internal political protection dossiers. "
                              "Không có lệnh: mở giao diện / no command: start the GUI.")
    top.add_argument("--version", action="version", version=f"HoSo {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", parents=[common], help="tạo kho dữ liệu mới / create a new vault")
    p.add_argument("--unit-code", required=True, help="mã đơn vị / unit code")
    p.add_argument("--unit-name", required=True, help="tên đơn vị / unit name")
    p.add_argument("--admin", required=True, help="tên đăng nhập quản trị / admin user name")
    p.add_argument("--admin-name", help="họ tên quản trị viên / admin's full name")
    p.add_argument("--kem", choices=["mlkem768x25519", "x25519"], default="mlkem768x25519",
                   help="khóa nhận gói tin / receiving key kind (default: hybrid post-quantum)")
    p.set_defaults(func=cmd_init)

    pu = sub.add_parser("user", help="người dùng / users").add_subparsers(dest="user_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = pu.add_parser("add", parents=[common], help="thêm người dùng (dòng 2 stdin: mật khẩu mới) / add a user (stdin line 2: new password)")
    p.add_argument("new_user")
    p.add_argument("--role", required=True, choices=["admin", "leader", "officer", "clerk"])
    p.add_argument("--full-name")
    p.set_defaults(func=cmd_user_add)
    p = pu.add_parser("list", parents=[common], help="danh sách người dùng / list users")
    p.set_defaults(func=cmd_user_list)
    p = pu.add_parser("passwd", parents=[common], help="đổi mật khẩu của mình (dòng 2: mật khẩu mới) / change own password")
    p.set_defaults(func=cmd_user_passwd)
    p = pu.add_parser("reset", parents=[common], help="đặt lại mật khẩu (dòng 2: mật khẩu mới) / reset a password")
    p.add_argument("target")
    p.add_argument("--recovery-key-stdin", action="store_true", help="dòng 1 là khóa khôi phục / stdin line 1 is the recovery key")
    p.set_defaults(func=cmd_user_reset)
    for name, fn, text, helptext in (
        ("unlock", "unlock_user", "Đã mở khóa", "mở khóa tài khoản / unlock an account"),
        ("disable", "deactivate_user", "Đã vô hiệu hóa", "vô hiệu hóa tài khoản / disable an account"),
        ("role", "set_role", "Đã đổi vai trò", "đổi vai trò / change role"),
    ):
        p = pu.add_parser(name, parents=[common], help=helptext)
        p.add_argument("target")
        if name == "role":
            p.add_argument("--role", required=True, choices=["admin", "leader", "officer", "clerk"])
        p.set_defaults(func=_simple_user_change(fn, text))
    from .compliance_cli import add_commands as add_carrier_commands, recall_command

    p = pu.add_parser("recall", parents=[common], help="những gì người dùng đang giữ, cần thu hồi / what a user holds, to collect")
    p.add_argument("target")
    p.add_argument("--pdf", metavar="OUT.pdf", help="in danh sách thu hồi ra PDF / print the recall list to a PDF")
    p.set_defaults(func=recall_command(ctx))
    add_carrier_commands(sub, common, ctx)

    pa = sub.add_parser("audit", help="nhật ký kiểm toán / audit trail").add_subparsers(dest="audit_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = pa.add_parser("verify", parents=[common], help="kiểm tra chuỗi băm / check the hash chain")
    p.set_defaults(func=cmd_audit_verify)
    p = pa.add_parser("list", parents=[common], help="xem nhật ký / list entries")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--filter")
    p.set_defaults(func=cmd_audit_list)

    pv = sub.add_parser("vault", help="kho dữ liệu / vault").add_subparsers(dest="vault_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = pv.add_parser("backup", parents=[common], help="sao lưu / back up")
    p.add_argument("--to", required=True, metavar="DIR")
    p.set_defaults(func=cmd_vault_backup)
    p = pv.add_parser("restore", parents=[common], help="khôi phục từ bản sao lưu / restore a backup")
    p.add_argument("backup", metavar="BACKUP_DIR")
    p.set_defaults(func=cmd_vault_restore)
    p = pv.add_parser("rekey", parents=[common], help="thay khóa dữ liệu / replace the data key")
    p.set_defaults(func=cmd_vault_rekey)

    pp = sub.add_parser("person", help="hồ sơ / dossiers").add_subparsers(dest="person_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = pp.add_parser("search", parents=[common], help="tìm không dấu / diacritic-insensitive search")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--unit", help="lọc theo đơn vị / filter by unit")
    p.add_argument("--secrecy", choices=LEVELS)
    p.add_argument("--abroad", action="store_true", help="có người thân ở nước ngoài / has relatives abroad")
    p.add_argument("--case-state", choices=["received", "collecting", "verifying", "appraising", "awaiting_decision", "concluded", "archived", "suspended"],
                   help="có vụ việc ở trạng thái này / has a case in this state")
    p.set_defaults(func=cmd_person_search)
    p = pp.add_parser("show", parents=[common], help="xem một hồ sơ / one dossier, whole")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_person_show)

    states = ["received", "collecting", "verifying", "appraising", "awaiting_decision", "concluded", "archived", "suspended"]
    pc = sub.add_parser("case", help="vụ việc thẩm tra / verification cases").add_subparsers(dest="case_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = pc.add_parser("purposes", parents=[common], help="các mẫu danh mục / checklist templates")
    p.set_defaults(func=cmd_case_purposes)
    p = pc.add_parser("create", parents=[common], help="mở vụ việc / open a case")
    p.add_argument("--person", type=int, required=True)
    p.add_argument("--purpose", required=True)
    p.add_argument("--requesting-unit")
    p.add_argument("--target-post")
    p.add_argument("--due", help="hạn (dd/mm/yyyy) / due date")
    p.set_defaults(func=cmd_case_create)
    p = pc.add_parser("list", parents=[common], help="danh sách vụ việc / list cases")
    p.add_argument("--state", choices=states)
    p.add_argument("--person", type=int)
    p.add_argument("--purpose")
    p.add_argument("--overdue", action="store_true", help="chỉ vụ việc quá hạn / overdue only")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(func=cmd_case_list)
    p = pc.add_parser("show", parents=[common], help="xem vụ việc / show a case")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_case_show)
    p = pc.add_parser("check", parents=[common], help="ghi kết quả một mục / record a checklist result")
    p.add_argument("id", type=int)
    p.add_argument("item")
    p.add_argument("--status", required=True, choices=["not_started", "in_progress", "done", "failed", "na"])
    p.add_argument("--note")
    p.set_defaults(func=cmd_case_check)
    p = pc.add_parser("advance", parents=[common], help="chuyển bước / move through the workflow")
    p.add_argument("id", type=int)
    p.add_argument("--to", required=True, choices=states)
    p.add_argument("--outcome")
    p.add_argument("--note")
    p.add_argument("--issue", action="append", help="mã vấn đề (lặp lại được) / issue code (repeatable)")
    p.add_argument("--limit", help="giới hạn khi kết luận có giới hạn / the limit for meets_with_limit")
    p.set_defaults(func=cmd_case_advance)
    p = pc.add_parser("correct", parents=[common], help="đính chính vụ việc đã kết luận / correct a concluded case")
    p.add_argument("id", type=int)
    p.add_argument("--note", required=True)
    p.set_defaults(func=cmd_case_correct)
    p = pc.add_parser("request", parents=[common], help="ghi đề nghị thẩm tra đã gửi / record a verification request")
    p.add_argument("id", type=int)
    p.add_argument("--recipient", required=True)
    p.add_argument("--number", help="số, ký hiệu / number and symbol")
    p.add_argument("--sent", required=True, help="dd/mm/yyyy")
    p.add_argument("--deadline", required=True, help="dd/mm/yyyy")
    p.add_argument("--item", help="mã mục / item code")
    p.set_defaults(func=cmd_case_request)
    p = pc.add_parser("reply", parents=[common], help="ghi trả lời / record a reply")
    p.add_argument("request", type=int)
    p.add_argument("--date", required=True, help="dd/mm/yyyy")
    p.add_argument("--finding", required=True)
    p.set_defaults(func=cmd_case_reply)
    p = pc.add_parser("import-template", parents=[common], help="nhập mẫu danh mục mới / import a revised template")
    p.add_argument("file")
    p.set_defaults(func=cmd_template_import)

    pr = sub.add_parser("report", help="báo cáo / reports").add_subparsers(dest="report_cmd", metavar="KIND", parser_class=_Parser, required=True)
    p = pr.add_parser("cases", parents=[common], help="báo cáo vụ việc / case report")
    p.add_argument("--since", help="từ ngày tiếp nhận (dd/mm/yyyy) / received from")
    p.add_argument("--until", help="đến ngày (dd/mm/yyyy) / received until")
    p.add_argument("--purpose")
    p.add_argument("--unit", help="đơn vị đề nghị / requesting unit")
    p.add_argument("-o", "--output", help="xuất .xlsx (ghi sổ sao chụp) / export .xlsx (registered as a copy)")
    p.set_defaults(func=cmd_report_cases)
    from .yearly_cli import add_report_command as add_yearly_report

    add_yearly_report(pr, common, ctx)

    pu2 = sub.add_parser("unit", help="đơn vị và tin cậy / units and trust").add_subparsers(dest="unit_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = pu2.add_parser("card", parents=[common], help="xuất thẻ đơn vị / export this unit's card")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_unit_card)
    p = pu2.add_parser("trust", parents=[common], help="tin cậy đơn vị khác / trust another unit")
    p.add_argument("file")
    p.add_argument("--fingerprint", help="dấu vân tay đọc từ tờ in / fingerprint read from the printed sheet")
    p.set_defaults(func=cmd_unit_trust)
    p = pu2.add_parser("list", parents=[common], help="các đơn vị đã biết / known units")
    p.set_defaults(func=cmd_unit_list)
    p = pu2.add_parser("revoke", parents=[common], help="thu hồi tin cậy / revoke a unit")
    p.add_argument("code")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_unit_revoke)
    p = pu2.add_parser("rotate", parents=[common], help="thay khóa đơn vị / rotate this unit's keys")
    p.add_argument("-o", "--output", required=True, help="thẻ mới / the new card")
    p.set_defaults(func=cmd_unit_rotate)

    pb = sub.add_parser("bundle", help="gói tin niêm phong / sealed bundles").add_subparsers(dest="bundle_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = pb.add_parser("export", parents=[common], help="ghi gói tin / write a sealed bundle")
    p.add_argument("--to", action="append", required=True, help="mã đơn vị nhận (lặp lại được) / recipient unit code")
    p.add_argument("--case", type=int, action="append")
    p.add_argument("--person", type=int, action="append")
    p.add_argument("-o", "--output", required=True, help="tệp gói tin trên thiết bị / bundle file on the medium")
    p.add_argument("--secrecy", choices=LEVELS)
    p.add_argument("--no-attachments", action="store_true")
    p.add_argument("--carrier", help="nhãn, số seri USB / carrier label")
    p.set_defaults(func=cmd_bundle_export)
    p = pb.add_parser("inspect", parents=[common], help="xem phần đầu (không cần khóa) / read the outer header")
    p.add_argument("file")
    p.set_defaults(func=cmd_bundle_inspect)
    p = pb.add_parser("import", parents=[common], help="kiểm tra rồi nhập / verify fully, then merge")
    p.add_argument("file")
    p.add_argument("--preview", action="store_true", help="chỉ xem trước / preview only")
    p.add_argument("--receipt-to", help="thư mục ghi giấy báo nhận (mặc định: cạnh gói tin) / where to write the receipt")
    p.add_argument("--remove", action="store_true", help="xóa gói tin khỏi USB sau khi nhập / remove from the medium after import")
    p.set_defaults(func=cmd_bundle_import)

    from .registers_cli import add_commands as add_register_commands

    add_register_commands(sub, pb, common, ctx)

    px = sub.add_parser("excel", help="danh sách Excel / Excel lists").add_subparsers(dest="excel_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = px.add_parser("import", parents=[common], help="nhập danh sách (.xlsx, .xlsm, .xls, .ods) / import a personnel list")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME", help="trang tính (mặc định: tự tìm) / sheet (default: detected)")
    p.add_argument("--header-row", type=int, metavar="N", help="dòng tiêu đề (mặc định: tự tìm) / header row (default: detected)")
    p.add_argument("--last-row", type=int, metavar="N", help="dòng dữ liệu cuối / last data row (default: before the footer)")
    p.add_argument("--profile", metavar="NAME", help="dùng mẫu ánh xạ cột đã lưu / use a saved column mapping")
    p.add_argument("--save-profile", metavar="NAME", help="lưu ánh xạ cột với tên này / save the column mapping under this name")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì / preview only, change nothing")
    p.add_argument("--report", metavar="OUT.xlsx", help="ghi báo cáo lỗi / write the error report")
    p.add_argument("--create-near-matches", action="store_true",
                   help="tạo mới cả các dòng gần giống hồ sơ đã có (mặc định: để xem xét) / create rows that only resemble existing dossiers")
    p.add_argument("--no-near-matches", action="store_true", help="không tìm họ tên gần giống / skip near-spelling search")
    p.add_argument("--accept-id-warnings", action="store_true",
                   help="vẫn nhập khi số CCCD không khớp năm sinh/giới tính (ghi lý do) / import despite CCCD inconsistencies")
    p.add_argument("--secrecy", choices=LEVELS, default="mat",
                   help="độ mật khi tệp không có cột độ mật / level when the file has no secrecy column")
    p.set_defaults(func=cmd_excel_import)
    p = px.add_parser("export", parents=[common], help="xuất hồ sơ ra .xlsx (ghi sổ sao chụp) / export persons to .xlsx")
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p.add_argument("--search", metavar="Q", help="chỉ những người tìm thấy / only the search result")
    p.add_argument("--unit", help="lọc theo đơn vị / filter by unit")
    p.add_argument("--secrecy", choices=LEVELS, help="lọc theo độ mật / filter by level")
    p.set_defaults(func=cmd_excel_export)
    p = px.add_parser("template", parents=[common], help="mẫu danh sách trống / blank import template")
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p.set_defaults(func=cmd_excel_template)

    # Command groups kept beside the code they drive; each gets the same helpers.
    import importlib

    for module in ("exchange.conflicts_cli", "forms.cli", "release.cli", "secrecy.cli", "yearly_cli"):
        importlib.import_module(f"{__package__}.{module}").add_commands(sub, common, ctx)

    pm = sub.add_parser("machine", help="kiểm tra máy trạm / workstation checks").add_subparsers(dest="machine_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    p = pm.add_parser("check", parents=[common], help="mạng, nơi đặt kho, đồng hồ / network, vault storage, clock")
    p.set_defaults(func=cmd_machine_check)

    p = sub.add_parser("demo", parents=[common], help="tạo hoặc bổ sung kho trình diễn / create or fill a demo vault")
    p.add_argument("--persons", type=int, default=1000)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("self-test", parents=[common], help="tự kiểm tra / end-to-end self-test")
    p.set_defaults(func=cmd_self_test)
    return top


def _emit(args_json: bool, out: dict, code: int) -> int:
    if args_json:
        print(json.dumps({k: v for k, v in out.items() if not k.startswith("_")}, ensure_ascii=False))
    elif "_text" in out:
        print(out["_text"], file=sys.stdout if code == 0 else sys.stderr)
    return code


def main(argv: list[str] | None = None, extra_self_checks=()) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)  # everything HoSo writes is for the owner only
    want_json = "--json" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.lang:
            messages.set_language(args.lang)
        if not getattr(args, "func", None):
            raise UsageError("hoso: thiếu lệnh / missing command (hoso --help)")
        out = args.func(args, extra_self_checks) if args.func is cmd_self_test else args.func(args)
        return _emit(args.json, out, int(out.get("_exit", 0)))
    except UsageError as exc:
        if want_json:
            print(json.dumps({"error": "usage", "message": str(exc)}, ensure_ascii=False))
        print(str(exc), file=sys.stderr)
        return 2
    except HosoError as exc:
        if want_json:
            print(json.dumps({"error": exc.code, "message": exc.message}, ensure_ascii=False))
        print(f"hoso: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        err = HosoError("disk_error", detail=f"{exc.strerror or exc} ({exc.filename or ''})")
        if want_json:
            print(json.dumps({"error": err.code, "message": err.message}, ensure_ascii=False))
        print(f"hoso: {err.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("hoso: đã hủy / cancelled", file=sys.stderr)
        return 130


