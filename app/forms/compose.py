"""Filling a form template with a case's data: template + fields -> Document."""

from __future__ import annotations

from .model import Block, Document, Table, nfc
from .templates import BlockT, FormTemplate, Layout
from .tomlcheck import placeholders


class _Keep(dict):
    """Leaves {copies} in place: it is filled at each print."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, fields: dict[str, str]) -> str:
    return nfc(text.format_map(_Keep(fields)))


def _blocks(blocks: tuple[BlockT, ...], fields: dict[str, str], lists: dict[str, list[dict[str, str]]]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if b.when is not None and not (fields.get(b.when) or lists.get(b.when)):
            continue
        if b.each is not None:
            out += [Block(b.style, fill(b.text, {**fields, **item})) for item in lists.get(b.each, [])]
        else:
            out.append(Block(b.style, fill(b.text, fields)))
    return out


def _recipient_lines(lines: tuple[str, ...], fields: dict[str, str]) -> list[str]:
    """A recipient line whose fields are all empty (no requesting unit, say) is left out."""
    out = []
    for line in lines:
        used = placeholders(line)
        if used and not any(fields.get(n) for n in used):
            continue
        out.append(fill(line, fields))
    return out


def compose(t: FormTemplate, lay: Layout, fields: dict[str, str], lists: dict[str, list[dict[str, str]]] | None = None, *,
            secrecy: int, number: str = "", place_date: str = "", table: Table | None = None) -> Document:
    lists = lists or {}
    fields = {k: nfc(str(v)) for k, v in fields.items()}
    body = lay.bodies.get(t.issuer) if t.issuer else None
    return Document(
        form=t.name, frame=t.frame, orientation=t.orientation, secrecy=int(secrecy),
        title=fill(t.title, fields), abstract=fill(t.abstract, fields),
        superior=nfc(body.superior) if body else "", issuer=nfc(body.name) if body else "",
        number=number, place_date=nfc(place_date),
        body=_blocks(t.body, fields, lists), appendix=_blocks(t.appendix, fields, lists),
        signature=[fill(s, fields) for s in t.signature], signer_name=fill(t.signer_name, fields),
        recipients=_recipient_lines(t.recipients, fields), note=fill(t.note, fields), table=table)
