"""The real release, then a « v4.61 » in which C1109 is recoded and C1107 removed (issue 12).

The v4.61 is built in a temp folder from ``../shared/rome/v460`` (never committed): C1109
« Gestionnaire en assurances » becomes C1199 (its appellations move with it) and C1107
« Chargé / Chargée d'indemnisations en assurances » disappears with its appellations. Both are
mapped to « Gestionnaire de dossiers d'assistance ». The tests run in order on one store: the
state after the upgrade first, going back to v4.60 last.
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from fixtures.rome_upgrade import derive_release
from pdf_support import flat_pdf_text

import main
from domain.rome import repository
from domain.rome.job_mapping import job_codes
from domain.store.connection import connect, transaction

JOB = "Gestionnaire de dossiers d'assistance"
pytestmark = pytest.mark.rome


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main.cli_entry(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def store(real_rome, tmp_path_factory):
    """v4.60 imported, levels corrected and bridges chosen, then the v4.61 imported (text)."""
    from domain.matching.competency_levels import job_items, set_override
    from domain.matching.engine import clear_cache
    from domain.people.employees import ChosenBridge, choose_bridge

    folder = tmp_path_factory.mktemp("montee_de_version")
    v461 = derive_release(real_rome, folder / "RefRomeCsv_v461",
                          recode={"C1109": "C1199"}, remove={"C1107"})
    patch = pytest.MonkeyPatch()
    patch.setenv("PASSERELLES_DATA_DIR", str(folder / "donnees"))
    repository.clear_cache()
    clear_cache()
    assert cli("import-rome", str(real_rome))[0] == 0
    assert cli("import-roster", "data/sample_roster.csv")[0] == 0
    conn = connect()
    release = repository.load_release(conn)
    c1107 = {link.item_code for link in release.sheet_items["C1107"]}
    c1109 = {link.item_code for link in release.sheet_items["C1109"]}
    only_c1107 = next(i for i in job_items(JOB, release) if i.code in c1107 - c1109)
    on_c1109 = next(i for i in job_items(JOB, release) if i.code in c1109)
    with transaction(conn):
        set_override(conn, JOB, only_c1107.code, 2)
        set_override(conn, JOB, on_c1109.code, 1)
        choose_bridge(conn, ChosenBridge("001052", "Contrôleur de gestion", "Actuaire / Tarificateur"))
        choose_bridge(conn, ChosenBridge("001052", "Chargé d'assistance"))
    conn.close()
    code, out, err = cli("import-rome", str(v461))
    assert code == 0, err
    yield {"out": out, "v461": v461, "rome": real_rome, "gone_item": only_c1107,
           "kept_item": on_c1109, "data": str(folder / "donnees")}
    patch.undo()
    repository.clear_cache()
    clear_cache()


@pytest.fixture(autouse=True)
def in_store(store, monkeypatch):
    """Every test reads the module's store (conftest gives each test its own folder)."""
    monkeypatch.setenv("PASSERELLES_DATA_DIR", store["data"])


def test_the_import_says_c1109_was_recoded_and_c1107_removed(store):
    out = store["out"]
    assert "Version 4.61 du ROME importée" in out and "remplace la version 4.60" in out
    assert "C1109 « Gestionnaire en assurances » : recodée en C1199" in out
    assert "C1107 « Chargé / Chargée d'indemnisations en assurances » : supprimée" in out


def test_the_import_says_what_changed_for_the_job(store):
    out = store["out"]
    assert f"« {JOB} » : C1109, C1107 → C1199" in out
    assert ("C1109 → C1199 : l'appellation 15370 « Gestionnaire prestations en assurances » "
            "est passée de C1109 à C1199") in out
    assert "C1107 perdue : la fiche C1107 et l'appellation 11927" in out
    assert "ce rattachement est perdu, les autres rattachements du métier sont gardés" in out


def test_the_import_reports_a_level_whose_item_left_the_job(store):
    out = store["out"]
    gone, kept = store["gone_item"], store["kept_item"]
    assert "Niveaux d'impact corrigés : 1 conservé(s), 1 à relire dans cette version :" in out
    assert (f"{gone.code} « {gone.label} » : l'élément n'est plus sur les fiches du métier "
            "(C1199) mais existe toujours dans le ROME ; gardé") in out
    assert kept.code not in out.split("Compétences retenues :")[0]


def test_what_the_import_says_of_a_kept_item_is_what_the_app_does(store):
    """Retained items none of the job's sheets lists any more are said to be kept: the profile
    keeps them (« fiche retirée »), and the job's line names every one of them."""
    out = store["out"]
    line = next(ln for ln in out.splitlines() if ln.startswith(f"  « {JOB} » :") and "retenue" in ln)
    code, printed, err = cli("job-profile", JOB, "--json")
    assert code == 0, err
    retired = {item["code"]: item["label"] for item in json.loads(printed)["retained"]
               if item["sheet"] == "fiche retirée"}
    assert retired and "gardées bien qu'aucune de ses fiches" in line
    assert all(f"{code} « {label} »" in line for code, label in retired.items())
    lines = out.splitlines()
    announced = [n for n, ln in enumerate(lines) if ln.rstrip().endswith(":")]
    assert all(n + 1 < len(lines) and lines[n + 1].startswith("  ") for n in announced)


def test_the_import_explains_how_the_bridges_changed(store):
    out = store["out"]
    bridges = out[out.index("\nPasserelles : "):]
    lines = bridges.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith(f"  « {JOB} » :"))
    assert lines[at].endswith("(fiches changées)")
    after = [ln for ln in lines[at + 1:at + 4]]
    assert [ln.strip()[:2] for ln in after] == ["1.", "2.", "3."]
    assert all("similarité" in ln for ln in after)
    assert "Passerelles choisies pour des personnes : 2 enregistrée(s)" in out


def test_the_job_is_mapped_to_the_new_code_everywhere(store):
    conn = connect()
    try:
        release = repository.load_release(conn)
        assert job_codes(release)[JOB] == ["C1199"]
    finally:
        conn.close()
    code, out, _ = cli("jobs", "--json")
    rows = {job["name"]: job["rome_codes"] for job in json.loads(out)["jobs"]}
    assert rows[JOB] == ["C1199"]
    pdf = store["v461"].parent / "fiche.pdf"
    code, out, err = cli("report", "--job", JOB, "--out", str(pdf))
    assert code == 0, err
    text = flat_pdf_text(pdf)
    assert "C1199 – Gestionnaire en assurances" in text and "C1109" not in text
    assert "indemnisations" not in text and "Fiche rattachée à ce métier mais retirée de la version du ROME utilisée : C1107" in text


def test_the_job_profile_shows_the_new_sheets(store):
    code, out, err = cli("job-profile", JOB)
    assert code == 0, err
    assert f"{JOB} — fiches ROME C1199 :" in out
    code, out, _ = cli("job-profile", JOB, "--json")
    profile = json.loads(out)
    assert profile["sheets"] == ["C1199"]
    sheets = {item["code"]: item["sheet"] for item in profile["retained"]}
    assert set(sheets.values()) <= {"C1199", "fiche retirée"}
    conn = connect()
    try:
        release = repository.load_release(conn)
        c1199 = {link.item_code for link in release.sheet_items["C1199"]}
    finally:
        conn.close()
    # Items C1199 lists show it; the ones only C1107 listed are kept (they still exist) and
    # shown as from a retired sheet.
    assert {code for code, sheet in sheets.items() if sheet == "C1199"} == set(sheets) & c1199
    assert "fiche retirée" in sheets.values()


def test_jobs_on_release_files_follow_the_mapping(store):
    code, out, err = cli("--rome", str(store["v461"]), "jobs", "--json")
    assert code == 0, err
    rows = {job["name"]: job["rome_codes"] for job in json.loads(out)["jobs"]}
    assert rows[JOB] == ["C1199"]


def test_its_bridges_are_computed_on_the_new_sheet_and_explained(store):
    from domain.matching.engine import Engine
    from domain.matching.job_profiles import load_profile_file

    conn = connect()
    try:
        engine = Engine.load(conn)
        items = set(engine.matrix.rows[JOB].items)
        c1199 = {link.item_code for link in engine.release.sheet_items["C1199"]}
        # The job's retained profile (issue 9) keeps the items that still exist in the ROME
        # even when their sheet is gone; everything else comes from the new code.
        retained = {entry.item_code for entry in load_profile_file()[JOB]}
        assert items and items <= c1199 | retained
        assert items & c1199
        bridges = engine.bridges(JOB)
    finally:
        conn.close()
    assert 3 <= len(bridges) <= 5  # three leads at least, none below the coverage floor
    for bridge in bridges:
        assert bridge.shared and bridge.gap
        assert f"« {JOB} » vers « {bridge.target} »" in bridge.explanation
    code, out, _ = cli("bridges", JOB, "--top", "2")
    assert code == 0 and "Vous apportez" in out and "À acquérir en priorité" in out


def test_rome_status_lists_both_imports(store):
    code, out, _ = cli("rome-status", "--json")
    payload = json.loads(out)
    assert payload["current"] == "4.61"
    releases = payload["releases"]
    assert [(r["version"], r["current"]) for r in releases] == [("4.60", False), ("4.61", True)]
    assert releases[0]["counts"]["sheets"] == 1584 and releases[1]["counts"]["sheets"] == 1583
    # C1109 is followed for two jobs (Gestionnaire de dossiers, Chargé d'assistance); C1107 lost.
    assert (releases[1]["followed"], releases[1]["lost"]) == (2, 1)


def test_going_back_to_v460_restores_both_codes(store):
    code, out, err = cli("import-rome", str(store["rome"]), "--json", "--sans-passerelles")
    assert code == 0, err
    upgrade = json.loads(out)["upgrade"]
    assert upgrade["previous_version"] == "4.61"
    job = next(j for j in upgrade["jobs"] if j["job"] == JOB)
    assert (job["before"], job["after"]) == (["C1199"], ["C1109", "C1107"])
    statuses = {row["written_code"]: (row["previous"], row["code_rome"], row["status"])
                for row in job["rows"]}
    assert statuses == {"C1109": ("C1199", "C1109", "suivie"), "C1107": ("", "C1107", "suivie")}
    assert upgrade["items"]["reported"] == []
    code, out, _ = cli("rome-status", "--json")
    assert [r["version"] for r in json.loads(out)["releases"]] == ["4.60", "4.61", "4.60"]
