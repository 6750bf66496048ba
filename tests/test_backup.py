"""Automatic backups: taken when needed, rotated, restorable; a damaged base is never touched."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import time
from contextlib import redirect_stderr, redirect_stdout
from datetime import date

import pytest

from domain.people.employees import Employee, save_employee
from domain.store import backup
from domain.store import connection as store
from domain.store.connection import DamagedStoreError
from domain.store.migrations import MIGRATIONS


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """Each test behaves like a new start of the application."""
    monkeypatch.setattr(backup, "_BACKED_UP_AT_START", set())


def restart() -> None:
    backup._BACKED_UP_AT_START.clear()


def add_person(db, identifier: str, name: str = "Kowalczyk") -> None:
    conn = store.connect(db)
    with store.transaction(conn):
        save_employee(conn, Employee(identifier, name, "Łukasz", "Juriste", date(2020, 1, 1)))
    conn.close()


def people(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM employee ORDER BY id")]
    finally:
        conn.close()


def test_backup_is_private_complete_and_self_contained(tmp_path):
    db = tmp_path / "s.sqlite3"
    add_person(db, "1")
    conn = store.connect(db)
    made = backup.take_backup(conn, db, "manuelle")
    conn.close()
    assert os.stat(made).st_mode & 0o777 == 0o600
    assert os.stat(made.parent).st_mode & 0o777 == 0o700
    assert people(made) == ["1"]
    assert not list(made.parent.glob("*-wal")) and not list(made.parent.glob("*.partiel"))
    info = backup.latest_backup(db)
    assert info.path == made and info.reason == "manuelle"


def test_rotation_keeps_the_newest_five(tmp_path):
    db = tmp_path / "s.sqlite3"
    conn = store.connect(db)
    made = [backup.take_backup(conn, db, "manuelle") for _ in range(7)]
    conn.close()
    kept = [b.path for b in backup.list_backups(db)]
    assert kept == list(reversed(made[2:]))
    assert not made[0].exists()


def test_start_backup_only_when_the_base_changed(tmp_path):
    db = tmp_path / "s.sqlite3"
    store.connect(db).close()
    assert backup.list_backups(db) == []  # a brand-new base has nothing to save
    add_person(db, "1")
    restart()
    store.connect(db).close()
    assert [b.reason for b in backup.list_backups(db)] == ["demarrage"]
    time.sleep(0.02)
    restart()
    store.connect(db).close()  # nothing written since: no new backup
    assert len(backup.list_backups(db)) == 1
    time.sleep(0.02)
    add_person(db, "2")  # same process: still one start-up backup
    assert len(backup.list_backups(db)) == 1
    restart()
    store.connect(db).close()
    latest = backup.list_backups(db)
    assert len(latest) == 2 and people(latest[0].path) == ["1", "2"]


def test_backup_before_migration(tmp_path):
    db = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(db, isolation_level=None)
    for statement in MIGRATIONS[0].statements():
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.close()
    conn = store.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1].version
    conn.close()
    (made,) = backup.list_backups(db)
    assert made.reason == "migration"
    check = sqlite3.connect(made.path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    check.close()


def damage(db, at: int, size: int = 4096) -> bytes:
    data = bytearray(db.read_bytes())
    data[at:at + size] = b"\xa5" * min(size, len(data) - at)
    db.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("offset", [0, 4096 * 2], ids=["header", "page"])
def test_damaged_base_is_reported_untouched_and_restorable(tmp_path, offset):
    db = tmp_path / "s.sqlite3"
    add_person(db, "1")
    restart()
    store.connect(db).close()  # start-up backup holds person 1
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damaged = damage(db, offset)
    restart()
    with pytest.raises(DamagedStoreError) as caught:
        store.connect(db)
    assert db.read_bytes() == damaged
    assert caught.value.backup is not None and "restore-backup" in str(caught.value)
    report = backup.restore_backup(db)
    assert report.previous_kept_as.read_bytes() == damaged
    assert people(db) == ["1"]
    store.connect(db).close()


def test_restore_skips_a_damaged_backup(tmp_path):
    db = tmp_path / "s.sqlite3"
    add_person(db, "1")
    conn = store.connect(db)
    older = backup.take_backup(conn, db, "manuelle")
    with store.transaction(conn):
        save_employee(conn, Employee("2", "Şahin", "Elif", "Juriste"))
    newer = backup.take_backup(conn, db, "manuelle")
    conn.close()
    damage(newer, 0, 100)
    report = backup.restore_backup(db)
    assert report.restored_from == older and people(db) == ["1"]


def test_restore_without_any_backup_is_a_clear_error(tmp_path):
    from domain.errors import StoreError

    with pytest.raises(StoreError, match="Aucune sauvegarde"):
        backup.restore_backup(tmp_path / "none.sqlite3")


def test_rewrite_backups_erases_and_keeps_dates(tmp_path):
    db = tmp_path / "s.sqlite3"
    add_person(db, "1")
    add_person(db, "2", "Şahin")
    conn = store.connect(db)
    good = backup.take_backup(conn, db, "manuelle")
    conn.close()
    stamp = good.stat().st_mtime_ns
    bad = backup.backup_dir(db) / f"{db.stem}-20200101-000000-000000-manuelle.sqlite3"
    bad.write_bytes(b"not a database" * 50)
    rewritten, destroyed = backup.rewrite_backups(
        db, lambda c: c.execute("DELETE FROM employee WHERE id = '2'"))
    assert (rewritten, destroyed) == (1, 1)
    assert people(good) == ["1"] and good.stat().st_mtime_ns == stamp
    assert "Şahin".encode() not in good.read_bytes()
    assert not bad.exists()


def test_cli_backups_and_restore(tmp_path):
    from domain.paths import database_path
    from main import cli_entry

    add_person(database_path(), "7")
    restart()
    store.connect().close()
    damage(database_path(), 0, 100)

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = cli_entry(list(args))
        return code, out.getvalue(), err.getvalue()

    code, _, err = run("employees")
    assert code == 2 and "endommagée" in err and "restore-backup" in err
    code, out, _ = run("backups", "--json")
    (listed,) = json.loads(out)["backups"]
    assert code == 0 and listed["reason"] == "demarrage" and people(listed["path"]) == ["7"]
    assert run("restore-backup")[0] == 0
    code, out, _ = run("employees", "--json")
    assert code == 0 and [p["id"] for p in json.loads(out)["employees"]] == ["7"]
