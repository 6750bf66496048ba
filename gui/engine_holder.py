"""One bridge engine per window, built once off the UI thread and shared by the views.

Building :class:`domain.engine.Engine` (matrix, similarities, impact levels) takes several
seconds on a real ROME release, while each later request answers in milliseconds. The graph,
the bridges, the people and the reports views all need it, so the first view that asks starts
the build on a worker and every view is called back when it is ready. The holder also keeps the
bridge settings the user chose in the Passerelles view (what counts as a target), so the graph
highlights the same bridges as the table, and tells the views when people were imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.app import AppContext

EngineFactory = Callable[[AppContext], Any]


def _default_factory(context: AppContext) -> Any:
    from domain.engine import Engine

    return Engine.load(context.conn, context.rome_cli)


class EngineHolder(QObject):
    """Window-wide access to the engine, the bridge settings and the people's headcounts."""

    ready = Signal(object)  # the engine
    failed = Signal(object)  # the exception (RomeError when no release was imported)
    settings_changed = Signal(object)  # domain.bridges.BridgeSettings
    people_changed = Signal()  # people were imported or edited

    factory: EngineFactory = staticmethod(_default_factory)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("engineHolder")
        self.context = context
        self.engine: Any = None
        self.error: BaseException | None = None
        self._operation = None
        self._settings = None
        context.release_changed.connect(self._on_release_changed)
        context.overrides_changed.connect(self._on_overrides_changed)
        context.qualification_changed.connect(self._on_qualification_changed)

    # Engine -----------------------------------------------------------------------------
    @property
    def building(self) -> bool:
        return self._operation is not None

    def request(self) -> None:
        """Make sure the engine is (being) built; ``ready`` or ``failed`` follows."""
        if self.engine is not None:
            self.ready.emit(self.engine)
            return
        if self._operation is not None or not self.context.is_loaded:
            return
        if self.context.release is None:
            from domain.errors import RomeError
            from domain.rome.repository import NO_RELEASE_MESSAGE

            self.error = RomeError(NO_RELEASE_MESSAGE)
            self.failed.emit(self.error)
            return
        from gui.workers import Operation

        factory = type(self).factory
        self._operation = Operation(lambda _p, _c: factory(self.context),
                                    on_success=self._built, on_failure=self._not_built,
                                    parent=self).start()

    def set_engine(self, engine: Any) -> None:
        """Use this engine (tests, or a caller that already built one)."""
        self.engine, self.error = engine, None
        self.ready.emit(engine)

    def _built(self, engine: Any) -> None:
        self._operation = None
        self.set_engine(engine)

    def _not_built(self, exc: BaseException) -> None:
        self._operation = None
        self.error = exc
        self.failed.emit(exc)

    def _on_release_changed(self) -> None:
        from domain.engine import clear_cache

        clear_cache()
        self.engine = None
        self.request()

    def _on_overrides_changed(self, _job: str) -> None:
        if self.engine is not None:
            self.engine.reload_overrides(self.context.conn)

    # Bridge settings --------------------------------------------------------------------
    @property
    def settings(self) -> Any:
        """The bridge settings in force, in the window's qualification."""
        from domain.bridges import BridgeSettings

        if self._settings is None:
            self._settings = BridgeSettings(qualification=self.context.qualification.value)
        return self._settings

    def set_settings(self, settings: Any) -> None:
        if settings == self._settings:
            return
        self._settings = settings
        self.settings_changed.emit(settings)

    def _on_qualification_changed(self, qualification: Any) -> None:
        self.set_settings(replace(self.settings, qualification=qualification.value))

    # People -----------------------------------------------------------------------------
    def headcounts(self) -> dict[str, int]:
        """Current employees per job, as the window loaded them (refreshed after imports)."""
        data = self.context.data
        return dict(data.headcounts) if data is not None else {}

    def refresh_people(self) -> None:
        """After an import or an edit: recount people per job and tell the views."""
        from collections import Counter

        from domain.employees import list_employees

        data = self.context.data
        if data is not None:
            people = list_employees(data.conn, include_departed=False)
            data.headcounts = dict(Counter(person.job for person in people))
        self.people_changed.emit()


def engine_holder(context: AppContext) -> EngineHolder:
    """The window's holder, created on first use (a child of the context)."""
    found = context.findChild(EngineHolder, "engineHolder")
    return found if found is not None else EngineHolder(context)
