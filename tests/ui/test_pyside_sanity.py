"""Guard against the PySide6 release whose reference counting aborts the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to True at every signal emit
and to None at every call returning None; after enough of them Python aborts
("bool_dealloc"/"none_dealloc"). pyproject pins below it; this test fails if
such a build is ever installed again.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def test_emit_and_none_returning_calls_keep_reference_counts(qapp):
    probe = _Probe()
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(50):
        probe.ping.emit()
        probe.setObjectName("probe")
    assert sys.getrefcount(True) > before_true - 25
    assert sys.getrefcount(None) > before_none - 25
