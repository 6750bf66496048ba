"""Ranking rules of the bridges, on the hand-built world of ``fixtures/bridges_world.py``."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fixtures import bridges_world
from fixtures.bridges_world import FACTS, LEVELS, MAPPING, release

from domain.matching.bridges import (
    CLOSE,
    DIRECT,
    EVOLUTION,
    TWO_STEP,
    WIDER,
    BridgeSettings,
    RankingWeights,
    is_target,
    rank_bridges,
)
from domain.matching.competencies import build_matrix

# raw cosines of this tiny world are far from the engine's percentile scale: set the floor here
BASE = BridgeSettings(top=None, min_similarity=0.15, hop_similarity=0.15)


@pytest.fixture(scope="module")
def world():
    _release, matrix, similarity, rome = bridges_world.world()
    return matrix, similarity, rome


def bridges(world, settings=None, source="Source", facts=FACTS, similarity=None):
    matrix, sim, rome = world
    return rank_bridges(
        source, facts, matrix, similarity or sim, rome, settings or BASE,
        level_of=lambda _job, item: LEVELS.get(item.code),
    )


def by_target(found):
    return {b.target: b for b in found}


def test_most_shared_core_and_largest_drop_ranks_first(world):
    found = bridges(world)
    assert found[0].target == "Proche"
    direct = [b for b in found if len(b.path) == 2]
    assert [b.score for b in direct] == sorted((b.score for b in direct), reverse=True)


def test_two_step_paths_only_fill_the_list_after_direct_bridges(world):
    found = bridges(world)
    assert [b.target for b in found] == ["Proche", "Lointain", "Détour"]
    assert [b.route for b in found] == [DIRECT, DIRECT, TWO_STEP]
    drop_only = replace(BASE, weights=RankingWeights(0.0, 1.0, 0.0, 0.0))
    found = bridges(world, drop_only)
    assert [b.target for b in found] == ["Proche", "Lointain", "Détour"]
    assert found[2].score > found[1].score  # a better score does not let a detour jump ahead
    assert [b.target for b in bridges(world, replace(BASE, top=2))] == ["Proche", "Lointain"]


def test_ranking_value_follows_the_documented_formula(world):
    weights = RankingWeights()
    for b in bridges(world):
        evidence = world[2].get(("Source", b.target), 0.0)
        expected = (weights.similarity * b.similarity + weights.exposure_drop * b.exposure_drop
                    + weights.rome * evidence + weights.coverage * b.coverage)
        assert b.score == pytest.approx(expected)
        assert b.exposure_drop == pytest.approx(max(0.0, FACTS["Source"].score - FACTS[b.target].score))


def test_target_above_exposure_threshold_is_excluded(world):
    found = by_target(bridges(world))
    assert "Exposé" not in found and "Relais" not in found and "Source" not in found
    # raising the threshold lets the most similar job in, and it then leads
    wider = bridges(world, replace(BASE, max_target_score=0.75))
    assert "Exposé" in by_target(wider)


def test_emergent_target_is_kept_whatever_its_score(world):
    assert FACTS["Lointain"].score > BridgeSettings().max_target_score
    assert "Lointain" in by_target(bridges(world))
    narrow = bridges(world, replace(BASE, target_profiles=frozenset({"non_impacte"})))
    assert "Lointain" not in by_target(narrow)


def test_target_reachable_only_through_an_intermediate_gets_a_two_step_path(world):
    detour = by_target(bridges(world))["Détour"]
    assert detour.path == ("Source", "Relais", "Détour")
    sim = world[1]
    # the similarity shown means what it means for a direct bridge: the two jobs' own
    assert detour.similarity == pytest.approx(sim["Source"]["Détour"])
    assert [(s.source, s.target, s.similarity) for s in detour.steps] == [
        ("Source", "Relais", sim["Source"]["Relais"]), ("Relais", "Détour", sim["Relais"]["Détour"])]
    assert detour.kind == EVOLUTION and detour.coverage < BASE.close_coverage
    assert "via « Relais »" in detour.explanation
    direct = by_target(bridges(world))["Proche"]
    assert direct.path == ("Source", "Proche")


def test_no_path_when_hops_are_too_weak(world):
    sim = world[1]
    weakest_hop = min(sim["Source"]["Relais"], sim["Relais"]["Détour"])
    alone = replace(BASE, min_bridges=0)
    assert by_target(bridges(world, replace(alone, hop_similarity=weakest_hop)))["Détour"].route == TWO_STEP
    assert "Détour" not in by_target(bridges(world, replace(alone, hop_similarity=weakest_hop + 1e-6)))
    # with the default minimum of three leads, it stays as a wider target, without a path
    wider = by_target(bridges(world, replace(BASE, hop_similarity=weakest_hop + 1e-6)))["Détour"]
    assert wider.route == WIDER and wider.path == ("Source", "Détour") and not wider.steps


def test_two_step_path_picks_the_cheapest_intermediate(world):
    sim = {a: dict(row) for a, row in world[1].items()}
    sim["Source"]["Détour"] = sim["Détour"]["Source"] = 0.0
    # a second intermediate, weaker on both hops, must not be chosen
    sim["Source"]["Lointain"], sim["Lointain"]["Détour"] = 0.2, 0.2
    detour = by_target(bridges(world, similarity=sim))["Détour"]
    assert detour.path[1] == "Relais" and detour.via == "Relais"
    direct = by_target(bridges(world, similarity=sim))
    assert all(b.via == "" for b in direct.values() if len(b.path) == 2)


def test_close_versus_evolution_boundary(world):
    coverage = by_target(bridges(world))["Proche"].core_coverage
    at = by_target(bridges(world, replace(BASE, close_coverage=coverage)))["Proche"]
    above = by_target(bridges(world, replace(BASE, close_coverage=coverage + 1e-6)))["Proche"]
    assert at.kind == CLOSE and above.kind == EVOLUTION


def test_rome_link_from_france_travail_mobility(world):
    rome = world[2]
    assert rome[("Source", "Proche")] == 1.0
    assert rome[("Source", "Exposé")] == 0.5  # only Z0004 → Z0001 is listed
    assert ("Source", "Lointain") not in rome
    found = by_target(bridges(world, replace(BASE, max_target_score=0.75)))
    assert found["Proche"].rome_link and found["Exposé"].rome_link
    assert not found["Lointain"].rome_link


def test_rome_link_raises_the_rank(world):
    facts = dict(FACTS)
    facts["Lointain"] = replace(FACTS["Lointain"], score=0.10)
    plain = by_target(bridges(world, facts=facts))["Lointain"]
    _, sim, rome = world
    linked = rank_bridges("Source", facts, world[0], sim, {**rome, ("Source", "Lointain"): 1.0},
                          BASE)
    assert by_target(linked)["Lointain"].score == pytest.approx(plain.score + RankingWeights().rome)


def test_shared_savoir_faire_first_then_least_exposed_and_gap_core_first(world):
    proche = by_target(bridges(world))["Proche"]
    kinds = [c.kind for c in proche.shared]
    assert kinds == ["savoir_faire"] * 3 + ["savoir_etre"]  # « Faire preuve de rigueur » last
    levels = [c.level for c in proche.shared if c.kind == "savoir_faire"]
    assert levels == sorted(levels) == [1, 4, 5]
    assert proche.shared[0].code == "A3"  # level 1
    assert [c.code for c in proche.gap] == ["B1", "X1"]  # both core; fully missing before near
    assert proche.gap[1].near and not proche.gap[0].near
    lointain = by_target(bridges(world))["Lointain"]
    assert [c.core for c in lointain.gap] == sorted((c.core for c in lointain.gap), reverse=True)


def test_gap_puts_core_items_before_peripheral_ones(world):
    relais_settings = replace(BASE, max_target_score=0.6)
    relais = by_target(bridges(world, relais_settings))["Relais"]
    cores = [c.core for c in relais.gap]
    assert cores == sorted(cores, reverse=True) and cores[-1] is False  # D3 is peripheral


def test_source_exposed_lists_levels_four_and_five(world):
    found = bridges(world)
    assert [c.code for c in found[0].source_exposed] == ["A1", "A2"]


def test_every_bridge_has_shared_and_gap(world):
    for b in bridges(world):
        assert b.shared and b.gap


def test_top_limits_the_list(world):
    assert len(bridges(world, replace(BASE, top=2))) == 2


def test_is_target_by_profile_or_score():
    settings = BridgeSettings()
    assert is_target(FACTS["Proche"], settings)
    assert not is_target(FACTS["Relais"], settings)
    assert is_target(replace(FACTS["Relais"], score=0.35), settings)


def test_json_form_of_the_best_bridge(world):
    import json

    best = bridges(world)[0]
    payload = best.to_json()
    assert json.loads(json.dumps(payload, ensure_ascii=False)) == payload  # plain JSON types
    assert (payload["target"], payload["path"], payload["rome_link"]) == (
        "Proche", ["Source", "Proche"], True)
    assert (payload["exposure"], payload["classification"]) == (0.10, "Non impacté")
    assert payload["similarity"] == pytest.approx(best.similarity, abs=1e-4)
    assert payload["kind"] == best.kind
    assert [(c["code"], c["core"], c["near"]) for c in payload["gap"]] == [
        ("B1", True, False), ("X1", True, True)]
    shared = {c["code"]: c for c in payload["shared"]}
    assert shared["A3"] == {"code": "A3", "label": "Organiser une intervention",
                            "kind": "savoir-faire", "core": True, "level": 1, "near": False,
                            "distinctive": False, "macro": ""}
    assert payload["key_gaps"] == payload["gap"] and payload["gap_count"] == 2
    assert shared["R"]["kind"] == "savoir-être"


def test_target_with_nothing_left_to_learn_is_not_a_bridge(world):
    rel = release()
    mapping = {**MAPPING, "Jumeau": ["Z0001"]}  # same ROME sheet as the source
    facts = {**FACTS, "Jumeau": replace(FACTS["Proche"], name="Jumeau")}
    matrix = build_matrix(rel, mapping)
    sim = {a: {b: matrix.cosine(a, b) for b in mapping if b != a} for a in mapping}
    found = by_target(rank_bridges("Source", facts, matrix, sim, {}, BASE))
    assert sim["Source"]["Jumeau"] == pytest.approx(1.0)
    assert "Jumeau" not in found and "Proche" in found


# --- the real v4.60 release ------------------------------------------------------------------


@pytest.fixture(scope="module")
def engine(real_rome):
    from domain.matching.engine import Engine

    return Engine.load(rome=str(real_rome))  # shared with the command tests


def test_real_bridges_of_the_ten_most_exposed_jobs_are_explained(engine):
    for job, _exposure in engine.study.ranking("experts")[:10]:
        found = engine.bridges(job.name, BridgeSettings(qualification="experts"))
        assert found, f"aucune passerelle pour {job.name}"
        for bridge in found:
            assert bridge.shared and bridge.gap, (job.name, bridge.target)
            assert bridge.path[0] == job.name and bridge.path[-1] == bridge.target
            assert is_target(engine.facts("experts")[bridge.target], BridgeSettings())
            assert bridge.explanation.startswith(f"« {job.name} »")


def test_real_top_five_of_the_ten_most_exposed_jobs_are_credible(engine):
    """Issue 9, « Done when »: 1–8 key gaps, kinds from coverage, never a more exposed target."""
    settings = BridgeSettings(qualification="experts")
    facts = engine.facts("experts")
    for job, exposure in engine.study.ranking("experts")[:10]:
        found = engine.bridges(job.name, settings)
        assert 3 <= len(found) <= 5, job.name
        for bridge in found:
            assert 1 <= len(bridge.key_gaps) <= 8, (job.name, bridge.target)
            assert bridge.key_gaps == bridge.gap[: len(bridge.key_gaps)]
            assert bridge.kind == (CLOSE if bridge.coverage >= settings.close_coverage else EVOLUTION)
            assert bridge.exposure <= exposure.score, (job.name, bridge.target)
            assert not facts[bridge.target].regulated
            assert bridge.promotion == (facts[bridge.target].management and not facts[job.name].management)
            assert bridge.similarity == engine.similarity[job.name][bridge.target]
            assert bridge.coverage >= settings.fill_coverage, (job.name, bridge.target)
            assert bridge.core_held > 0, (job.name, bridge.target)
        if any(bridge.coverage < settings.min_coverage for bridge in found):  # only to fill
            assert len(found) == settings.min_bridges, job.name


def test_real_bridges_nobody_would_sign_are_not_proposed(engine):
    """Below the coverage floor, whatever the route (the tester's four cases on v4.60)."""
    settings = BridgeSettings(qualification="experts", top=None)
    unsigned = {"Gestionnaire de dossiers d'assistance": {"Généraliste RH", "Statisticien / Data analyst"},
                "Formateur d'assistance": {"Manager de domaine d'activité"},
                "Chargé d'accueil d'assistance": set()}
    for source, targets in unsigned.items():
        found = {b.target: b for b in engine.bridges(source, settings)}
        assert not targets & set(found), source
        assert all(b.coverage >= settings.fill_coverage and b.core_held for b in found.values())


def test_real_promotions_are_the_management_jobs(engine):
    promotions = {b.target for job, _ in engine.study.ranking("experts")[:10]
                  for b in engine.bridges(job.name, BridgeSettings(top=None)) if b.promotion}
    assert promotions and promotions <= {
        "Manager de domaine d'activité", "Manager de coordination", "Manager de proximité",
        "Manager de proximité d'assistance", "Responsable de pôle d'assistance",
        "Coordinateur opérationnel plateaux"}


def test_real_bridges_respect_the_exposure_rule_in_each_qualification(engine):
    settings = BridgeSettings(top=None, qualification="initial", target_profiles=frozenset())
    for bridge in engine.bridges("Chargé d'accueil d'assistance", settings):
        assert bridge.exposure <= 0.35


def test_real_job_names_match_without_case_or_accents(engine):
    assert engine.job_name("CHARGE D'ACCUEIL D'ASSISTANCE") == "Chargé d'accueil d'assistance"
    from domain.errors import UnknownJobError

    with pytest.raises(UnknownJobError) as caught:
        engine.bridges("chargé d'acceuil")
    assert "Chargé d'accueil d'assistance" in caught.value.suggestions


def test_real_similarity_is_a_symmetric_percentile(engine):
    values = [v for row in engine.similarity.values() for v in row.values()]
    assert min(values) >= 0.0 and max(values) == pytest.approx(1.0)
    assert len(engine.similarity) == 58
    a, b = "Formateur d'assistance", "Chargé de formation"
    assert engine.similarity[a][b] == engine.similarity[b][a] > 0.9


def test_real_user_override_beats_the_estimate_for_that_job_only(engine):
    source, settings = "Formateur d'assistance", BridgeSettings(top=1)
    before = engine.bridges(source, settings)[0]
    item = before.shared[-1]
    saved = dict(engine.overrides)
    try:
        engine.overrides = {**saved, (source, item.code): 1}
        after = engine.bridges(source, settings)[0]
        assert next(c for c in after.shared if c.code == item.code).level == 1
        levels = [c.level for c in after.shared if c.level is not None
                  and (c.kind, c.core) == (item.kind, item.core)]
        assert levels == sorted(levels)
        same_item_in_gap = [c for c in after.gap if c.code == item.code]
        assert not same_item_in_gap  # shared items never appear in the gap
        engine.overrides = {**saved, (after.target, item.code): 1}
        assert engine.bridges(source, settings)[0].shared == before.shared  # other job's rating
    finally:
        engine.overrides = saved
