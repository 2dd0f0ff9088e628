"""`hoso secrecy ...`: the warning list, an item's history, and the decisions.

Wired into app/cli.py by `secrecy.cli.add_commands(sub, common, ctx)`.
Dates are dd/mm/yyyy (ISO accepted too); JSON dates are ISO.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Callable

from ..cli_support import SECRET_LEVELS, date_arg
from ..domain.secrecy import SecrecyLevel, level_styles
from ..forms.words import short_date
from . import lifecycle, terms as terms_mod

KIND_HELP = "loại / kind: " + ", ".join(lifecycle.KIND_CODES)


def _label(level: int | None) -> str:
    return "" if level is None else level_styles()[SecrecyLevel(level)].label_vi


def _item_text(it: dict) -> str:
    left = it["days_left"]
    when = "" if left is None else (f"còn {left} ngày" if left >= 0 else f"quá {-left} ngày")
    return (f"{it['object_kind']:<15} {it['object_id']:>7}  {_label(SecrecyLevel.parse(it['level'])):<9} "
            f"{short_date(it['classified_on'])} → {short_date(it['expires_on']) or '—':<10} {when:<14} {it['label']}")


def _decision_json(d: lifecycle.Decision) -> dict:
    return {"id": d.id, "kind": d.kind, "old_level": SecrecyLevel(d.old_level).code if d.old_level is not None else None,
            "new_level": SecrecyLevel(d.new_level).code if d.new_level is not None else None,
            "old_expires": d.old_expires, "new_expires": d.new_expires, "decision_no": d.decision_no,
            "decision_date": d.decision_date, "authority": d.authority, "reason": d.reason, "automatic": d.automatic,
            "made_at": d.made_at, "made_by": d.made_by}


def _decision(args) -> lifecycle.DecisionInfo:
    return lifecycle.DecisionInfo(args.decision, args.date, args.authority, args.reason or "")


def _list(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            r = lifecycle.expiring(s, args.expiring_days, args.kind or "", today=args.as_of, limit=args.limit)
        items = [i.to_json(r.as_of) for i in r.items]
        text = "\n".join(_item_text(i) for i in items) or f"Không có tài liệu nào hết thời hạn bảo vệ trong {r.window_days} ngày tới."
        if r.truncated:
            text += f"\n(chỉ hiện {len(items)} mục đầu / first {len(items)} shown)"
        return {"items": items, "truncated": r.truncated, "as_of": r.as_of.isoformat(), "window_days": r.window_days, "_text": text}

    return cmd


def _show(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            it = lifecycle.get_item(s, args.kind, args.id)
        out = it.to_json(_dt.date.today())
        return {**out, "_text": _item_text(out)}

    return cmd


def _history(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            h = lifecycle.history(s, args.kind, args.id)
        rows = [_decision_json(d) for d in h.decisions]
        head = _item_text(h.item.to_json(_dt.date.today())) if h.item else f"{args.kind} {args.id}: không còn trong kho / no longer in the vault"
        lines = [head] + [f"  {_dt.datetime.fromtimestamp(d['made_at']):%d/%m/%Y %H:%M} {d['kind']:<10} "
                          f"{_label(SecrecyLevel.parse(d['old_level'])) if d['old_level'] else '':<9} → "
                          f"{_label(SecrecyLevel.parse(d['new_level'])) if d['new_level'] else 'không mật':<9} "
                          f"{short_date(d['new_expires']):<10} {'tự động' if d['automatic'] else 'QĐ ' + d['decision_no'] + ' ngày ' + short_date(d['decision_date']) + ' của ' + d['authority']}"
                          f"{' — ' + d['reason'] if d['reason'] else ''}" for d in rows]
        return {"object_kind": h.object_kind, "object_id": h.object_id, "exists": h.item is not None,
                "item": h.item.to_json(_dt.date.today()) if h.item else None, "decisions": rows, "_text": "\n".join(lines)}

    return cmd


def _decide(ctx, what: str) -> Callable:
    def cmd(args) -> dict:
        d = _decision(args)
        with ctx.unlocked(args) as s:
            if what == "extend":
                it = lifecycle.extend(s, args.kind, args.id, d, until=args.until, years=args.years)
            elif what == "term":
                it = lifecycle.set_term(s, args.kind, args.id, d, until=args.until, years=args.years)
            elif what == "adjust":
                it = lifecycle.adjust(s, args.kind, args.id, SecrecyLevel.parse(args.level), d)
            else:
                it = lifecycle.declassify(s, args.kind, args.id, d)
        out = it.to_json(_dt.date.today())
        return {**out, "_text": "Đã ghi quyết định / decision recorded\n" + _item_text(out)}

    return cmd


def _sweep(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            n = lifecycle.sweep(s)
        return {"declassified": n, "_text": f"Đã tự động giải mật {n} tài liệu hết thời hạn bảo vệ / {n} items declassified"}

    return cmd


def _terms(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            if args.set:
                try:
                    doc = json.loads(Path(args.set).read_text("utf-8"))
                except (OSError, ValueError) as exc:
                    from ..errors import HosoError

                    raise HosoError("secrecy_terms_invalid", detail=f"{args.set}: {exc}") from None
                t = terms_mod.set_terms(s, doc)
            elif args.reset:
                t = terms_mod.set_terms(s, None)
            else:
                t = terms_mod.terms_for(s)
        out = {**t.to_json(), "source": t.source}
        years = ", ".join(f"{_label(lv)}: {y} năm" for lv, y in t.base_years.items())
        return {**out, "_text": f"{t.legal_basis}\n{years}; gia hạn trước ít nhất {t.extension_notice_days} ngày; "
                               f"cảnh báo trước {t.warning_days} ngày ({'của kho' if t.source == 'vault' else 'mặc định'})"}

    return cmd


def _decision_options(p) -> None:
    p.add_argument("--decision", required=True, metavar="NO", help="số quyết định / decision number")
    p.add_argument("--date", required=True, type=date_arg, metavar="DD/MM/YYYY", help="ngày quyết định / decision date")
    p.add_argument("--authority", required=True, help="cấp có thẩm quyền quyết định / deciding authority")
    p.add_argument("--reason", help="lý do / reason")


def _target(p) -> None:
    p.add_argument("kind", choices=lifecycle.KIND_CODES, help=KIND_HELP)
    p.add_argument("id", help="số của tài liệu / the item's id")


def add_commands(sub, common, ctx) -> None:
    """Add `secrecy ...` to the top-level subparsers `sub`."""
    top = sub.add_parser("secrecy", help="thời hạn bảo vệ bí mật nhà nước / secrecy terms and decisions")
    ps = top.add_subparsers(dest="secrecy_cmd", metavar="ACTION", parser_class=type(top), required=True)
    p = ps.add_parser("list", parents=[common], help="tài liệu sắp hết thời hạn bảo vệ / items whose term ends soon")
    p.add_argument("--expiring-days", type=int, metavar="N", help="trong N ngày tới (mặc định 90) / within N days (default 90)")
    p.add_argument("--kind", choices=lifecycle.KIND_CODES, help=KIND_HELP)
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--as-of", type=date_arg, metavar="DD/MM/YYYY", help="tính như vào ngày này / as on this day")
    p.set_defaults(func=_list(ctx))
    p = ps.add_parser("show", parents=[common], help="độ mật, thời hạn của một tài liệu / one item's level and term")
    _target(p)
    p.set_defaults(func=_show(ctx))
    p = ps.add_parser("history", parents=[common], help="các quyết định về một tài liệu / an item's decisions")
    _target(p)
    p.set_defaults(func=_history(ctx))
    for name, helptext in (("extend", "gia hạn thời hạn bảo vệ / extend the term"),
                           ("term", "ghi thời hạn ngắn hơn thời hạn chung / record a shorter stated term")):
        p = ps.add_parser(name, parents=[common], help=helptext)
        _target(p)
        g = p.add_mutually_exclusive_group(required=True)
        g.add_argument("--until", type=date_arg, metavar="DD/MM/YYYY", help="hạn mới / new end date")
        g.add_argument("--years", type=int, metavar="N", help="số năm / years")
        _decision_options(p)
        p.set_defaults(func=_decide(ctx, name))
    p = ps.add_parser("adjust", parents=[common], help="điều chỉnh độ mật / adjust the level")
    _target(p)
    p.add_argument("--level", required=True, choices=SECRET_LEVELS)
    _decision_options(p)
    p.set_defaults(func=_decide(ctx, "adjust"))
    p = ps.add_parser("declassify", parents=[common], help="giải mật theo quyết định / declassify by decision")
    _target(p)
    _decision_options(p)
    p.set_defaults(func=_decide(ctx, "declassify"))
    p = ps.add_parser("sweep", parents=[common], help="tự động giải mật tài liệu hết thời hạn / declassify what has expired")
    p.set_defaults(func=_sweep(ctx))
    p = ps.add_parser("terms", parents=[common], help="xem hoặc thay thời hạn bảo vệ / show or replace the terms")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--set", metavar="FILE.json", help="thay bằng tệp JSON (quản trị viên) / replace from a JSON file (admin)")
    g.add_argument("--reset", action="store_true", help="trở về mặc định / back to the built-in terms")
    p.set_defaults(func=_terms(ctx))
