"""Job profiles (« compétences retenues »): the shipped file, the user's changes, the matrix."""

from __future__ import annotations

import json
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from fixtures.bridges_world import MAPPING, release

from domain.errors import UnknownJobError, UserError
from domain.matching.competencies import build_matrix
from domain.matching.job_profiles import (
    PROFILES_FILE,
    job_profile,
    job_profiles,
    load_profile_file,
    read_profile_file,
    validate_against_release,
)
from domain.matching.profile_edits import (
    drop_competency,
    load_profile_overrides,
    profile_overrides,
    reset_job_profile,
    retain_competency,
)
from domain.store.connection import connect
from main import cli_entry

ROOT = Path(__file__).resolve().parent.parent
JOB = "Chargé d'assistance"
DOSSIERS = "Gestionnaire de dossiers d'assistance"


# --- the matrix on a small hand-built world ---------------------------------------------------


def _flags(rel, key: str, without: str) -> dict[str, bool]:
    """The whole sheets of ``key`` as a profile, minus one item."""
    return {link.item_code: link.core in ("Principale", "Émergente")
            for code in MAPPING[key] for link in rel.sheet_items[code] if link.item_code != without}


def test_matrix_row_holds_only_the_retained_items():
    rel = release()
    matrix = build_matrix(rel, MAPPING, {"Proche": {"A1": True, "B1": False}})
    assert set(matrix.row("Proche").items) == {"A1", "B1"}
    assert not matrix.row("Proche").items["B1"].core  # the profile's flag, not the sheet's
    assert set(matrix.row("Source").items) == {"R", "A1", "A2", "A3", "A4", "K1"}  # no profile


def test_an_item_dropped_from_the_source_no_longer_counts_in_coverage():
    rel = release()
    before = build_matrix(rel, MAPPING).compare("Source", "Proche")
    profiles = {"Source": _flags(rel, "Source", without="A1")}
    after = build_matrix(rel, MAPPING, profiles).compare("Source", "Proche")
    assert "A1" in [c.code for c in before.shared]
    assert "A1" in [c.code for c in after.missing]
    assert after.coverage < before.coverage and after.core_coverage < before.core_coverage


def test_an_item_dropped_from_the_target_is_no_longer_a_gap():
    rel = release()
    before = build_matrix(rel, MAPPING).compare("Source", "Proche")
    profiles = {"Proche": _flags(rel, "Proche", without="B1")}
    after = build_matrix(rel, MAPPING, profiles).compare("Source", "Proche")
    assert [c.code for c in before.missing] == ["B1"]
    assert after.missing == () and after.coverage > before.coverage


# --- the shipped file ---------------------------------------------------------------------------


def _break(data_copy: Path, old: str, new: str) -> None:
    path = data_copy / PROFILES_FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "expected"), [
    (f"{JOB};D1408;", "Chargé d'assistanse;D1408;", ("métier inconnu", "colonne « job »")),
    (";savoir-faire;1;coeur;", ";savoir-fer;1;coeur;", ("nature inconnue", "colonne « kind »")),
    (";savoir-faire;1;coeur;", ";savoir-faire;oui;coeur;", ("« oui »", "colonne « core »")),
    (f"{JOB};D1408;400187;", f"{JOB};D1408;4OO187;", ("code d'élément ROME invalide",
                                                       "colonne « item_code »")),
])
def test_a_wrong_cell_is_named_in_french(data_copy, old, new, expected):
    _break(data_copy, old, new)
    with pytest.raises(UserError) as err:
        read_profile_file(data_copy)
    message = str(err.value)
    assert "job_profiles.csv" in message and "ligne " in message
    for part in expected:
        assert part in message


def test_an_item_listed_twice_for_a_job_is_refused(data_copy):
    path = data_copy / PROFILES_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if line.startswith(f"{JOB};D1408;400187;"))
    path.write_text("\n".join([*lines, row]) + "\n", encoding="utf-8")
    with pytest.raises(UserError, match="élément 400187 en double pour « Chargé d'assistance »"):
        read_profile_file(data_copy)


def test_an_item_a_release_lacks_is_reported_and_left_out(real_release):
    from domain.rome.model import RomeRelease

    items = dict(real_release.items)
    del items["400187"]
    smaller = RomeRelease(real_release.version, real_release.sheets, items,
                          real_release.sheet_items)
    warnings = validate_against_release(smaller)
    assert any("« Chargé d'assistance » : l'élément 400187" in w and "n'existe pas" in w
               for w in warnings)
    kept = job_profiles(smaller)[JOB].codes()
    assert "400187" not in kept and len(kept) == len(load_profile_file()[JOB]) - 1


# --- the real v4.60 profiles --------------------------------------------------------------------


def test_every_profile_holds_15_to_60_items_of_its_own_sheets(real_release):
    from domain.matching.competency_levels import is_rated

    assert validate_against_release(real_release) == []
    for job, profile in job_profiles(real_release).items():
        assert 15 <= len(profile.retained) <= 60, (job, len(profile.retained))
        for item in profile.retained:
            on_sheet = {link.item_code for link in real_release.sheet_items[item.sheet]}
            assert item.sheet in profile.sheets and item.code in on_sheet, (job, item.code)
            assert is_rated(real_release.items[item.code]), (job, item.label)  # no diploma
        assert sum(item.kind == "savoir_etre" for item in profile.retained) <= 3, job
        assert any(item.core for item in profile.retained), job


def test_charge_d_assistance_holds_no_medical_regulation_nor_food_sales(real_release):
    profile = job_profiles(real_release)[JOB]
    arm_only = ({link.item_code for link in real_release.sheet_items["D1436"]}
                - {link.item_code for code in profile.sheets
                   for link in real_release.sheet_items[code]})
    assert arm_only and not arm_only & profile.codes()
    for item in profile.retained:
        label = item.label.lower()
        for word in ("régulation", "médical", "alimentation", "vente", "prospect", "bac pro"):
            assert word not in label, item.label


def test_the_shipped_file_is_what_the_generator_makes(real_rome):
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "make_job_profiles.py"), "--check",
                           "--rome", str(real_rome)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "data/job_profiles.csv is up to date" in done.stdout


# --- the user's changes, through a real SQLite file ---------------------------------------------


def test_retain_drop_reset_round_trip(tmp_path, real_release):
    db = tmp_path / "store.sqlite"
    shipped = job_profile(real_release, JOB)
    dropped = shipped.retained[0]
    extra = "300613"  # « Gérer l'accueil téléphonique », on C1109 but not retained
    assert extra not in shipped.codes()
    with closing(connect(db)) as conn:
        change = drop_competency(conn, job="charge d'assistance", item_code=dropped.code,
                                 release=real_release)
        assert (change.job, change.retained, change.changed) == (JOB, False, True)
        added = retain_competency(conn, job=JOB, item_code=extra, release=real_release)
        assert added.changed and added.label == "Gérer l'accueil téléphonique"
        again = retain_competency(conn, job=JOB, item_code=extra, release=real_release)
        assert not again.changed
    with closing(connect(db)) as conn:  # a new session sees the changes
        profile = job_profile(real_release, JOB, load_profile_overrides(conn))
        changes = profile_overrides(conn, JOB)
        assert dropped.code not in profile.codes()
        item = next(i for i in profile.retained if i.code == extra)
        assert (item.rule, item.sheet, item.core) == ("utilisateur", "C1109", False)
        assert {c.item_code: c.retained for c in changes} == {dropped.code: False, extra: True}
        assert all(c.updated_at[:4].isdigit() for c in changes)
        assert reset_job_profile(conn, job=JOB).removed == 2
        assert job_profile(real_release, JOB, load_profile_overrides(conn)) == shipped


def test_user_levels_show_in_the_profile(tmp_path, real_release):
    from domain.matching.competency_levels import load_overrides, set_override

    code = job_profile(real_release, JOB).retained[0].code
    with closing(connect(tmp_path / "store.sqlite")) as conn:
        set_override(conn, JOB, code, 1)
        profile = job_profile(real_release, JOB, {}, load_overrides(conn))
    assert profile.retained[0].level == 1


@pytest.mark.parametrize(("job", "code", "expected"), [
    (JOB, "122165", ("122165", "n'est sur aucune fiche ROME de « Chargé d'assistance »",
                     "(D1408, C1109)")),
    (JOB, "30036", ("Élément ROME inconnu « 30036 »", "Éléments proches : 300363")),
    (JOB, "réclamations", ("Éléments proches : 400307",)),
])
def test_bad_codes_get_french_messages_and_write_nothing(tmp_path, real_release, job, code,
                                                         expected):
    with closing(connect(tmp_path / "store.sqlite")) as conn:
        with pytest.raises(UserError) as err:
            retain_competency(conn, job=job, item_code=code, release=real_release)
        assert load_profile_overrides(conn) == {}
    for part in expected:
        assert part in str(err.value)


def test_unknown_job_gets_suggestions(tmp_path, real_release):
    with closing(connect(tmp_path / "store.sqlite")) as conn, pytest.raises(UnknownJobError) as err:
        drop_competency(conn, job="Chargé d'asistance", item_code="400187", release=real_release)
    assert JOB in err.value.suggestions


def test_engine_matrix_uses_the_retained_items(tmp_path, real_release):
    from domain.matching.engine import Engine

    with closing(connect(tmp_path / "store.sqlite")) as conn:
        drop_competency(conn, job=DOSSIERS, item_code="300490", release=real_release)
        engine = Engine.build(conn, release=real_release)
        row = engine.matrix.row(DOSSIERS)
        assert set(row.items) == job_profile(real_release, DOSSIERS,
                                             load_profile_overrides(conn)).codes()
        assert "300490" not in row.items
        before = engine.similarity[DOSSIERS][JOB]
        reset_job_profile(conn, job=DOSSIERS)
        retain_competency(conn, job=DOSSIERS, item_code="300613", release=real_release)
        engine.reload_profiles(conn)
    assert {"300490", "300613"} <= set(engine.matrix.row(DOSSIERS).items)
    assert 0.0 <= engine.similarity[DOSSIERS][JOB] <= 1.0 and before is not None
    assert engine.profiles[DOSSIERS].job == DOSSIERS


# --- the command line -----------------------------------------------------------------------------


def run(capsys, rome: Path, *args: str) -> tuple[int, str, str]:
    code = cli_entry(["--rome", str(rome), "job-profile", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_drop_retain_reset(capsys, real_rome):
    code, out, _ = run(capsys, real_rome, "CHARGE D’ASSISTANCE", "--json")
    assert code == 0
    shipped = json.loads(out)
    assert shipped["job"] == JOB and shipped["sheets"] == ["D1408", "C1109"]
    first = shipped["retained"][0]
    assert set(first) == {"code", "label", "kind", "core", "level", "sheet"}
    assert first["kind"] == "savoir-faire" and first["core"] is True and 1 <= first["level"] <= 5

    code, out, _ = run(capsys, real_rome, JOB, "--drop", first["code"], "--retain",
                       "Gérer l'accueil téléphonique", "--json")
    changed = json.loads(out)
    assert code == 0 and first["code"] not in [i["code"] for i in changed["retained"]]
    assert "300613" in [i["code"] for i in changed["retained"]]

    code, out, _ = run(capsys, real_rome, JOB, "--reset", "--json")
    assert code == 0 and json.loads(out) == shipped


def test_cli_text_is_grouped_by_kind_core_first(capsys, real_rome):
    code, out, _ = run(capsys, real_rome, DOSSIERS)
    assert code == 0
    assert out.index("Savoir-faire (") < out.index("Savoir-être (") < out.index("Savoirs (")
    know_how = out[out.index("Savoir-faire ("):out.index("Savoir-être (")].splitlines()[1:]
    marks = ["cœur" in line for line in know_how if line.strip()]
    assert marks == sorted(marks, reverse=True) and marks[0]


def test_cli_checks_every_code_before_writing(capsys, real_rome):
    code, out, err = run(capsys, real_rome, JOB, "--drop", "400187", "--drop", "999999")
    assert code == 2 and out == ""
    assert err.startswith("Erreur : Élément ROME inconnu « 999999 »")
    _, out, _ = run(capsys, real_rome, JOB, "--json")
    assert "400187" in [i["code"] for i in json.loads(out)["retained"]]


def test_cli_unknown_job(capsys, real_rome):
    code, out, err = run(capsys, real_rome, "Chargé d'asistance")
    assert code == 2 and out == ""
    assert err.startswith("Erreur : Métier inconnu") and JOB in err


def test_cli_drop_of_an_item_not_retained_says_so(capsys, real_rome, real_release):
    from domain.matching.job_profiles import sheet_flags

    profile = job_profile(real_release, JOB)
    left_out = next(c for c in sheet_flags(real_release, profile.sheets) if c not in profile.codes())
    code, out, err = run(capsys, real_rome, JOB, "--drop", left_out)
    assert code == 2 and out == ""
    assert (f"{left_out} « {real_release.items[left_out].label} » n'est pas parmi les "
            f"compétences retenues de « {JOB} »") in err
    assert "ne retient que des éléments de ses fiches" not in err


def test_a_drop_that_would_empty_the_profile_is_refused(capsys, real_rome, real_release):
    codes = [item.code for item in job_profile(real_release, JOB).retained]
    code, out, err = run(capsys, real_rome, JOB, *[a for c in codes for a in ("--drop", c)])
    assert code == 2 and out == ""
    assert "gardez au moins une compétence ; --reset" in err and "rétablit le profil livré" in err
    _, out, _ = run(capsys, real_rome, JOB, "--json")
    assert len(json.loads(out)["retained"]) == len(codes)  # nothing written


def test_the_last_retained_item_cannot_be_dropped(tmp_path, real_release):
    codes = [item.code for item in job_profile(real_release, DOSSIERS).retained]
    with closing(connect(tmp_path / "store.sqlite")) as conn:
        for code in codes[:-1]:
            drop_competency(conn, job=DOSSIERS, item_code=code, release=real_release)
        with pytest.raises(UserError, match="gardez au moins une compétence"):
            drop_competency(conn, job=DOSSIERS, item_code=codes[-1], release=real_release)
        assert job_profile(real_release, DOSSIERS, load_profile_overrides(conn)).codes() == \
            {codes[-1]}


def test_a_profile_below_15_items_is_kept_with_a_warning(capsys, real_rome, real_release):
    from domain.matching.job_profiles import PROFILE_MIN

    codes = [item.code for item in job_profile(real_release, JOB).retained]
    keep = PROFILE_MIN - 1
    code, out, err = run(capsys, real_rome, JOB, "--json",
                         *[a for c in codes[keep:] for a in ("--drop", c)])
    assert code == 0 and len(json.loads(out)["retained"]) == keep
    assert err.startswith(f"Attention : le profil de « {JOB} » ne retient plus que {keep} "
                          "compétences, moins que les 15 à 60")
    code, out, err = run(capsys, real_rome, JOB, "--reset")
    assert code == 0 and err == ""


def test_cli_candidates_list_the_sheet_items_not_retained(capsys, real_rome, real_release):
    from domain.matching.job_profiles import sheet_flags

    code, out, _ = run(capsys, real_rome, JOB, "--candidats", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["job"] == JOB and payload["sheets"] == ["D1408", "C1109"]
    listed = {item["code"]: item for item in payload["candidates"]}
    profile = job_profile(real_release, JOB)
    assert listed and not set(listed) & profile.codes()
    assert set(listed) | profile.codes() >= set(sheet_flags(real_release, profile.sheets))
    some = next(iter(listed.values()))
    assert set(some) == {"code", "label", "kind", "core", "sheet"}
    assert some["label"] == real_release.items[some["code"]].label
    assert some["sheet"] in profile.sheets and some["kind"] in ("savoir-faire", "savoir-être",
                                                                "savoir")

    code, out, _ = run(capsys, real_rome, JOB, "--candidats")
    assert code == 0 and f"{len(listed)} éléments des fiches non retenus" in out
    assert f"{some['code']:>7}" in out and some["label"] in out and "--retain CODE" in out

    dropped = profile.retained[0].code
    code, out, _ = run(capsys, real_rome, JOB, "--retain", some["code"], "--drop", dropped,
                       "--candidats", "--json")
    after = {item["code"] for item in json.loads(out)["candidates"]}
    assert code == 0 and some["code"] not in after and dropped in after


@pytest.mark.parametrize("service", [retain_competency, drop_competency])
def test_an_unknown_code_suggests_only_close_codes(tmp_path, real_release, service):
    import re

    from domain.matching.job_profiles import sheet_flags

    profile = job_profile(real_release, JOB)
    known = set(sheet_flags(real_release, profile.sheets)) | profile.codes()
    target = profile.retained[0].code
    typo = next(t for d in "0123456789" if (t := target[:-1] + d) not in known)
    with closing(connect(tmp_path / "store.sqlite")) as conn:
        with pytest.raises(UserError) as far:
            service(conn, job=JOB, item_code="999999", release=real_release)
        with pytest.raises(UserError) as near:
            service(conn, job=JOB, item_code=typo, release=real_release)
    assert "« 999999 »" in str(far.value) and "Éléments proches" not in str(far.value)
    hints = re.findall(r"(\d{6}) «", str(near.value).split("Éléments proches : ")[1])
    assert target in hints
    for code in hints:
        assert sum(a != b for a, b in zip(code, typo, strict=True)) <= 2
