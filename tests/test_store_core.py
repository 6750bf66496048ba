import os
import sqlite3

import pytest

from domain.errors import StoreError
from domain.store import connection as store
from domain.store.migrations import SCHEMA_VERSION


def test_new_store_is_private_and_migrated(tmp_path):
    db = tmp_path / "s.sqlite3"
    conn = store.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert os.stat(db).st_mode & 0o777 == 0o600


def test_newer_schema_is_refused_without_touching_the_file(tmp_path):
    db = tmp_path / "s.sqlite3"
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="plus récente"):
        store.connect(db)
    assert db.read_bytes() == before


def test_garbage_file_is_reported_not_overwritten(tmp_path):
    db = tmp_path / "s.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    before = db.read_bytes()
    with pytest.raises(StoreError):
        store.connect(db)
    assert db.read_bytes() == before


def test_transaction_rolls_back_on_error(tmp_path):
    conn = store.connect(tmp_path / "s.sqlite3")
    with pytest.raises(RuntimeError), store.transaction(conn):
        conn.execute("INSERT INTO rome_sheet(code, label) VALUES ('X1', 'x')")
        raise RuntimeError
    assert conn.execute("SELECT count(*) FROM rome_sheet").fetchone()[0] == 0
