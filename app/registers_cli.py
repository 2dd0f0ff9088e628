"""`hoso register ...` (the books) and `hoso bundle slip` (the hand-over slip of a sent bundle).

Wired into app/cli.py by `add_commands(sub, bundle_sub, common, ctx)`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from . import handover, registers
from .cli_support import LEVELS
from .domain.secrecy import SecrecyLevel
from .forms import api
from .forms.cli import _print_options, _result, print_job

KIND_CHOICES = (*registers.KINDS, "print")


def _line(e: dict) -> str:
    text = e.get("abstract") or e.get("number_symbol") or e.get("object_id") or e.get("carrier_label") or e.get("kind", "")
    mark = f"  [ĐÃ HỦY: {e['cancel_reason']}]" if e["status"] == "cancelled" else ""
    fixes = f"  [{len(e['corrections'])} lần sửa]" if e["corrections"] else ""
    return f"{e['number']:>5}/{e['year']} q.{e['volume']} {e['secrecy']:<9} {text}{mark}{fixes}"


def _volume_json(v) -> dict:
    return {"volume": v.volume, "opened_at": v.opened_at, "opened_by": v.opened_by, "closed": v.closed, "closed_at": v.closed_at,
            "closed_by": v.closed_by, "note": v.close_note}


def _list(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            found = registers.list_register(s, args.kind, args.limit, args.volume)
            names = registers.user_names(s.vault.conn)
            rows = [registers.entry_json(e, names) for e in found if not args.year or e.year == args.year]
            vols = [_volume_json(v) for v in registers.volumes(s, args.kind)]
        return {"kind": args.kind, "entries": rows, "volumes": vols, "_text": "\n".join(_line(r) for r in rows) or "(sổ chưa có mục nào)"}

    return cmd


def _pairs(ctx, items: list[str]) -> dict:
    out = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ctx.UsageError(f"--set cần dạng COT=GIÁ_TRỊ: {item!r} / --set takes KEY=VALUE")
        out[key.strip()] = value
    return out


def _entry_out(e, text: str) -> dict:
    """An entry command's answer: the entry's keys at the top (the old flat form) and under "entry"."""
    js = registers.entry_json(e)
    return {**js, "entry": js, "_text": text}


def _add(ctx) -> Callable:
    def cmd(args) -> dict:
        fields = _pairs(ctx, args.set)
        with ctx.unlocked(args) as s:
            e = registers.add_entry(s, args.kind, SecrecyLevel.parse(args.secrecy), fields, authorised_by=args.authorised_by or "",
                                    authorisation=args.authorisation or "")
        return _entry_out(e, f"Đã ghi mục số {e.number}/{e.year} (quyển {e.volume}) vào {registers.BOOK_NAMES[registers.canonical(args.kind)]}")

    return cmd


def _cancel(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            e = registers.cancel_entry(s, args.kind, args.entry_id, args.reason)
        return _entry_out(e, f"Đã hủy mục số {e.number}/{e.year}: {e.cancel_reason} (mục vẫn giữ trong sổ)")

    return cmd


def _correct(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            e = registers.correct_entry(s, args.kind, args.entry_id, args.field, args.value, args.reason)
        last = e.corrections[-1]
        return _entry_out(e, f"Đã sửa mục số {e.number}/{e.year}, cột {last.field}: {last.old} → {last.new} (lý do: {last.reason})")

    return cmd


def _authorise(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            e = registers.authorise_abstract(s, args.entry_id, args.by, args.decision, args.abstract)
        return _entry_out(e, f"Đã ghi ý kiến cho phép ({args.by}, {args.decision}) cho mục số {e.number}/{e.year}")

    return cmd


def _close(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            v = registers.close_volume(s, args.kind, args.note or "")
        return {"kind": args.kind, **_volume_json(v),
                "_text": f"Đã khóa quyển số {v.volume}; mục ghi sau sẽ vào quyển số {v.volume + 1}. In quyển để ký và đóng sổ: "
                         f"hoso register print --kind {args.kind} --volume {v.volume} -o SO.pdf"}

    return cmd


def _volumes(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            vols = [_volume_json(v) for v in registers.volumes(s, args.kind)]
        return {"kind": args.kind, "volumes": vols,
                "_text": "\n".join(f"Quyển {v['volume']}: {'đã khóa' if v['closed'] else 'đang mở'}" for v in vols) or "(chưa có quyển nào)"}

    return cmd


def _columns(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            cols = registers.input_columns(s.vault.conn, args.kind)
        return {"kind": args.kind, "columns": [{"key": c.key, "title": c.title, "type": c.kind} for c in cols],
                "_text": "\n".join(f"{c.key:<20} {c.kind:<7} {c.title}" for c in cols)}

    return cmd


def _print(ctx) -> Callable:
    def cmd(args) -> dict:
        job = print_job(ctx, args)
        with ctx.unlocked(args) as s:
            res = api.print_form(s, api.register_draft(s, registers.canonical(args.kind), args.year, args.volume), Path(args.output), job)
        return _result(res, "sổ")

    return cmd


def _slip(ctx) -> Callable:
    def cmd(args) -> dict:
        job = print_job(ctx, args)
        with ctx.unlocked(args) as s:
            slip = handover.print_slip(s, args.outgoing_id, Path(args.output), args.giver, args.receiver, job,
                                       copy_numbers=args.copy_numbers or "", notes=args.notes or "")
        out = _result(slip.result, "biên bản giao nhận")
        h = slip.entry
        out.update(handover_id=h.id, handover_number=f"{h.number}/{h.year}", handover_volume=h.volume,
                   _text=f"Sổ giao nhận số {h.number}/{h.year}\n" + out["_text"])
        return out

    return cmd


def add_commands(sub, bundle_sub, common, ctx) -> None:
    """`register ...` under the top-level subparsers `sub`; `slip` under `bundle`."""
    top = sub.add_parser("register", help="sổ đăng ký (đi, đến, giao nhận, sao chụp, vật mang tin, tiêu hủy) / registers")
    pg = top.add_subparsers(dest="register_cmd", metavar="ACTION", parser_class=type(top), required=True)

    def kind(p, required: bool = True) -> None:
        p.add_argument("--kind", required=required, choices=KIND_CHOICES,
                       help="sổ (print = copy: sổ sao, chụp) / register (print = copy)")

    p = pg.add_parser("list", parents=[common], help="xem sổ / list a register")
    kind(p)
    p.add_argument("--volume", type=int, help="một quyển / one volume")
    p.add_argument("--year", type=int, help="một năm / one year")
    p.add_argument("--limit", type=int, default=100_000, help="số mục tối đa / at most N entries")
    p.set_defaults(func=_list(ctx))
    p = pg.add_parser("columns", parents=[common], help="các cột ghi tay của sổ / the columns of an entry by hand")
    kind(p)
    p.set_defaults(func=_columns(ctx))
    p = pg.add_parser("add", parents=[common], help="ghi tay một mục (tài liệu giấy) / enter a paper document by hand")
    kind(p)
    p.add_argument("--secrecy", choices=LEVELS, default="mat", help="độ mật (mặc định mat) / level")
    p.add_argument("--set", action="append", metavar="COT=GIA_TRI", help="một cột (lặp lại) / one column, repeatable")
    p.add_argument("--authorised-by", help="Tuyệt mật: người cho phép ghi trích yếu / top secret: who authorised the abstract")
    p.add_argument("--authorisation", help="Tuyệt mật: văn bản cho phép / the written authorisation")
    p.set_defaults(func=_add(ctx))
    p = pg.add_parser("cancel", parents=[common], help="hủy một mục (giữ số, ghi lý do) / cancel an entry (kept, with reason)")
    kind(p)
    p.add_argument("entry_id", type=int, metavar="ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=_cancel(ctx))
    p = pg.add_parser("correct", parents=[common], help="sửa một cột (giữ giá trị cũ) / correct a column (old value kept)")
    kind(p)
    p.add_argument("entry_id", type=int, metavar="ID")
    p.add_argument("--field", required=True, metavar="COT")
    p.add_argument("--value", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=_correct(ctx))
    p = pg.add_parser("authorise", parents=[common], help="Tuyệt mật: ghi ý kiến cho phép và trích yếu / record an abstract's authorisation")
    p.add_argument("entry_id", type=int, metavar="ID")
    p.add_argument("--by", required=True, help="người cho phép / who authorised")
    p.add_argument("--decision", required=True, help="văn bản cho phép / written authorisation")
    p.add_argument("--abstract", default="", help="trích yếu / the abstract")
    p.set_defaults(func=_authorise(ctx))
    p = pg.add_parser("volumes", parents=[common], help="các quyển sổ / the volumes")
    kind(p)
    p.set_defaults(func=_volumes(ctx))
    p = pg.add_parser("close", parents=[common], help="khóa quyển đang mở / close the open volume")
    kind(p)
    p.add_argument("--note", help="ghi chú khi khóa sổ / note")
    p.set_defaults(func=_close(ctx))
    p = pg.add_parser("print", parents=[common], help="in sổ (một quyển hoặc một năm) / print the book (a volume or a year)")
    kind(p)
    p.add_argument("--volume", type=int, help="một quyển / one volume")
    p.add_argument("--year", type=int, help="một năm / one year")
    _print_options(p)
    p.set_defaults(func=_print(ctx))

    p = bundle_sub.add_parser("slip", parents=[common], help="ghi sổ giao nhận và in biên bản giao nhận / hand-over slip of a sent bundle")
    p.add_argument("outgoing_id", type=int, metavar="OUTGOING_ID", help="mã mục sổ đi (id) / outgoing register entry id")
    p.add_argument("--giver", required=True, help="người giao / who hands over")
    p.add_argument("--receiver", required=True, help="người nhận / who receives")
    p.add_argument("--copy-numbers", help="bản số / copy numbers")
    p.add_argument("--notes", help="ghi chú / notes")
    _print_options(p)
    p.set_defaults(func=_slip(ctx))
