"""Work-arounds for bugs of the Qt binding, applied once when the ``gui`` package is imported."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def guard_signal_refcount_bug() -> bool:
    """Work around a PySide6 6.12 bug on Python 3.11; True when the bug was found.

    ``SignalInstance.emit()`` returns ``True`` without owning a reference to it, so every
    emission of a Python-defined signal takes one reference away from ``True``; after about a
    thousand emissions the interpreter frees ``True`` and aborts ("bool_dealloc"), mid-session
    or at exit. Python 3.12 made bools immortal; on 3.11 we give ``True`` (and ``False``) enough
    references for any session. Measured, not assumed, so a fixed PySide6 is left alone.

    The same PySide6 hands ``None`` back without a reference when a Qt call made from Python
    has no value (``QModelIndex.data()`` for a role a model leaves empty, a Python
    ``QTranslator.translate`` with nothing to say): the table exports read thousands of such
    cells, so ``None`` gets the same protection when the probe shows the loss.
    """
    if sys.version_info >= (3, 12) or getattr(guard_signal_refcount_bug, "done", False):
        return False
    from PySide6.QtCore import QModelIndex

    probe = _Probe()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(16):
        probe.ping.emit()
        QModelIndex().data()
    lost_true = before[0] - sys.getrefcount(True)
    lost_none = before[1] - sys.getrefcount(None)
    guard_signal_refcount_bug.done = True  # type: ignore[attr-defined]
    if lost_true <= 0 and lost_none <= 0:
        return False
    import ctypes

    for value in ((True, False) if lost_true > 0 else ()) + ((None,) if lost_none > 0 else ()):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40  # ob_refcnt: first field
    return True
