"""Protection terms as data: years per level, notice and warning windows.

The law changes (Law 117/2025/QH15 and Decree 63/2026 replaced Law 29/2018),
so nothing here is code: the built-in values are resources/secrecy_terms.json
and an administrator may keep the vault's own copy in the settings table.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass

from ..domain.secrecy import SecrecyLevel
from ..errors import HosoError
from ..permissions import Permission
from ..resources import resource_path

SETTING_KEY = "secrecy_terms"
HISTORY_COLUMNS = ("made_at", "kind", "old_level", "new_level", "old_expires", "new_expires", "decision_no",
                   "decision_date", "authority", "reason", "made_by")


@dataclass(frozen=True)
class Terms:
    base_years: dict[SecrecyLevel, int]
    extension_notice_days: int
    warning_days: int
    adjust_restarts_term: bool
    legal_basis: str
    declassified_stamp: str
    history_columns: tuple[str, ...]
    source: str  # "built-in" or "vault"

    def years(self, level: SecrecyLevel) -> int:
        return self.base_years[SecrecyLevel(level)]

    def to_json(self) -> dict:
        return {"legal_basis": self.legal_basis, "base_years": {lv.code: y for lv, y in self.base_years.items()},
                "extension_notice_days": self.extension_notice_days, "warning_days": self.warning_days,
                "adjust_restarts_term": self.adjust_restarts_term, "declassified_stamp": self.declassified_stamp,
                "history_columns": list(self.history_columns)}


def add_years(d: _dt.date, years: int) -> _dt.date:
    """The same day `years` later; 29 February becomes 28 February."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def parse(doc: dict, source: str) -> Terms:
    """Validate a terms document; a bad one is refused as a whole (`secrecy_terms_invalid`)."""
    def bad(detail: str) -> HosoError:
        return HosoError("secrecy_terms_invalid", detail=detail)

    if not isinstance(doc, dict):
        raise bad("không phải đối tượng JSON / not a JSON object")
    try:
        years = {SecrecyLevel.parse(code): y for code, y in dict(doc["base_years"]).items()}
    except (KeyError, TypeError, ValueError):
        raise bad("base_years phải có mat, toi_mat, tuyet_mat / base_years needs mat, toi_mat, tuyet_mat") from None
    if set(years) != {SecrecyLevel.MAT, SecrecyLevel.TOI_MAT, SecrecyLevel.TUYET_MAT}:
        raise bad("base_years phải có đúng mat, toi_mat, tuyet_mat / base_years needs exactly mat, toi_mat, tuyet_mat")
    for level, y in years.items():
        if not isinstance(y, int) or isinstance(y, bool) or not 1 <= y <= 100:
            raise bad(f"base_years.{level.code} phải từ 1 đến 100 năm / must be 1..100 years")

    def days(key: str, default: int) -> int:
        v = doc.get(key, default)
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 3650:
            raise bad(f"{key} phải từ 0 đến 3650 ngày / must be 0..3650 days")
        return v

    columns = tuple(doc.get("history_columns") or HISTORY_COLUMNS)
    unknown = [c for c in columns if c not in HISTORY_COLUMNS]
    if unknown:
        raise bad(f"cột không có: {', '.join(map(str, unknown))} / unknown columns")
    return Terms(years, days("extension_notice_days", 60), days("warning_days", 90), bool(doc.get("adjust_restarts_term", True)),
                 str(doc.get("legal_basis", "")), str(doc.get("declassified_stamp", "ĐÃ GIẢI MẬT")), columns, source)


def builtin() -> Terms:
    return parse(json.loads(resource_path("secrecy_terms.json").read_text("utf-8")), "built-in")


def load(vault) -> Terms:
    """The vault's terms: its own copy if an administrator set one, else the built-in ones."""
    text = vault.setting(SETTING_KEY, "")
    return parse(json.loads(text), "vault") if text else builtin()


def terms_for(session) -> Terms:
    session.require(Permission.VIEW_DOSSIERS)
    return load(session.vault)


def set_terms(session, doc: dict | None) -> Terms:
    """Replace the vault's terms (None: go back to the built-in ones). Items whose
    term no decision fixed follow the new values at once."""
    if doc is not None:
        parsed = parse(doc, "vault")  # refused before anything is written
        text = json.dumps(parsed.to_json(), ensure_ascii=False)
        summary = ", ".join(f"{lv.code}={y}" for lv, y in parsed.base_years.items())
    else:
        text, summary = "", "mặc định"
    with session.change(Permission.CHANGE_SETTINGS, "secrecy_terms_changed", "settings", SETTING_KEY, f"Thời hạn bảo vệ: {summary}"):
        session.vault.set_setting(SETTING_KEY, text)  # "" means the built-in terms
    return load(session.vault)
