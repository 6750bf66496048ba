"""Telling a second window on the same store that a first one is already open.

Two windows on one store would each keep their own view of it and overwrite each other's edits;
the second one started should say so (and offer to quit). The first window takes a lock file
beside the base (``passerelles.sqlite3.fenetre``) with the operating system's own file lock
(``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows): the system releases it when
the process ends, even on a crash, so a stale file never blocks anybody. The file holds the
owner's process id, shown to the user. Command-line work does not take this lock: writes from a
batch and a window are coordinated by SQLite's own locking (``connection.busy_timeout``).
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

SUFFIX = ".fenetre"
_LOCKED_BYTE = 4096  # Windows locks bytes for reading too: lock one past the pid, not the pid


@dataclass
class WindowLock:
    """The outcome of :func:`take_window_lock`: ``held`` by us, or ``other_pid`` holds it.

    ``other_pid`` is the process id written by the window that holds the lock (None when it
    cannot be read). Call :meth:`release` when the window closes (also released at exit).
    """

    path: Path
    held: bool
    other_pid: int | None = None
    _handle: IO[bytes] | None = field(default=None, repr=False)

    def release(self) -> None:
        """Give the lock back (idempotent)."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                _unlock(self._handle)
            self._handle.close()
            self._handle = None
            self.held = False

    def message(self) -> str:
        """French words for the second window (empty when the lock is ours)."""
        if self.held:
            return ""
        who = f" (processus {self.other_pid})" if self.other_pid else ""
        return ("Passerelles est déjà ouvert sur cette base dans une autre fenêtre" + who +
                ". Utilisez cette fenêtre-là : deux fenêtres sur la même base écraseraient "
                "leurs modifications.")


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + SUFFIX)


def take_window_lock(db: Path) -> WindowLock:
    """Try to become the window of the store ``db`` without waiting.

    Returns a :class:`WindowLock` whose ``held`` says whether we got it. Raises ``OSError``
    only when the lock file cannot be created at all (folder not writable).
    """
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+b")  # noqa: SIM115 - kept open while the window lives
    try:
        _lock(handle)
    except OSError:
        text = ""
        with contextlib.suppress(OSError):
            handle.seek(0)
            text = handle.read(32).decode("ascii", "replace").strip()
        handle.close()
        return WindowLock(path, False, int(text) if text.isdigit() else None)
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()).encode("ascii"))
    handle.flush()
    return WindowLock(path, True, None, handle)


if sys.platform.startswith("win"):  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(_LOCKED_BYTE)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(_LOCKED_BYTE)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
