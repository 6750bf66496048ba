"""A store held by another process: writes wait for the lock, then say the base is busy (issue 12).

The holder is a real second process with a real file, holding ``BEGIN IMMEDIATE`` until the test
lets it go (it closes the holder's stdin), so no test sleeps for the whole timeout: the import's
patience is lowered through ``PASSERELLES_BUSY_TIMEOUT`` where the test wants it to give up.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from domain.store import connection as store

ROOT = Path(__file__).resolve().parent.parent
ROSTER = ROOT / "data" / "sample_roster.csv"
MESSAGE = "La base est utilisée par une autre fenêtre ou un autre traitement ; réessayez"

HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE IF NOT EXISTS holder_marker (x)")  # a write in flight
    print("held", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    conn.execute("ROLLBACK")
    print("released", flush=True)
""")


class Holder:
    """Another process that holds the store's write lock until ``release()``."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        self.process.stdin.close()
        assert self.process.stdout.readline().strip() == "released"
        self.process.wait(timeout=10)


def cli(data_dir: Path, *args: str, timeout: str | None = None, wait: bool = True):
    env = {**os.environ, "PASSERELLES_DATA_DIR": str(data_dir)}
    env.pop(store.BUSY_TIMEOUT_ENV, None)
    if timeout is not None:
        env[store.BUSY_TIMEOUT_ENV] = timeout
    command = [sys.executable, "main.py", *args]
    if not wait:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def people(db: Path) -> int:
    raw = sqlite3.connect(db)
    try:
        return raw.execute("SELECT COUNT(*) FROM employee").fetchone()[0]
    finally:
        raw.close()


@pytest.fixture
def ready_store(tmp_path) -> tuple[Path, Path]:
    """A store that exists (schema made), empty of people, like after the first start."""
    data = tmp_path / "donnees"
    store.connect(data / "passerelles.sqlite3", backup=False).close()
    return data, data / "passerelles.sqlite3"


def test_an_import_says_the_base_is_busy_then_succeeds_when_retried(ready_store):
    data, db = ready_store
    holder = Holder(db)
    try:
        busy = cli(data, "import-roster", str(ROSTER), timeout="0.5")
    finally:
        holder.release()
    assert busy.returncode == 2, busy.stderr
    assert busy.stderr.startswith(f"Erreur : {MESSAGE}")
    assert "rien n'a été enregistré" in busy.stderr and "Traceback" not in busy.stderr
    assert people(db) == 0  # nothing half-written
    again = cli(data, "import-roster", str(ROSTER), timeout="0.5")
    assert again.returncode == 0, again.stderr
    assert people(db) == 4


def test_an_import_waits_for_the_lock_and_succeeds(ready_store):
    data, db = ready_store
    holder = Holder(db)
    started = time.monotonic()
    importing = cli(data, "import-roster", str(ROSTER), timeout="30", wait=False)
    try:
        time.sleep(2.0)
        assert importing.poll() is None, importing.communicate()  # still waiting for the lock
        assert people(db) == 0
    finally:
        holder.release()
    out, err = importing.communicate(timeout=60)
    assert importing.returncode == 0, err
    assert "4 personnes ajoutées" in out
    assert time.monotonic() - started >= 2.0 and people(db) == 4


def test_by_default_a_write_waits_longer_than_a_long_save(monkeypatch, tmp_path):
    monkeypatch.delenv(store.BUSY_TIMEOUT_ENV, raising=False)
    assert store.busy_timeout() >= 10
    conn = store.connect(tmp_path / "b.sqlite3", backup=False)
    try:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == store.busy_timeout() * 1000
    finally:
        conn.close()
    monkeypatch.setenv(store.BUSY_TIMEOUT_ENV, "2,5")
    assert store.busy_timeout() == 2.5
    monkeypatch.setenv(store.BUSY_TIMEOUT_ENV, "bientôt")
    assert store.busy_timeout() == store.BUSY_TIMEOUT_SECONDS


def test_a_transaction_that_cannot_start_writes_nothing(tmp_path):
    db = tmp_path / "t.sqlite3"
    first = store.connect(db, backup=False)
    second = store.connect(db, backup=False, timeout=0.2)
    try:
        first.execute("BEGIN IMMEDIATE")
        with pytest.raises(store.StoreBusyError) as caught, store.transaction(second):
            second.execute("INSERT INTO audit_log (at, actor, action) VALUES ('x', 'y', 'z')")
        assert MESSAGE in str(caught.value) and "0,2 s" in str(caught.value)
        first.execute("ROLLBACK")
        assert not second.in_transaction
        with store.transaction(second):  # the same connection works once the lock is free
            second.execute("INSERT INTO audit_log (at, actor, action) VALUES ('x', 'y', 'z')")
        assert first.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == 1
    finally:
        first.close()
        second.close()
