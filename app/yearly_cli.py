"""`hoso report yearly` and `hoso incident ...`: the yearly statistics and the loss/leak incidents.

Wired into app/cli.py: `add_report_command(report_subparsers, common, ctx)` in the
existing `report` group and `add_commands(sub, common, ctx)` for `incident`.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from .cli_support import SECRET_LEVELS, date_arg, moment_arg


def _date(text: str) -> _dt.date:  # this group's usage error has always been bilingual
    return date_arg(text, bad="ngày không hợp lệ / bad date")


def incident_json(r) -> dict:
    return {"id": r.id, "year": r.year, "number": r.number, "kind": r.kind, "secrecy": r.secrecy.code,
            "discovered_at": _dt.datetime.fromtimestamp(r.discovered_at).isoformat(timespec="minutes"),
            "discovered_by": r.discovered_by, "items": r.items, "circumstances": r.circumstances,
            "report_no": r.report_no, "report_date": r.report_date, "reported_to": r.reported_to, "measures": r.measures,
            "status": r.status, "cancel_reason": r.cancel_reason, "created_by": r.created_by}


def _incident_line(r) -> str:
    kind = {"loss": "Mất", "leak": "Lộ"}.get(r.kind, r.kind)
    when = _dt.datetime.fromtimestamp(r.discovered_at).strftime("%d/%m/%Y %H:%M")
    cancelled = f" (ĐÃ HỦY: {r.cancel_reason})" if r.status == "cancelled" else ""
    report = f"; báo cáo {r.report_no} gửi {r.reported_to}" if r.report_no or r.reported_to else "; CHƯA CÓ BÁO CÁO"
    return f"{r.number:>3}/{r.year} #{r.id} {when} {kind:<4} {r.secrecy.code:<9} {r.items}{report}{cancelled}"


def _yearly(ctx):
    from . import yearly_report as Y

    def run(args) -> dict:
        with ctx.unlocked(args) as s:
            year = args.year if args.year is not None else Y.year_of(_dt.date.today())
            rep = Y.compute(s, year)
            out = rep.as_json()
            if args.xlsx:
                x = Y.export_xlsx(s, rep, Path(args.xlsx), confirmed=True)
                out["xlsx"] = {"path": str(x.path), "register_number": x.register_number}
            if args.pdf:
                p = Y.export_pdf(s, rep, Path(args.pdf))
                out["pdf"] = {"path": str(p.path), "pages": p.pages, "register_number": f"{p.register_number}/{p.register_year}"}
        text = [f"{Y.title(rep)} — {rep.unit_name}", f"Số liệu: {rep.window.text()}",
                f"{'':<44} {'Mật':>7} {'Tối mật':>8} {'Tuyệt mật':>10} {'Cộng':>7}"]
        for r, c in rep.table():
            label = ("  " * r.indent + r.label)[:44]
            text.append(f"{label:<44} {c.mat:>7} {c.toi_mat:>8} {c.tuyet_mat:>10} {c.total:>7}")
        for k in ("xlsx", "pdf"):
            if k in out:
                text.append(f"Đã ghi {out[k]['path']} (sổ sao chụp số {out[k]['register_number']})")
        out["_text"] = "\n".join(text)
        return out

    return run


def add_report_command(pr, common, ctx) -> None:
    """`hoso report yearly` inside the existing `report` group."""
    p = pr.add_parser("yearly", parents=[common], help="báo cáo thống kê bảo vệ bí mật nhà nước hằng năm / yearly secrets report")
    p.add_argument("--year", type=int, help="năm báo cáo (mặc định: năm có ngày hôm nay trong kỳ số liệu) / report year")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="xuất .xlsx (ghi sổ sao chụp) / export .xlsx (registered as a copy)")
    p.add_argument("--pdf", metavar="OUT.pdf", help="in ra PDF (ghi sổ sao chụp) / save as PDF (registered as a copy)")
    p.set_defaults(func=_yearly(ctx))


def add_commands(sub, common, ctx) -> None:
    from . import incidents as I
    from .domain.secrecy import SecrecyLevel

    top = sub.add_parser("incident", help="vụ lộ, mất bí mật nhà nước / loss or leak incidents")
    pi = top.add_subparsers(dest="incident_cmd", metavar="ACTION", parser_class=type(top), required=True)

    def report_options(p) -> None:
        p.add_argument("--report-no", default="", help="số, ký hiệu báo cáo tức thời / number of the immediate report")
        p.add_argument("--report-date", type=_date, help="ngày báo cáo (dd/mm/yyyy) / date of the report")
        p.add_argument("--reported-to", default="", help="nơi nhận báo cáo / to whom it was reported")
        p.add_argument("--measures", default="", help="biện pháp đã làm / measures taken")

    def add(args) -> dict:
        new = I.NewIncident(I.IncidentKind(args.kind), SecrecyLevel.parse(args.secrecy), args.discovered, args.discovered_by,
                            args.items, args.how, args.report_no, args.report_date, args.reported_to, args.measures)
        with ctx.unlocked(args) as s:
            r = I.add(s, new)
        return {**incident_json(r), "_text": f"Đã ghi vụ số {r.number}/{r.year} (#{r.id})"}

    def listing(args) -> dict:
        with ctx.unlocked(args) as s:
            rows = I.list_incidents(s, args.limit, args.year)
        return {"incidents": [incident_json(r) for r in rows], "_text": "\n".join(_incident_line(r) for r in rows) or "Chưa có vụ nào."}

    def report(args) -> dict:
        with ctx.unlocked(args) as s:
            r = I.record_report(s, args.id, report_no=args.report_no, report_date=args.report_date, reported_to=args.reported_to,
                                measures=args.measures)
        return {**incident_json(r), "_text": f"Đã cập nhật vụ số {r.number}/{r.year}"}

    def cancel(args) -> dict:
        with ctx.unlocked(args) as s:
            r = I.cancel(s, args.id, args.reason)
        return {**incident_json(r), "_text": f"Đã hủy mục vụ số {r.number}/{r.year}"}

    p = pi.add_parser("add", parents=[common], help="ghi một vụ lộ, mất / record an incident")
    p.add_argument("--kind", required=True, choices=["loss", "leak"], help="mất (loss) hay lộ (leak)")
    p.add_argument("--secrecy", required=True, choices=SECRET_LEVELS, help="độ mật cao nhất của tài liệu bị lộ, mất / level")
    p.add_argument("--discovered", required=True, type=moment_arg, metavar="'DD/MM/YYYY HH:MM'", help="thời điểm phát hiện / when discovered")
    p.add_argument("--discovered-by", required=True, help="người phát hiện / who discovered it")
    p.add_argument("--items", required=True, help="tài liệu, vật bị lộ, mất / what was lost or leaked")
    p.add_argument("--how", default="", help="diễn biến / how it happened")
    report_options(p)
    p.set_defaults(func=add)
    p = pi.add_parser("list", parents=[common], help="danh sách vụ lộ, mất / list incidents")
    p.add_argument("--year", type=int, help="chỉ kỳ số liệu của năm báo cáo này / only this report year's window")
    p.add_argument("--limit", type=int, default=1000)
    p.set_defaults(func=listing)
    p = pi.add_parser("report", parents=[common], help="ghi báo cáo tức thời, biện pháp / record the immediate report and measures")
    p.add_argument("id", type=int)
    report_options(p)
    p.set_defaults(func=report)
    p = pi.add_parser("cancel", parents=[common], help="hủy mục ghi nhầm / cancel a mistaken entry")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cancel)
