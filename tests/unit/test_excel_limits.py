"""no_gc (app/excel/limits.py): the cyclic collector is off during a bulk phase, and what the phase
leaves behind goes to the oldest generation unscanned, not through a full scan at the next allocation."""

import gc
import weakref

from app.excel.limits import no_gc


class _Node:
    pass


def test_leaving_no_gc_moves_the_phase_objects_to_the_oldest_generation_without_a_collection():
    gc.collect()
    collections_before = [s["collections"] for s in gc.get_stats()]
    with no_gc():
        assert not gc.isenabled()
        kept = [[i] for i in range(50_000)]  # far past the youngest generation's threshold
        assert gc.get_count()[0] > 10_000
    assert gc.isenabled()
    assert gc.get_count()[0] < 700  # nothing left counted against the youngest generation
    assert gc.get_freeze_count() == 0
    assert [s["collections"] for s in gc.get_stats()] == collections_before  # no scan on the way out
    assert len(kept) == 50_000


def test_a_cycle_made_during_the_phase_is_still_freed_by_a_full_collection():
    with no_gc():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    assert gone() is not None  # not collected on the way out
    gc.collect()
    assert gone() is None


def test_objects_the_process_froze_on_purpose_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with no_gc():
            [[i] for i in range(1000)]
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_no_gc_inside_no_gc_leaves_the_collector_off_until_the_outer_one_ends():
    with no_gc():
        with no_gc():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
