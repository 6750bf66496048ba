"""Importing a ROME release into the store, reading it back, and the two commands."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from fixtures.rome_files import MINI, csv_name, edit, make_zip

import main
from domain.errors import RomeError
from domain.rome import importer, repository
from domain.rome.files import ImportCancelled
from domain.rome.importer import import_release
from domain.rome.reader import read_release
from domain.rome.repository import current_release, load_release, release_info
from domain.store.connection import connect

TABLES = (
    "rome_release",
    "rome_sheet",
    "rome_item",
    "rome_sheet_item",
    "rome_appellation",
    "rome_mobility",
)


@pytest.fixture(autouse=True)
def fresh_caches():
    repository.clear_cache()
    yield
    repository.clear_cache()


@pytest.fixture
def conn(private_data_dir: Path):
    connection = connect()
    yield connection
    connection.close()


def snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in TABLES}


def test_import_writes_every_row_and_records_the_release(conn, release_dir: Path) -> None:
    report = import_release(conn, release_dir)
    assert not report.unchanged
    assert report.version == "4.60"
    assert report.sheets == 4
    assert report.items == {"savoir_faire": 6, "savoir_etre": 2, "savoir": 5}
    assert (report.sheet_items, report.appellations, report.mobility) == (14, 6, 6)
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    assert counts == {
        "rome_release": 1,
        "rome_sheet": 4,
        "rome_item": 13,
        "rome_sheet_item": 14,
        "rome_appellation": 6,
        "rome_mobility": 6,
    }
    row = conn.execute("SELECT * FROM rome_release").fetchone()
    assert row["is_current"] == 1 and row["version"] == "4.60"
    assert row["fingerprint"] == report.fingerprint and len(row["fingerprint"]) == 64
    assert row["source"] == str(release_dir.resolve())
    assert row["seconds"] >= 0 and row["imported_at"]


def test_reimporting_the_same_release_is_a_noop(conn, release_dir: Path, tmp_path: Path) -> None:
    import_release(conn, release_dir)
    before = snapshot(conn)
    again = import_release(conn, make_zip(release_dir, tmp_path / "same.zip", "RefRomeCsv/"))
    assert again.unchanged
    assert again.sheets == 4 and again.items["savoir"] == 5
    assert snapshot(conn) == before


def test_a_new_release_replaces_the_previous_rows(conn, release_dir: Path) -> None:
    import_release(conn, MINI)
    edit(release_dir, "rubrique_mobilite", b'"Z1201","Z1101","1"\n', b"")
    edit(release_dir, "referentiel_savoir", b'"920004","Droit des assurances"', b'"920004","Droit"')
    report = import_release(conn, release_dir)
    assert not report.unchanged and report.mobility == 5
    assert conn.execute("SELECT label FROM rome_item WHERE code='920004'").fetchone()[0] == "Droit"
    assert conn.execute("SELECT COUNT(*) FROM rome_mobility WHERE source='Z1201'").fetchone()[0] == 0
    history = conn.execute("SELECT is_current FROM rome_release ORDER BY id").fetchall()
    assert [r[0] for r in history] == [0, 1]


DEFECTS = {
    "missing file": lambda d: (d / csv_name("texte")).unlink(),
    "missing column": lambda d: edit(d, "rubrique_mobilite", b'"numero_ordre"', b'"ordre"'),
    "truncated": lambda d: (d / csv_name("item")).write_bytes((d / csv_name("item")).read_bytes()[:-9]),
    "wrong field count": lambda d: edit(d, "item", b'"Permis B","3"', b'"Permis B"'),
    "wrong version": lambda d: (d / csv_name("item")).rename(d / csv_name("item", 459)),
    "bad encoding": lambda d: edit(d, "texte", "Répond".encode(), b"R\xe9pond"),
}
EXPECTED_FILE = {
    "missing file": csv_name("texte"),
    "missing column": csv_name("rubrique_mobilite"),
    "truncated": csv_name("item"),
    "wrong field count": csv_name("item"),
    "wrong version": csv_name("item", 459),
    "bad encoding": csv_name("texte"),
}


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_a_bad_release_leaves_the_store_as_it_was(conn, release_dir: Path, defect: str) -> None:
    edit(release_dir, "rubrique_mobilite", b'"Z1201","Z1101","1"\n', b"")  # differs from MINI
    import_release(conn, MINI)
    before = snapshot(conn)
    DEFECTS[defect](release_dir)
    with pytest.raises(RomeError) as info:
        import_release(conn, release_dir)
    assert EXPECTED_FILE[defect] in str(info.value)
    assert snapshot(conn) == before


@pytest.mark.parametrize("calls_before_cancel", [0, 5, 12, 14, 17, 19])
def test_cancel_at_any_stage_leaves_the_store_as_it_was(
    conn, release_dir: Path, calls_before_cancel: int
) -> None:
    """Cancel is checked once per file read, then once per write step: try every stage."""
    import_release(conn, MINI)
    before = snapshot(conn)
    edit(release_dir, "rubrique_mobilite", b'"Z1201","Z1101","1"\n', b"")
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > calls_before_cancel

    with pytest.raises(ImportCancelled):
        import_release(conn, release_dir, cancel=cancel)
    assert snapshot(conn) == before


def test_failure_while_writing_rolls_back(conn, release_dir, monkeypatch) -> None:
    import_release(conn, MINI)
    before = snapshot(conn)
    edit(release_dir, "rubrique_mobilite", b'"Z1201","Z1101","1"\n', b"")

    def broken(*_args) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(importer, "_record_release", broken)
    with pytest.raises(sqlite3.OperationalError):
        import_release(conn, release_dir)
    assert snapshot(conn) == before


def test_progress_is_monotonic_and_ends_at_one(conn) -> None:
    seen: list[float] = []
    import_release(conn, MINI, progress=lambda fraction, _message: seen.append(fraction))
    assert seen == sorted(seen) and seen[-1] == 1.0 and 0.0 <= seen[0] < 0.5


def test_load_release_round_trips(conn) -> None:
    assert load_release(conn) is None
    import_release(conn, MINI)
    repository.clear_cache()
    assert load_release(conn) == read_release(MINI)


def test_release_info(conn) -> None:
    assert release_info(conn) is None
    report = import_release(conn, MINI)
    info = release_info(conn)
    assert info is not None
    assert (info.version, info.fingerprint) == ("4.60", report.fingerprint)
    assert info.counts["sheets"] == 4 and info.counts["mobility"] == 6


def test_current_release_sources(conn, release_dir: Path, monkeypatch) -> None:
    with pytest.raises(RomeError, match="import-rome"):
        current_release(conn)
    import_release(conn, MINI)
    assert len(current_release(conn).mobility) == 6
    assert len(current_release().mobility) == 6  # opens the store itself
    edit(release_dir, "rubrique_mobilite", b'"Z1201","Z1101","1"\n', b"")
    assert len(current_release(conn, cli_value=str(release_dir)).mobility) == 5
    monkeypatch.setenv("PASSERELLES_ROME", str(release_dir))
    assert len(current_release(conn).mobility) == 5


# --- command line -----------------------------------------------------------------------


def test_import_rome_command(release_dir: Path, capsys) -> None:
    assert main.cli_entry(["import-rome", str(release_dir)]) == 0
    out = capsys.readouterr().out
    assert "4.60" in out and "fiches métiers : 4" in out and "savoir-être" in out
    assert main.cli_entry(["import-rome", str(release_dir), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["unchanged"] is True and payload["items"]["savoir_faire"] == 6
    assert main.cli_entry(["import-rome", str(release_dir)]) == 0
    assert "déjà importée" in capsys.readouterr().out


def test_import_rome_refuses_a_bad_release_in_one_line(release_dir: Path, capsys) -> None:
    (release_dir / csv_name("coherence_item")).unlink()
    assert main.cli_entry(["import-rome", str(release_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : ") and err.count("\n") == 1
    assert csv_name("coherence_item") in err


def test_rome_status_command(capsys) -> None:
    assert main.cli_entry(["rome-status"]) == 0
    assert "Aucune version" in capsys.readouterr().out
    assert main.cli_entry(["import-rome", str(MINI)]) == 0
    capsys.readouterr()
    assert main.cli_entry(["rome-status"]) == 0
    text = capsys.readouterr().out
    assert re.search(r"importée le \d\d/\d\d/\d{4} à \d\d:\d\d depuis", text), text
    assert not re.search(r"\d{4}-\d\d-\d\dT", text)
    assert main.cli_entry(["rome-status", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["store"]["version"] == "4.60" and payload["store"]["counts"]["sheets"] == 4


# --- the real release (one import per test session) ------------------------------------


@pytest.fixture(scope="module")
def real_store(real_rome: Path, tmp_path_factory):
    connection = connect(tmp_path_factory.mktemp("real") / "store.sqlite3")
    report = import_release(connection, real_rome)
    yield connection, report
    connection.close()


@pytest.mark.rome
def test_real_release_counts(real_store) -> None:
    _conn, report = real_store
    assert report.version == "4.60" and not report.unchanged
    assert report.sheets == 1584
    assert report.mobility == 14912
    assert report.items["savoir_faire"] > 10_000
    assert report.items["savoir"] > 10_000
    assert report.items["savoir_etre"] >= 10
    assert report.appellations > 10_000
    assert report.sheet_items > 50_000


@pytest.mark.rome
def test_real_release_round_trips_and_reimport_is_a_noop(real_store, real_rome: Path,
                                                         real_release) -> None:
    conn, _report = real_store
    repository.clear_cache()
    loaded = load_release(conn)
    assert loaded == real_release
    assert import_release(conn, real_rome).unchanged
