"""The state the views share: :class:`AppContext`, and the data loaded at start-up.

The window is shown first; the study, the store and the ROME release are then loaded on a
worker thread (:meth:`AppContext.load`), and every view redraws when :attr:`AppContext.loaded`
fires. Heavy modules (pandas, networkx, reportlab) are never imported here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.settings import QUALIFICATION, Settings

QUALIFICATION_VALUES = ("initial", "revised", "experts")  # domain.study.Qualification values


@dataclass
class LoadedData:
    """What the worker hands back at start-up (plain objects, no widgets, no connection)."""

    study: Any
    release: Any = None  # RomeRelease | None
    job_rome: dict = field(default_factory=dict)
    overrides: dict = field(default_factory=dict)
    headcounts: dict[str, int] = field(default_factory=dict)
    rome_cli: str | None = None  # --rome given on the command line


def load_data(progress=None, cancelled=None, rome_cli: str | None = None) -> LoadedData:
    """Everything the views need from ``domain``; runs on a worker thread."""
    from domain.store.connection import connect
    from domain.study import load_study

    report = progress or (lambda fraction, message: None)
    report(0.1, "Lecture de l'étude")
    study = load_study()
    report(0.3, "Ouverture de la base")
    # This thread's own connection: it checks, backs up and migrates the store, reads what
    # the views need, and is closed here; the window then reads through its own connection.
    conn = connect()
    try:
        report(0.5, "Lecture du ROME")
        data = LoadedData(study=study, rome_cli=rome_cli)
        refresh_release(data, conn)
        data.headcounts = _headcounts(conn)
    finally:
        conn.close()
    report(1.0, "")
    return data


def refresh_release(data: LoadedData, conn: sqlite3.Connection) -> None:
    """(Re)read the current ROME release, the job → ROME mapping and the user's overrides."""
    from domain.matching.competency_levels import load_overrides
    from domain.paths import rome_source
    from domain.rome.job_mapping import job_rome_map
    from domain.rome.repository import current_release, load_release

    if rome_source(data.rome_cli) is not None:  # --rome or PASSERELLES_ROME wins
        data.release = current_release(conn, data.rome_cli)
    else:
        data.release = load_release(conn)
    data.job_rome = job_rome_map(data.release)  # followed into the release (issue 12)
    data.overrides = load_overrides(conn)


def _headcounts(conn: sqlite3.Connection) -> dict[str, int]:
    """Current employees per job when the people register holds some (else empty)."""
    try:
        from domain.people.register import headcounts

        return headcounts(conn)
    except Exception:  # noqa: BLE001 - a headcount problem must not stop the start-up
        from gui.errors import log

        log.exception("Effectifs par métier illisibles")
        return {}


class AppContext(QObject):
    """Shared state: one instance per window, passed to every view's constructor.

    Views read ``study``, ``release``, ``conn``, ``qualification`` and ``selected_job`` and
    listen to the signals; they never load data themselves at start-up. ``conn`` is a
    read-only connection of the UI thread; every write goes through :attr:`store` (the one
    writer, on its own thread), whose ``changed`` signal makes the views refresh.
    """

    loaded = Signal()  # study and store ready (also after a failed load: check .study)
    release_changed = Signal()  # a ROME release was imported
    qualification_changed = Signal(object)  # domain.study.Qualification
    job_selected = Signal(str)  # a job name of the study
    overrides_changed = Signal(str)  # the job whose competency levels changed
    profiles_changed = Signal(str)  # the job whose retained competencies changed
    view_requested = Signal(str)  # a view asks the window to show another tab (ViewSpec.key)
    import_requested = Signal()  # a view asks for the ROME import dialog
    quit_requested = Signal()  # the user chose to quit (damaged database not restored)
    people_changed = Signal(object)  # a matricule, or None when many people changed
    reports_changed = Signal()  # reports were recorded under people

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None,
                 rome_cli: str | None = None, store_pool: Any = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.rome_cli = rome_cli
        self._store_pool = store_pool  # tests: gui.workers.ImmediatePool()
        self._store: Any = None  # gui.store_worker.StoreWorker, created on first write
        self._reader: sqlite3.Connection | None = None
        self.data: LoadedData | None = None
        self.load_error: BaseException | None = None
        self.startup_notice = ""  # said in the status bar once loaded (a restored backup)
        self.selected_job: str | None = None
        self._qualification_value = self.settings.get(QUALIFICATION)
        self._operation = None

    # Data -------------------------------------------------------------------------------
    @property
    def is_loaded(self) -> bool:
        return self.data is not None

    @property
    def study(self) -> Any:
        return self.data.study if self.data else None

    @property
    def conn(self) -> sqlite3.Connection | None:
        """The UI thread's read-only connection (``None`` before the store is loaded)."""
        if self.data is None:
            return None
        if self._reader is None:
            from domain.store.connection import connect_reader

            self._reader = connect_reader()
        return self._reader

    @property
    def store(self) -> Any:
        """The one writer (:class:`gui.store_worker.StoreWorker`): submit every write to it."""
        if self._store is None:
            from gui.store_worker import StoreWorker

            self._store = StoreWorker(pool=self._store_pool, parent=self)
            self._store.changed.connect(self._on_store_changed)
        return self._store

    def _on_store_changed(self, topic: str, detail: object) -> None:
        """Refresh the shared state from the store, then tell the views."""
        from gui import store_worker

        if self.data is None:
            return
        if topic == store_worker.LEVELS:
            from domain.matching.competency_levels import load_overrides

            self.data.overrides = load_overrides(self.conn)
            self.overrides_changed.emit(str(detail))
        elif topic == store_worker.PROFILES:
            self.profiles_changed.emit(str(detail))
        elif topic == store_worker.PEOPLE:
            self.data.headcounts = _headcounts(self.conn)
            self.people_changed.emit(detail)
        elif topic == store_worker.REPORTS:
            self.reports_changed.emit()
        elif topic == store_worker.RELEASE:
            self.reload_release()

    @property
    def release(self) -> Any:
        return self.data.release if self.data else None

    def load(self, on_done=None) -> None:
        """Load on a worker; ``loaded`` fires on the UI thread when it is over."""
        from gui.workers import Operation

        def success(data: LoadedData) -> None:
            self.data = data
            self._finish(on_done)

        def failure(exc: BaseException) -> None:
            from domain.store.connection import DamagedStoreError
            from gui.errors import report_exception

            if isinstance(exc, DamagedStoreError):
                self._recover(exc, on_done)
                return
            self.load_error = exc
            self._finish(on_done)
            report_exception(exc)

        self._operation = Operation(lambda p, c: load_data(p, c, self.rome_cli), on_success=success,
                                    on_failure=failure).start()

    def _recover(self, error: BaseException, on_done) -> None:
        """Damaged database: offer the last backup; load again once restored, else quit."""
        from gui.damaged_store_dialog import resolve_damaged_store

        self._operation = None
        notice = resolve_damaged_store(error)
        if notice is not None:
            self.startup_notice = notice
            self.load(on_done)
            return
        self.load_error = error
        self._finish(on_done)
        self.quit_requested.emit()

    def load_now(self) -> None:
        """Synchronous variant for tests and scripts."""
        self.data = load_data(rome_cli=self.rome_cli)
        self.loaded.emit()

    def _finish(self, on_done) -> None:
        self._operation = None
        self.loaded.emit()
        if on_done:
            on_done()

    def reload_release(self) -> None:
        """After an import: read the new release and tell the views."""
        if self.data is None:
            return
        refresh_release(self.data, self.conn)
        self.release_changed.emit()

    # Selections -------------------------------------------------------------------------
    @property
    def qualification_value(self) -> str:
        """The chosen qualification's code, without importing the study (start-up path)."""
        value = self._qualification_value
        return value if value in QUALIFICATION_VALUES else QUALIFICATION.default

    @property
    def qualification(self) -> Any:
        """The chosen ``domain.study.Qualification``."""
        from domain.study import Qualification

        return Qualification(self.qualification_value)

    def set_qualification(self, qualification: Any) -> None:
        value = getattr(qualification, "value", qualification)
        if value == self._qualification_value:
            return
        self._qualification_value = value
        self.settings.set(QUALIFICATION, value)
        self.qualification_changed.emit(self.qualification)

    def select_job(self, name: str) -> None:
        if name == self.selected_job:
            return
        self.selected_job = name
        self.job_selected.emit(name)

    def close(self, timeout: float = 30.0) -> bool:
        """Cancel or wait for the store's running actions, then close both connections.

        Returns False when an action was still running after ``timeout`` seconds.
        """
        done = True
        if self._store is not None:
            done = self._store.shutdown(timeout)
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        return done
