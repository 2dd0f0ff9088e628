"""The forms services the CLI and the GUI call: one function per form."""

from __future__ import annotations

from pathlib import Path

from ..permissions import Permission
from . import books, drafts
from . import templates as T
from .service import PrintJob, PrintResult, print_draft


def _draft(session, form: str, build, *args) -> drafts.Draft:
    session.require(Permission.PRINT_FORMS)
    conn = session.vault.conn
    return build(conn, T.layout(conn), T.form(form, conn), *args)


def conclusion_draft(session, case_id: int) -> drafts.Draft:
    return _draft(session, "conclusion", drafts.conclusion, case_id)


def request_draft(session, request_id: int) -> drafts.Draft:
    return _draft(session, "request", drafts.request, request_id)


def report_draft(session, case_id: int) -> drafts.Draft:
    return _draft(session, "report", drafts.report, case_id)


def appraisal_draft(session, case_id: int) -> drafts.Draft:
    return _draft(session, "appraisal", drafts.appraisal, case_id)


def cover_draft(session, person_id: int) -> drafts.Draft:
    return _draft(session, "cover", drafts.cover, person_id)


def register_draft(session, kind: str, year: int | None = None, volume: int | None = None) -> drafts.Draft:
    from .errors import FormError

    kind = {"print": "copy"}.get(kind, kind)
    if kind not in books.KINDS:
        raise FormError("unknown_register", kind=kind)
    return _draft(session, books.KINDS[kind], books.book, kind, year, session.user.full_name or session.user.username, volume)


def fingerprint_draft(session) -> drafts.Draft:
    return _draft(session, "fingerprint", drafts.fingerprint)


def recovery_draft(session, key_text: str) -> drafts.Draft:
    """Only an administrator, and only with the key that really opens this vault."""
    from crypto import keyslots, recovery
    from crypto.errors import BadEncoding, WrongKey

    from ..errors import AuthError
    from ..vault.keystore import RECOVERY_SLOT

    session.require(Permission.MANAGE_USERS)
    kf = session.vault.keyfile
    try:
        kek = recovery.kek_from_recovery(recovery.parse(key_text), kf.vault_id)
        keyslots.open_slot(kek, kf.slots[RECOVERY_SLOT].keys, kf.vault_id, RECOVERY_SLOT)
    except (BadEncoding, WrongKey, KeyError):
        raise AuthError("bad_recovery_key") from None
    return _draft(session, "recovery", drafts.recovery, kf.vault_id, key_text)


def print_form(session, draft: drafts.Draft, out: Path | None = None, job: PrintJob = PrintJob()) -> PrintResult:
    return print_draft(session, draft, job, out)


def template_versions(session) -> list[dict]:
    """Every template with its active version and origin; loading them validates them."""
    session.require(Permission.PRINT_FORMS)
    conn = session.vault.conn
    from . import store

    out = [{"name": "layout", "version": T.layout(conn).version, "imported": store.template_version(conn, "layout") > 0}]
    for name in T.SCHEMAS:
        out.append({"name": name, "version": T.form(name, conn).version, "imported": store.template_version(conn, name) > 0})
    return out


def import_template(session, path: Path) -> tuple[str, int]:
    """An administrator brings in a revised template; it must load cleanly and be newer."""
    import tomllib

    from . import store
    from .errors import FormTemplateError

    session.require(Permission.MANAGE_TEMPLATES)
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormTemplateError(path.name, 0, f"không đọc được tệp: {exc}") from exc
    conn = session.vault.conn
    try:
        name = tomllib.loads(text).get("form", "layout")
    except tomllib.TOMLDecodeError:
        name = "layout" if path.stem == "layout" else path.stem
    if name == "layout":
        new = T.parse_layout(text, path.name)
        for form in T.SCHEMAS:  # the forms in use must still find their issuing bodies
            T.parse_form(form, T.form(form, conn).source, f"{form}.toml", layout=new)
        version, current = new.version, T.layout(conn).version
    else:
        version, current = T.parse_form(str(name), text, path.name, layout=T.layout(conn)).version, T.form(str(name), conn).version
    if version <= current:
        raise FormTemplateError(path.name, 1, f"phiên bản {version} không mới hơn phiên bản đang dùng {current}")
    with session.change(Permission.MANAGE_TEMPLATES, "form_template_imported", "form_template", name, f"Nhập mẫu biểu {name} phiên bản {version}") as c:
        store.insert_template(c, str(name), version, text, session.user.username)
    return str(name), version


def template_text(session, name: str) -> str:
    session.require(Permission.PRINT_FORMS)
    conn = session.vault.conn
    return T.layout(conn).source if name == "layout" else T.form(name, conn).source
