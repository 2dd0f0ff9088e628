"""`hoso carrier ...`, `hoso destruction ...` and `hoso user recall`.

Wired into app/cli.py by `add_commands(sub, common, ctx)`; `recall_command(ctx)`
is the function behind `hoso user recall NAME`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from .cli_support import LEVELS, SECRET_LEVELS, date_arg, stamp


# -- carriers ------------------------------------------------------------------------------------------------

def _carrier_json(row) -> dict:
    c, u = row.carrier, row.current
    return {"id": c.id, "label": c.label, "serial": c.serial, "secrecy": c.secrecy.code, "status": c.status, "out": u is not None,
            "taken_by": u.taken_by if u else "", "permit_no": u.permit_no if u else "", "out_at": stamp(u.out_at) if u else "",
            "content": u.content if u else ""}


def _carrier_add(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import carriers
        from .domain.secrecy import SecrecyLevel

        serial = args.serial or (carriers.read_serial(Path(args.medium)) if args.medium else "")
        with ctx.unlocked(args) as s:
            c = carriers.register_carrier(s, args.label, serial, secrecy=SecrecyLevel.parse(args.secrecy), notes=args.notes or "")
        return {"id": c.id, "label": c.label, "serial": c.serial, "secrecy": c.secrecy.code,
                "_text": f"Đã đăng ký vật mang tin {c.label}" + (f" (số seri {c.serial})" if c.serial else " (không đọc được số seri)")}

    return cmd


def _carrier_list(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import carriers

        with ctx.unlocked(args) as s:
            rows = [_carrier_json(r) for r in carriers.list_carriers(s)]
        if args.out_only:
            rows = [r for r in rows if r["out"]]
        text = "\n".join(f"{r['label']:<16} {r['serial'] or '-':<24} {r['status']:<9} "
                         + (f"đang ở ngoài: {r['taken_by']} (giấy phép {r['permit_no']}, {r['out_at']})" if r["out"] else "đang cất giữ")
                         for r in rows)
        return {"carriers": rows, "out": sum(r["out"] for r in rows), "_text": text or "(chưa có vật mang tin nào)"}

    return cmd


def _carrier_out(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import carriers
        from .store import registers

        with ctx.unlocked(args) as s:
            u = carriers.take_out(s, args.label, args.to, args.permit, args.permit_date, args.permit_by, args.content or "", args.notes or "")
            entry = registers.get(s.vault.conn, u.register_id)
        return {"label": args.label, "taken_by": u.taken_by, "permit_no": u.permit_no, "permit_date": u.permit_date,
                "permit_by": u.permit_by, "out_at": stamp(u.out_at), "register_number": f"{entry.number}/{entry.year}",
                "_text": f"Đã ghi mang {args.label} ra ngoài: {u.taken_by}, giấy phép số {u.permit_no}; sổ số {entry.number}/{entry.year}"}

    return cmd


def _carrier_return(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import carriers

        with ctx.unlocked(args) as s:
            u = carriers.return_carrier(s, args.label, args.to)
        return {"label": args.label, "taken_by": u.taken_by, "returned_at": stamp(u.returned_at), "returned_to": u.returned_to,
                "content": u.content, "_text": f"Đã nhận lại {args.label} từ {u.taken_by}"}

    return cmd


def _carrier_uses(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import carriers

        with ctx.unlocked(args) as s:
            rows = carriers.uses(s, args.label)
        uses = [{"taken_by": u.taken_by, "permit_no": u.permit_no, "permit_date": u.permit_date, "permit_by": u.permit_by,
                 "content": u.content, "out_at": stamp(u.out_at), "returned_at": stamp(u.returned_at), "returned_to": u.returned_to or ""}
                for u in rows]
        return {"label": args.label, "uses": uses,
                "_text": "\n".join(f"{u['out_at']} → {u['returned_at'] or '(chưa trả)'}  {u['taken_by']}  {u['content']}" for u in uses)}

    return cmd


# -- destruction ---------------------------------------------------------------------------------------------

def _procedure_json(p) -> dict:
    from .destruction import STATE_LABELS, procedure_no

    return {"id": p.id, "number": procedure_no(p), "state": p.state, "state_label": STATE_LABELS[p.state], "method": p.method,
            "reason": p.reason, "council": p.council, "proposed_by": p.proposed_by, "proposed_at": stamp(p.proposed_at),
            "decision_no": p.decision_no, "decision_date": p.decision_date or "", "authority": p.authority,
            "decided_by": p.decided_by or "", "executed_at": stamp(p.executed_at), "executed_by": p.executed_by or "",
            "items": [{"position": i.position, "kind": i.kind, "object_id": i.object_id, "number_symbol": i.number_symbol,
                       "copy_number": i.copy_number, "abstract": i.abstract, "secrecy": i.secrecy.code} for i in p.items]}


def _split(text: str, parts: int, what: str, ctx) -> list[str]:
    bits = [b.strip() for b in text.split("|")]
    if len(bits) > parts:
        raise ctx.UsageError(f"{what}: tối đa {parts} phần cách nhau bởi '|' / at most {parts} '|'-separated parts")
    return bits + [""] * (parts - len(bits))


def _propose(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import destruction as d
        from .domain.secrecy import SecrecyLevel

        items: list[d.ItemSpec] = []
        for kind, values in ((d.ItemKind.PERSON, args.person), (d.ItemKind.ATTACHMENT, args.attachment), (d.ItemKind.CASE, args.case),
                             (d.ItemKind.COPY, args.copy), (d.ItemKind.CARRIER, args.carrier)):
            items += [d.ItemSpec(kind, str(v)) for v in values or []]
        for v in args.form_copy or []:
            doc, _, copy = v.partition(":")
            if not copy:
                raise ctx.UsageError("--form-copy cần DOC_ID:BẢN_SỐ / --form-copy needs DOC_ID:COPY")
            items.append(d.ItemSpec(d.ItemKind.FORM_COPY, doc, copy_number=copy))
        for v in args.paper or []:
            number, copy, abstract = _split(v, 3, "--paper", ctx)
            items.append(d.ItemSpec(d.ItemKind.PAPER, number_symbol=number, copy_number=copy, abstract=abstract,
                                    secrecy=SecrecyLevel.parse(args.paper_secrecy)))
        members = [d.Member(*_split(m, 2, "--member", ctx)) for m in args.member or []]
        with ctx.unlocked(args) as s:
            p = d.propose(s, items, members, args.method, args.reason or "")
        return {**_procedure_json(p), "_text": f"Đã lập đề xuất tiêu hủy số {d.procedure_no(p)} ({len(p.items)} mục); chờ quyết định"}

    return cmd


def _decide(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import destruction as d

        with ctx.unlocked(args) as s:
            p = d.decide(s, args.id, args.decision_no, args.decision_date, args.authority)
        return {**_procedure_json(p), "_text": f"Đã ghi quyết định số {p.decision_no} cho đề xuất {d.procedure_no(p)}"}

    return cmd


def _execute(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import destruction as d

        record = None
        with ctx.unlocked(args) as s:
            r = d.execute(s, args.id, confirmed=True)
            if args.record:
                res = d.print_record(s, args.id, Path(args.record), copies=args.copies)
                record = {"path": str(res.path), "number": res.number, "copies": res.copies, "pages": res.pages}
        out = {**_procedure_json(r.procedure), "removed": {"persons": r.removed.persons, "cases": r.removed.cases,
                                                           "attachments": r.removed.attachments, "blobs": r.removed.blobs},
               "register_numbers": r.register_numbers, "bytes_before": r.bytes_before, "bytes_after": r.bytes_after, "record": record}
        out["_text"] = (f"Đã tiêu hủy {len(r.procedure.items)} mục (biên bản {d.procedure_no(r.procedure)}): "
                        f"{r.removed.persons} hồ sơ, {r.removed.cases} vụ việc, {r.removed.attachments} tệp; kho {r.bytes_before} → {r.bytes_after} byte"
                        + (f"\nBiên bản: {record['path']} (số {record['number']})" if record else ""))
        return out

    return cmd


def _cancel(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import destruction as d

        with ctx.unlocked(args) as s:
            p = d.cancel(s, args.id, args.reason)
        return {**_procedure_json(p), "_text": f"Đã hủy bỏ đề xuất {d.procedure_no(p)}"}

    return cmd


def _list(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import destruction as d

        with ctx.unlocked(args) as s:
            rows = [_procedure_json(p) for p in d.list_procedures(s)]
        return {"procedures": rows, "_text": "\n".join(f"{r['number']:<9} {r['state_label']:<14} {len(r['items'])} mục  {r['decision_no']}"
                                                       for r in rows) or "(chưa có đề xuất tiêu hủy nào)"}

    return cmd


def _show(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import destruction as d

        with ctx.unlocked(args) as s:
            p = _procedure_json(d.get(s, args.id))
        return {**p, "_text": "\n".join([f"Đề xuất {p['number']} — {p['state_label']}; hình thức: {p['method']}"]
                                        + [f"  {i['position']}. {i['number_symbol']} {i['copy_number']} {i['abstract']}" for i in p["items"]])}

    return cmd


def _record(ctx) -> Callable:
    def cmd(args) -> dict:
        from . import destruction as d

        with ctx.unlocked(args) as s:
            res = d.print_record(s, args.id, Path(args.output), copies=args.copies, reason=args.reason or "")
        return {"path": str(res.path), "number": res.number, "copies": res.copies, "pages": res.pages, "reprint": res.reprint,
                "_text": f"Đã in biên bản tiêu hủy số {res.number}: {res.copies} bản → {res.path}"}

    return cmd


# -- recall --------------------------------------------------------------------------------------------------

def recall_command(ctx) -> Callable:
    def cmd(args) -> dict:
        from .recall import recall_list

        res = None
        with ctx.unlocked(args) as s:
            r = recall_list(s, args.target)
            if getattr(args, "pdf", None):  # the printed list, numbered and entered in the copying register
                from .recall import print_recall

                res = print_recall(s, r.user, Path(args.pdf))
        cases = [{"id": c.id, "person_id": c.person_id, "purpose": c.purpose, "state": c.state.value, "due_on": c.due_on} for c in r.cases]
        copies = [{"kind": h.kind, "what": h.what, "object_kind": h.object_kind, "object_id": h.object_id, "copy_numbers": h.copy_numbers,
                   "copies": h.copies, "made_at": stamp(h.made_at), "secrecy": h.secrecy.code, "destination": h.destination} for h in r.copies]
        held = [{"label": c.label, "serial": c.serial, "permit_no": u.permit_no, "out_at": stamp(u.out_at), "content": u.content}
                for c, u in r.carriers]
        lines = [f"Người dùng {r.user}{'' if r.active else ' (đã vô hiệu hóa)'}: {len(cases)} vụ việc, {len(copies)} bản sao, {len(held)} vật mang tin"]
        lines += [f"  vụ việc số {c['id']} ({c['state']})" for c in cases]
        lines += [f"  {h['what']} bản {', '.join(map(str, h['copy_numbers'])) or h['copies']}" for h in copies]
        lines += [f"  vật mang tin {h['label']} (giấy phép {h['permit_no']})" for h in held]
        out = {"user": r.user, "active": r.active, "cases": cases, "copies": copies, "carriers": held}
        if res is not None:
            out["pdf"] = {"path": str(res.path), "number": res.number, "pages": res.pages, "register_number": f"{res.register_number}/{res.register_year}"}
            lines.append(f"Đã in danh sách thu hồi → {res.path}")
        return {**out, "_text": "\n".join(lines)}

    return cmd


def add_commands(sub, common, ctx) -> None:
    """Add `carrier ...` and `destruction ...` to the top-level subparsers `sub`."""
    top = sub.add_parser("carrier", help="vật mang tin bí mật (USB) / secret carriers (USB sticks)")
    pc = top.add_subparsers(dest="carrier_cmd", metavar="ACTION", parser_class=type(top), required=True)
    p = pc.add_parser("add", parents=[common], help="đăng ký vật mang tin / register a carrier")
    p.add_argument("--label", required=True, help="nhãn ghi trên thiết bị / label written on the device")
    p.add_argument("--serial", help="số seri thiết bị / device serial")
    p.add_argument("--medium", metavar="PATH", help="đọc số seri từ USB đang gắn ở đây / read the serial of the medium mounted here")
    p.add_argument("--secrecy", choices=LEVELS, default="mat", help="độ mật đóng trên thiết bị / level marked on it")
    p.add_argument("--notes")
    p.set_defaults(func=_carrier_add(ctx))
    p = pc.add_parser("list", parents=[common], help="danh sách, những vật đang ở ngoài / list, those out")
    p.add_argument("--out-only", action="store_true", help="chỉ những vật đang ở ngoài / only carriers out")
    p.set_defaults(func=_carrier_list(ctx))
    p = pc.add_parser("out", parents=[common], help="ghi mang ra ngoài theo giấy phép / record a permitted taking-out")
    p.add_argument("label")
    p.add_argument("--to", required=True, metavar="USER", help="người mang ra / who takes it")
    p.add_argument("--permit", required=True, metavar="NO", help="số giấy phép / permit number")
    p.add_argument("--permit-date", required=True, type=date_arg, metavar="DD/MM/YYYY")
    p.add_argument("--permit-by", required=True, metavar="WHO", help="người ký giấy phép / who permitted it")
    p.add_argument("--content", help="nội dung, mục đích / what it carries, purpose")
    p.add_argument("--notes")
    p.set_defaults(func=_carrier_out(ctx))
    p = pc.add_parser("return", parents=[common], help="ghi nhận lại / record the return")
    p.add_argument("label")
    p.add_argument("--to", metavar="WHO", help="người nhận lại (mặc định: người dùng) / received by (default: you)")
    p.set_defaults(func=_carrier_return(ctx))
    p = pc.add_parser("uses", parents=[common], help="các lần mang ra / the uses of a carrier")
    p.add_argument("label")
    p.set_defaults(func=_carrier_uses(ctx))

    top = sub.add_parser("destruction", help="tiêu hủy tài liệu, vật chứa bí mật / destruction of secret items")
    pd = top.add_subparsers(dest="destruction_cmd", metavar="ACTION", parser_class=type(top), required=True)
    p = pd.add_parser("propose", parents=[common], help="lập đề xuất tiêu hủy / propose a destruction")
    p.add_argument("--person", type=int, action="append", metavar="ID", help="hồ sơ (lặp lại được) / dossier (repeatable)")
    p.add_argument("--attachment", type=int, action="append", metavar="ID")
    p.add_argument("--case", type=int, action="append", metavar="ID")
    p.add_argument("--form-copy", action="append", metavar="DOC_ID:COPY", help="một bản in của văn bản / one printed copy")
    p.add_argument("--copy", type=int, action="append", metavar="ENTRY_ID", help="bản sao đã xuất (mục sổ sao chụp) / an exported copy")
    p.add_argument("--carrier", action="append", metavar="LABEL")
    p.add_argument("--paper", action="append", metavar="'NUMBER|COPY|ABSTRACT'", help="tài liệu giấy / a paper document")
    p.add_argument("--paper-secrecy", choices=SECRET_LEVELS, default="mat")
    p.add_argument("--member", action="append", metavar="'NAME|POST'", help="thành viên hội đồng (lặp lại) / council member")
    p.add_argument("--method", required=True, help="hình thức tiêu hủy / method")
    p.add_argument("--reason")
    p.set_defaults(func=_propose(ctx))
    p = pd.add_parser("decide", parents=[common], help="ghi quyết định tiêu hủy (lãnh đạo) / record the decision (leader)")
    p.add_argument("id", type=int)
    p.add_argument("--decision-no", required=True)
    p.add_argument("--decision-date", required=True, type=date_arg, metavar="DD/MM/YYYY")
    p.add_argument("--authority", required=True, help="người, cơ quan quyết định / who decided")
    p.set_defaults(func=_decide(ctx))
    p = pd.add_parser("execute", parents=[common], help="tiêu hủy: xóa khỏi kho, ghi sổ, in biên bản / carry it out")
    p.add_argument("id", type=int)
    p.add_argument("--record", metavar="OUT.pdf", help="in biên bản tiêu hủy ra tệp / save the record as PDF")
    p.add_argument("--copies", type=int, default=1, help="số bản biên bản / copies of the record")
    p.set_defaults(func=_execute(ctx))
    p = pd.add_parser("cancel", parents=[common], help="hủy bỏ đề xuất / cancel a proposal")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=_cancel(ctx))
    p = pd.add_parser("list", parents=[common], help="các đề xuất tiêu hủy / procedures")
    p.set_defaults(func=_list(ctx))
    p = pd.add_parser("show", parents=[common], help="xem một đề xuất / one procedure")
    p.add_argument("id", type=int)
    p.set_defaults(func=_show(ctx))
    p = pd.add_parser("record", parents=[common], help="in lại biên bản tiêu hủy / print the record")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--copies", type=int, default=1)
    p.add_argument("--reason", help="lý do in lại / reason for a reprint")
    p.set_defaults(func=_record(ctx))
