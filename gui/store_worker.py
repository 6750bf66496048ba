"""The one writer of the store: every write the window makes runs here, one after another.

Anki runs all collection work on one dedicated worker and Picard saves on a one-thread pool;
we do the same. :class:`StoreWorker` owns a single long-lived thread (:class:`SerialPool`) and
the SQLite connection it opens on that thread, so no connection ever crosses threads and two
user actions never interleave inside one transaction. Each action is a named domain service
(``domain.matching.competency_levels.set_competency_level``, ``domain.people.service.*``,
``domain.people.roster.import_roster``…) that opens its own transaction; the worker only
schedules it and tells the window, through :attr:`StoreWorker.changed`, what changed so the
views refresh. Widgets never open a transaction.

Closing: :meth:`shutdown` lets short writes (a level, a note) finish, cancels long ones that
said they can be cancelled (a roster import, a batch), interrupting SQLite so their transaction
rolls back, then closes the connection on its own thread.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.workers import Cancelled, Operation, Pool, Progress, SerialPool

# A store action: receives the writer's connection, a progress callback and cancelled().
StoreAction = Callable[[sqlite3.Connection, Progress, Cancelled], Any]

# What changed, for the views (the second argument of ``changed`` gives the detail).
LEVELS = "levels"  # detail: the job name
PROFILES = "profiles"  # a job's retained competencies; detail: the job name
PEOPLE = "people"  # detail: a matricule, or None for many people
REPORTS = "reports"  # detail: how many reports were recorded
RELEASE = "release"  # detail: None


class StoreClosed(Exception):
    """An action was submitted after the window started closing."""


class StoreWorker(QObject):
    """Runs store actions in order on one thread with its own connection.

    ``pool`` defaults to a :class:`SerialPool`; tests pass ``gui.workers.ImmediatePool()`` so
    each action has run, and its handlers been called, when :meth:`submit` returns.
    """

    changed = Signal(str, object)  # topic (LEVELS, PEOPLE…), detail

    def __init__(self, db_path: Path | str | None = None, *, pool: Pool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._pool: Pool = pool if pool is not None else SerialPool()
        self._conn: sqlite3.Connection | None = None
        self._conn_thread: int | None = None
        self._lock = threading.Lock()
        self._pending: list[list] = []  # [operation, cancellable], in submission order
        self._current_cancellable = False  # the running action may be interrupted
        self._closing = False

    # Submitting -------------------------------------------------------------------------
    def submit(self, action: StoreAction, *, topic: str | None = None, detail: Any = None,
               on_success: Callable[[Any], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None,
               on_progress: Progress | None = None, cancellable: bool = False,
               parent: QObject | None = None) -> Operation:
        """Queue ``action(conn, progress, cancelled)``; ``changed(topic, detail)`` follows success.

        ``cancellable`` actions (imports, batches) are cancelled at shutdown: their transaction
        rolls back. Others run to the end, so a user's edit is never dropped. Raises
        :class:`StoreClosed` once :meth:`shutdown` has begun.
        """
        if self._closing:
            raise StoreClosed("La fenêtre se ferme : l'action n'a pas été enregistrée.")
        entry: list = []  # filled below: the work refers to its own entry
        operation = Operation(
            lambda progress, cancelled: self._run(entry, action, progress, cancelled),
            on_failure=on_failure, on_progress=on_progress, parent=parent or self,
            skip_when_cancelled=cancellable)
        entry.extend((operation, cancellable))
        # The caller's own handler first (an editor clears its unsaved state), then the views.
        if on_success is not None:
            operation.succeeded.connect(on_success)
        if topic is not None:
            operation.succeeded.connect(lambda _result: self.changed.emit(topic, detail))
        operation.finished.connect(lambda: self._forget(entry))
        with self._lock:
            self._pending.append(entry)
        operation.start(self._pool)
        return operation

    def call(self, action: Callable[[sqlite3.Connection], Any], **kwargs: Any) -> Operation:
        """:meth:`submit` for an action that only needs the connection."""
        return self.submit(lambda conn, _progress, _cancelled: action(conn), **kwargs)

    @property
    def busy(self) -> bool:
        """True while an action is queued or running."""
        with self._lock:
            return bool(self._pending)

    # On the worker thread -----------------------------------------------------------------
    def _run(self, entry: list, action: StoreAction, progress: Progress,
             cancelled: Cancelled) -> Any:
        with self._lock:
            self._current_cancellable = bool(entry[1])
        try:
            return action(self._connection(), progress, cancelled)
        finally:
            with self._lock:
                self._current_cancellable = False
            self._forget(entry)  # done, whether or not the UI thread has heard of it yet

    def _connection(self) -> sqlite3.Connection:
        from domain.store.connection import connect

        if self._conn is None:
            self._conn = connect(self._db_path, check=False, backup=False)
            self._conn_thread = threading.get_ident()
        return self._conn

    def _forget(self, entry: list) -> None:
        with self._lock:
            if entry in self._pending:
                self._pending.remove(entry)

    # Closing ----------------------------------------------------------------------------
    def shutdown(self, timeout: float = 30.0) -> bool:
        """Cancel what may be cancelled, wait for the rest, close the connection.

        Returns False when actions were still running after ``timeout`` seconds (the process
        is ending anyway: SQLite rolls back any transaction that was not committed).
        """
        if self._closing:
            return not self.busy
        self._closing = True
        with self._lock:
            cancellable = [op for op, may in self._pending if may]
        for operation in cancellable:
            operation.cancel()
        deadline = time.monotonic() + timeout
        done = False
        while time.monotonic() < deadline:
            with self._lock:
                interrupt = self._current_cancellable and self._conn is not None
            if interrupt:
                self._conn.interrupt()  # documented as callable from another thread
            if self._pool.waitForDone(50):
                done = True
                break
        self._close_connection(max(0.0, deadline - time.monotonic()))
        return done

    def _close_connection(self, timeout: float) -> None:
        """Close the connection on its own thread, after the queued work; wait ``timeout`` s.

        Past the timeout the thread is left to finish on its own (the process is ending):
        SQLite rolls back whatever was not committed when the connection goes away.
        """
        from concurrent.futures import TimeoutError as FutureTimeout

        def close() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        if not isinstance(self._pool, SerialPool):  # an immediate pool: this thread's own
            close()
            return
        future = self._pool.submit(close)
        try:
            future.result(timeout=timeout)
        except FutureTimeout:
            return
        self._pool.shutdown()
