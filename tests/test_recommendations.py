"""The study's axes, recommendations, priority actions, use cases and section 3.3 findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.errors import UnknownJobError, UserError
from domain.paths import DATA_FILES
from domain.study import recommendations as rec
from domain.text import fold


def core_jobs() -> list[str]:
    lines = (DATA_FILES / "jobs.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(";")
    rows = [dict(zip(header, line.split(";"), strict=False)) for line in lines[1:] if line]
    return [row["job"] for row in rows if row["core"] == "1"]


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


# --- the real data ---------------------------------------------------------------------------

def test_five_axes_with_consecutive_recommendations():
    axes = rec.load_axes()
    assert [a.number for a in axes] == [1, 2, 3, 4, 5]
    for axis in axes:
        assert [r.number for r in axis.recommendations] == list(range(1, len(axis.recommendations) + 1))
        assert all(r.axis == axis.number for r in axis.recommendations)
    assert [len(a.recommendations) for a in axes] == [7, 8, 8, 9, 10]


def test_axis_titles_are_the_studys():
    titles = [a.title for a in rec.load_axes()]
    assert titles == [
        "Stratégie globale et gouvernance",
        "Infrastructure et données",
        "Sensibilisation et accompagnement des collaborateurs",
        "Parcours de formation et évolution",
        "Responsabilité, transparence et amélioration continue",
    ]


def test_axis_4_recommendation_9_is_the_bridge_mandate():
    bridge = rec.recommendation(4, 9)
    assert bridge.title == ("Soutenir les passerelles métiers vers des fonctions émergentes ou "
                            "faiblement exposées, en lien avec l'expérience métier acquise")
    assert bridge.reference == "axe 4, recommandation 9"
    assert "passerelle" in bridge.explanation


@pytest.mark.parametrize(("axis", "number", "title"), [
    (1, 1, "Comprendre ce qu'est (n'est pas) l'IA générative et son niveau de maturité"),
    (2, 6, "Assurer l'interopérabilité des outils et bases de connaissances"),
    (3, 5, "Promouvoir une culture d'expérimentation"),
    (4, 3, "Développer des formations de base obligatoires"),
    (5, 9, "Mettre en place des mécanismes de feedback continu"),
    (5, 10, "Promouvoir une culture d'amélioration continue"),
])
def test_recommendation_titles_quoted_exactly(axis, number, title):
    assert rec.recommendation(axis, number).title == title


def test_explanations_are_paraphrases_not_the_title():
    for axis in rec.load_axes():
        for r in axis.recommendations:
            assert fold(r.explanation) != fold(r.title)
            assert r.explanation.endswith(".")
            assert r.source.startswith(f"§5 axe {axis.number}")


def test_unknown_recommendation_is_a_french_error():
    with pytest.raises(UserError, match="n° 12"):
        rec.recommendation(4, 12)
    with pytest.raises(UserError, match="Axe inconnu"):
        rec.axis(6)


def test_six_priority_actions_tied_to_axes():
    actions = rec.load_priority_actions()
    assert [a.number for a in actions] == [1, 2, 3, 4, 5, 6]
    assert actions[2].label == "Formaliser collectivement une charte d'utilisation de l'IA générative"
    assert all(a.axes and set(a.axes) <= {1, 2, 3, 4, 5} for a in actions)
    assert 4 in actions[4].axes  # the HR action is about bridges and transitions (axis 4)


def test_every_core_job_has_use_cases_and_only_core_jobs_do():
    core = core_jobs()
    assert len(core) == 10
    jobs_with_cases = {case.job for case in rec.load_use_cases()}
    assert jobs_with_cases == set(core)
    counts = {job: len(rec.use_cases(job)) for job in core}
    assert counts["Chargé d'assistance"] == 26  # 17 cases + 9 for the medical desk
    assert counts["Formateur d'assistance"] == 4
    assert sum(counts.values()) == 117
    assert rec.use_cases("Juriste") == ()


def test_use_case_priorities_and_order():
    for job in core_jobs():
        cases = rec.use_cases(job)
        assert all(case.priority in (1, 2, 3) for case in cases)
        assert [c.priority for c in cases] == sorted(c.priority for c in cases)
        assert all(case.source.startswith("§4.2.") for case in cases)


def test_use_case_labels_quoted_exactly():
    trainer = {c.label: c.priority for c in rec.use_cases("Formateur d'assistance")}
    assert trainer == {"Création de contenu": 1, "Structuration de contenu de formation": 1,
                       "Assistant virtuel de formation": 1, "Recherche d'information": 2}
    network = {c.label: c.priority for c in rec.use_cases("Gestionnaire de réseau prestataires")}
    assert network["Détection des fraudes et anomalies"] == 1
    assert network["Aide à la rédaction d'appels d'offres"] == 3
    medical = [c for c in rec.use_cases("Chargé d'assistance") if c.scope == "médical"]
    assert {c.label for c in medical} >= {"Synthèse de conversation / appel",
                                          "Dispositions légales et garanties contractuelles"}


def test_use_cases_match_names_loosely_and_suggest():
    assert rec.use_cases("CHARGE D’ASSISTANCE") == rec.use_cases("Chargé d'assistance")
    with pytest.raises(UnknownJobError) as caught:
        rec.use_cases("Infirmier d'asistance")
    assert "Infirmier d'assistance" in caught.value.suggestions


def test_use_case_key_joins_the_two_spellings():
    assert rec.use_case_key("Synthèse de support/document") == rec.use_case_key(
        "Synthèse de support / document")


def test_exposure_findings_groups():
    findings = rec.exposure_findings()
    by_group = {g: [f for f in findings if f.group == g] for g in rec.FINDING_GROUPS}
    assert len(by_group["plus_exposees"]) == 2
    assert [f.label for f in by_group["moins_exposees"]] == [
        "Gestion interactionnelle", "Analyse de situations complexes et multifactorielles",
        "Interventions physiques et manuelles"]
    assert len(by_group["top10"]) == 10
    assert by_group["top10"][2].label == "Rédiger un compte rendu de réunion ou d'appel"


# --- validation with file and line ---------------------------------------------------------

def test_gap_in_recommendation_numbers_names_file_and_line(data_copy):
    replace_in(data_copy / "recommendations.csv", "\n4;9;", "\n4;10;")
    with pytest.raises(rec.RecommendationDataError) as caught:
        rec.load_axes(data_copy)
    message = str(caught.value)
    assert "recommendations.csv" in message and "colonne « number »" in message
    lines = (data_copy / "recommendations.csv").read_text(encoding="utf-8").splitlines()
    expected = next(i for i, line in enumerate(lines, 1) if line.startswith("4;10;"))
    assert f"ligne {expected}" in message


def test_missing_axis_is_refused(data_copy):
    path = data_copy / "axes.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with pytest.raises(rec.RecommendationDataError, match="4 axes au lieu de 5"):
        rec.load_axes(data_copy)


def test_priority_out_of_range_is_refused(data_copy):
    replace_in(data_copy / "use_cases.csv", "Formateur d'assistance;;2;", "Formateur d'assistance;;4;")
    with pytest.raises(rec.RecommendationDataError, match="4 hors de l'intervalle 1 à 3"):
        rec.load_use_cases(data_copy)


def test_use_case_of_a_non_core_job_is_refused(data_copy):
    replace_in(data_copy / "use_cases.csv", "Formateur d'assistance;", "Chargé de formation;")
    with pytest.raises(rec.RecommendationDataError, match="n'est pas un des 10 métiers cœur"):
        rec.load_use_cases(data_copy)


def test_duplicate_use_case_is_refused(data_copy):
    path = data_copy / "use_cases.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(rec.RecommendationDataError, match="déjà présent ligne 2"):
        rec.load_use_cases(data_copy)


def test_wrong_field_count_and_missing_column(data_copy):
    replace_in(data_copy / "priority_actions.csv", "\n3;", "\n3;extra;")
    with pytest.raises(rec.RecommendationDataError, match="champs au lieu de 5"):
        rec.load_priority_actions(data_copy)
    replace_in(data_copy / "exposure_findings.csv", "group;", "groupe;")
    with pytest.raises(rec.RecommendationDataError, match="Colonnes manquantes.*group"):
        rec.exposure_findings(data_copy)


def test_missing_file_is_a_french_error(tmp_path):
    with pytest.raises(rec.RecommendationDataError, match="introuvable"):
        rec.load_axes(tmp_path)
