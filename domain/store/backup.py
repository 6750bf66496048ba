"""Automatic backups of the store, kept beside it and rotated.

Copying an open SQLite file (or forgetting its ``-wal``) is the usual way to corrupt it, so a
backup is always taken through SQLite's backup API, written under a temporary name and renamed
once complete: a crash never leaves a half backup that looks whole. Backups are taken when the
application starts (only if the base changed since the last one), before a schema migration and
before risky operations (roster or ROME import). The newest ``KEEP`` are kept.

Erasing a person or purging notes must also reach the backups, otherwise a restore would bring
the data back: :func:`rewrite_backups` applies the same deletion to each backup and vacuums it;
a backup that cannot be rewritten is overwritten with zeros and deleted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from domain.errors import StoreError, os_reason

KEEP = 5
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3$")
REASONS = {
    "demarrage": "au démarrage",
    "migration": "avant une mise à jour du schéma",
    "import-effectif": "avant un import d'effectif",
    "import-rome": "avant un import du ROME",
    "manuelle": "à la demande",
}
log = logging.getLogger("passerelles.backup")
_BACKED_UP_AT_START: set[Path] = set()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str

    def describe(self) -> str:
        when = self.taken_at.strftime("%d/%m/%Y à %H:%M:%S")
        return f"sauvegarde du {when} ({REASONS.get(self.reason, self.reason)}) : « {self.path} »"


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    previous_kept_as: Path | None


def backup_dir(db: Path) -> Path:
    return db.parent / f"{db.stem}-sauvegardes"


def list_backups(db: Path) -> list[BackupInfo]:
    """The backups of ``db``, newest first."""
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == db.stem:
            taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
            found.append(BackupInfo(path, taken, match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_backup(db: Path) -> BackupInfo | None:
    backups = list_backups(db)
    return backups[0] if backups else None


def changed_since_last_backup(db: Path) -> bool:
    """Cheap check (file times only) made before opening, since opening touches ``-wal``."""
    if not db.exists() or db.stat().st_size == 0:
        return False
    latest = latest_backup(db)
    if latest is None:
        return True
    newest = db.stat().st_mtime_ns
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        newest = max(newest, wal.stat().st_mtime_ns)
    return newest >= latest.path.stat().st_mtime_ns  # same clock tick: back up again


def take_backup(conn: sqlite3.Connection, db: Path, reason: str, keep: int = KEEP) -> Path:
    """Copy the open store into a new backup (0600), then drop the oldest beyond ``keep``."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_dir(db)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"{db.stem}-{stamp}-{reason}.sqlite3"
    partial = final.with_suffix(".partiel")
    try:
        _private_file(partial)
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
            # The copy inherits WAL mode; a self-contained file needs no -wal/-shm beside it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(f"La sauvegarde automatique de la base a échoué : {os_reason(exc)}. "
                         f"Vérifiez la place disponible dans « {folder} ».") from exc
    _rotate(db, keep)
    return final


def backup_at_start(conn: sqlite3.Connection, db: Path, *, changed: bool, migrating: bool) -> None:
    """Back up before migrations always; otherwise only when the base changed since the last."""
    reason = "migration" if migrating else "demarrage"
    key = db.resolve()
    if not migrating and key in _BACKED_UP_AT_START:
        return  # one start-up backup per process, however many connections it opens
    _BACKED_UP_AT_START.add(key)
    if not (changed or migrating):
        return
    if migrating:
        take_backup(conn, db, reason)  # a migration without a backup is not worth the risk
        return
    try:
        take_backup(conn, db, reason)
    except StoreError:
        log.warning("Start-up backup failed", exc_info=True)


def _rotate(db: Path, keep: int) -> None:
    for old in list_backups(db)[keep:]:
        shred(old.path)


def _private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then delete it (best effort on SSDs and copy-on-write)."""
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            remaining = size
            while remaining > 0:
                chunk = min(remaining, 1 << 20)
                handle.write(b"\0" * chunk)
                remaining -= chunk
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()


def rewrite_backups(db: Path, erase: Callable[[sqlite3.Connection], None]) -> tuple[int, int]:
    """Apply ``erase`` to every backup; returns (rewritten, shredded)."""
    rewritten = shredded = 0
    for backup in list_backups(db):
        times = backup.path.stat()
        try:
            _rewrite_one(backup.path, erase)
            os.utime(backup.path, ns=(times.st_atime_ns, times.st_mtime_ns))
            rewritten += 1
        except (sqlite3.Error, OSError):
            log.warning("Backup %s could not be rewritten; shredding it", backup.path,
                        exc_info=True)
            shred(backup.path)
            shredded += 1
    return rewritten, shredded


def _rewrite_one(path: Path, erase: Callable[[sqlite3.Connection], None]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("BEGIN IMMEDIATE")
        try:
            erase(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()


def restore_backup(db: Path, backup: Path | None = None) -> RestoreReport:
    """Put a backup in place of ``db``; the current file is kept aside, never overwritten."""
    chosen = backup or _newest_sound_backup(db)
    if chosen is None:
        raise StoreError(f"Aucune sauvegarde utilisable de « {db} » n'a été trouvée dans "
                         f"« {backup_dir(db)} ».")
    if not chosen.is_file():
        raise StoreError(f"La sauvegarde « {chosen} » est introuvable.")
    if not _is_sound(chosen):
        raise StoreError(f"La sauvegarde « {chosen} » est illisible ou endommagée.")
    kept = _set_aside(db)
    _private_file(db)
    source = sqlite3.connect(f"file:{chosen}?mode=ro", uri=True)
    target = sqlite3.connect(db)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return RestoreReport(chosen, kept)


def newest_sound_backup(db: Path) -> BackupInfo | None:
    """The newest backup SQLite finds intact (a damaged backup is skipped, not offered)."""
    return next((b for b in list_backups(db) if _is_sound(b.path)), None)


def _newest_sound_backup(db: Path) -> Path | None:
    found = newest_sound_backup(db)
    return found.path if found else None


def _is_sound(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _set_aside(db: Path) -> Path | None:
    """Rename the current file (and its -wal/-shm) so nothing of it is lost."""
    if not db.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db.with_name(f"{db.name}.mise-de-cote-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = db.with_name(db.name + suffix)
        if part.exists():
            os.replace(part, aside.with_name(aside.name + suffix))
    return aside


def set_aside_files(db: Path) -> list[Path]:
    """Files set aside by earlier restores (they may still hold erased people)."""
    return sorted(p for p in db.parent.glob(f"{db.name}.mise-de-cote-*") if p.is_file())
