"""A new ROME release: what changed, and the job mapping followed through appellations (issue 12).

Unit tests use ``rome_mini`` derived into a « v461 » by ``fixtures.rome_upgrade`` and a small
mapping of invented jobs; ``test_rome_upgrade_real.py`` does the same on the real release.
"""

from __future__ import annotations

import pytest
from fixtures.rome_files import MINI, csv_name, edit
from fixtures.rome_upgrade import derive_release

from domain.rome import repository
from domain.rome.changes import MERGED, RECODED, REMOVED, RENAMED, compare_releases
from domain.rome.importer import import_release
from domain.rome.job_mapping import (
    FOLLOWED,
    KEPT,
    LOST,
    UNCHANGED,
    RomeMapping,
    follow_mapping,
    job_codes,
    job_rome_map,
)
from domain.rome.reader import read_release
from domain.store.connection import connect

MAPPING = {
    "Gestionnaire": [RomeMapping("Z1102", "Gestionnaire de sinistres", "980003",
                                 "Gestionnaire de sinistres", "même métier")],
    "Téléconseiller": [
        RomeMapping("Z1103", "Téléconseiller", "980004", "Téléconseiller / Téléconseillère", "r"),
        RomeMapping("Z1101", "Chargé d'assistance", "980001", "Chargé d'assistance", "r"),
    ],
}


@pytest.fixture(autouse=True)
def fresh_caches():
    repository.clear_cache()
    yield
    repository.clear_cache()


@pytest.fixture
def v461(tmp_path):
    """rome_mini with Z1102 recoded to Z1199 and Z1103 removed."""
    return derive_release(MINI, tmp_path / "v461", recode={"Z1102": "Z1199"}, remove={"Z1103"})


def test_the_derived_release_is_a_valid_next_version(v461):
    release = read_release(v461)
    assert release.version == "4.61"
    assert set(release.sheets) == {"Z1101", "Z1199", "Z1201"}
    assert {a.code: a.code_rome for a in release.appellations}["980003"] == "Z1199"


def test_a_recoded_and_a_removed_sheet_are_named(v461):
    changes = compare_releases(read_release(MINI), read_release(v461))
    assert [(c.kind, c.code, c.new_code) for c in changes.sheets] == [
        (RECODED, "Z1102", "Z1199"), (REMOVED, "Z1103", "")]
    assert changes.successors == {"Z1102": "Z1199"}
    assert [(m.code, m.old_sheet, m.new_sheet) for m in changes.moved] == [
        ("980003", "Z1102", "Z1199")]
    counts = changes.counts()
    assert (counts["sheets_recoded"], counts["sheets_removed"], counts["sheets_added"]) == (1, 1, 0)
    assert counts["appellations_removed"] == 2  # the two of Z1103
    assert changes.sheets[0].message() == ("Z1102 « Gestionnaire de sinistres » : recodée en "
                                           "Z1199 « Gestionnaire de sinistres » (1 appellation(s) "
                                           "suivie(s))")


def test_a_sheet_merged_into_another_and_a_renamed_one(tmp_path, release_dir):
    edit(release_dir, "referentiel_appellation", b'"Gestionnaire de sinistres","Z1102","","",'
         b'"","","","SYNONYME","","Z1102"', b'"Gestionnaire de sinistres","Z1101","","","","",'
         b'"","SYNONYME","","Z1101"')
    edit(release_dir, "referentiel_code_rome", b'"Z1201","9004","990004","Coordinateur',
         b'"Z1201","9004","990004","Superviseur')
    merged = derive_release(release_dir, tmp_path / "v461", remove={"Z1102"})
    changes = compare_releases(read_release(MINI), read_release(merged))
    kinds = {c.code: (c.kind, c.new_code) for c in changes.sheets}
    assert kinds == {"Z1102": (MERGED, "Z1101"), "Z1201": (RENAMED, "Z1201")}
    assert "fusionnée dans Z1101" in next(c.message() for c in changes.sheets if c.kind == MERGED)


def test_each_row_follows_its_appellation_and_a_lost_one_keeps_the_others(v461):
    followed = {f.key: f for f in follow_mapping(read_release(v461), MAPPING)}
    moved = followed[("Gestionnaire", "Z1102", "980003")]
    assert (moved.code_rome, moved.status, moved.previous) == ("Z1199", FOLLOWED, "Z1102")
    assert "passée de Z1102 à Z1199" in moved.reason
    lost = followed[("Téléconseiller", "Z1103", "980004")]
    assert (lost.code_rome, lost.status) == ("", LOST) and "à revoir" in lost.reason
    same = followed[("Téléconseiller", "Z1101", "980001")]
    assert (same.code_rome, same.status) == ("Z1101", UNCHANGED)


def test_a_gone_appellation_keeps_its_sheet_or_follows_the_successor(tmp_path, release_dir):
    # 980003 disappears; its sheet Z1102 stays: the row keeps Z1102, to review.
    edit(release_dir, "referentiel_appellation", b'"980003","Gestionnaire de sinistres",'
         b'"Gestionnaire de sinistres","Z1102","","","","","","SYNONYME","","Z1102","N"\n', b"")
    row = follow_mapping(read_release(release_dir), MAPPING)[0]
    assert (row.code_rome, row.status) == ("Z1102", KEPT)
    # Z1102 gone too, but a recoding said where it went: the row follows the successor.
    bare = derive_release(release_dir, tmp_path / "v461", recode={"Z1102": "Z1199"})
    row = follow_mapping(read_release(bare), MAPPING, successors={"Z1102": "Z1199"})[0]
    assert (row.code_rome, row.status) == ("Z1199", FOLLOWED)
    assert "remplacée par Z1199" in row.reason


def test_a_lost_row_comes_back_when_its_appellation_returns(v461):
    release = read_release(MINI)
    row = next(f for f in follow_mapping(release, MAPPING,
                                         previous={("Téléconseiller", "Z1103", "980004"): ""})
               if f.mapping.code_rome == "Z1103")
    assert (row.previous, row.code_rome, row.status) == ("", "Z1103", FOLLOWED)
    assert "de retour" in row.reason


def test_the_shipped_mapping_is_unchanged_in_its_own_release(tiny_release):
    """The 58 jobs keep their written codes where the release has them (no appellations here)."""
    codes = job_codes(tiny_release)
    written_codes = [m.code_rome for m in job_rome_map(None)["Chargé d'assistance"]]
    assert codes["Chargé d'assistance"] == [c for c in written_codes if c in tiny_release.sheets]
    assert codes["Chargé d'assistance"][0] == "D1408"
    assert all(set(c) <= set(tiny_release.sheets) for c in codes.values())
    written = job_rome_map(None)["Chargé d'assistance"]
    assert [m.code_rome for m in job_rome_map(tiny_release)["Chargé d'assistance"]] == [
        m.code_rome for m in written]


def test_the_store_keeps_the_mapping_followed_by_each_import(private_data_dir, v461):
    conn = connect()
    try:
        first = import_release(conn, MINI)
        assert first.upgrade.previous_version is None and first.upgrade.changes is None
        second = import_release(conn, v461)
        assert second.upgrade.previous_version == "4.60"
        assert second.previous is not None and second.previous.version == "4.60"
        assert [c.code for c in second.upgrade.changes.sheets] == ["Z1102", "Z1103"]
        history = repository.release_history(conn)
        assert [(r.version, r.current) for r in history] == [("4.60", False), ("4.61", True)]
        assert history[1].counts["sheets"] == 3 and history[0].counts["sheets"] == 4
        rows = conn.execute("SELECT COUNT(*) FROM rome_job_code GROUP BY release_id").fetchall()
        written = sum(len(entries) for entries in job_rome_map(None).values())
        assert [r[0] for r in rows] == [written, written]  # every row of job_rome.csv, each time
        payload = second.to_dict()
        assert payload["upgrade"]["changes"]["counts"]["sheets_recoded"] == 1
        assert "previous" not in payload
    finally:
        conn.close()


def test_an_import_made_before_migration_7_still_works(private_data_dir):
    conn = connect()
    try:
        import_release(conn, MINI)
        conn.execute("DELETE FROM rome_job_code")  # as a store filled before migration 7
        conn.execute("UPDATE rome_release SET counts = ''")
        repository.clear_cache()
        [record] = repository.release_history(conn)
        assert record.counts["sheets"] == 4 and record.followed is None
        release = repository.load_release(conn)
        assert release.followed == {} and job_codes(release)  # followed afresh
    finally:
        conn.close()


def test_migration_7_upgrades_a_schema_3_store(tmp_path):
    import sqlite3

    from domain.store.migrations import MIGRATIONS

    db = tmp_path / "ancienne.sqlite3"
    raw = sqlite3.connect(db, isolation_level=None)
    for migration in MIGRATIONS[:3]:
        for statement in migration.statements():
            raw.execute(statement)
    raw.execute("INSERT INTO rome_release (version, fingerprint, source, imported_at, seconds,"
                " is_current) VALUES ('4.60', 'x', 'y', 'z', 1, 1)")
    raw.execute("PRAGMA user_version = 3")
    raw.close()
    conn = connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 7
        assert conn.execute("SELECT counts FROM rome_release").fetchone()[0] == ""
        assert conn.execute("SELECT COUNT(*) FROM rome_job_code").fetchone()[0] == 0
    finally:
        conn.close()


def test_csv_names_of_the_derived_release(v461):
    assert (v461 / csv_name("item", 461)).exists() and not (v461 / csv_name("item")).exists()
