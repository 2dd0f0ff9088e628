"""Carrying out a previewed plan: one transaction, so either every accepted row
lands (with the audit entries) or nothing does; Cancel before the end undoes all."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Callable

from ..domain.person import SECTIONS, VALUE_FIELDS
from ..errors import HosoError
from ..permissions import Permission
from ..store import persons as store
from . import profiles
from .errors import Cancelled
from .limits import no_gc
from .plan import Action, ImportPlan
from .records import Record


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    created_ids: tuple[int, int] | None  # first and last id of the new dossiers (consecutive)
    updated_ids: tuple[int, ...]
    profile: str | None


def _insert(conn, creates: list[Record], user: str, step: Callable[[int, str], None]) -> tuple[int, int] | None:
    """New dossiers; returns the first and last id. A load larger than the vault goes through
    the store's bulk path (the search order renumbered once, indexes rebuilt), from the rows'
    values: most rows never needed a Person (records.Record). A few newcomers each find their place."""
    if not creates:
        return None
    if len(creates) <= store.count_all(conn):
        step(0, "Đang ghi hồ sơ mới")
        people = [r.person for r in creates]
        store.insert_many(conn, people, user)
        return people[0].id, people[-1].id

    def tick(phase: str, done: int) -> None:
        step(done, "Đang ghi hồ sơ mới" if phase == "rows" else "Đang lập chỉ mục tìm kiếm")

    if any(map(_has_lists, creates)):  # never from a list's cells; values would drop them
        people = [r.person for r in creates]
        store.bulk_load(conn, people, user, step=tick)
        return people[0].id, people[-1].id
    values = [r.values if r.values is not None else _PERSON_VALUES(r.person) for r in creates]
    first = store.bulk_load_values(conn, values, user, step=tick)
    return first, first + len(creates) - 1


_PERSON_VALUES = operator.attrgetter(*VALUE_FIELDS)
_SECTIONS_OF = operator.attrgetter(*SECTIONS)


def _has_lists(rec: Record) -> bool:
    """Whether the record's Person (made already) has relatives or history, which values do not hold."""
    p = rec.person if rec.values is None else None
    return p is not None and bool(p.relatives or any(_SECTIONS_OF(p)))


def commit(session, plan: ImportPlan, *, include_review: bool = False, save_profile: str | None = None,
           progress: Callable | None = None, cancel: Callable | None = None) -> ImportResult:
    """Write the plan. `include_review`: rows that only look like someone in the
    vault are created as new dossiers (the officer decided they are different people)."""
    session.require(Permission.IMPORT_EXCEL)
    user = session.user.username
    creates = [r.record for r in plan.rows if r.action is Action.CREATE or (include_review and r.action is Action.REVIEW)]
    updates = [r for r in plan.rows if r.action is Action.UPDATE]
    total = len(creates) + len(updates)

    def step(done: int, message: str) -> None:
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(done, total, message)

    name = plan.table.file_name
    try:
        with no_gc(), session.vault.transaction() as conn:
            ids = _insert(conn, creates, user, step)
            step(len(creates), "Đang cập nhật hồ sơ đã có")
            for k, rp in enumerate(updates):
                summary = f"Cập nhật từ tệp Excel {name}, dòng {rp.row}: {', '.join(rp.changes)}"
                store.update(conn, rp.updated, user, summary)
                session.vault.audit(user, "person_updated", "person", rp.target_id, summary)
                if k % 200 == 0:
                    step(len(creates) + k, "Đang cập nhật hồ sơ đã có")
            saved = None
            if save_profile:
                saved = profiles.save(conn, save_profile, plan.choice.header_key, plan.choice.mapping, user).name
            elif plan.choice.profile:
                prof = profiles.get(conn, plan.choice.profile)
                if prof is not None:
                    profiles.touch(conn, prof.id)
                    saved = prof.name
            c = plan.counts()
            summary = (f"Nhập tệp Excel {name} (trang “{plan.table.sheet}”): {plan.rows_read} dòng; "
                       f"tạo {len(creates)} hồ sơ" + (f" (số {ids[0]}–{ids[1]})" if ids else "") +
                       f"; cập nhật {len(updates)}; trùng/đã có {c['duplicate'] + c['unchanged']}; "
                       f"cần xem xét {c['review']}{' (đã tạo mới)' if include_review and c['review'] else ''}; lỗi {c['error']}")
            session.vault.audit(user, "excel_import", "excel", name, summary)
            step(total, "Đang lưu")
    except Cancelled:
        raise HosoError("cancelled") from None
    except store.StaleVersion:
        raise HosoError("stale_version") from None
    return ImportResult(len(creates), len(updates), ids, tuple(r.target_id for r in updates), saved)
