"""Words and formats of the exchange area: sizes, dates, fingerprints, merge actions."""

from __future__ import annotations

import datetime as _dt
import html

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QFont, QFontDatabase

from app.domain.secrecy import SecrecyLevel, level_styles

from .. import theme
from ..labels import secrecy_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally

WARN_COLOUR = QColor("#A04000")
BAD_COLOUR = QColor("#B71C1C")
GOOD_COLOUR = QColor("#1B5E20")


on_screen = theme.on_screen  # the status colours above are for the light palette


def size_text(n: int) -> str:
    # "KB, MB" as offices write them (the IEC "KiB" puzzles readers).
    return QLocale().formattedDataSize(int(n), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def date_text(ts: float | None) -> str:
    return _dt.datetime.fromtimestamp(ts).strftime("%d/%m/%Y") if ts else ""


def utc_text(iso: str) -> str:
    """The header's UTC time ("2026-11-21T09:30:00Z") in local time, dd/mm/yyyy hh:mm."""
    try:
        moment = _dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.timezone.utc)
    except ValueError:
        return iso
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def fingerprint_text(fingerprint: str, per_line: int = 4) -> str:
    """Groups spaced out, `per_line` to a line: read aloud or compared with paper group by group."""
    groups = [g for g in fingerprint.split("-") if g]
    return "\n".join("  ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def fingerprint_font(scale: float = 1.5) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(13.0, font.pointSizeF() * scale))
    font.setBold(True)
    return font


def level_text(code_or_level: str | SecrecyLevel) -> str:
    try:
        level = code_or_level if isinstance(code_or_level, SecrecyLevel) else SecrecyLevel.parse(code_or_level)
    except KeyError:
        return str(code_or_level)
    return secrecy_label(level)


def level_chip(code_or_level: str | SecrecyLevel) -> str:
    """The level as rich text in its stamp colours (the banner's), for labels."""
    try:
        level = code_or_level if isinstance(code_or_level, SecrecyLevel) else SecrecyLevel.parse(code_or_level)
    except KeyError:
        return html.escape(str(code_or_level))
    style = level_styles()[level]
    return (f"<span style='background:{style.background}; color:{style.foreground}; font-weight:bold;'>"
            f"&nbsp;{html.escape(secrecy_label(level, style))}&nbsp;</span>")


def action_label(action: str) -> str:
    """What an import will do with one incoming dossier (app.exchange.records.preview_person)."""
    names = {
        "create": translate("ExchangeLabels", "New dossier"),
        "same": translate("ExchangeLabels", "Already identical here"),
        "take": translate("ExchangeLabels", "Will be updated"),
        "keep": translate("ExchangeLabels", "Ours is newer: kept"),
        "conflict": translate("ExchangeLabels", "Conflict: kept for review"),
    }
    return names.get(action, action)


def action_colour(action: str) -> QColor | None:
    colour = {"conflict": BAD_COLOUR, "take": WARN_COLOUR, "create": GOOD_COLOUR}.get(action)
    return on_screen(colour) if colour is not None else None


def unit_status_label(status: str) -> str:
    names = {
        "trusted": translate("ExchangeLabels", "Trusted"),
        "revoked": translate("ExchangeLabels", "Revoked"),
    }
    return names.get(status, status)


def kind_label(kind: str) -> str:
    names = {
        "data": translate("ExchangeLabels", "Dossiers and cases"),
        "receipt": translate("ExchangeLabels", "Receipt"),
    }
    return names.get(kind, kind)
