"""A second window on the same store is told a first one is open (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from domain.store.window_lock import take_window_lock

ROOT = Path(__file__).resolve().parent.parent
FIRST_WINDOW = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from pathlib import Path
    from domain.store.window_lock import take_window_lock
    lock = take_window_lock(Path(sys.argv[1]))
    print("held" if lock.held else "refused", flush=True)
    sys.stdin.read()
""")


def first_window(db: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", FIRST_WINDOW, str(db), str(ROOT)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_window_is_told_which_process_holds_the_store(tmp_path):
    db = tmp_path / "passerelles.sqlite3"
    other = first_window(db)
    try:
        second = take_window_lock(db)
        assert not second.held and second.other_pid == other.pid
        assert "déjà ouvert sur cette base dans une autre fenêtre" in second.message()
        assert f"processus {other.pid}" in second.message()
    finally:
        other.stdin.close()
        other.wait(timeout=10)
    third = take_window_lock(db)  # the first window closed: the store is free again
    try:
        assert third.held and third.message() == ""
        assert third.path.read_text() == str(os.getpid())
    finally:
        third.release()


def test_a_crashed_window_leaves_no_stale_lock(tmp_path):
    db = tmp_path / "passerelles.sqlite3"
    other = first_window(db)
    other.kill()
    other.wait(timeout=10)
    lock = take_window_lock(db)
    assert lock.held
    lock.release()
    lock.release()  # idempotent
    assert take_window_lock(db).held


def test_the_window_claims_the_store_or_asks_before_a_second_one(qapp):
    from domain.paths import database_path
    from gui.app import claim_store

    first = take_window_lock(database_path())
    asked: list[str] = []
    try:
        assert claim_store(ask=lambda message: asked.append(message) or False) is None
        assert "déjà ouvert sur cette base" in asked[0]
        anyway = claim_store(ask=lambda message: True)
        assert anyway is not None and not anyway.held
    finally:
        first.release()
    mine = claim_store(ask=lambda message: pytest.fail("nobody else holds the store"))
    assert mine.held
    mine.release()
