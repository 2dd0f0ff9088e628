"""The columns of each register: title, text and sort key of an entry (fields are data, not schema)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from app.domain.secrecy import SecrecyLevel

from ..labels import secrecy_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # None: sort by the text
    wide: bool = False  # takes the spare width
    is_level: bool = False  # drawn in the level's stamp colour


def iso_date(value: object) -> str:
    try:
        return _dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(value or "")


def stamp(ts: float | None) -> str:
    return _dt.datetime.fromtimestamp(ts).strftime("%d/%m/%Y %H:%M") if ts else ""


def field(name: str) -> Callable[[Any], str]:
    def text(e: Any) -> str:
        value = e.fields.get(name, "")
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return "" if value is None else str(value)
    return text


def number(e: Any) -> str:
    return f"{e.number}/{e.year}"


def number_key(e: Any) -> int:
    return e.year * 1_000_000 + e.number  # one int: Qt's sort compares no Python tuples


def level(e: Any) -> str:
    return secrecy_label(e.secrecy)


def abstract(e: Any) -> str:
    text = e.fields.get("abstract", "")
    if not text and e.secrecy >= SecrecyLevel.TUYET_MAT:
        return translate("RegisterColumns", "(not recorded: top secret)")
    return text


def status(e: Any) -> str:
    if getattr(e, "status", "active") == "cancelled":
        return translate("RegisterColumns", "Cancelled: {reason}").format(reason=e.cancel_reason)
    return ""


def copy_kind(e: Any) -> str:
    names = {
        "attachment_export": translate("RegisterColumns", "Attachment exported"),
        "report_export": translate("RegisterColumns", "Report exported"),
        "excel_export": translate("RegisterColumns", "Excel list exported"),
        "excel_error_report": translate("RegisterColumns", "Excel error report"),
        "print": translate("RegisterColumns", "Printed"),
    }
    return names.get(e.kind, e.kind)


def copy_object(e: Any) -> str:
    names = {
        "attachment": translate("RegisterColumns", "attachment no. {id}"),
        "report": translate("RegisterColumns", "report: {id}"),
        "excel": translate("RegisterColumns", "Excel file {id}"),
        "persons": translate("RegisterColumns", "dossiers: {id}"),
    }
    return names.get(e.object_kind, e.object_kind + " {id}").format(id=e.object_id)


def outgoing() -> list[Column]:
    return [
        Column(translate("RegisterColumns", "Entry no."), number, number_key),
        Column(translate("RegisterColumns", "Date"), lambda e: iso_date(e.fields.get("date")), lambda e: e.fields.get("date", "")),
        Column(translate("RegisterColumns", "Number and symbol"), field("number_symbol")),
        Column(translate("RegisterColumns", "Type"), field("type")),
        Column(translate("RegisterColumns", "Abstract"), abstract, wide=True),
        Column(translate("RegisterColumns", "Level"), level, lambda e: int(e.secrecy), is_level=True),
        Column(translate("RegisterColumns", "Recipients"), field("recipients")),
        Column(translate("RegisterColumns", "Copies"), field("copies"), lambda e: int(e.fields.get("copies") or 0)),
        Column(translate("RegisterColumns", "Signer"), field("signer")),
        Column(translate("RegisterColumns", "Carrier"), field("carrier")),
        Column(translate("RegisterColumns", "File"), field("file")),
        Column(translate("RegisterColumns", "Receiver's signature"), field("receiver_signature")),
        Column(translate("RegisterColumns", "Notes"), field("notes")),
        Column(translate("RegisterColumns", "Status"), status),
    ]


def incoming() -> list[Column]:
    return [
        Column(translate("RegisterColumns", "Entry no."), number, number_key),
        Column(translate("RegisterColumns", "Date received"), lambda e: iso_date(e.fields.get("date_received")),
               lambda e: e.fields.get("date_received", "")),
        Column(translate("RegisterColumns", "Sender"), field("sender")),
        Column(translate("RegisterColumns", "Number and symbol"), field("number_symbol")),
        Column(translate("RegisterColumns", "Document date"), lambda e: iso_date(e.fields.get("document_date")),
               lambda e: e.fields.get("document_date", "")),
        Column(translate("RegisterColumns", "Type"), field("type")),
        Column(translate("RegisterColumns", "Abstract"), abstract, wide=True),
        Column(translate("RegisterColumns", "Level"), level, lambda e: int(e.secrecy), is_level=True),
        Column(translate("RegisterColumns", "Receiver"), field("receiver")),
        Column(translate("RegisterColumns", "File"), field("file")),
        Column(translate("RegisterColumns", "Notes"), field("notes")),
        Column(translate("RegisterColumns", "Status"), status),
    ]


def copies() -> list[Column]:
    return [
        Column(translate("RegisterColumns", "Entry no."), number, number_key),
        Column(translate("RegisterColumns", "Made on"), lambda e: stamp(e.made_at), lambda e: e.made_at),
        Column(translate("RegisterColumns", "Made by"), lambda e: e.made_by),
        Column(translate("RegisterColumns", "What was made"), copy_kind),
        Column(translate("RegisterColumns", "Of what"), copy_object, wide=True),
        Column(translate("RegisterColumns", "Level"), level, lambda e: int(e.secrecy), is_level=True),
        Column(translate("RegisterColumns", "Copies"), lambda e: str(e.copies), lambda e: e.copies),
        Column(translate("RegisterColumns", "Destination"), lambda e: e.destination),
        Column(translate("RegisterColumns", "Reason"), lambda e: e.reason),
    ]


COLUMNS: dict[str, Callable[[], list[Column]]] = {"outgoing": outgoing, "incoming": incoming, "copy": copies}
