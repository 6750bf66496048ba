"""``bridges``, ``plan`` and ``graph`` on the command line, with the real v4.60 release."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from main import cli_entry

MINI_ROME = Path(__file__).parent / "fixtures" / "rome_mini"


@pytest.fixture(scope="module")
def rome(real_rome) -> str:
    from domain.matching.engine import Engine

    Engine.load(rome=str(real_rome))  # build once; every command below reuses it
    return str(real_rome)


def run(capsys, rome: str, *args: str) -> tuple[int, str, str]:
    code = cli_entry(["--rome", rome, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_bridges_json_schema(capsys, rome):
    code, out, _ = run(capsys, rome, "bridges", "Gestionnaire de dossiers d'assistance", "--top", "4", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["source"] == "Gestionnaire de dossiers d'assistance"
    assert 1 <= len(payload["bridges"]) <= 4
    for bridge in payload["bridges"]:
        assert isinstance(bridge["target"], str) and bridge["target"] != payload["source"]
        assert 0.0 <= bridge["similarity"] <= 1.0
        assert bridge["exposure"] is None or 0.0 <= bridge["exposure"] <= 1.0
        assert bridge["kind"] in ("mobilité proche", "mobilité d'évolution")
        assert isinstance(bridge["rome_link"], bool)
        assert bridge["path"][0] == payload["source"] and bridge["path"][-1] == bridge["target"]
        assert len(bridge["path"]) in (2, 3)
        assert bridge["shared"] and bridge["gap"]
        for item in bridge["shared"] + bridge["gap"]:
            assert item["label"] and item["kind"] in ("savoir-faire", "savoir-être", "savoir")
            assert item["level"] is None or 1 <= item["level"] <= 5
        cores = [item["core"] for item in bridge["gap"]]
        assert cores == sorted(cores, reverse=True)  # core competencies first


def test_names_match_without_case_or_accents(capsys, rome):
    _, exact, _ = run(capsys, rome, "bridges", "Chargé d'accueil d'assistance", "--json")
    _, loose, _ = run(capsys, rome, "bridges", "CHARGE D’ACCUEIL D’ASSISTANCE", "--json")
    assert json.loads(exact) == json.loads(loose)


def test_unknown_job_gets_suggestions(capsys, rome):
    code, out, err = run(capsys, rome, "bridges", "chargé d'acceuil")
    assert code == 2 and out == ""
    assert err.startswith("Erreur : Métier inconnu") and "Chargé d'accueil d'assistance" in err
    assert "Traceback" not in err


def test_qualification_changes_the_targets(capsys, rome):
    _, experts, _ = run(capsys, rome, "bridges", "Chargé d'accueil d'assistance", "--top", "20", "--json")
    _, initial, _ = run(capsys, rome, "bridges", "Chargé d'accueil d'assistance", "--top", "20",
                        "--qualification", "initial", "--max-score", "0,2", "--profiles", "non_impacte", "--json")
    targets = {b["target"]: b for b in json.loads(initial)["bridges"]}
    assert all(b["exposure"] <= 0.2 or b["classification"].startswith("Non impacté") for b in targets.values())
    assert json.loads(initial)["qualification"] == "initial"
    assert targets.keys() != {b["target"] for b in json.loads(experts)["bridges"]}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--qualification", "astrologie"], "Qualification inconnue"),
        (["--profiles", "licorne"], "Profil inconnu"),
        (["--top", "0"], "au moins 1"),
        (["--max-score", "2"], "entre 0 et 1"),
    ],
)
def test_bad_options_are_one_french_line(capsys, rome, args, words):
    code, _, err = run(capsys, rome, "bridges", "Chargé d'assistance", *args)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1


def test_text_output_reads_like_a_list(capsys, rome):
    code, out, _ = run(capsys, rome, "bridges", "Formateur d'assistance", "--top", "2")
    assert code == 0
    assert out.startswith("Passerelles depuis « Formateur d'assistance »")
    assert "1. Chargé de formation" in out and "À acquérir" in out  # the natural move first
    assert "\n3. " not in out


def test_plan_moves_people_within_capacities(capsys, rome, tmp_path):
    csv = tmp_path / "effectifs.csv"
    csv.write_text(
        "job;headcount;capacity\n"
        "Gestionnaire de dossiers d'assistance;40;\n"
        "Chargé d'accueil d'assistance;25;\n"
        "Formateur d'assistance;6;\n"
        "Chargé d'assistance;300;20\n"
        "Chargé de la qualité;2;3\n"
        "Chargé de conciergerie;5;4\n",
        encoding="cp1252",
    )
    code, out, _ = run(capsys, rome, "plan", "--headcounts", str(csv), "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["moved"] + plan["uncovered_total"] == 40 + 25 + 6
    assert plan["moved"] <= 20 + 3 + 4
    used = {}
    for move in plan["moves"]:
        used[move["target"]] = used.get(move["target"], 0) + move["people"]
    assert used.get("Chargé d'assistance", 0) <= 20 and used.get("Chargé de la qualité", 0) <= 3
    assert any(m["source"] == "Formateur d'assistance" and m["target"] == "Chargé de la qualité"
               for m in plan["moves"])


def test_plan_reports_bad_lines(capsys, rome, tmp_path):
    csv = tmp_path / "effectifs.csv"
    csv.write_text("job;headcount;capacity\nChargé d'assistance;beaucoup;1\n", encoding="utf-8")
    code, _, err = run(capsys, rome, "plan", "--headcounts", str(csv))
    assert code == 2 and "ligne 2" in err and "headcount" in err


def test_plan_text(capsys, rome, tmp_path):
    csv = tmp_path / "effectifs.csv"
    csv.write_text("job,headcount,capacity\nFormateur d'assistance,3,\nChargé de la qualité,0,1\n", encoding="utf-8")
    code, out, _ = run(capsys, rome, "plan", "--headcounts", str(csv))
    assert code == 0
    assert "1 personne(s) pourraient changer de métier, 2 resteraient sans passerelle" in out


def test_graph_json_has_the_58_jobs(capsys, rome):
    code, out, _ = run(capsys, rome, "graph", "--threshold", "0.95", "--json")
    payload = json.loads(out)
    assert code == 0 and len(payload["nodes"]) == 58
    assert all(edge["similarity"] >= 0.95 for edge in payload["edges"])
    assert payload["edges"] and all("shared" in edge for edge in payload["edges"])


def test_engine_follows_the_store_release(capsys, tmp_path):
    """Without --rome the engine reads the store, and a new import gives a new engine."""
    import shutil

    from domain.matching.engine import Engine
    from domain.rome.importer import import_release
    from domain.store.connection import connect

    conn = connect()
    try:
        import_release(conn, MINI_ROME)
        first = Engine.load(conn)
        assert Engine.load(conn) is first and first.release.version == "4.60"
        code = cli_entry(["bridges", "Chargé d'assistance"])
        out, _ = capsys.readouterr()
        assert code == 0 and "Aucune passerelle" in out  # invented sheets: no study job maps to them
        changed = tmp_path / "rome_changed"
        shutil.copytree(MINI_ROME, changed)
        sheets = changed / "unix_referentiel_code_rome_v460_utf8.csv"
        sheets.write_text(sheets.read_text(encoding="utf-8").replace("Gestionnaire de sinistres",
                                                                    "Gestionnaire sinistres"), encoding="utf-8")
        import_release(conn, changed)
        assert Engine.load(conn) is not first
    finally:
        conn.close()


def test_plan_places_the_most_exposed_first_and_exports_to_xlsx(capsys, rome, tmp_path):
    """The issue's case: 20 Chargés d'accueil (0,76), 15 Gestionnaires de dossiers (1,00)."""
    from openpyxl import load_workbook

    csv = tmp_path / "effectifs.csv"
    csv.write_text("job;headcount;capacity\nChargé d'accueil d'assistance;20;\n"
                   "Gestionnaire de dossiers d'assistance;15;\nChargé d'assistance;0;16\n",
                   encoding="utf-8")
    out = tmp_path / "plan.xlsx"
    code, text, _ = run(capsys, rome, "plan", "--headcounts", str(csv), "--xlsx", str(out), "--json")
    plan = json.loads(text)
    assert code == 0 and plan["priority"] == "exposition"
    placed = {m["source"]: m["people"] for m in plan["moves"]}
    assert placed == {"Gestionnaire de dossiers d'assistance": 15, "Chargé d'accueil d'assistance": 1}
    rows = list(load_workbook(out)["Flux"].iter_rows(values_only=True))[1:]
    assert sorted((r[0], r[1], r[3]) for r in rows) == sorted(
        (m["source"], m["target"], m["people"]) for m in plan["moves"])
    code, text, _ = run(capsys, rome, "plan", "--headcounts", str(csv), "--priorite", "score", "--json")
    assert json.loads(text)["priority"] == "score"
    code, text, _ = run(capsys, rome, "plan", "--headcounts", str(csv))
    assert "les personnes des métiers les plus exposés d'abord" in text
