"""Is a row of the file someone the vault already holds?

Rules, in order (docs/excel.md):
1. the same CCCD/CMND number, or else the same party card number: the same
   person, to be updated, if the names agree (equal or a near spelling);
   otherwise, or when several dossiers share the number: for review;
2. the same name, date of birth and hometown: the same person;
   the same name and date of birth but another or no hometown: for review;
3. a near spelling of the name (edit distance <= 2 after folding) with the
   same birth year, and no conflicting ID number: for review.
Review rows are shown to the officer and never merged silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..domain.person import Person
from ..store import persons as store
from ..text.similarity import levenshtein
from .folding import folded_words, tokens

MAX_DISTANCE = 2


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    full_name: str
    birth: str  # dd/mm/yyyy or partial, as shown
    reasons: tuple[str, ...]

    def to_json(self) -> dict:
        return {"id": self.id, "full_name": self.full_name, "birth_date": self.birth, "reasons": list(self.reasons)}


@dataclass(frozen=True, slots=True)
class Match:
    target: int | None  # the dossier to update
    candidates: tuple[Candidate, ...]  # for review when target is None
    how: str  # why: "cùng số CCCD/CMND", ...


NO_MATCH = Match(None, (), "")


def _cand(row, *reasons: str) -> Candidate:
    return Candidate(row.id, row.full_name, row.birth_date.display() if row.birth_date else "", tuple(reasons))


def _names_agree(a: str, b: str) -> bool:
    fa, fb = folded_words(a), folded_words(b)
    return fa == fb or levenshtein(fa, fb, MAX_DISTANCE) <= MAX_DISTANCE


class VaultMatcher:
    def __init__(self, conn, party_cards: Iterable[str], near_matches: bool = True) -> None:
        """`party_cards`: those of the file's rows (iterated only if the vault has anyone)."""
        self.conn = conn
        self.empty = store.count_all(conn) == 0
        self.near_matches = near_matches
        self.cards: dict[str, list[int]] = {}
        wanted = set(filter(None, party_cards)) if not self.empty else set()
        if wanted:
            # No index on party cards: one pass over the column, keeping only the cards in the file.
            # (A store function with an index would be better: see the report to the store's owner.)
            for pid, card in conn.execute("SELECT id, party_card FROM persons WHERE party_card != '' AND merged_into IS NULL"):
                if card in wanted:
                    self.cards.setdefault(card, []).append(pid)

    def _rows(self, ids: list[int]):
        out = []
        for pid in ids:
            p = store.get(self.conn, pid)
            if p is not None:
                out.append(p)
        return out

    def match(self, p: Person) -> Match:
        if self.empty:
            return NO_MATCH
        for how, rows in (("cùng số CCCD/CMND", store.same_id_number(self.conn, p.id_number, 0) if p.id_number else []),
                          ("cùng số thẻ đảng viên", self._rows(self.cards.get(p.party_card, [])) if p.party_card else [])):
            if not rows:
                continue
            if len(rows) == 1 and _names_agree(rows[0].full_name, p.full_name):
                return Match(rows[0].id, (), how)
            why = f"{how} nhưng họ tên khác" if len(rows) == 1 else f"{how} với {len(rows)} hồ sơ"
            return Match(None, tuple(_cand(r, why) for r in rows), why)
        birth_iso = p.birth_date.iso() if p.birth_date else None
        if birth_iso:
            same = store.same_name_and_birth(self.conn, p.full_name, birth_iso, 0)
            home = folded_words(p.hometown)
            exact = [r for r in same if home and folded_words(r.hometown) == home]
            if len(exact) == 1:
                return Match(exact[0].id, (), "cùng họ tên, ngày sinh và quê quán")
            if same:
                return Match(None, tuple(_cand(r, "cùng họ tên và ngày sinh, quê quán khác hoặc không rõ") for r in same),
                             "cùng họ tên và ngày sinh")
        if not self.near_matches or p.birth_date is None:
            return NO_MATCH
        words = tokens(p.full_name)
        folded = " ".join(words)
        near = []
        for row, other in store.name_candidates(self.conn, words, p.birth_date.year):
            if p.id_number and row.id_number and row.id_number != p.id_number:
                continue  # two different ID numbers: two people
            if other == folded:
                near.append(_cand(row, "cùng họ tên, cùng năm sinh"))
            elif levenshtein(folded, other, MAX_DISTANCE) <= MAX_DISTANCE:
                near.append(_cand(row, "họ tên gần giống, cùng năm sinh"))
        if near:
            return Match(None, tuple(near[:10]), "có hồ sơ gần giống")
        return NO_MATCH
