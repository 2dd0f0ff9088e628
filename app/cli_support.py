"""What the `hoso` command modules share: dd/mm/yyyy argument types, times as the CLI prints them, level choices.

The session wrapper, UsageError and the stdin reader come from app/cli.py as `ctx`; dd/mm/yyyy of a
stored ISO date is forms.words.short_date.
"""

from __future__ import annotations

import argparse
import datetime as _dt

LEVELS = ("none", "mat", "toi_mat", "tuyet_mat")  # --secrecy choices, lowest first
SECRET_LEVELS = LEVELS[1:]  # the levels of a state secret

_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d")
_MOMENT_FORMATS = ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S",
                   "%d/%m/%Y", "%Y-%m-%d")


def _parse(text: str, formats: tuple[str, ...]) -> _dt.datetime | None:
    for fmt in formats:
        try:
            return _dt.datetime.strptime(text, fmt)
        except ValueError:
            pass
    return None


def date_arg(text: str, bad: str = "ngày không hợp lệ") -> _dt.date:
    """argparse type: a day as dd/mm/yyyy (ISO accepted too); `bad` starts the usage error."""
    moment = _parse(text, _DATE_FORMATS)
    if moment is None:
        raise argparse.ArgumentTypeError(f"{bad}: {text!r} (dd/mm/yyyy)")
    return moment.date()


def moment_arg(text: str) -> _dt.datetime:
    """argparse type: a moment as 'dd/mm/yyyy HH:MM' (seconds, ISO or a bare day accepted too)."""
    moment = _parse(text.strip(), _MOMENT_FORMATS)
    if moment is None:
        raise argparse.ArgumentTypeError(f"thời điểm không hợp lệ / bad time: {text!r} (dd/mm/yyyy HH:MM)")
    return moment


def stamp(ts: float | None) -> str:
    """A stored time for JSON: ISO to the minute, "" when unset."""
    return _dt.datetime.fromtimestamp(ts).isoformat(timespec="minutes") if ts else ""


def day(ts: float | None) -> str:
    """A stored time's day as dd/mm/yyyy, "" when unset."""
    return _dt.datetime.fromtimestamp(ts).strftime("%d/%m/%Y") if ts else ""
