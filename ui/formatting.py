"""Numbers, sizes and dates as the GUI shows them: one place for the conventions.

Counts use the separators of the GUI language (1.000.000 in Vietnamese,
1,000,000 in English) through QLocale; dates are dd/mm/yyyy in both languages,
as on Vietnamese paperwork. A count inside a translated sentence uses Qt's
plural form with the localised number: self.tr("%Ln dossier(s)", "", n).
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QLocale

from . import i18n

DATE = "%d/%m/%Y"
DATE_TIME = "%d/%m/%Y %H:%M"


def locale() -> QLocale:
    """The locale of the GUI language (not the machine's: a Vietnamese GUI on an English Windows still writes 1.000)."""
    if i18n.language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def number(n: int | None) -> str:
    """A count with thousands separators: 1.000.000 (vi), 1,000,000 (en); empty for none."""
    return "" if n is None else locale().toString(int(n))


def decimal(x: float, places: int = 1) -> str:
    """A decimal number: 1.234,5 (vi), 1,234.5 (en)."""
    return locale().toString(float(x), "f", places)


def size(n_bytes: int) -> str:
    """A file or carrier size: 1,5 MB (vi), 1.5 MB (en)."""
    return locale().formattedDataSize(int(n_bytes), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def date(value: _dt.date | str | None) -> str:
    """dd/mm/yyyy from a date or an ISO string (an unparsable string is shown as it is)."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime(DATE)


def date_time(value: _dt.datetime | float | None) -> str:
    """dd/mm/yyyy HH:MM in local time from a datetime or a Unix timestamp."""
    if value is None or value == 0:
        return ""
    if not isinstance(value, _dt.datetime):
        value = _dt.datetime.fromtimestamp(float(value))
    return value.strftime(DATE_TIME)
