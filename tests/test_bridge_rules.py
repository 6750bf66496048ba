"""Issue 9's rules of a credible bridge, each on the hand-built world of ``fixtures/bridges_world.py``.

Coverage is the headline and decides the kind; a similarity figure means the same on every
route and never sits beside almost no key competency held; targets are never more exposed
than the source; promotions are marked; intermediates are plausible moves; every exposed job
gets three leads; key gaps are at most eight, most important and least exposed first; a
person's declared and rejected competencies change their bridges.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from fixtures import bridges_world
from fixtures.bridges_world import FACTS, LEVELS

from domain.matching.bridge_fields import COMPETENCY_HELP, FIELD_HELP, describe
from domain.matching.bridges import (
    CLOSE,
    DIRECT,
    EVOLUTION,
    PROMOTION,
    REDEPLOYMENT,
    TWO_STEP,
    WIDER,
    BridgeSettings,
    explain_bridge,
    rank_bridges,
)
from domain.matching.competencies import MACRO_SHARE, Competency
from domain.matching.coverage import competency_of, cover, job_holding, person_holding
from domain.matching.gaps import DISTINCTIVE_IDF, to_learn
from domain.matching.targets import two_step_path

BASE = BridgeSettings(top=None, min_similarity=0.15, hop_similarity=0.15)


@pytest.fixture(scope="module")
def world():
    return bridges_world.world()


def ranked(world, settings=BASE, facts=FACTS, similarity=None, holding=None, source="Source"):
    _, matrix, sim, rome = world
    return rank_bridges(source, facts, matrix, similarity or sim, rome, settings,
                        lambda _job, item: LEVELS.get(item.code), holding)


def by_target(found):
    return {b.target: b for b in found}


def explain(world, target, settings=BASE, facts=FACTS, holding=None, similarity=None):
    _, matrix, sim, rome = world
    return explain_bridge("Source", target, facts, matrix, similarity or sim, rome, settings,
                          lambda _job, item: LEVELS.get(item.code), holding)


# --- coverage is the headline ------------------------------------------------------------


def test_coverage_is_the_weighted_share_of_the_target_core_held_near_counting_half(world):
    _, matrix, _, _ = world
    items = matrix.rows["Proche"].items
    w = {code: items[code].weight for code in ("A1", "A2", "A3", "X1", "B1")}
    # Source holds A1–A3; X1 is near (same macro as A4); B1 is missing; R is not core
    expected = (w["A1"] + w["A2"] + w["A3"] + MACRO_SHARE * w["X1"]) / sum(w.values())
    proche = by_target(ranked(world))["Proche"]
    assert proche.coverage == pytest.approx(expected)
    assert (proche.core_total, proche.core_held) == (5, 3)
    assert 0 < proche.overall_coverage != proche.coverage


def test_the_kind_follows_coverage_alone_on_every_route(world):
    for bridge in ranked(world):
        assert bridge.kind == (CLOSE if bridge.coverage >= BASE.close_coverage else EVOLUTION)
    proche = by_target(ranked(world))["Proche"]
    at = by_target(ranked(world, replace(BASE, close_coverage=proche.coverage)))["Proche"]
    above = by_target(ranked(world, replace(BASE, close_coverage=proche.coverage + 1e-6)))["Proche"]
    assert at.kind == CLOSE and above.kind == EVOLUTION
    assert BridgeSettings().close_coverage == 0.5


def test_a_target_with_enough_key_competencies_is_direct_whatever_its_similarity(world):
    sim = {a: dict(row) for a, row in world[2].items()}
    sim["Source"]["Proche"] = sim["Proche"]["Source"] = 0.01  # far below min_similarity
    proche = by_target(ranked(world, similarity=sim))["Proche"]
    assert proche.route == DIRECT and proche.kind == CLOSE and proche.similarity == 0.01


def test_a_similar_job_with_almost_no_key_competency_held_is_not_proposed(world):
    sim = {a: dict(row) for a, row in world[2].items()}
    sim["Source"]["Détour"] = sim["Détour"]["Source"] = 0.95  # looks close, little held
    held = cover(job_holding(world[1].rows["Source"]), world[1].rows["Détour"]).core
    floor = replace(BASE, min_coverage=held + 1e-6, fill_coverage=held + 1e-6)
    found = by_target(ranked(world, floor, similarity=sim))
    assert "Détour" not in found
    for bridge in found.values():  # no figure contradicts the headline
        assert bridge.coverage >= floor.min_coverage
    kept = by_target(ranked(world, replace(BASE, min_coverage=held), similarity=sim))
    assert kept["Détour"].route == DIRECT
    wish = explain(world, "Détour", floor, similarity=sim)
    assert any("compétences clés" in w for w in wish.warnings)


# --- target rules --------------------------------------------------------------------------


def test_never_a_target_more_exposed_than_the_source(world):
    facts = {**FACTS, "Lointain": replace(FACTS["Lointain"], score=0.85)}  # Emergent, above 0.80
    assert "Lointain" not in by_target(ranked(world, facts=facts))
    wish = explain(world, "Lointain", facts=facts)
    assert wish.wish and any("plus exposé" in w for w in wish.warnings)
    assert wish.exposure_drop == 0.0


def test_an_emergent_target_ranks_by_its_real_exposure_drop(world):
    lointain = by_target(ranked(world))["Lointain"]
    assert lointain.exposure_drop == pytest.approx(FACTS["Source"].score - FACTS["Lointain"].score)
    closer = {**FACTS, "Lointain": replace(FACTS["Lointain"], score=0.79)}
    assert by_target(ranked(world, facts=closer))["Lointain"].score < lointain.score


def test_a_regulated_job_is_never_a_default_target(world):
    facts = {**FACTS, "Proche": replace(FACTS["Proche"], regulated=True)}
    assert "Proche" not in by_target(ranked(world, facts=facts))
    wish = explain(world, "Proche", facts=facts)
    assert any("réglementée" in w for w in wish.warnings) and wish.key_gaps


def test_promotions_are_marked(world):
    facts = {**FACTS, "Proche": replace(FACTS["Proche"], management=True)}
    proche = by_target(ranked(world, facts=facts))["Proche"]
    assert proche.promotion and proche.move == PROMOTION
    assert "promotion" in proche.explanation and proche.to_json()["move"] == PROMOTION
    assert by_target(ranked(world))["Proche"].move == REDEPLOYMENT
    manager = {**facts, "Source": replace(FACTS["Source"], management=True)}
    assert not by_target(ranked(world, facts=manager))["Proche"].promotion  # manager to manager


@pytest.mark.parametrize("change", [
    {"score": 0.90},  # more exposed than the source
    {"management": True},  # a promotion-only detour towards a job without management
    {"regulated": True},
])
def test_an_intermediate_must_itself_be_a_plausible_move(world, change):
    alone = replace(BASE, min_bridges=0)
    assert by_target(ranked(world, alone))["Détour"].via == "Relais"
    facts = {**FACTS, "Relais": replace(FACTS["Relais"], **change)}
    assert "Détour" not in by_target(ranked(world, alone, facts=facts))


def test_a_promotion_ends_a_path_it_is_never_a_step(world):
    """From a job without management, a management job is where a path ends: never the
    middle of a two-step path, even towards another management job (a promotion followed by
    another move, often back down); the promotion itself is still proposed directly."""
    alone = replace(BASE, min_bridges=0)
    facts = {**FACTS, "Relais": replace(FACTS["Relais"], management=True),
             "Détour": replace(FACTS["Détour"], management=True)}
    assert by_target(ranked(world, alone))["Détour"].via == "Relais"  # without management
    found = by_target(ranked(world, alone, facts=facts))
    assert "Détour" not in found or not found["Détour"].via  # a promotion: direct or nothing
    promoted = {**FACTS, "Détour": replace(FACTS["Détour"], management=True)}
    assert "Détour" not in by_target(ranked(world, alone, facts=promoted))  # not via Relais
    managers = {**facts, "Source": replace(FACTS["Source"], management=True)}
    detour = by_target(ranked(world, alone, facts=managers))["Détour"]
    assert detour.via == "Relais"  # a manager's path may go through another management job


def test_each_hop_must_hold_enough_of_the_next_job(world):
    _, matrix, sim, _ = world
    relais_core = cover(job_holding(matrix.rows["Source"]), matrix.rows["Relais"]).core
    hops = {("Source", "Relais"): relais_core, ("Relais", "Détour"): 0.9}
    args = (FACTS["Source"], FACTS["Détour"], FACTS, sim, 0.15, lambda a, b: hops.get((a, b), 0.0))
    assert [s.target for s in two_step_path(*args, relais_core)] == ["Relais", "Détour"]
    assert two_step_path(*args, relais_core + 1e-6) == ()


def test_no_route_proposes_a_target_below_the_coverage_floor(world):
    """Direct, two-step or wider fill alike (README « Passerelles : comment elles sont classées »)."""
    held = cover(job_holding(world[1].rows["Source"]), world[1].rows["Détour"]).core
    assert by_target(ranked(world, replace(BASE, min_coverage=held)))["Détour"].via == "Relais"
    above = replace(BASE, min_coverage=held + 1e-6, fill_coverage=held + 1e-6)
    assert "Détour" not in by_target(ranked(world, above))
    strict = replace(above, min_similarity=0.99, hop_similarity=0.99, close_coverage=0.99)
    assert all(b.coverage >= above.min_coverage for b in ranked(world, strict))
    assert "Détour" not in by_target(ranked(world, strict))  # not even to fill the list
    wish = explain(world, "Détour", above)
    assert any("compétences clés sont déjà détenues" in w for w in wish.warnings)


def test_a_target_between_the_two_floors_only_completes_a_short_list(world):
    """Down to fill_coverage, only to give the job min_bridges leads, best score last."""
    held = cover(job_holding(world[1].rows["Source"]), world[1].rows["Détour"]).core
    tiers = replace(BASE, min_coverage=held + 1e-6, fill_coverage=held)
    found = ranked(world, tiers)
    assert found[-1].target == "Détour" and len(found) == tiers.min_bridges
    assert "Détour" not in by_target(ranked(world, replace(tiers, min_bridges=len(found) - 1)))


def test_only_a_highly_exposed_job_gets_its_list_completed(world):
    """The weaker targets complete the list for a job scored at least fill_from_score (the
    highly exposed jobs recommendation 9 is about); a less exposed job keeps what passes."""
    held = cover(job_holding(world[1].rows["Source"]), world[1].rows["Détour"]).core
    tiers = replace(BASE, min_coverage=held + 1e-6, fill_coverage=held)
    assert "Détour" in by_target(ranked(world, tiers))  # Source scores 0,80
    calmer = {**FACTS, "Source": replace(FACTS["Source"], score=0.45, profile="evolution")}
    assert "Détour" not in by_target(ranked(world, tiers, facts=calmer))
    assert "Détour" in by_target(ranked(world, replace(tiers, fill_from_score=0.40), facts=calmer))


def test_near_matches_alone_never_make_a_bridge(world):
    """No key competency held exactly: not proposed, whatever the half credits add up to."""
    _, matrix, _, _ = world
    # holds only X1's macro through A4, and nothing of Proche's core as such
    holding = person_holding(matrix.rows["Source"], rejected=("A1", "A2", "A3"))
    proche = cover(holding, matrix.rows["Proche"])
    assert proche.core_held == 0 and proche.core_near > 0 and proche.overlap.shared
    assert "Proche" not in by_target(ranked(world, replace(BASE, min_coverage=0.0), holding=holding))
    wish = explain(world, "Proche", replace(BASE, min_coverage=0.0), holding=holding)
    assert any("telle quelle" in w for w in wish.warnings)


def test_an_exposed_job_always_gets_three_leads(world):
    strict = replace(BASE, min_similarity=0.99, hop_similarity=0.99, close_coverage=0.99)
    found = ranked(world, strict)
    assert len(found) == 3 and {b.route for b in found} == {WIDER}
    assert [b.score for b in found] == sorted((b.score for b in found), reverse=True)
    assert all("faute de passerelle plus proche" in b.explanation for b in found)
    assert ranked(world, replace(strict, min_bridges=0)) == []


# --- explanations ----------------------------------------------------------------------------


def test_key_gaps_are_the_first_of_the_gaps_and_the_rest_is_grouped(world):
    relais = explain(world, "Relais", replace(BASE, key_gaps=1))
    assert relais.key_gaps == relais.gap[:1] and relais.gap_count == len(relais.gap) == 3
    assert sum(g.count for g in relais.gap_groups) == relais.gap_count - 1
    payload = relais.to_json()
    assert len(payload["key_gaps"]) == 1 and payload["gap_count"] == 3
    assert [g["count"] for g in payload["gap_groups"]] == [g.count for g in relais.gap_groups]


def test_key_gaps_rank_core_then_distinctive_then_least_exposed():
    def item(code, core, weight=1.0):
        return Competency(code, code, "savoir_faire", core, weight)

    missing = [item("peripheral", False, 9.0), item("core-common-l1", True), item("core-rare-l5", True),
               item("core-rare-l2", True), item("core-rare-unrated", True)]
    idf = {"core-rare-l5": DISTINCTIVE_IDF, "core-rare-l2": DISTINCTIVE_IDF + 1,
           "core-rare-unrated": DISTINCTIVE_IDF, "core-common-l1": 1.0, "peripheral": 9.0}
    levels = {"core-rare-l5": 5, "core-rare-l2": 2, "core-common-l1": 1, "peripheral": 1}
    order = [r.code for r in to_learn("T", missing, [], lambda _j, i: levels.get(i.code), idf)]
    assert order == ["core-rare-l2", "core-rare-l5", "core-rare-unrated", "core-common-l1",
                     "peripheral"]


def test_every_field_shown_has_a_french_description(world):
    payload = explain(world, "Détour").to_json()
    assert set(payload) <= set(FIELD_HELP)
    competency_keys = {k for c in payload["gap"] + payload["shared"] for k in c}
    step_keys = {k for s in payload["steps"] for k in s} | {"from", "to"}
    group_keys = {k for g in payload["gap_groups"] for k in g}
    assert competency_keys | step_keys | group_keys <= set(COMPETENCY_HELP) | set(FIELD_HELP)
    assert all(describe(key) for key in payload)
    assert "compétences clés" in describe("coverage")


# --- a person's own profile ---------------------------------------------------------------


def test_declaring_the_key_gaps_raises_coverage_and_removes_them(world):
    rel, matrix, _, _ = world
    before = by_target(ranked(world))["Proche"]
    declared = [competency_of(rel.items[c.code]) for c in before.key_gaps]
    holding = person_holding(matrix.rows["Source"], declared)
    after = by_target(ranked(world, holding=holding))
    assert "Proche" not in after  # nothing left to learn: not a bridge any more
    wish = explain(world, "Proche", holding=holding)
    assert wish.coverage == 1.0 > before.coverage and wish.key_gaps == ()
    assert any("déjà détenues" in w for w in wish.warnings)


def test_rejecting_a_held_competency_lowers_coverage(world):
    _, matrix, _, _ = world
    before = by_target(ranked(world))["Proche"]
    holding = person_holding(matrix.rows["Source"], rejected=["A1"])
    after = by_target(ranked(world, holding=holding))["Proche"]
    assert after.coverage < before.coverage
    assert "A1" in {c.code for c in after.key_gaps} and "A1" not in {c.code for c in after.shared}


def test_a_declared_competency_from_another_sheet_opens_a_near_match(world):
    rel, matrix, _, _ = world
    lointain = by_target(ranked(world))["Lointain"]
    holding = person_holding(matrix.rows["Source"], [competency_of(rel.items["C2"])])
    after = explain(world, "Lointain", holding=holding)
    assert after.coverage > lointain.coverage and "C2" in {c.code for c in after.shared}


def test_a_wish_that_is_a_default_target_is_explained_with_the_same_figures(world):
    ranked_one = by_target(ranked(world))["Proche"]
    wish = explain(world, "Proche")
    assert wish.wish and not wish.warnings
    assert (wish.coverage, wish.similarity, wish.score, wish.key_gaps) == (
        ranked_one.coverage, ranked_one.similarity, ranked_one.score, ranked_one.key_gaps)


def test_a_wish_for_a_job_that_is_not_a_target_says_why(world):
    wish = explain(world, "Exposé")
    assert wish.target == "Exposé" and wish.route in (DIRECT, TWO_STEP, WIDER)
    assert any("n'est pas une cible" in w for w in wish.warnings)
    assert "Attention" in wish.explanation


def test_every_column_of_the_bridges_table_has_a_tooltip():
    from domain.matching.bridge_fields import column_help
    from gui.bridges_model import BridgesModel

    for header in BridgesModel.headers[1:]:  # the rank needs none
        assert column_help(header), header
