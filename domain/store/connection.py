"""The embedded SQLite store: one file in the user's data folder.

Every connection switches foreign keys on, uses WAL and ``secure_delete`` (erased personal
data must not linger in free pages), and the file is readable by its owner only. The schema
is versioned with ``PRAGMA user_version``; migrations run inside one transaction so a failed
upgrade leaves the previous schema in place.

Another window, a batch or a backup tool may hold the write lock for a while: a write waits
up to :func:`busy_timeout` seconds (SQLite's ``busy_timeout``; 15 s, or
``PASSERELLES_BUSY_TIMEOUT``), then fails with :class:`StoreBusyError` before anything of the
action is written, so the user can simply try again.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from domain.errors import StoreError
from domain.paths import database_path
from domain.store import backup as _backup
from domain.store.migrations import MIGRATIONS, SCHEMA_VERSION
from domain.text import command_name

BUSY_TIMEOUT_SECONDS = 15.0
BUSY_TIMEOUT_ENV = "PASSERELLES_BUSY_TIMEOUT"


class DamagedStoreError(StoreError):
    """The file is damaged and was left untouched; carries the newest backup to offer."""

    def __init__(self, db: Path, problem: str) -> None:
        self.db = db
        self.problem = problem
        self.backup = _backup.latest_backup(db)
        offer = ("Aucune sauvegarde automatique n'est disponible." if self.backup is None else
                 f"Dernière {self.backup.describe()} ; pour la remettre en place (le fichier "
                 f"endommagé est conservé à côté) : « {command_name()} restore-backup ».")
        super().__init__(f"La base de données « {db} » est endommagée ({problem}). Elle n'a "
                         f"pas été modifiée. {offer}")


class StoreBusyError(StoreError):
    """Another window or process kept the store locked longer than the busy timeout.

    Raised before anything of the user's action was written: trying again later is safe.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            "La base est utilisée par une autre fenêtre ou un autre traitement ; réessayez "
            f"dans un instant (attente de {_seconds(seconds)} dépassée, rien n'a été enregistré)."
        )


def _seconds(value: float) -> str:
    return f"{value:g} s".replace(".", ",")


def busy_timeout() -> float:
    """Seconds a write waits for another connection's lock: ``PASSERELLES_BUSY_TIMEOUT`` if set
    (a number of seconds, ≥ 0; IT departments and tests), else 15 s."""
    value = os.environ.get(BUSY_TIMEOUT_ENV, "").strip().replace(",", ".")
    try:
        seconds = float(value) if value else BUSY_TIMEOUT_SECONDS
    except ValueError:
        return BUSY_TIMEOUT_SECONDS
    return seconds if seconds >= 0 else BUSY_TIMEOUT_SECONDS


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's « database is locked » / « database is busy » errors."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it (journal files inherit it)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def connect(
    path: Path | str | None = None,
    *,
    check: bool = True,
    backup: bool = True,
    timeout: float | None = None,
) -> sqlite3.Connection:
    """Open (and create or upgrade) the store; raises StoreError with a French message.

    With ``backup`` (the default), a backup is taken after the integrity check and before any
    migration when the base changed since the last one (see ``domain.store.backup``).
    ``timeout`` is how long (seconds) a write waits for another connection's lock before
    :class:`StoreBusyError`; ``None`` means :func:`busy_timeout`.
    """
    db = Path(path) if path is not None else database_path()
    changed = backup and _backup.changed_since_last_backup(db)  # before opening touches -wal
    _create_private(db)
    seconds = busy_timeout() if timeout is None else timeout
    conn = None
    try:
        conn = sqlite3.connect(db, isolation_level=None, timeout=seconds)
        conn.row_factory = sqlite3.Row
        # Read-only checks first: a file we refuse must stay byte-for-byte as it was.
        _refuse_newer(conn, db)
        if check:
            status = conn.execute("PRAGMA quick_check").fetchone()[0]
            if status != "ok":
                raise DamagedStoreError(db, status)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if backup:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            migrating = 0 < version < SCHEMA_VERSION
            _backup.backup_at_start(conn, db, changed=changed, migrating=migrating)
        _migrate(conn)
    except StoreError:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.OperationalError as exc:  # locked, unreadable, disk error: not damage
        if conn is not None:
            conn.close()
        if is_busy(exc):
            raise StoreBusyError(seconds) from exc
        raise StoreError(
            f"Impossible d'ouvrir la base de données « {db} » : {exc}. Le fichier n'a pas été "
            "modifié."
        ) from exc
    except sqlite3.DatabaseError as exc:  # not a database, malformed
        if conn is not None:
            conn.close()
        raise DamagedStoreError(db, str(exc)) from exc
    return conn


def _refuse_newer(conn: sqlite3.Connection, db: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"La base « {db} » a été créée par une version plus récente de Passerelles "
            f"(schéma {version}, cette version connaît le schéma {SCHEMA_VERSION}). "
            "Mettez l'application à jour."
        )


def _migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        with transaction(conn):
            for statement in migration.statements():
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")


def connect_reader(path: Path | str | None = None) -> sqlite3.Connection:
    """A read-only connection for the thread that opens it (views, previews, exports).

    The store must already exist and be migrated (``connect()`` did it at start-up); no check,
    no backup, and ``query_only`` so a write through it fails loudly instead of competing with
    the one writer. Like every connection here it belongs to the thread that opened it.
    Raises ``StoreError`` when the file cannot be opened.
    """
    db = Path(path) if path is not None else database_path()
    try:
        conn = sqlite3.connect(f"file:{db.as_posix()}?mode=rw", uri=True, isolation_level=None,
                               timeout=busy_timeout())
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        raise StoreError(f"Impossible de lire la base de données « {db} » : {exc}.") from exc
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One user action = one transaction: all of it is written, or none of it.

    Waits for another connection's write lock up to the connection's busy timeout, then
    raises :class:`StoreBusyError` (nothing written).
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise StoreBusyError(_timeout_of(conn)) from exc
        raise
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            conn.execute("ROLLBACK")  # never leave the transaction open: nothing was written
            raise StoreBusyError(_timeout_of(conn)) from exc


def _timeout_of(conn: sqlite3.Connection) -> float:
    """The busy timeout the connection was opened with (for the message), in seconds."""
    try:
        return conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
    except sqlite3.Error:
        return busy_timeout()
