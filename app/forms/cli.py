"""`hoso form ...`: print the forms, verify a paper copy, manage the templates.

Wired into app/cli.py by `forms.cli.add_commands(sub, common, ctx)`; every
print command registers its copies (a saved PDF is a copy too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..cli_support import date_arg
from . import api
from .service import PrintJob, PrintResult

REGISTER_KINDS = ("outgoing", "incoming", "copy", "print", "handover", "carrier", "destruction")


def _print_options(p) -> None:
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="tệp PDF (là một bản sao, được ghi sổ) / output PDF (a registered copy)")
    p.add_argument("--copies", type=int, default=1, metavar="N", help="số bản / number of copies (default 1)")
    p.add_argument("--reason", default="", help="lý do (bắt buộc khi in lại) / reason (required for a reprint)")
    p.add_argument("--authorised-by", metavar="USER", help="lãnh đạo cho phép in / leader who authorised the copies")
    p.add_argument("--recall-by", type=date_arg, metavar="DD/MM/YYYY", help="in dấu 'Tài liệu thu hồi' với hạn / mark as to be returned by")
    p.add_argument("--named", action="store_true", help="in dấu 'Chỉ người có tên mới được bóc bì' / named-recipient mark")


def _result(res: PrintResult, what: str) -> dict:
    number = f" số {res.number}" if res.number else ""
    text = (f"Đã in {what}{number}: {res.copies} bản (bản số {res.first_copy}–{res.last_copy}), {res.pages} trang → {res.path}\n"
            f"Sổ sao chụp số {res.register_number}/{res.register_year}" + (f"; mã kiểm tra: {res.code}" if res.code else "")
            + ("; in lại" if res.reprint else ""))
    return {"path": str(res.path), "pages": res.pages, "copies": res.copies, "pages_per_copy": res.pages_per_copy,
            "first_copy": res.first_copy, "last_copy": res.last_copy, "number": res.number, "code": res.code,
            "digest": res.digest, "register_number": res.register_number, "register_year": res.register_year,
            "reprint": res.reprint, "_text": text}


def print_job(ctx, args) -> PrintJob:
    """The PrintJob of the `_print_options` flags (--copies checked here: a usage error, exit 2)."""
    if not 1 <= args.copies <= 200:
        raise ctx.UsageError("--copies phải từ 1 đến 200 / --copies must be 1..200")
    return PrintJob(copies=args.copies, reason=args.reason or "", authorised_by=args.authorised_by,
                    recall_by=args.recall_by, named=args.named)


def _printer(ctx, what: str, build: Callable) -> Callable:
    def cmd(args) -> dict:
        job = print_job(ctx, args)
        with ctx.unlocked(args) as s:
            res = api.print_form(s, build(s, args), Path(args.output), job)
        return _result(res, what)

    return cmd


def _verify(ctx) -> Callable:
    def cmd(args) -> dict:
        from .verify import verify

        with ctx.unlocked(args) as s:
            v = verify(s, " ".join(args.code))
        out = {"ok": v.ok, "status": v.status, "message": v.message, "number": v.number, "form": v.form, "title": v.title,
               "issued_on": v.issued_on, "copies_issued": v.copies_issued, "copy": v.copy, "unit": v.unit,
               "signature_ok": v.signature_ok, "_text": v.message}
        if not v.ok:
            out.update(error="form_not_verified", _exit=1)
        return out

    return cmd


def _templates(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            rows = api.template_versions(s)
        return {"templates": rows, "_text": "\n".join(f"{r['name']:<15} phiên bản {r['version']}{' (nhập vào kho)' if r['imported'] else ''}" for r in rows)}

    return cmd


def _template_import(ctx) -> Callable:
    def cmd(args) -> dict:
        with ctx.unlocked(args) as s:
            name, version = api.import_template(s, Path(args.file))
        return {"name": name, "version": version, "_text": f"Đã nhập mẫu biểu {name} phiên bản {version}"}

    return cmd


def _template_export(ctx) -> Callable:
    def cmd(args) -> dict:
        from ..fsutil import atomic_write

        with ctx.unlocked(args) as s:
            text = api.template_text(s, args.name)
        atomic_write(Path(args.output), text.encode("utf-8"), mode=0o644)
        return {"name": args.name, "path": args.output, "_text": f"Đã ghi mẫu {args.name} vào {args.output}"}

    return cmd


def _recovery(ctx) -> Callable:
    def build(s, args):
        line = getattr(ctx, "stdin_line", None)
        if line is None:
            raise ctx.UsageError("thiếu cách đọc khóa khôi phục từ stdin / no stdin reader for the recovery key")
        return api.recovery_draft(s, line(1, "khóa khôi phục/recovery key"))

    return _printer(ctx, "phiếu khóa khôi phục", build)


def add_commands(sub, common, ctx) -> None:
    """Add `form ...` to the top-level subparsers `sub`."""
    top = sub.add_parser("form", help="in mẫu biểu, kiểm tra bản giấy / print forms, verify paper copies")
    pf = top.add_subparsers(dest="form_cmd", metavar="FORM", parser_class=type(top), required=True)

    def printing(name: str, helptext: str, what: str, build: Callable, arg: str | None = None):
        p = pf.add_parser(name, parents=[common], help=helptext)
        if arg:
            p.add_argument(arg, type=int)
        _print_options(p)
        p.set_defaults(func=_printer(ctx, what, build))
        return p

    printing("conclusion", "kết luận tiêu chuẩn chính trị / conclusion on political standards", "kết luận",
             lambda s, a: api.conclusion_draft(s, a.case_id), "case_id")
    printing("request", "công văn đề nghị thẩm tra kèm phiếu trả lời / verification request letter with reply slip",
             "công văn đề nghị thẩm tra", lambda s, a: api.request_draft(s, a.request_id), "request_id")
    printing("report", "báo cáo kết quả thẩm tra / verification report", "báo cáo",
             lambda s, a: api.report_draft(s, a.case_id), "case_id")
    printing("appraisal", "tờ trình thẩm định / appraisal submission", "tờ trình",
             lambda s, a: api.appraisal_draft(s, a.case_id), "case_id")
    printing("cover", "bìa hồ sơ / dossier cover sheet", "bìa hồ sơ", lambda s, a: api.cover_draft(s, a.person_id), "person_id")
    p = printing("register", "in sổ đăng ký / print a register book", "sổ", lambda s, a: api.register_draft(s, a.kind, a.year, a.volume))
    p.add_argument("--kind", required=True, choices=REGISTER_KINDS)
    p.add_argument("--year", type=int, help="chỉ một năm / one year only")
    p.add_argument("--volume", type=int, help="một quyển sổ / one volume")
    printing("fingerprint", "phiếu dấu vân tay khóa đơn vị / unit-card fingerprint sheet", "phiếu dấu vân tay",
             lambda s, a: api.fingerprint_draft(s))
    p = pf.add_parser("recovery-sheet", parents=[common],
                      help="phiếu khóa khôi phục (dòng 2 stdin: khóa) / recovery-key sheet (stdin line 2: the key)")
    _print_options(p)
    p.set_defaults(func=_recovery(ctx))
    p = pf.add_parser("verify", parents=[common], help="kiểm tra bản giấy bằng mã QR hoặc mã kiểm tra / check a paper copy")
    p.add_argument("code", nargs="+", metavar="CODE", help="mã kiểm tra in trên văn bản hoặc nội dung mã QR / the printed code or QR payload")
    p.set_defaults(func=_verify(ctx))
    p = pf.add_parser("templates", parents=[common], help="các mẫu biểu đang dùng (kiểm tra hợp lệ) / templates in use (validated)")
    p.set_defaults(func=_templates(ctx))
    p = pf.add_parser("template-import", parents=[common], help="nhập mẫu biểu đã sửa / import a revised template")
    p.add_argument("file", metavar="FILE.toml")
    p.set_defaults(func=_template_import(ctx))
    p = pf.add_parser("template-export", parents=[common], help="ghi mẫu biểu đang dùng ra tệp / write a template in use to a file")
    p.add_argument("name", choices=["layout", *api.T.SCHEMAS])
    p.add_argument("-o", "--output", required=True, metavar="FILE.toml")
    p.set_defaults(func=_template_export(ctx))
