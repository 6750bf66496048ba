"""The current ROME release, wherever it comes from (command line, environment or store).

A release named with ``--rome`` or ``PASSERELLES_ROME`` wins over the store, so an HR
partner can try a newer release without importing it. Releases are large and read-only, so
each one is kept in memory once per process (by path for files, by fingerprint for the
store); callers must treat the returned :class:`RomeRelease` as read-only.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from domain.errors import RomeError
from domain.paths import rome_source
from domain.rome.model import (
    Appellation,
    MobilityLink,
    RomeItem,
    RomeRelease,
    RomeSheet,
    SheetItem,
)
from domain.rome.reader import read_release
from domain.text import command_name

_file_cache: dict[Path, RomeRelease] = {}
_store_cache: dict[str, RomeRelease] = {}  # fingerprint#import id -> release (the last one only)

NO_RELEASE_MESSAGE = (
    "Aucune version du ROME n'est disponible. Téléchargez les fichiers « RefRomeCsv » "
    "(version 4.60 ou plus récente) sur le site open data de France Travail, puis importez-les "
    "avec « python main.py import-rome CHEMIN » (dossier ou zip), ou désignez-les avec "
    "--rome CHEMIN ou la variable PASSERELLES_ROME."
)  # as the window shows it; the command line names the command actually run (below)


def no_release_message() -> str:
    """What to do when no ROME release is available, naming the command the user runs."""
    return NO_RELEASE_MESSAGE.replace("python main.py", command_name())


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


@dataclass(frozen=True)
class ReleaseRecord:
    """One import of the history (``rome-status``): oldest first, the current one flagged.

    ``counts`` as ``release_counts`` (None for imports made before the counts were kept);
    ``followed``, ``lost``: rows of ``data/job_rome.csv`` that led to another sheet than the
    code as written, or to none (None before the mapping was followed).
    """

    version: str
    imported_at: str
    source: str
    fingerprint: str
    seconds: float
    current: bool
    counts: dict[str, object] | None
    followed: int | None
    lost: int | None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def release_history(conn: sqlite3.Connection) -> list[ReleaseRecord]:
    """Every import, in order (going back to a release is importing its files again)."""
    records = []
    for row in conn.execute(
        "SELECT r.id, r.version, r.imported_at, r.source, r.fingerprint, r.seconds, r.is_current,"
        " r.counts, COUNT(j.job), SUM(j.code_rome NOT IN ('', j.written_code)),"
        " SUM(j.code_rome = '') FROM rome_release r LEFT JOIN rome_job_code j"
        " ON j.release_id = r.id GROUP BY r.id ORDER BY r.id"
    ):
        counts = json.loads(row[7]) if row[7] else None
        if counts is None and row[6]:
            counts = store_counts(conn)
        mapped = row[8] > 0
        records.append(ReleaseRecord(
            row[1], row[2], row[3], row[4], row[5], bool(row[6]), counts,
            row[9] if mapped else None, row[10] if mapped else None))
    return records


def store_counts(conn: sqlite3.Connection) -> dict[str, object]:
    """The counts of ``importer.release_counts``, read from the store's current rows."""
    kinds = dict(conn.execute("SELECT kind, COUNT(*) FROM rome_item GROUP BY kind").fetchall())

    def count(table: str) -> int:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    return {
        "sheets": count("rome_sheet"),
        "items": {k: kinds.get(k, 0) for k in ("savoir_faire", "savoir_etre", "savoir")},
        "sheet_items": count("rome_sheet_item"),
        "appellations": count("rome_appellation"),
        "mobility": count("rome_mobility"),
    }


def stored_job_codes(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Followed codes of the current release per job, without reading the release (fast).

    Empty when nothing was imported or the import predates the followed mapping; jobs whose
    rows were all lost map to an empty list.
    """
    codes: dict[str, list[str]] = {}
    for job, code in conn.execute(
        "SELECT j.job, j.code_rome FROM rome_job_code j JOIN rome_release r"
        " ON r.id = j.release_id AND r.is_current = 1 ORDER BY j.rowid"
    ):
        found = codes.setdefault(job, [])
        if code and code not in found:
            found.append(code)
    return codes


def stored_followed(
    conn: sqlite3.Connection,
) -> dict[tuple[str, str, str], tuple[str, str, str, str]]:
    """The current release's followed rows, as ``RomeRelease.followed``."""
    return {
        (r[0], r[1], r[2]): (r[3], r[4], r[5], r[6])
        for r in conn.execute(
            "SELECT j.job, j.written_code, j.appellation_code, j.previous_code, j.code_rome,"
            " j.status, j.reason FROM rome_job_code j JOIN rome_release r"
            " ON r.id = j.release_id AND r.is_current = 1"
        )
    }


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
        raise RomeError(no_release_message())
    return release


def load_release(conn: sqlite3.Connection) -> RomeRelease | None:
    """Read the store's current release back (None when nothing was imported)."""
    row = conn.execute(
        "SELECT version, fingerprint, id FROM rome_release WHERE is_current = 1"
    ).fetchone()
    if row is None:
        return None
    version, fingerprint = row[0], f"{row[1]}#{row[2]}"  # one import (its followed mapping)
    cached = _store_cache.get(fingerprint)
    if cached is not None:
        return cached
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: several times faster than sqlite3.Row here
    release = _read_rows(cursor, version)
    release.followed = stored_followed(conn)
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
