"""The application's preferences, declared once with their type and default.

Only presentation state lives here (window geometry, recent files, the qualification shown,
the language, the bridge settings of the Passerelles view): nothing about people, who stay in the database. Every other
module reads and writes preferences through :class:`Settings`, never by QSettings key strings,
so a renamed key or a changed default is one edit.

When ``PASSERELLES_DATA_DIR`` is set (tests, IT-managed installs) the preferences sit in an
INI file inside that folder, so a test never reads or changes the user's real preferences.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT_FILES = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: its QSettings key, its Python type and its default."""

    key: str
    type: type
    default: T


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
# What counts as a bridge target (Passerelles view); the defaults are domain.matching.bridges.BridgeSettings'.
BRIDGE_TARGET_PROFILES: Setting[str] = Setting("bridges/targetProfiles", str,
                                               "emergent,non_impacte")  # comma-separated keys
BRIDGE_MAX_SCORE: Setting[float] = Setting("bridges/maxTargetScore", float, 0.35)
BRIDGE_MIN_SIMILARITY: Setting[float] = Setting("bridges/minSimilarity", float, 0.70)
BRIDGE_HOP_SIMILARITY: Setting[float] = Setting("bridges/hopSimilarity", float, 0.85)
BRIDGE_TOP: Setting[int] = Setting("bridges/top", int, 5)

ALL_SETTINGS: tuple[Setting, ...] = (
    WINDOW_GEOMETRY, WINDOW_STATE, CURRENT_TAB, RECENT_FILES, QUALIFICATION, CHART_MODE,
    JOB_MAP_SPLITTER, LANGUAGE, LAST_FOLDER, FIRST_RUN_OFFERED, BRIDGE_TARGET_PROFILES,
    BRIDGE_MAX_SCORE, BRIDGE_MIN_SIMILARITY, BRIDGE_HOP_SIMILARITY, BRIDGE_TOP,
)


def _backend() -> QSettings:
    override = os.environ.get("PASSERELLES_DATA_DIR")
    if override:
        path = Path(override)
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        return QSettings(str(path / "preferences.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "Passerelles", "Passerelles")


class Settings:
    """Typed access to the preferences; values of the wrong type fall back to the default."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._q = backend if backend is not None else _backend()

    def get(self, setting: Setting[T]) -> T:
        value = self._q.value(setting.key, None)
        if value is None:
            return _copy(setting.default)
        if setting.type is list:
            # INI files return a lone string for a one-element list.
            if isinstance(value, str):
                return [value]  # type: ignore[return-value]
            return list(value) if isinstance(value, (list, tuple)) else _copy(setting.default)
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else _copy(setting.default)
        if setting.type is bool and isinstance(value, str):  # INI stores "true"/"false"
            return value.lower() in ("true", "1", "yes")  # type: ignore[return-value]
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return _copy(setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        self._q.setValue(setting.key, value)

    def reset(self, setting: Setting) -> None:
        self._q.remove(setting.key)

    def sync(self) -> None:
        self._q.sync()

    @property
    def file_name(self) -> str:
        return self._q.fileName()

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


def _copy(value: T) -> T:
    if isinstance(value, list):
        return list(value)  # type: ignore[return-value]
    if isinstance(value, QByteArray):
        return QByteArray(value)  # type: ignore[return-value]
    return value
