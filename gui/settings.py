"""The application's preferences, declared once with their type and default.

Only presentation state lives here (window geometry, recent files, the qualification shown,
the language, the bridge settings of the Passerelles view, the reports' author, the folder
each kind of file was last saved in): nothing about people, who stay in the database. Every
other module reads and writes preferences through :class:`Settings`, never by QSettings key
strings, so a renamed key or a changed default is one edit.

Defaults that are the domain's own (the bridge settings: ``domain.matching.bridges
.BridgeSettings``; the notes' retention: ``domain.people.privacy``) are not typed again here:
the setting names the domain field and reads it when first needed, so start-up never imports
the domain for them. A stored value equal to the default is not kept (:meth:`Settings.set_or_reset`),
so a later change of the domain's default reaches every user who never changed it.

Preferences carry a version (:data:`VERSION`); :func:`upgrade` brings an older file up to date
step by step (Picard's ``config_upgrade`` does the same). Every change is announced by
:attr:`Settings.changed`, shared by all :class:`Settings` objects of the process.

When ``PASSERELLES_DATA_DIR`` is set (tests, IT-managed installs) the preferences sit in an
INI file inside that folder, so a test never reads or changes the user's real preferences.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

T = TypeVar("T")

MAX_RECENT_FILES = 8
CURRENT_VERSION = 2  # see UPGRADES


class Setting(Generic[T]):
    """One preference: its QSettings key, its Python type and its default.

    ``factory`` (a function without arguments) gives the default when it comes from the
    domain; it is called on first use, not at import.
    """

    __slots__ = ("key", "type", "_default", "_factory")

    def __init__(self, key: str, type_: type, default: T | None = None, *,
                 factory: Callable[[], T] | None = None) -> None:
        self.key = key
        self.type = type_
        self._default = default
        self._factory = factory

    @property
    def default(self) -> T:
        value = _cached_default(self._factory) if self._factory is not None else self._default
        return _copy(value)  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"Setting({self.key!r})"


@functools.cache
def _cached_default(factory: Callable[[], Any]) -> Any:
    return factory()


def _bridge_default(name: str) -> Callable[[], Any]:
    """The default of one field of ``domain.matching.bridges.BridgeSettings``, read lazily."""
    def read() -> Any:
        from domain.matching.bridges import BridgeSettings

        value = getattr(BridgeSettings(), name)
        return ",".join(sorted(value)) if isinstance(value, frozenset) else value
    read.__qualname__ = f"BridgeSettings.{name}"
    return read


def _note_retention() -> int:
    from domain.people.privacy import DEFAULT_NOTE_RETENTION_MONTHS

    return DEFAULT_NOTE_RETENTION_MONTHS


VERSION: Setting[int] = Setting("meta/version", int, 0)
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray())
CURRENT_TAB: Setting[str] = Setting("window/currentTab", str, "")
RECENT_FILES: Setting[list] = Setting("files/recent", list, [])
QUALIFICATION: Setting[str] = Setting("study/qualification", str, "experts")
CHART_MODE: Setting[str] = Setting("jobMap/chartMode", str, "jobs")
JOB_MAP_SPLITTER: Setting[QByteArray] = Setting("jobMap/splitter", QByteArray, QByteArray())
LANGUAGE: Setting[str] = Setting("ui/language", str, "fr")
LAST_FOLDER: Setting[str] = Setting("files/lastFolder", str, "")
FIRST_RUN_OFFERED: Setting[bool] = Setting("firstRun/offered", bool, False)
# What counts as a bridge target (Passerelles view): domain.matching.bridges.BridgeSettings.
BRIDGE_TARGET_PROFILES: Setting[str] = Setting(  # comma-separated keys, sorted
    "bridges/targetProfiles", str, factory=_bridge_default("target_profiles"))
BRIDGE_MAX_SCORE: Setting[float] = Setting(
    "bridges/maxTargetScore", float, factory=_bridge_default("max_target_score"))
BRIDGE_MIN_SIMILARITY: Setting[float] = Setting(
    "bridges/minSimilarity", float, factory=_bridge_default("min_similarity"))
BRIDGE_HOP_SIMILARITY: Setting[float] = Setting(
    "bridges/hopSimilarity", float, factory=_bridge_default("hop_similarity"))
BRIDGE_TOP: Setting[int] = Setting("bridges/top", int, factory=_bridge_default("top"))
# Who signs the reports (never the system login: an HR partner's account name means nothing
# to the person who reads the report).
REPORT_AUTHOR_NAME: Setting[str] = Setting("reports/authorName", str, "")
REPORT_AUTHOR_ROLE: Setting[str] = Setting("reports/authorRole", str, "")
REPORT_AUTHOR_ASKED: Setting[bool] = Setting("reports/authorAsked", bool, False)
NOTE_RETENTION_MONTHS: Setting[int] = Setting("privacy/noteRetentionMonths", int,
                                              factory=_note_retention)

ALL_SETTINGS: tuple[Setting, ...] = (
    VERSION, WINDOW_GEOMETRY, WINDOW_STATE, CURRENT_TAB, RECENT_FILES, QUALIFICATION,
    CHART_MODE, JOB_MAP_SPLITTER, LANGUAGE, LAST_FOLDER, FIRST_RUN_OFFERED,
    BRIDGE_TARGET_PROFILES, BRIDGE_MAX_SCORE, BRIDGE_MIN_SIMILARITY, BRIDGE_HOP_SIMILARITY,
    BRIDGE_TOP, REPORT_AUTHOR_NAME, REPORT_AUTHOR_ROLE, REPORT_AUTHOR_ASKED,
    NOTE_RETENTION_MONTHS,
)

# The folder each kind of file was last saved in or opened from (save dialogs start there).
FOLDER_KINDS = ("tables", "reports", "team_reports", "rgpd", "plan", "headcounts")


def folder_setting(kind: str) -> Setting[str]:
    """Where files of ``kind`` (one of :data:`FOLDER_KINDS`) were last saved or opened."""
    if kind not in FOLDER_KINDS:
        raise ValueError(f"unknown folder kind: {kind}")
    return Setting(f"folders/{kind}", str, "")


class SettingsNotifier(QObject):
    """Says which preference changed: ``changed(key, new value)`` (the default once reset)."""

    changed = Signal(str, object)


@functools.cache
def notifier() -> SettingsNotifier:
    """The process-wide notifier: every :class:`Settings` object emits through it."""
    return SettingsNotifier()


def _backend() -> QSettings:
    override = os.environ.get("PASSERELLES_DATA_DIR")
    if override:
        path = Path(override)
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        return QSettings(str(path / "preferences.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "Passerelles", "Passerelles")


class Settings:
    """Typed access to the preferences; values of the wrong type fall back to the default.

    Opening a preferences file brings it to :data:`CURRENT_VERSION` (:func:`upgrade`).
    """

    def __init__(self, backend: QSettings | None = None) -> None:
        self._q = backend if backend is not None else _backend()
        upgrade(self)

    @property
    def changed(self) -> Any:
        """``Signal(str key, object value)``, emitted after every :meth:`set` or :meth:`reset`."""
        return notifier().changed

    def get(self, setting: Setting[T]) -> T:
        value = self._q.value(setting.key, None)
        if value is None:
            return setting.default
        if setting.type is list:
            # INI files return a lone string for a one-element list.
            if isinstance(value, str):
                return [value]  # type: ignore[return-value]
            return list(value) if isinstance(value, (list, tuple)) else setting.default
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default
        if setting.type is bool and isinstance(value, str):  # INI stores "true"/"false"
            return value.lower() in ("true", "1", "yes")  # type: ignore[return-value]
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def contains(self, setting: Setting) -> bool:
        """True when the file holds a value of its own (not the default)."""
        return self._q.contains(setting.key)

    def set(self, setting: Setting[T], value: T) -> None:
        self._q.setValue(setting.key, value)
        self.changed.emit(setting.key, value)

    def set_or_reset(self, setting: Setting[T], value: T) -> None:
        """Store ``value``, or forget the stored one when ``value`` is the default, so that a
        later change of the default applies (the bridge settings follow the domain's)."""
        if _same(value, setting.default):
            if self.contains(setting):
                self.reset(setting)
        elif not (self.contains(setting) and _same(self.get(setting), value)):
            self.set(setting, value)

    def reset(self, setting: Setting) -> None:
        self._q.remove(setting.key)
        self.changed.emit(setting.key, setting.default)

    def sync(self) -> None:
        self._q.sync()

    @property
    def file_name(self) -> str:
        return self._q.fileName()

    # Folders ----------------------------------------------------------------------------
    def folder(self, kind: str) -> str:
        """The folder to start a file dialog of ``kind`` in: the last one used if it still
        exists, else the user's Documents folder (never the program's folder)."""
        stored = self.get(folder_setting(kind)) or self.get(LAST_FOLDER)
        if stored and Path(stored).is_dir():
            return stored
        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def set_folder(self, kind: str, path: str | Path) -> None:
        """Remember the folder of a file (or a folder) just chosen for ``kind``."""
        chosen = Path(path)
        folder = chosen if chosen.is_dir() else chosen.parent
        self.set(folder_setting(kind), str(folder))

    # Recent files: the most recent first, no duplicates, only paths that still exist.
    def recent_files(self) -> list[str]:
        return [p for p in self.get(RECENT_FILES) if p and Path(p).exists()]

    def add_recent_file(self, path: str | Path) -> list[str]:
        text = str(Path(path))
        files = [text] + [p for p in self.get(RECENT_FILES) if p != text]
        files = files[:MAX_RECENT_FILES]
        self.set(RECENT_FILES, files)
        return files

    def clear_recent_files(self) -> None:
        self.set(RECENT_FILES, [])


# Upgrades -----------------------------------------------------------------------------------

# Version 1 typed the bridge defaults here and stored every value the panel showed, so a user
# who never touched them was pinned to these numbers even after the domain changed its own.
_V1_BRIDGE_DEFAULTS: tuple[tuple[Setting, object], ...] = (
    (BRIDGE_TARGET_PROFILES, "emergent,non_impacte"),
    (BRIDGE_MAX_SCORE, 0.35),
    (BRIDGE_MIN_SIMILARITY, 0.70),
    (BRIDGE_HOP_SIMILARITY, 0.85),
    (BRIDGE_TOP, 5),
)


def _to_v2(settings: Settings) -> None:
    """Drop stored bridge values equal to version 1's typed defaults (the domain's apply)."""
    for setting, old_default in _V1_BRIDGE_DEFAULTS:
        if settings.contains(setting) and _same(settings.get(setting), old_default):
            settings._q.remove(setting.key)


# (version reached, step): each step upgrades from the version before it.
UPGRADES: tuple[tuple[int, Callable[[Settings], None]], ...] = ((2, _to_v2),)


def upgrade(settings: Settings) -> int:
    """Run the steps a preferences file lacks; returns the version it started at.

    A file without a version is version 1 (files written before versions existed) when it
    holds any value, else a new file, which starts at :data:`CURRENT_VERSION`.
    """
    q = settings._q
    start = settings.get(VERSION)
    if start >= CURRENT_VERSION:
        return start
    if start == 0:
        start = 1 if q.allKeys() else CURRENT_VERSION
    for reached, step in UPGRADES:
        if start < reached:
            step(settings)
    q.setValue(VERSION.key, CURRENT_VERSION)
    return start


def _same(a: object, b: object) -> bool:
    """Equal as preferences: numbers within 1e-9, comma lists as sets, else ==."""
    if isinstance(a, str) and isinstance(b, str) and ("," in a or "," in b):
        return set(filter(None, a.split(","))) == set(filter(None, b.split(",")))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) \
            and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(float(a) - float(b)) < 1e-9
    return a == b


def _copy(value: T) -> T:
    if isinstance(value, list):
        return list(value)  # type: ignore[return-value]
    if isinstance(value, QByteArray):
        return QByteArray(value)  # type: ignore[return-value]
    return value
