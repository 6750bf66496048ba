"""The five axes applied to a person's situation."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.study import Profile
from domain.study.axes import (
    ADVANCING_MOVE,
    CLOSE_MOVE,
    Situation,
    applicable_recommendations,
    profile_code,
)
from domain.study.recommendations import load_axes

BASE = Situation("Gestionnaire de dossiers d'assistance", "En forte transformation", 1.0,
                 is_core_job=True, use_case_count=10)
BRIDGE = replace(BASE, has_bridge=True, bridge_kind=CLOSE_MOVE, target_job="Chargé de la qualité")


def numbers(situation: Situation, axis: int) -> list[int]:
    advice = applicable_recommendations(situation)[axis - 1]
    return [r.number for r in advice.recommendations]


def detail(situation: Situation, axis: int, number: int) -> str:
    advice = applicable_recommendations(situation)[axis - 1]
    return dict(zip([r.number for r in advice.recommendations], advice.details, strict=True))[number]


situations = st.builds(
    Situation,
    st.sampled_from(["Chargé d'assistance", "Juriste", "Médecin d'assistance", "Manager de proximité"]),
    st.sampled_from(["", "Emergent", "En forte transformation", "En évolution",
                     "Non impacté ou de manière négligeable", "evolution"]),
    st.none() | st.floats(0, 1),
    st.booleans(), st.booleans(), st.sampled_from(["", CLOSE_MOVE, ADVANCING_MOVE]),
    st.sampled_from(["", "Chargé de la qualité"]), st.booleans(), st.booleans(), st.integers(0, 26))


@settings(max_examples=150, deadline=None)
@given(situations)
def test_every_situation_yields_the_five_axes_with_the_studys_titles(situation):
    advice = applicable_recommendations(situation)
    axes = load_axes()
    assert [a.axis.number for a in advice] == [1, 2, 3, 4, 5]
    for item, axis in zip(advice, axes, strict=True):
        assert item.axis.title == axis.title
        assert item.recommendations, item.axis.title
        assert set(item.recommendations) <= set(axis.recommendations)
        assert len(item.details) == len(item.recommendations)
        assert all(item.details) and item.message_fr == " ".join(item.details)
        assert [r.number for r in item.recommendations] == sorted(r.number for r in item.recommendations)
    if situation.has_bridge:
        assert 9 in numbers(situation, 4)


def test_bridge_is_axis_4_recommendation_9_and_names_the_target():
    advice = applicable_recommendations(BRIDGE)[3]
    rec9 = next(r for r in advice.recommendations if r.number == 9)
    assert rec9.title.startswith("Soutenir les passerelles métiers vers des fonctions émergentes")
    text = detail(BRIDGE, 4, 9)
    assert "« Chargé de la qualité »" in text and CLOSE_MOVE in text


def test_a_bridge_that_starts_from_almost_nothing_is_called_a_retraining():
    """Recommendation 9 says the move builds on what the person has only when they hold a
    fair share of the target's key competencies (a regulated wish at 0 % is a retraining)."""
    assert "s'appuie sur les compétences que vous avez déjà" in detail(
        replace(BRIDGE, bridge_coverage=0.44), 4, 9)
    far = detail(replace(BRIDGE, bridge_coverage=0.0), 4, 9)
    assert "reconversion" in far and "que vous avez déjà" not in far


def test_a_job_sheet_names_the_job_without_a_stray_comma():
    def all_details(situation: Situation) -> str:
        return " ".join(d for a in applicable_recommendations(situation) for d in a.details)

    text = all_details(replace(BASE, person=False))
    assert "Le métier « Gestionnaire de dossiers d'assistance » est classé" in text
    mine = all_details(BASE)
    assert "Votre métier, « Gestionnaire de dossiers d'assistance », est classé" in mine


def test_without_bridge_recommendation_9_only_for_strongly_exposed_jobs():
    evolving = replace(BASE, profile="En évolution")
    assert 9 not in numbers(evolving, 4)
    assert 9 in numbers(BASE, 4)
    assert "peut être étudiée" in detail(BASE, 4, 9)


def test_certification_for_an_advancing_move_mentoring_for_any_bridge():
    advancing = replace(BRIDGE, bridge_kind=ADVANCING_MOVE)
    assert 5 in numbers(advancing, 4) and 6 in numbers(advancing, 4)
    assert 5 not in numbers(BRIDGE, 4) and 6 in numbers(BRIDGE, 4)
    assert 6 not in numbers(BASE, 4)


def test_managers_get_their_recommendations():
    manager = replace(BASE, is_manager=True)
    assert 7 in numbers(manager, 4) and 7 not in numbers(BASE, 4)
    assert 1 in numbers(manager, 1) and 6 in numbers(manager, 3)


def test_wishes_change_the_message_of_recommendation_8():
    assert "pas encore été recueillis" in detail(BASE, 4, 8)
    assert "servent de point de départ" in detail(replace(BASE, has_wishes=True), 4, 8)


def test_experimentation_and_feedback_always_present():
    quiet = Situation("Juriste", "Non impacté ou de manière négligeable")
    assert {5, 7} <= set(numbers(quiet, 3))
    assert {3, 9} <= set(numbers(quiet, 5))
    assert 1 not in numbers(quiet, 5)  # shared responsibility only where AI enters decisions


def test_exposure_and_health_data_are_personalised():
    assert "score d'exposition 1,00" in detail(BASE, 4, 4)
    assert "en forte transformation" in detail(BASE, 3, 1)
    nurse = Situation("Infirmier d'assistance", "En évolution", 0.41, True, use_case_count=9)
    assert 3 in numbers(nurse, 2) and "données de santé" in detail(nurse, 2, 3)
    assert "9 cas d'usage" in detail(nurse, 2, 5)
    assert 3 not in numbers(BASE, 2)


def test_profile_codes_from_labels_enum_and_codes():
    assert profile_code(Profile.STRONG_TRANSFORMATION) == "forte_transformation"
    assert profile_code("Non impacté / négligeable") == "non_impacte"
    assert profile_code("evolution") == profile_code("En évolution") == "evolution"
    assert profile_code("EMERGENT") == "emergent"
    assert profile_code("") == ""
