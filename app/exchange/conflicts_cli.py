"""`hoso conflict ...`: records changed on both sides, listed, compared, decided.

Wired into app/cli.py by `add_commands(sub, common, ctx)` (ctx.unlocked gives a session).
"""

from __future__ import annotations

from typing import Callable

from ..cli_support import day
from . import conflicts

_STATUS = {"open": "chờ quyết định", "took_incoming": "đã lấy bản nhận được", "kept_local": "đã giữ bản của đơn vị",
           "merged": "đã gộp hai bản", "superseded": "đã có bản mới hơn"}


def _entry(e: conflicts.ConflictEntry) -> dict:
    c = e.conflict
    return {"id": c.id, "kind": c.kind, "uid": c.uid, "local_id": c.local_id, "person": e.person_name, "purpose": e.case_purpose,
            "sender": c.sender, "sender_name": e.sender_name, "bundle_id": c.bundle_id, "sequence": e.sequence,
            "received_at": e.received_at, "register_number": e.register_number, "status": c.status, "decision": c.decision,
            "taken_fields": list(c.taken_fields),
            "resolved_at": c.resolved_at, "resolved_by": c.resolved_by}


def _list(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            entries = conflicts.overview(s, include_resolved=args.all)
        lines = [f"{e.conflict.id:>4}  {day(e.received_at):<10}  {e.conflict.sender:<10}  {_STATUS.get(e.conflict.decision, ''):<22}  "
                 f"{'hồ sơ' if e.conflict.kind == 'person' else 'vụ việc'} {e.person_name}"
                 + (f" ({e.case_purpose})" if e.case_purpose else "") for e in entries]
        open_count = sum(1 for e in entries if e.conflict.status == "open")
        return {"conflicts": [_entry(e) for e in entries], "open": open_count,
                "_text": "\n".join(lines) if lines else "Không có xung đột nào chờ quyết định."}

    return cmd


def _show(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            cmp = conflicts.compare(s, args.conflict_id)
        text = [f"Xung đột số {cmp.conflict.id} ({_STATUS.get(cmp.conflict.status, cmp.conflict.status)}), từ {cmp.conflict.sender}:"]
        for key in cmp.differing:
            ours = (cmp.ours or {}).get(key)
            text.append(f"  {key}:\n    của đơn vị:  {ours!r}\n    nhận được:   {cmp.theirs.get(key)!r}")
        return {"id": cmp.conflict.id, "kind": cmp.conflict.kind, "status": cmp.conflict.status, "sender": cmp.conflict.sender,
                "differing": list(cmp.differing), "ours": cmp.ours, "theirs": cmp.theirs, "_text": "\n".join(text)}

    return cmd


def _resolve(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            if args.take:
                c = conflicts.merge(s, args.conflict_id, [f.strip() for x in args.take for f in x.split(",") if f.strip()])
            else:
                c = conflicts.resolve(s, args.conflict_id, take_incoming=args.keep == "theirs")
        return {"id": c.id, "status": c.status, "decision": c.decision, "taken_fields": list(c.taken_fields),
                "resolved_by": c.resolved_by, "_text": f"Xung đột số {c.id}: {_STATUS[c.decision]}; bản còn lại vẫn được lưu."}

    return cmd


def add_commands(sub, common, ctx) -> None:
    top = sub.add_parser("conflict", help="xung đột khi nhận gói tin / records changed on both sides")
    pc = top.add_subparsers(dest="conflict_cmd", metavar="ACTION", parser_class=type(top), required=True)
    p = pc.add_parser("list", parents=[common], help="các xung đột chờ quyết định / open conflicts")
    p.add_argument("--all", action="store_true", help="cả các xung đột đã giải quyết / resolved ones too")
    p.set_defaults(func=_list(ctx))
    p = pc.add_parser("show", parents=[common], help="hai bản đặt cạnh nhau / both versions")
    p.add_argument("conflict_id", type=int, metavar="ID")
    p.set_defaults(func=_show(ctx))
    p = pc.add_parser("resolve", parents=[common], help="giữ bản của đơn vị hoặc lấy bản nhận được / keep ours or take theirs")
    p.add_argument("conflict_id", type=int, metavar="ID")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=["ours", "theirs"], help="bản được giữ / the version that stands")
    how.add_argument("--take", action="append", metavar="FIELD[,FIELD]",
                     help="hồ sơ: gộp, lấy các trường này từ bản nhận được (xem `conflict show`) / dossier: merge, taking these fields from theirs")
    p.set_defaults(func=_resolve(ctx))
