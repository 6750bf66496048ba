"""The offer made for a damaged store: the newest intact backup, plain French, nothing lost."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from domain.errors import StoreError
from domain.people.employees import Employee, save_employee
from domain.store import backup
from domain.store import connection as store
from domain.store.connection import DamagedStoreError
from domain.store.recovery import recovery_offer, restore, restored_message


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    monkeypatch.setattr(backup, "_BACKED_UP_AT_START", set())


def add(conn, identifier: str) -> None:
    with store.transaction(conn):
        save_employee(conn, Employee(identifier, "Nguyễn", "Thị Mai", "Juriste", date(2020, 1, 1)))


def damage(path, at: int = 0, size: int = 4096) -> bytes:
    data = bytearray(path.read_bytes())
    data[at:at + size] = b"\xa5" * min(size, len(data) - at)
    path.write_bytes(bytes(data))
    return bytes(data)


def damaged_store(db):
    """Connect to ``db`` after damaging it; returns the DamagedStoreError raised."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage(db)
    backup._BACKED_UP_AT_START.clear()
    with pytest.raises(DamagedStoreError) as caught:
        store.connect(db)
    return caught.value


def test_offer_names_the_file_and_the_newest_intact_backup(tmp_path):
    db = tmp_path / "s.sqlite3"
    conn = store.connect(db)
    add(conn, "1")
    older = backup.take_backup(conn, db, "manuelle")
    add(conn, "2")
    newer = backup.take_backup(conn, db, "import-effectif")
    conn.close()
    damage(newer, 0, 100)  # the newest backup is damaged too: it must not be offered
    error = damaged_store(db)
    offer = recovery_offer(error.db, error.problem)
    assert offer.backup is not None and offer.backup.path == older
    assert str(db) in offer.summary and "n'a pas été modifié" in offer.summary
    stamp = offer.backup.taken_at
    assert offer.restore_label == (f"Restaurer la dernière sauvegarde (du "
                                   f"{stamp:%d/%m/%Y} à {stamp:%H:%M})")
    assert "à la demande" in offer.advice and "mise-de-cote" in offer.advice
    damaged = db.read_bytes()
    report = restore(offer)
    assert report.restored_from == older and report.previous_kept_as.read_bytes() == damaged
    restored = store.connect(db)
    assert [r[0] for r in restored.execute("SELECT id FROM employee")] == ["1"]
    restored.close()
    assert str(report.previous_kept_as) in restored_message(offer, report)


def test_without_a_backup_the_offer_says_so_and_restore_refuses(tmp_path):
    db = tmp_path / "s.sqlite3"
    conn = store.connect(db, backup=False)
    add(conn, "1")
    conn.close()
    error = damaged_store(db)
    offer = recovery_offer(error.db, error.problem)
    assert offer.backup is None and offer.restore_label == ""
    assert "Aucune sauvegarde automatique utilisable" in offer.advice
    assert offer.folder == tmp_path
    before = db.read_bytes()
    with pytest.raises(StoreError, match="Aucune sauvegarde"):
        restore(offer)
    assert db.read_bytes() == before
