"""Running long work off the UI thread (in the spirit of Anki's ``QueryOp``).

A ROME import, a graph build or a batch of PDFs must not freeze the window. :class:`Operation`
runs a plain callable in ``QThreadPool``; the callable receives ``progress(fraction, message)``
and ``cancelled() -> bool`` (the same signatures as ``domain.rome.reader``), and the result or
the exception comes back on the UI thread through ``on_success`` / ``on_failure``. The callable
must never touch a widget: it only computes and reports.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

# Operations in flight, kept alive until their result has been delivered.
_RUNNING: set[Operation] = set()


class Pool(Protocol):
    """What an :class:`Operation` needs of a pool: ``QThreadPool`` and the pools below."""

    def start(self, runnable: QRunnable) -> None: ...


class ImmediatePool:
    """Runs each operation at once on the calling thread (tests; Picard's ``FakeThreadPool``).

    Results and errors reach their handlers before ``start()`` returns, so a test checks the
    outcome right after the action, without polling.
    """

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True


class SerialPool:
    """One long-lived thread that runs operations one after another, in submission order.

    The store's writer uses it: the same thread all along, so the connection it opens there
    never crosses threads (``QThreadPool`` may retire and replace its threads).
    """

    def __init__(self, name: str = "passerelles-store") -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._last = None

    def start(self, runnable: QRunnable) -> None:
        self._last = self._executor.submit(runnable.run)

    def submit(self, function: Callable[[], Any]) -> Any:
        """Queue a plain callable behind the operations; returns its ``Future``."""
        self._last = self._executor.submit(function)
        return self._last

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        """Wait for everything queued so far; False when ``msecs`` ran out first."""
        from concurrent.futures import TimeoutError as FutureTimeout

        if self._last is None:
            return True
        try:
            self._last.result(timeout=None if msecs < 0 else msecs / 1000)
        except FutureTimeout:
            return False
        except BaseException:  # noqa: BLE001 - the operation reported its own failure
            pass
        return True

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)


_default_pool: Pool | None = None


def set_default_pool(pool: Pool | None) -> None:
    """Where operations started without a pool run (``None``: Qt's global thread pool)."""
    global _default_pool
    _default_pool = pool


def default_pool() -> Pool:
    return _default_pool if _default_pool is not None else QThreadPool.globalInstance()


class OperationCancelled(Exception):
    """An operation cancelled before it started (queued work dropped at shutdown)."""


class Operation(QObject):
    """One background task; create it on the UI thread, then call :meth:`start`."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    # Internal relays from the worker thread; no bool argument: PySide6 6.12 miscounts the
    # references of Python bools sent through queued connections (crash at exit).
    _ok = Signal(object)
    _error = Signal(object)
    _progress = Signal(float, str)

    def __init__(
        self,
        work: Work,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Progress | None = None,
        parent: QObject | None = None,
        skip_when_cancelled: bool = False,
    ) -> None:
        super().__init__(parent)
        self._work = work
        # A queued operation cancelled before it starts fails with OperationCancelled instead
        # of running (the store's writer drops queued imports at shutdown).
        self._skip_when_cancelled = skip_when_cancelled
        self._cancel = threading.Event()
        self._running = False
        self._handles_failure = on_failure is not None
        if on_success:
            self.succeeded.connect(on_success)
        if on_failure:
            self.failed.connect(on_failure)
        if on_progress:
            self.progressed.connect(on_progress)
        # Signals emitted by the worker thread reach these slots through the UI thread's
        # event loop, because this object lives on the UI thread (queued connection).
        self._ok.connect(self._deliver_result)
        self._error.connect(self._deliver_error)
        self._progress.connect(self.progressed)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, pool: Pool | None = None) -> Operation:
        self._running = True
        _RUNNING.add(self)
        (pool or default_pool()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it checks ``cancelled()`` at its own pace."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run_in_worker(self) -> None:
        try:
            if self._skip_when_cancelled and self._cancel.is_set():
                raise OperationCancelled("Opération annulée avant d'avoir commencé.")
            result = self._work(self._report, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread as is
            signal, payload = self._error, exc
        else:
            signal, payload = self._ok, result
        try:
            signal.emit(payload)
        except RuntimeError:  # the UI side was destroyed meanwhile: nobody to tell
            _RUNNING.discard(self)

    def _report(self, fraction: float, message: str = "") -> None:
        self._progress.emit(float(fraction), str(message))

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._running = False
        try:
            self.succeeded.emit(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, exc: object) -> None:
        self._running = False
        try:
            if self._handles_failure:
                self.failed.emit(exc)
            else:
                from gui.errors import report_exception

                report_exception(exc)  # type: ignore[arg-type]
        finally:
            self._finish()

    def _finish(self) -> None:
        self.finished.emit()
        _RUNNING.discard(self)


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run_in_worker()


def run_in_background(
    work: Work,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Progress | None = None,
    parent: QObject | None = None,
) -> Operation:
    """Start ``work`` in the thread pool; failures without a handler go to the error dialog."""
    return Operation(
        work,
        on_success=on_success,
        on_failure=on_failure,
        on_progress=on_progress,
        parent=parent,
    ).start()
