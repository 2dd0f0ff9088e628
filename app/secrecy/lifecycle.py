"""The secrecy lifecycle: term, extension, adjustment, declassification.

An item (dossier, attachment, case, printed form, bundle) is classified on the
day its row was created, by whoever created it, for the base term of its level
(10/20/30 years, data in resources/secrecy_terms.json). Decisions change that:
a shorter stated term ('classify'), an extension ('extend'), a new level
('adjust'), declassification ('declassify', also automatic at expiry). Each is
recorded in secrecy_decisions with its number, date and authority; what it
changed is kept in secrecy_state. A combined item is never below its parts:
raising a part raises what holds it, and a level cannot be lowered below the
parts'.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from dataclasses import dataclass
from typing import Callable

from ..domain.secrecy import SecrecyLevel, level_styles
from ..errors import HosoError
from ..permissions import Permission
from ..store import persons as person_store
from . import store
from .terms import Terms, add_years, load

KIND_CODES: tuple[str, ...] = tuple(store.KINDS)
SYSTEM_USER = "system"  # who made an automatic decision (as app.vault.vault.SYSTEM_USER)
SWEEP_BATCH = 500  # items declassified per transaction of the sweep
SWEEP_AT_LOGIN = 2000  # declassified in the background at each login; the rest by `hoso secrecy sweep` or the button

Decision = store.DecisionRow


@dataclass(frozen=True)
class DecisionInfo:
    """What the paper decision says: its number, date and issuing authority."""
    number: str
    date: _dt.date
    authority: str
    reason: str = ""


@dataclass(frozen=True)
class Item:
    object_kind: str
    object_id: str
    level: SecrecyLevel
    label: str
    classified_on: _dt.date
    classified_by: str
    expires_on: _dt.date | None  # None when not classified
    base_years: int  # the base term of the level (0 when not classified)
    decided: bool  # the term was fixed by a decision (stated, extended, adjusted)

    def days_left(self, today: _dt.date) -> int | None:
        return None if self.expires_on is None else (self.expires_on - today).days

    def to_json(self, today: _dt.date) -> dict:
        return {"object_kind": self.object_kind, "object_id": self.object_id, "level": self.level.code, "label": self.label,
                "classified_on": self.classified_on.isoformat(), "classified_by": self.classified_by,
                "expires_on": self.expires_on.isoformat() if self.expires_on else None, "days_left": self.days_left(today),
                "base_years": self.base_years, "decided": self.decided}


@dataclass(frozen=True)
class Expiring:
    items: list[Item]
    truncated: bool  # more items than the limit end within the window
    as_of: _dt.date
    window_days: int


@dataclass(frozen=True)
class History:
    object_kind: str
    object_id: str
    item: Item | None  # None when the item no longer exists (destroyed, deleted)
    decisions: list[Decision]


# -- reading ------------------------------------------------------------------------

def _today(today: _dt.date | None) -> _dt.date:
    return today or _dt.date.today()


def _day(ts: float) -> _dt.date:
    return _dt.date.fromtimestamp(ts)


def _ts(d: _dt.date) -> float:
    return _dt.datetime.combine(d, _dt.time()).timestamp()


def _kind(kind: str) -> str:
    if kind not in store.KINDS:
        raise HosoError("secrecy_bad_kind", kind=kind, kinds=", ".join(KIND_CODES))
    return kind


def _label(level: int) -> str:
    return level_styles()[SecrecyLevel(level)].label_vi


def _item(terms: Terms, kind: str, row: store.BaseRow, st: store.StateRow | None) -> Item:
    level = SecrecyLevel(row.level)
    years = terms.years(level) if level else 0
    if st is not None:
        on, by = _dt.date.fromisoformat(st.classified_on), st.classified_by
        expires = _dt.date.fromisoformat(st.expires_on) if level else None
    else:
        on, by = _day(row.created_at), row.created_by
        expires = add_years(on, years) if level else None
    return Item(kind, str(row.id), level, row.label, on, by, expires, years, st is not None)


def _load(conn, terms: Terms, kind: str, object_id: object) -> Item | None:
    row = store.base_row(conn, kind, object_id)
    return _item(terms, kind, row, store.state(conn, kind, row.id)) if row else None


def _due(conn, terms: Terms, until: _dt.date, kind: str, limit: int) -> tuple[list[Item], bool]:
    """Classified items whose term ends on or before `until`, soonest first.
    Each (kind, level) is one range of the (secrecy, created) index."""
    found: list[Item] = []
    for k in ([kind] if kind else KIND_CODES):
        for level in (SecrecyLevel.MAT, SecrecyLevel.TOI_MAT, SecrecyLevel.TUYET_MAT):
            # created before `until` minus the term, plus two days of slack for
            # time zones and 29 February; the exact test is below
            bound = _ts(add_years(until, -terms.years(level)) + _dt.timedelta(days=2))
            for row in store.candidates(conn, k, int(level), bound, limit + 1):
                it = _item(terms, k, row, None)
                if it.expires_on <= until:
                    found.append(it)
    for k, oid, st in store.due_states(conn, until.isoformat(), kind, limit + 1):
        row = store.base_row(conn, k, oid) if k in store.KINDS else None
        if row is not None and row.level > 0 and row.live:
            found.append(_item(terms, k, row, st))
    found.sort(key=lambda i: (i.expires_on, i.object_kind, int(i.object_id)))
    return found[:limit], len(found) > limit


def expiring(session, days: int | None = None, kind: str = "", today: _dt.date | None = None, limit: int = 1000) -> Expiring:
    """The warning list: items whose protection ends within `days` (default: the
    terms' warning window), and any already ended but not yet declassified."""
    session.require(Permission.VIEW_DOSSIERS)
    if kind:
        _kind(kind)
    terms = load(session.vault)
    today = _today(today)
    window = terms.warning_days if days is None else days
    if not 0 <= window <= 36500:
        raise HosoError("bad_input", detail="số ngày phải từ 0 đến 36500 / days must be 0..36500")
    items, truncated = _due(session.vault.conn, terms, today + _dt.timedelta(days=window), kind, limit)
    return Expiring(items, truncated, today, window)


def get_item(session, kind: str, object_id: object) -> Item:
    session.require(Permission.VIEW_DOSSIERS)
    it = _load(session.vault.conn, load(session.vault), _kind(kind), object_id)
    if it is None:
        raise HosoError("secrecy_item_not_found", kind=kind, id=object_id)
    return it


def history(session, kind: str, object_id: object) -> History:
    """The item's decisions, oldest first; also for an item that no longer exists."""
    session.require(Permission.VIEW_DOSSIERS)
    conn = session.vault.conn
    item = _load(conn, load(session.vault), kind, object_id) if kind in store.KINDS else None
    return History(kind, str(object_id), item, store.decisions(conn, kind, object_id))


def parts_level(session, kind: str, object_id: object) -> SecrecyLevel:
    session.require(Permission.VIEW_DOSSIERS)
    return SecrecyLevel(store.parts_level(session.vault.conn, _kind(kind), int(object_id)))


# -- decisions ----------------------------------------------------------------------

def _check_decision(d: DecisionInfo, today: _dt.date) -> DecisionInfo:
    d = dataclasses.replace(d, number=d.number.strip(), authority=d.authority.strip(), reason=d.reason.strip())
    if not d.number or not d.authority or d.date is None:
        raise HosoError("secrecy_decision_incomplete")
    if d.date > today:
        raise HosoError("secrecy_decision_in_future", date=d.date.strftime("%d/%m/%Y"))
    return d


def _classified(conn, terms: Terms, kind: str, object_id: object) -> Item:
    it = _load(conn, terms, _kind(kind), object_id)
    if it is None:
        raise HosoError("secrecy_item_not_found", kind=kind, id=object_id)
    if it.level == SecrecyLevel.NONE:
        raise HosoError("secrecy_not_classified", kind=kind, id=object_id)
    return it


def _target(it: Item, until: _dt.date | None, years: int | None, start: _dt.date) -> _dt.date:
    if (until is None) == (years is None):
        raise HosoError("bad_input", detail="cần đúng một trong hai: ngày hết hạn mới hoặc số năm / give a new end date or a number of years")
    if years is not None:
        if not 1 <= years <= 100:
            raise HosoError("bad_input", detail="số năm phải từ 1 đến 100 / years must be 1..100")
        return add_years(start, years)
    return until


def _record(conn, user: str, it: Item, kind: str, d: DecisionInfo | None, *, new_level: int | None = None,
            new_expires: _dt.date | None = None, automatic: bool = False, reason: str = "") -> None:
    store.add_decision(conn, object_kind=it.object_kind, object_id=it.object_id, kind=kind, old_level=int(it.level),
                       new_level=int(it.level if new_level is None else new_level),
                       old_expires=it.expires_on.isoformat() if it.expires_on else None,
                       new_expires=new_expires.isoformat() if new_expires else None,
                       decision_no=d.number if d else "", decision_date=d.date.isoformat() if d else None,
                       authority=d.authority if d else "", reason=reason or (d.reason if d else ""), automatic=automatic, user=user)


def extend(session, kind: str, object_id: object, decision: DecisionInfo, *, until: _dt.date | None = None,
           years: int | None = None, today: _dt.date | None = None) -> Item:
    """Extend the protection term: decided at least the notice days (60) before
    the current expiry, each extension at most the base term of the level."""
    session.require(Permission.DECIDE_SECRECY)
    today = _today(today)
    d = _check_decision(decision, today)
    conn, terms = session.vault.conn, load(session.vault)
    it = _classified(conn, terms, kind, object_id)
    new = _target(it, until, years, it.expires_on)
    notice = terms.extension_notice_days
    left = (it.expires_on - d.date).days
    if left < notice or (it.expires_on - today).days <= 0:
        raise HosoError("secrecy_extend_too_late", days=notice, expires=_dmy(it.expires_on), date=_dmy(d.date), left=max(left, 0))
    if new <= it.expires_on:
        raise HosoError("secrecy_extend_not_later", until=_dmy(new), expires=_dmy(it.expires_on))
    longest = add_years(it.expires_on, it.base_years)
    if new > longest:
        raise HosoError("secrecy_extend_too_long", years=it.base_years, level=_label(it.level), max=_dmy(longest))
    with session.change(Permission.DECIDE_SECRECY, "secrecy_extended", it.object_kind, it.object_id,
                        f"Gia hạn bảo vệ đến {_dmy(new)} theo quyết định {d.number} ngày {_dmy(d.date)} của {d.authority}"):
        _record(conn, session.user.username, it, "extend", d, new_expires=new)
        store.put_state(conn, it.object_kind, it.object_id, it.classified_on.isoformat(), it.classified_by, new.isoformat())
    return _load(conn, terms, it.object_kind, it.object_id)


def set_term(session, kind: str, object_id: object, decision: DecisionInfo, *, until: _dt.date | None = None,
             years: int | None = None, today: _dt.date | None = None) -> Item:
    """Record a term shorter than the base term, as stated when the level was set."""
    session.require(Permission.DECIDE_SECRECY)
    today = _today(today)
    d = _check_decision(decision, today)
    conn, terms = session.vault.conn, load(session.vault)
    it = _classified(conn, terms, kind, object_id)
    new = _target(it, until, years, it.classified_on)
    longest = add_years(it.classified_on, it.base_years)
    if new > longest:
        raise HosoError("secrecy_term_too_long", years=it.base_years, level=_label(it.level), max=_dmy(longest))
    if new <= today:
        raise HosoError("secrecy_term_past", until=_dmy(new))
    with session.change(Permission.DECIDE_SECRECY, "secrecy_term_set", it.object_kind, it.object_id,
                        f"Thời hạn bảo vệ đến {_dmy(new)} theo quyết định {d.number} ngày {_dmy(d.date)} của {d.authority}"):
        _record(conn, session.user.username, it, "classify", d, new_expires=new)
        store.put_state(conn, it.object_kind, it.object_id, it.classified_on.isoformat(), it.classified_by, new.isoformat())
    return _load(conn, terms, it.object_kind, it.object_id)


def _set_level(conn, user: str, kind: str, object_id: str, level: int, summary: str) -> None:
    if kind == "person":
        # A version is kept and open editors see a newer version, as persons.update does;
        # but only the level changes, and the level is not in the search index, so the
        # index is left alone (rebuilding it cost 0.1-1 s per dossier on a big vault).
        p = person_store.get(conn, int(object_id))
        store.set_person_level(conn, p.id, p.version, json.dumps(p.to_json(), ensure_ascii=False), level, user, summary)
    else:
        store.set_level(conn, kind, int(object_id), level)


def _record_level(conn, terms: Terms, user: str, it: Item, level: int, on: _dt.date, d: DecisionInfo | None, *,
                  automatic: bool = False, reason: str = "") -> None:
    """Record an 'adjust' to `level` from `on`, and the item's new state (not its row)."""
    if terms.adjust_restarts_term or it.level == SecrecyLevel.NONE:  # a first level counts from the day it is set
        start, by = on, user
    else:
        start, by = it.classified_on, it.classified_by
    expires = add_years(start, terms.years(SecrecyLevel(level)))
    _record(conn, SYSTEM_USER if automatic else user, it, "adjust", d, new_level=level, new_expires=expires, automatic=automatic, reason=reason)
    store.put_state(conn, it.object_kind, it.object_id, start.isoformat(), by, expires.isoformat())


def _apply_level(conn, terms: Terms, user: str, it: Item, level: int, on: _dt.date, d: DecisionInfo | None, *,
                 automatic: bool = False, reason: str = "") -> None:
    """Give the item a new classified level from `on` (recorded), and its state."""
    _record_level(conn, terms, user, it, level, on, d, automatic=automatic, reason=reason)
    _set_level(conn, user, it.object_kind, it.object_id, level, f"Độ mật: {_label(it.level)} → {_label(level)}")


def _raise_containers(conn, terms: Terms, user: str, it: Item, level: int, on: _dt.date, d: DecisionInfo | None) -> int:
    """A combined item takes the highest level of its parts: raise what holds `it`."""
    raised, todo = 0, [(it.object_kind, int(it.object_id))]
    while todo:
        kind, oid = todo.pop()
        for ck, cid in store.containers_below(conn, kind, oid, level):
            c = _load(conn, terms, ck, cid)
            if c is None or c.level >= level:
                continue
            _apply_level(conn, terms, user, c, level, on, d, automatic=True,
                         reason=f"Tài liệu tổng hợp lấy độ mật cao nhất của thành phần ({kind} {oid})")
            raised += 1
            todo.append((ck, cid))
    return raised


def adjust(session, kind: str, object_id: object, level: SecrecyLevel, decision: DecisionInfo, *,
           today: _dt.date | None = None) -> Item:
    """Change the level by decision. Raising raises what holds the item; lowering
    below the level of what the item holds is refused."""
    session.require(Permission.DECIDE_SECRECY)
    today = _today(today)
    d = _check_decision(decision, today)
    level = SecrecyLevel(level)
    if level == SecrecyLevel.NONE:
        raise HosoError("bad_input", detail="để giải mật hãy dùng lệnh giải mật / use declassify to remove the level")
    conn, terms = session.vault.conn, load(session.vault)
    it = _classified(conn, terms, kind, object_id)
    if level == it.level:
        raise HosoError("secrecy_same_level", level=_label(level))
    parts = store.parts_level(conn, it.object_kind, int(it.object_id))
    if level < parts:
        raise HosoError("secrecy_below_parts", kind=it.object_kind, id=it.object_id, level=_label(level), parts=_label(parts))
    with session.change(Permission.DECIDE_SECRECY, "secrecy_adjusted", it.object_kind, it.object_id,
                        f"Điều chỉnh độ mật {_label(it.level)} → {_label(level)} theo quyết định {d.number} ngày {_dmy(d.date)} của {d.authority}"):
        _apply_level(conn, terms, session.user.username, it, int(level), d.date, d)
        if level > it.level:
            _raise_containers(conn, terms, session.user.username, it, int(level), d.date, d)
    return _load(conn, terms, it.object_kind, it.object_id)


def _declassify(conn, user: str, it: Item, d: DecisionInfo | None, automatic: bool, reason: str = "") -> None:
    _record(conn, SYSTEM_USER if automatic else user, it, "declassify", d, new_level=0, automatic=automatic, reason=reason)
    _set_level(conn, user, it.object_kind, it.object_id, 0, "Giải mật" + (" (hết thời hạn bảo vệ)" if automatic else ""))
    store.delete_state(conn, it.object_kind, it.object_id)


def declassify(session, kind: str, object_id: object, decision: DecisionInfo, *, today: _dt.date | None = None) -> Item:
    """Declassify by decision; refused while the item holds classified parts."""
    session.require(Permission.DECIDE_SECRECY)
    today = _today(today)
    d = _check_decision(decision, today)
    conn, terms = session.vault.conn, load(session.vault)
    it = _classified(conn, terms, kind, object_id)
    parts = store.parts_level(conn, it.object_kind, int(it.object_id))
    if parts > 0:
        raise HosoError("secrecy_below_parts", kind=it.object_kind, id=it.object_id, level=_label(0), parts=_label(parts))
    with session.change(Permission.DECIDE_SECRECY, "secrecy_declassified", it.object_kind, it.object_id,
                        f"Giải mật theo quyết định {d.number} ngày {_dmy(d.date)} của {d.authority}"):
        _declassify(conn, session.user.username, it, d, False)
    return _load(conn, terms, it.object_kind, it.object_id)


# -- a level changed by editing the dossier -----------------------------------------

@dataclass(frozen=True)
class LevelChange:
    """A dossier's level changed in the editor, checked before anything is written."""
    item: Item  # as stored before the change
    level: SecrecyLevel
    decision: DecisionInfo | None  # required to lower; optional (recorded when given) to raise
    on: _dt.date  # the day the new level counts from
    reason: str

    @property
    def lowers(self) -> bool:
        return self.level < self.item.level


def _given(d: DecisionInfo | None) -> bool:
    return d is not None and bool(d.number.strip() or d.authority.strip())


def dossier_level_change(session, person_id: int, level: SecrecyLevel, *, reason: str = "",
                         decision: DecisionInfo | None = None, today: _dt.date | None = None) -> LevelChange | None:
    """Check the level a dossier is saved with (None: unchanged). Raising needs edit
    rights and a reason; a decision is optional. Lowering or removing the level needs
    a recorded decision (number, date, authority) and `decide_secrecy`, and never goes
    below the level of the dossier's attachments. Call inside the save's transaction."""
    session.require(Permission.EDIT_DOSSIERS)
    today, level = _today(today), SecrecyLevel(level)
    conn, terms = session.vault.conn, load(session.vault)
    it = _load(conn, terms, "person", person_id)
    if it is None:
        raise HosoError("person_not_found", id=person_id)
    if level == it.level:
        return None
    reason = reason.strip() or (decision.reason.strip() if decision else "")
    if level > it.level:
        if not reason:
            raise HosoError("secrecy_raise_needs_reason", old=_label(it.level), new=_label(level))
        d = _check_decision(decision, today) if _given(decision) else None
        return LevelChange(it, level, d, d.date if d else today, reason)
    if not _given(decision):
        raise HosoError("secrecy_lower_needs_decision", old=_label(it.level), new=_label(level))
    session.require(Permission.DECIDE_SECRECY)
    d = _check_decision(decision, today)
    parts = store.parts_level(conn, "person", int(it.object_id))
    if level < parts:
        raise HosoError("secrecy_below_parts", kind="person", id=it.object_id, level=_label(level), parts=_label(parts))
    return LevelChange(it, level, d, d.date, reason)


def record_level_change(session, conn, ch: LevelChange) -> None:
    """Record `ch` in the caller's transaction, which writes the dossier itself (one
    version for the whole save): the decision, the new state, and, when raised, the
    raise of what holds the dossier (its cases and printed forms)."""
    terms, user, it, d = load(session.vault), session.user.username, ch.item, ch.decision
    # the reason stays in the decision (the history), not in the audit trail's summary
    by = f" theo quyết định {d.number} ngày {_dmy(d.date)} của {d.authority}" if d else " khi sửa hồ sơ, không có quyết định"
    if ch.level == SecrecyLevel.NONE:
        _record(conn, user, it, "declassify", d, new_level=0, reason=ch.reason)
        store.delete_state(conn, it.object_kind, it.object_id)
        action, summary = "secrecy_declassified", "Giải mật" + by
    else:
        _record_level(conn, terms, user, it, int(ch.level), ch.on, d, reason=ch.reason)
        if not ch.lowers:
            _raise_containers(conn, terms, user, it, int(ch.level), ch.on, d)
        action, summary = "secrecy_adjusted", f"Điều chỉnh độ mật {_label(it.level)} → {_label(ch.level)}" + by
    session.vault.audit(user, action, it.object_kind, it.object_id, summary)


def sweep(session, today: _dt.date | None = None, limit: int | None = None,
          progress: Callable[[int, int, str], None] | None = None) -> int:
    """Declassify every item whose term has ended (automatic at expiry), in
    batches; returns how many. `limit` bounds the work (e.g. at start-up)."""
    session.require(Permission.VIEW_DOSSIERS)  # automatic: whoever opens the vault triggers it
    today = _today(today)
    done = 0
    while limit is None or done < limit:
        conn, terms = session.vault.conn, load(session.vault)
        batch = SWEEP_BATCH if limit is None else min(SWEEP_BATCH, limit - done)
        items, more = _due(conn, terms, today, "", batch)
        if not items:
            break
        with session.change(None, "secrecy_swept", "secrecy", "", f"Tự động giải mật {len(items)} tài liệu hết thời hạn bảo vệ"):
            for it in items:
                _declassify(conn, session.user.username, it, None, True,
                            f"Hết thời hạn bảo vệ ngày {_dmy(it.expires_on)} ({terms.legal_basis})")
        done += len(items)
        if progress:
            progress(done, 0, "Tự động giải mật")
        if not more:
            break
    return done


def sweep_at_login(session, today: _dt.date | None = None) -> int:
    """The automatic declassification due at the start of every session (the
    GUI runs it in the background at login and unlock), bounded so a vault
    with a large backlog still opens at once; returns how many items."""
    return sweep(session, today=today, limit=SWEEP_AT_LOGIN)


# -- printing -----------------------------------------------------------------------

def print_floor(conn, kind: str, object_id: object, level: SecrecyLevel) -> SecrecyLevel:
    """The lowest level a print of `kind`/`object_id` may carry: its own and its parts'."""
    if kind == "verification_request":
        kind, object_id = "case", store.request_case(conn, object_id)
    if kind not in ("person", "case") or object_id is None:
        return SecrecyLevel(level)
    row = store.base_row(conn, kind, object_id)
    if row is None:
        return SecrecyLevel(level)
    return SecrecyLevel(max(int(level), row.level, store.parts_level(conn, kind, row.id)))


def stamp_for_print(vault, user: str, level: SecrecyLevel, row, doc):
    """The level a print carries and the document to render with it: never below
    the sources' (`level`) nor the stored document's, which only a recorded
    decision lowers. A stored document found below its sources is raised, recorded.
    Runs inside the print's transaction."""
    stamp = SecrecyLevel(max(int(level), int(row.secrecy)))
    if stamp > row.secrecy:
        terms = load(vault)
        it = _load(vault.conn, terms, "form_document", row.id)
        if it is not None:
            _apply_level(vault.conn, terms, user, it, int(stamp), _dt.date.today(), None, automatic=True,
                         reason="Bản in lấy độ mật cao nhất của tài liệu nguồn")
    shown = doc if doc.secrecy == stamp else dataclasses.replace(doc, secrecy=int(stamp))
    return stamp, shown


def _dmy(d: _dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""
