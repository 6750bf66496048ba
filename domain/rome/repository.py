"""The current ROME release, wherever it comes from (command line, environment or store).

A release named with ``--rome`` or ``PASSERELLES_ROME`` wins over the store, so an HR
partner can try a newer release without importing it. Releases are large and read-only, so
each one is kept in memory once per process (by path for files, by fingerprint for the
store); callers must treat the returned :class:`RomeRelease` as read-only.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from domain.errors import RomeError
from domain.paths import rome_source
from domain.rome.importer import store_counts
from domain.rome.model import (
    Appellation,
    MobilityLink,
    RomeItem,
    RomeRelease,
    RomeSheet,
    SheetItem,
)
from domain.rome.reader import read_release

_file_cache: dict[Path, RomeRelease] = {}
_store_cache: dict[str, RomeRelease] = {}  # fingerprint -> release (only the last one kept)

NO_RELEASE_MESSAGE = (
    "Aucune version du ROME n'est disponible. Téléchargez les fichiers « RefRomeCsv » "
    "(version 4.60 ou plus récente) sur le site open data de France Travail, puis importez-les "
    "avec « python main.py import-rome CHEMIN » (dossier ou zip), ou désignez-les avec "
    "--rome CHEMIN ou la variable PASSERELLES_ROME."
)


@dataclass(frozen=True)
class ReleaseInfo:
    """The store's current release, as shown by ``rome-status`` and the GUI."""

    version: str
    fingerprint: str
    source: str
    imported_at: str
    seconds: float
    counts: dict[str, object]

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def release_info(conn: sqlite3.Connection) -> ReleaseInfo | None:
    row = conn.execute(
        "SELECT version, fingerprint, source, imported_at, seconds FROM rome_release "
        "WHERE is_current = 1"
    ).fetchone()
    if row is None:
        return None
    return ReleaseInfo(*tuple(row), counts=store_counts(conn))


def current_release(
    conn: sqlite3.Connection | None = None, cli_value: str | None = None
) -> RomeRelease:
    """The release to work with: ``--rome``, then ``PASSERELLES_ROME``, then the store."""
    source = rome_source(cli_value)
    if source is not None:
        key = source.resolve()
        if key not in _file_cache:
            _file_cache[key] = read_release(key)
        return _file_cache[key]
    if conn is not None:
        release = load_release(conn)
    else:
        from domain.store.connection import connect

        own = connect()
        try:
            release = load_release(own)
        finally:
            own.close()
    if release is None:
        raise RomeError(NO_RELEASE_MESSAGE)
    return release


def load_release(conn: sqlite3.Connection) -> RomeRelease | None:
    """Read the store's current release back (None when nothing was imported)."""
    row = conn.execute(
        "SELECT version, fingerprint FROM rome_release WHERE is_current = 1"
    ).fetchone()
    if row is None:
        return None
    version, fingerprint = row
    cached = _store_cache.get(fingerprint)
    if cached is not None:
        return cached
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: several times faster than sqlite3.Row here
    release = _read_rows(cursor, version)
    _store_cache.clear()
    _store_cache[fingerprint] = release
    return release


def _read_rows(conn: sqlite3.Cursor, version: str) -> RomeRelease:
    release = RomeRelease(version=version)
    release.sheets = {
        r[0]: RomeSheet(*r)
        for r in conn.execute(
            "SELECT code, label, domain_code, domain_label, major_domain, definition, access, "
            "riasec FROM rome_sheet ORDER BY rowid"
        )
    }
    release.items = {
        r[0]: RomeItem(*r)
        for r in conn.execute(
            "SELECT code, label, kind, category, subcategory, macro_code, macro_label "
            "FROM rome_item ORDER BY rowid"
        )
    }
    release.sheet_items = {code: [] for code in release.sheets}
    for r in conn.execute(
        "SELECT code_rome, item_code, core FROM rome_sheet_item ORDER BY rowid"
    ):
        release.sheet_items[r[0]].append(SheetItem(*r))
    release.appellations = [
        Appellation(*r)
        for r in conn.execute("SELECT code, label, code_rome FROM rome_appellation ORDER BY rowid")
    ]
    release.mobility = [
        MobilityLink(*r)
        for r in conn.execute("SELECT source, target, ord FROM rome_mobility ORDER BY rowid")
    ]
    return release


def clear_cache() -> None:
    """Forget releases kept in memory (tests, or after files changed on disk)."""
    _file_cache.clear()
    _store_cache.clear()
