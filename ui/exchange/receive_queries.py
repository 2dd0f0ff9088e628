"""Reads of the Receive tab, run in a worker: bundle headers need no key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import HosoError
from app.exchange import bundles, units
from app.exchange.media import bundles_on
from app.session import Session

from ..cases.queries import purpose_titles


@dataclass(frozen=True)
class FoundBundle:
    path: Path
    header: dict | None  # None: unreadable (error says why)
    error: str = ""
    sender_name: str = ""  # the sender as this vault knows it ("" if unknown)
    own: bool = False  # made here (our own bundle, or a receipt we wrote for someone)
    sender_trusted: bool = False


def describe(session: Session, path: Path, known: dict | None = None) -> FoundBundle:
    known = {u.code: u for u in units.list_units(session)} if known is None else known
    try:
        header = bundles.inspect_bundle(path)
    except HosoError as exc:
        return FoundBundle(Path(path), None, exc.message)
    sender = known.get(header["sender"])
    own = header["sender"] == session.vault.unit_code()
    return FoundBundle(Path(path), header, "", sender.name if sender else "", own, bool(sender and sender.trusted))


def bundles_in(session: Session, folder: Path) -> list[FoundBundle]:
    known = {u.code: u for u in units.list_units(session)}
    return [describe(session, p, known) for p in bundles_on(folder)]


@dataclass(frozen=True)
class PreviewListing:
    """The preview and the words to show it with (case purposes by their titles)."""

    preview: bundles.Preview
    purposes: dict[str, str]


def preview(session: Session, path: Path) -> PreviewListing:
    return PreviewListing(bundles.preview_bundle(session, path), purpose_titles(session))
