"""Where the application keeps its files and finds the ROME release.

The data folder is local (not roaming) because SQLite's write-ahead log does not work on
network or cloud-synced folders. ``PASSERELLES_DATA_DIR`` overrides it for tests and for IT
departments that need another place.

The shipped files (the study's tables in ``data/``, fonts and translations in ``resources/``)
sit at the top of the source tree; an installed wheel and the Windows build carry them inside
the ``domain`` package (``domain/data``, ``domain/resources``: see ``pyproject.toml`` and
``packaging/passerelles.spec``). ``DATA_FILES`` and ``RESOURCES`` find them in either layout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Passerelles"
PACKAGE_ROOT = Path(__file__).resolve().parent  # the ``domain`` package
PROJECT_ROOT = PACKAGE_ROOT.parent


def shipped_folder(name: str) -> Path:
    """``data`` or ``resources``: inside the package when installed or frozen, else the
    source tree's top-level folder (a source checkout, ``pip install -e``)."""
    inside = PACKAGE_ROOT / name
    return inside if inside.is_dir() else PROJECT_ROOT / name


DATA_FILES = shipped_folder("data")
RESOURCES = shipped_folder("resources")


def data_dir() -> Path:
    """The user's data folder, created owner-only (0700) on first use."""
    override = os.environ.get("PASSERELLES_DATA_DIR")
    if override:
        path = Path(override)
    elif sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        path = Path(base) / APP_NAME
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / APP_NAME
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def database_path() -> Path:
    """The SQLite file that holds ROME data, people, interviews and plans."""
    return data_dir() / "passerelles.sqlite3"


def rome_source(cli_value: str | None = None) -> Path | None:
    """The ROME release named on the command line or by ``PASSERELLES_ROME``, if any."""
    value = cli_value or os.environ.get("PASSERELLES_ROME")
    return Path(value) if value else None
