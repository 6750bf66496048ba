"""Importing a ROME release into the store: all of it in one transaction, or nothing.

The release is read and validated completely before the first write, so a bad file never
touches the store; the writes themselves run in one transaction, so a crash, a cancel or a
database error leaves the previous release exactly as it was. Importing the same files again
is recognised by their fingerprint and does nothing.

Before writing, the release is compared with the one it replaces and the job mapping is
followed into it (``domain.rome.upgrade``); the followed rows are stored with the release
(migration 7) and the report comes back in ``ImportReport.upgrade``. Going back to an earlier
release is importing its files again: the mapping follows its appellations back the same way.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from domain.rome.files import Cancel, ImportCancelled, Progress, locate_release
from domain.rome.model import RomeRelease
from domain.rome.reader import read_located
from domain.rome.repository import load_release, store_counts
from domain.rome.upgrade import UpgradeReport, review_upgrade
from domain.store.connection import transaction

_READ_SHARE = 0.7  # share of the progress bar spent reading and validating


@dataclass(frozen=True)
class ImportReport:
    """What an import did, for the command line, the GUI and the logs."""

    version: str
    fingerprint: str
    source: str
    sheets: int
    items: dict[str, int] = field(default_factory=dict)  # by kind
    sheet_items: int = 0
    appellations: int = 0
    mobility: int = 0
    seconds: float = 0.0
    unchanged: bool = False
    upgrade: UpgradeReport | None = None  # None when unchanged
    previous: RomeRelease | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready; ``upgrade`` as ``UpgradeReport.to_dict`` (the release objects left out)."""
        payload = {k: v for k, v in asdict(self).items() if k not in ("upgrade", "previous")}
        payload["upgrade"] = self.upgrade.to_dict() if self.upgrade else None
        return payload


def import_release(
    conn: sqlite3.Connection,
    path: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Make the release at ``path`` the current one (no-op if it already is).

    Returns the counts, the upgrade report (what changed for the 58 jobs, recorded levels and
    chosen bridges) and, in ``previous``, the release it replaced (read-only; for comparing
    bridges before and after, ``domain.matching.release_bridges``). Raises ``RomeError`` for a
    bad release, ``ImportCancelled``, ``StoreBusyError`` when another process holds the store.
    """
    started = time.perf_counter()
    files = locate_release(path)
    fingerprint = files.fingerprint()
    source = str(Path(path).resolve())
    if _current_fingerprint(conn) == fingerprint:
        if progress:
            progress(1.0, "Cette version du ROME est déjà importée")
        return _unchanged_report(conn, files.version, fingerprint, source, started)
    release = read_located(files, _scaled(progress, 0.0, _READ_SHARE), cancel)
    previous = load_release(conn)
    if progress:
        progress(_READ_SHARE, "Comparaison avec la version précédente")
    upgrade = review_upgrade(conn, previous, release)
    counts = release_counts(release)
    with transaction(conn):
        _replace_rows(conn, release, _scaled(progress, _READ_SHARE, 1.0), cancel)
        seconds = time.perf_counter() - started
        release_id = _record_release(conn, release.version, fingerprint, source, seconds, counts)
        _record_followed(conn, release_id, release)
    if progress:
        progress(1.0, "Import terminé")
    return ImportReport(
        version=release.version,
        fingerprint=fingerprint,
        source=source,
        seconds=time.perf_counter() - started,
        upgrade=upgrade,
        previous=previous,
        **counts,
    )


def release_counts(release: RomeRelease) -> dict[str, object]:
    """Counts shown after an import and by ``rome-status``."""
    kinds = Counter(item.kind for item in release.items.values())
    return {
        "sheets": len(release.sheets),
        "items": {k: kinds.get(k, 0) for k in ("savoir_faire", "savoir_etre", "savoir")},
        "sheet_items": sum(len(links) for links in release.sheet_items.values()),
        "appellations": len(release.appellations),
        "mobility": len(release.mobility),
    }


def _scaled(progress: Progress | None, low: float, high: float) -> Progress | None:
    if progress is None:
        return None
    return lambda fraction, message: progress(low + (high - low) * fraction, message)


def _current_fingerprint(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT fingerprint FROM rome_release WHERE is_current = 1").fetchone()
    return row[0] if row else None


def _unchanged_report(
    conn: sqlite3.Connection, version: str, fingerprint: str, source: str, started: float
) -> ImportReport:
    return ImportReport(
        version=version,
        fingerprint=fingerprint,
        source=source,
        seconds=time.perf_counter() - started,
        unchanged=True,
        **store_counts(conn),
    )


def _replace_rows(
    conn: sqlite3.Connection, release: RomeRelease, progress: Progress | None, cancel: Cancel | None
) -> None:
    """Delete the previous release's rows (children first) and write the new ones."""
    steps = [
        ("DELETE FROM rome_mobility", None),
        ("DELETE FROM rome_appellation", None),
        ("DELETE FROM rome_sheet_item", None),
        ("DELETE FROM rome_item", None),
        ("DELETE FROM rome_sheet", None),
        (
            "INSERT INTO rome_sheet (code, label, domain_code, domain_label, major_domain, "
            "definition, access, riasec) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (s.code, s.label, s.domain_code, s.domain_label, s.major_domain,
                 s.definition, s.access, s.riasec)
                for s in release.sheets.values()
            ],
        ),
        (
            "INSERT INTO rome_item (code, label, kind, category, subcategory, macro_code, "
            "macro_label) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (i.code, i.label, i.kind, i.category, i.subcategory, i.macro_code, i.macro_label)
                for i in release.items.values()
            ],
        ),
        (
            "INSERT INTO rome_sheet_item (code_rome, item_code, core) VALUES (?, ?, ?)",
            [
                (link.code_rome, link.item_code, link.core)
                for links in release.sheet_items.values()
                for link in links
            ],
        ),
        (
            "INSERT INTO rome_appellation (code, label, code_rome) VALUES (?, ?, ?)",
            [(a.code, a.label, a.code_rome) for a in release.appellations],
        ),
        (
            "INSERT INTO rome_mobility (source, target, ord) VALUES (?, ?, ?)",
            [(m.source, m.target, m.order) for m in release.mobility],
        ),
    ]
    for done, (sql, rows) in enumerate(steps):
        if cancel and cancel():
            raise ImportCancelled()
        if progress:
            progress(done / len(steps), "Enregistrement dans la base")
        if rows is None:
            conn.execute(sql)
        else:
            conn.executemany(sql, rows)


def _record_release(
    conn: sqlite3.Connection, version: str, fingerprint: str, source: str, seconds: float,
    counts: dict[str, object],
) -> int:
    conn.execute("UPDATE rome_release SET is_current = 0 WHERE is_current = 1")
    cursor = conn.execute(
        "INSERT INTO rome_release (version, fingerprint, source, imported_at, seconds, is_current,"
        " counts) VALUES (?, ?, ?, ?, ?, 1, ?)",
        (
            version,
            fingerprint,
            source,
            datetime.now(UTC).isoformat(timespec="seconds"),
            round(seconds, 3),
            json.dumps(counts, ensure_ascii=False),
        ),
    )
    return int(cursor.lastrowid)


def _record_followed(conn: sqlite3.Connection, release_id: int, release: RomeRelease) -> None:
    """The job mapping as followed into this release (``review_upgrade`` filled it)."""
    conn.executemany(
        "INSERT INTO rome_job_code (release_id, job, written_code, appellation_code,"
        " previous_code, code_rome, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(release_id, *key, *value) for key, value in (release.followed or {}).items()],
    )
