"""Collective plan: min-cost flow over bridges, and the tolerant headcount CSV reader."""

from __future__ import annotations

import pytest

from domain.errors import UnknownJobError, UserError
from domain.matching.bridges import EVOLUTION, Bridge
from domain.matching.plan import collective_plan, read_headcounts


def bridge(source: str, target: str, score: float) -> Bridge:
    return Bridge(
        source=source, target=target, similarity=score, exposure=0.1, classification="",
        kind=EVOLUTION, shared=(), gap=(), source_exposed=(), path=(source, target),
        rome_link=False, score=score, coverage=0.0, core_coverage=0.0, exposure_drop=0.0,
        explanation="",
    )


def test_people_go_to_the_best_bridge_while_places_last():
    bridges = {"A": [bridge("A", "X", 0.9), bridge("A", "Y", 0.5)]}
    result = collective_plan({"A": 5}, {"X": 3, "Y": 10}, bridges)
    moves = {(m.source, m.target): m.people for m in result.moves}
    assert moves == {("A", "X"): 3, ("A", "Y"): 2}
    assert result.moved == 5 and result.uncovered == {}


def test_uncovered_people_when_capacities_run_out():
    bridges = {"A": [bridge("A", "X", 0.9)], "B": [bridge("B", "X", 0.8)]}
    result = collective_plan({"A": 4, "B": 3}, {"X": 5}, bridges)
    assert result.moved == 5
    assert result.total_uncovered == 2
    assert result.used == {"X": 5}


def test_moving_more_people_beats_moving_them_along_better_bridges():
    # A could take X (best), but then B, whose only bridge is X, would stay: max flow first
    bridges = {"A": [bridge("A", "X", 0.9), bridge("A", "Y", 0.2)], "B": [bridge("B", "X", 0.3)]}
    result = collective_plan({"A": 1, "B": 1}, {"X": 1, "Y": 1}, bridges)
    moves = {(m.source, m.target) for m in result.moves}
    assert moves == {("A", "Y"), ("B", "X")}
    assert result.total_uncovered == 0


def test_job_without_bridge_stays_uncovered():
    result = collective_plan({"A": 2, "B": 4}, {"X": 10}, {"A": [bridge("A", "X", 0.6)]})
    assert result.uncovered == {"B": 4}
    assert result.to_json()["uncovered"] == {"B": 4}


def test_no_capacity_means_no_move():
    result = collective_plan({"A": 2}, {}, {"A": [bridge("A", "X", 0.6)]})
    assert result.moves == () and result.uncovered == {"A": 2}


JOBS = {"metier a": "Métier A", "metier b": "Métier B"}


def resolve(name: str) -> str:
    from domain.text import closest, fold

    if fold(name) in JOBS:
        return JOBS[fold(name)]
    raise UnknownJobError(name, closest(name, JOBS.values()))


def write(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "effectifs.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [";", ","])
def test_reads_excel_flavours(tmp_path, encoding, sep):
    text = f"job{sep}headcount{sep}capacity\nmétier a{sep}12{sep}\nMETIER B{sep}0{sep}4\n"
    rows = read_headcounts(write(tmp_path, text, encoding), resolve)
    assert [(r.job, r.headcount, r.capacity) for r in rows] == [("Métier A", 12, 0), ("Métier B", 0, 4)]


def test_french_headers_and_blank_lines(tmp_path):
    rows = read_headcounts(write(tmp_path, "Métier;Effectif;Capacité\n\nMétier A;3;1\n"), resolve)
    assert rows[0].headcount == 3 and rows[0].capacity == 1


@pytest.mark.parametrize("header", ["Places", "Places offertes", "Nombre de places", "Postes"])
def test_the_readme_words_for_places_are_read(tmp_path, header):
    rows = read_headcounts(write(tmp_path, f"Métier;Effectif;{header}\nMétier A;3;2\n"), resolve)
    assert rows[0].capacity == 2


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("job;headcount;capacity\nMétier A;douze;\n", 2, "headcount", "douze"),
        ("job;headcount;capacity\nMétier A;1;\nMétier B;2;-3\n", 3, "capacity", "négatif"),
        ("job;headcount;capacity\nMétier A;1;\nMétier Z;2;1\n", 3, "job", "Métier inconnu"),
        ("job;headcount;capacity\nMétier A;1;\nmetier a;2;1\n", 3, "job", "deux fois"),
        ("job;capacity\nMétier A;1\n", 1, "headcount", "absente"),
        ("job;headcount;capacity\nMétier A;;1\n", 2, "headcount", "manquant"),
        ("Métier;Effectif;Accueil\nMétier A;3;2\n", 1, "capacity", "« Places offertes »"),
        ("Métier;Effectif\nMétier A;3\n", 1, "capacity", "introuvable"),
    ],
)
def test_errors_name_file_line_and_column(tmp_path, text, line, column, words):
    with pytest.raises(UserError) as caught:
        read_headcounts(write(tmp_path, text), resolve)
    message = str(caught.value)
    assert "effectifs.csv" in message and f"ligne {line}" in message and f"colonne « {column} »" in message
    assert words in message


def test_unknown_job_keeps_suggestions(tmp_path):
    with pytest.raises(UnknownJobError) as caught:
        read_headcounts(write(tmp_path, "job;headcount;capacity\nMetier C;1;1\n"), resolve)
    assert caught.value.suggestions


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="Fichier introuvable") as caught:
        read_headcounts(tmp_path / "absent.csv", resolve)
    assert "absent.csv" in str(caught.value)


# --- who goes first when places are scarce (issue 9) ----------------------------------------


def test_scarce_places_go_to_the_most_exposed_people_first():
    # the case: 20 at 0.76 and 15 at 1.00 for 16 places; the 0.76 job has the better bridge
    bridges = {"Accueil": [bridge("Accueil", "Assistance", 0.9)],
               "Dossiers": [bridge("Dossiers", "Assistance", 0.5)]}
    supply, capacity = {"Accueil": 20, "Dossiers": 15}, {"Assistance": 16}
    exposure = {"Accueil": 0.76, "Dossiers": 1.00}
    result = collective_plan(supply, capacity, bridges, exposure=exposure)
    moves = {(m.source, m.target): m.people for m in result.moves}
    assert moves == {("Dossiers", "Assistance"): 15, ("Accueil", "Assistance"): 1}
    assert result.uncovered == {"Accueil": 19} and result.priority == "exposition"
    by_score = collective_plan(supply, capacity, bridges, exposure=exposure, priority="score")
    assert {(m.source, m.people) for m in by_score.moves} == {("Accueil", 16)}
    assert by_score.to_json()["priority_label"].startswith("les passerelles")


def test_an_unknown_priority_is_refused():
    with pytest.raises(UserError, match="Priorité inconnue"):
        collective_plan({"A": 1}, {"X": 1}, {"A": [bridge("A", "X", 0.5)]}, priority="âge")


def test_the_plan_exports_to_a_workbook_that_reopens(tmp_path):
    from openpyxl import load_workbook

    from domain.matching.plan_export import write_plan_xlsx

    bridges = {"=SOMME(A1)": [bridge("=SOMME(A1)", "X", 0.9)], "B": [bridge("B", "X", 0.5)]}
    result = collective_plan({"=SOMME(A1)": 2, "B": 3}, {"X": 4}, bridges,
                             exposure={"=SOMME(A1)": 0.9, "B": 0.4})
    path = write_plan_xlsx(result, tmp_path / "plan.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Flux", "Sans place", "Cibles", "Règles"]
    rows = list(book["Flux"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Métier actuel", "Métier visé", "Via", "Personnes")
    assert sorted((r[0], r[1], r[3]) for r in rows[1:]) == [("'=SOMME(A1)", "X", 2), ("B", "X", 2)]
    assert list(book["Sans place"].iter_rows(values_only=True))[1:] == [("B", 1)]
    assert list(book["Cibles"].iter_rows(values_only=True))[1:] == [("X", 4, 4)]
    with pytest.raises(UserError, match=".xlsx"):
        write_plan_xlsx(result, tmp_path / "plan.csv")
