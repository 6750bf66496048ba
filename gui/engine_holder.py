"""One bridge engine per window, built once off the UI thread and shared by the views.

Building :class:`domain.matching.engine.Engine` (matrix, similarities, impact levels) takes several
seconds on a real ROME release, while each later request answers in milliseconds. The graph,
the bridges, the people and the reports views all need it, so the first view that asks starts
the build on a worker and every view is called back when it is ready. The holder also keeps the
bridge settings the user chose in the Passerelles view (what counts as a target), so the graph
highlights the same bridges as the table, remembers them in the preferences for the next start,
and tells the views when people were imported.

When a job's retained competencies change (Fiche métier), the holder rebuilds the matrix and the
similarities on a worker, on a copy of the engine (``Engine.reload_profiles``, about 0.2 s), and
hands the copy to the views through ``ready``: a report being written on another worker keeps
reading the engine it started with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.app_context import AppContext
from gui.settings import (
    BRIDGE_HOP_SIMILARITY,
    BRIDGE_MAX_SCORE,
    BRIDGE_MIN_SIMILARITY,
    BRIDGE_TARGET_PROFILES,
    BRIDGE_TOP,
    Settings,
)

EngineFactory = Callable[[AppContext], Any]


def _default_factory(context: AppContext) -> Any:
    from domain.matching.engine import Engine

    # No connection handed over: the engine opens its own on the worker thread if it needs one.
    return Engine.load(None, context.rome_cli)


class EngineHolder(QObject):
    """Window-wide access to the engine, the bridge settings and the people's headcounts."""

    ready = Signal(object)  # the engine
    failed = Signal(object)  # the exception (RomeError when no release was imported)
    settings_changed = Signal(object)  # domain.matching.bridges.BridgeSettings
    people_changed = Signal()  # people were imported or edited

    factory: EngineFactory = staticmethod(_default_factory)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("engineHolder")
        self.context = context
        self.engine: Any = None
        self.error: BaseException | None = None
        self._operation = None
        self._reloading = None  # Operation rebuilding the engine after a profile change
        self._reload_again = False
        self._generation = 0  # bumped when the release changes: late reloads are dropped
        self._settings = None
        context.release_changed.connect(self._on_release_changed)
        context.overrides_changed.connect(self._on_overrides_changed)
        context.profiles_changed.connect(self._on_profiles_changed)
        context.qualification_changed.connect(self._on_qualification_changed)
        context.people_changed.connect(lambda _who: self.people_changed.emit())

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
        from domain.matching.engine import clear_cache

        clear_cache()
        self.engine = None
        self._generation += 1
        self.request()

    def _on_overrides_changed(self, _job: str) -> None:
        if self.engine is not None:
            self.engine.reload_overrides(self.context.conn)

    @property
    def reloading(self) -> bool:
        """True while the engine is being rebuilt after a change of retained competencies."""
        return self._reloading is not None

    def _on_profiles_changed(self, _job: str = "") -> None:
        """Rebuild matrix and similarities from the stored profiles; ``ready`` follows."""
        if self.engine is None:
            return  # an engine built later reads the profiles from the store
        if self._reloading is not None:
            self._reload_again = True
            return
        from gui.workers import Operation

        engine, generation = self.engine, self._generation
        self._reloading = Operation(lambda _p, _c: reloaded_engine(engine),
                                    on_success=lambda e: self._reloaded(e, generation),
                                    on_failure=self._not_reloaded, parent=self).start()

    def _reloaded(self, engine: Any, generation: int) -> None:
        self._reloading = None
        if generation != self._generation:
            return  # a new release came meanwhile: its engine is being built
        self.set_engine(engine)
        if self._reload_again:
            self._reload_again = False
            self._on_profiles_changed()

    def _not_reloaded(self, exc: BaseException) -> None:
        from gui.errors import report_exception

        self._reloading = None
        self._reload_again = False
        report_exception(exc)

    # Bridge settings --------------------------------------------------------------------
    @property
    def settings(self) -> Any:
        """The bridge settings in force: the user's last ones, in the window's qualification."""
        if self._settings is None:
            self._settings = stored_bridge_settings(self.context)
        return self._settings

    def set_settings(self, settings: Any) -> None:
        if settings == self._settings:
            return
        self._settings = settings
        store_bridge_settings(self.context.settings, settings)
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
        from domain.people.register import headcounts

        data = self.context.data
        if data is not None:
            data.headcounts = headcounts(self.context.conn)
        self.people_changed.emit()


def reloaded_engine(engine: Any) -> Any:
    """A copy of ``engine`` with the stored retained competencies (run on a worker).

    The copy shares the release, the study and the similarity index; only the matrix, the
    similarities, the profiles and the levels are new, so the original stays usable meanwhile.
    """
    import copy

    from domain.store.connection import connect_reader

    fresh = copy.copy(engine)
    conn = connect_reader()
    try:
        fresh.reload_profiles(conn)
    finally:
        conn.close()
    return fresh


def stored_bridge_settings(context: AppContext) -> Any:
    """``BridgeSettings`` from the preferences, kept within the ranges the panel offers."""
    from domain.matching.bridges import BridgeSettings
    from domain.matching.engine import PROFILE_KEYS

    prefs = context.settings
    known = set(PROFILE_KEYS.values())
    shown = int(_within(prefs.get(BRIDGE_TOP), 1, 57))  # as many in the view as in the report
    profiles = {key for key in prefs.get(BRIDGE_TARGET_PROFILES).split(",") if key in known}
    return BridgeSettings(
        qualification=context.qualification.value, target_profiles=frozenset(profiles),
        max_target_score=_within(prefs.get(BRIDGE_MAX_SCORE), 0.0, 1.0),
        min_similarity=_within(prefs.get(BRIDGE_MIN_SIMILARITY), 0.5, 1.0),
        hop_similarity=_within(prefs.get(BRIDGE_HOP_SIMILARITY), 0.5, 1.0),
        top=shown, shown=shown)


def store_bridge_settings(prefs: Settings, settings: Any) -> None:
    """Remember what the user changed (the qualification has its own preference); a value
    equal to the domain's default is not stored, so a new default reaches this user too."""
    prefs.set_or_reset(BRIDGE_TARGET_PROFILES, ",".join(sorted(settings.target_profiles)))
    prefs.set_or_reset(BRIDGE_MAX_SCORE, float(settings.max_target_score))
    prefs.set_or_reset(BRIDGE_MIN_SIMILARITY, float(settings.min_similarity))
    prefs.set_or_reset(BRIDGE_HOP_SIMILARITY, float(settings.hop_similarity))
    prefs.set_or_reset(BRIDGE_TOP, int(settings.shown))


def _within(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def engine_holder(context: AppContext) -> EngineHolder:
    """The window's holder, created on first use (a child of the context)."""
    found = context.findChild(EngineHolder, "engineHolder")
    return found if found is not None else EngineHolder(context)
