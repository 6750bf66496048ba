"""Training catalogue and plans: order, priorities, durations, timeline, catalogue checks."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import UserError
from domain.matching import training as tr
from domain.matching.bridges import CompetencyRef
from domain.study.recommendations import RecommendationDataError, load_use_cases, use_cases

SOURCE = "Chargé d'assistance"
TARGET = "Gestionnaire de dossiers d'assistance"
FOUNDATION = ("fondation", "éthique")


def need(label: str, sub: str = "Technique", core: bool = False, near: bool = False) -> tr.Need:
    return tr.Need(label, "savoir_faire", "Savoir-faire", sub, core, near)


GAP = [need("Analyser une demande de remboursement", core=True),
       need("Contrôler des pièces justificatives", core=True),
       need("Rédiger un courrier", sub="Transverse"),
       tr.Need("Faire preuve de rigueur et de précision", "savoir_etre")]
KNOWLEDGE = [tr.Need("Droit des assurances", "savoir", "Domaines d'expertise"),
             tr.Need("Certificat de qualification professionnelle", "savoir",
                     "Certifications et habilitations", "Certifications")]


def full_plan(**options) -> tr.TrainingPlan:
    return tr.build_plan(SOURCE, TARGET, GAP, KNOWLEDGE, "Un Bac+2 est exigé.",
                         use_cases(TARGET), tr.PlanSettings(**options))


def check_invariants(plan: tr.TrainingPlan, catalogue: tr.Catalogue) -> None:
    steps = plan.steps
    assert [s.order for s in steps] == list(range(1, len(steps) + 1))
    assert math.isclose(plan.total_hours, sum(s.duration_hours for s in steps))
    position = {}
    for step in steps:
        position.setdefault(step.module_id, []).append(step.order)
    for step in steps:  # every selected prerequisite comes first
        for pre in catalogue.get(step.module_id).prerequisites:
            assert all(order < step.order for order in position.get(pre, []))
    for before, after in zip(steps, steps[1:], strict=False):
        assert before.start_week <= after.start_week
        assert before.end_week <= after.end_week
    assert all(s.start_week <= s.end_week for s in steps)
    assert plan.weeks == (steps[-1].end_week if steps else 0)
    assert plan.weeks == math.ceil(plan.total_hours / plan.hours_per_week - 1e-9)
    assert all(s.priority in (1, 2, 3) and s.duration_hours > 0 for s in steps)


# --- catalogue -----------------------------------------------------------------------------

def test_catalogue_covers_every_use_case_and_serves_the_axes():
    catalogue = tr.load_catalogue()
    for case in load_use_cases():
        module = catalogue.for_use_case(case.label)
        assert module is not None, case.label
        assert module.kind == "cas d'usage"
    kinds = {m.kind for m in catalogue.modules}
    assert kinds == set(tr.PHASES)
    assert all(set(m.axes) <= {1, 2, 3, 4, 5} for m in catalogue.modules)
    served = {a for m in catalogue.modules for a in m.axes}
    assert served == {1, 2, 3, 4, 5}


def test_needs_reach_the_module_of_their_rome_category():
    catalogue = tr.load_catalogue()
    assert catalogue.for_need(need("x", "Technique expert")).id == "C02"
    assert catalogue.for_need(tr.Need("Avoir le sens du service", "savoir_etre")).id == "C04"
    assert catalogue.for_need(tr.Need("Inconnu")).id == "C05"
    assert catalogue.for_need(tr.Need("Permis C", "savoir", "Certifications et habilitations",
                                      "Habilitations")).kind == "certification"
    assert catalogue.for_need(tr.Need("Droit", "savoir", "domaines d’expertise")).id == "K01"
    assert catalogue.for_need(tr.Need("Autre", "savoir")).id == "K05"


@pytest.mark.rome
def test_every_rome_category_of_the_release_has_its_own_module(real_rome):
    catalogue = tr.load_catalogue()
    with open(real_rome / "unix_referentiel_savoir_v460_utf8.csv", encoding="utf-8") as handle:
        savoirs = {(r["categorie_savoir"], r["sous_categorie_savoir"]) for r in csv.DictReader(handle)}
    with open(real_rome / "unix_referentiel_competence_v460_utf8.csv", encoding="utf-8") as handle:
        skills = {(r["cat_comp"], r["sous_cat_comp"]) for r in csv.DictReader(handle)}
    for category, sub in savoirs:
        assert catalogue.for_need(tr.Need("x", "savoir", category, sub)).id != "K05", category
    for category, sub in skills:
        kind = "savoir_etre" if category.startswith("Savoir-être") else "savoir_faire"
        assert catalogue.for_need(tr.Need("x", kind, category, sub)).id != "C05", (category, sub)


# --- plans ---------------------------------------------------------------------------------

def test_foundation_first_then_core_then_others_then_knowledge():
    plan = full_plan()
    kinds = [s.kind for s in plan.steps]
    last_foundation = max(i for i, k in enumerate(kinds) if k in FOUNDATION)
    first_other = min(i for i, k in enumerate(kinds) if k not in FOUNDATION)
    assert last_foundation < first_other
    competency_steps = [s for s in plan.steps if s.kind == "compétence"]
    assert competency_steps[0].title.endswith("(compétences clés)")
    assert competency_steps[0].priority == 1
    assert set(competency_steps[0].covers) == {GAP[0].label, GAP[1].label}
    order = {s.kind: s.order for s in reversed(plan.steps)}  # first step of each kind
    assert order["compétence"] < order["savoir"] < order["cas d'usage"] < order["certification"]
    check_invariants(plan, tr.load_catalogue())


def test_durations_follow_the_catalogue_and_near_counts_half():
    catalogue = tr.load_catalogue()
    per_item = catalogue.get("C01").hours_per_item
    plan = tr.build_plan(SOURCE, TARGET, [need("a"), need("b"), need("c", near=True)],
                         settings=tr.PlanSettings(include_foundation=False))
    (step,) = plan.steps
    assert step.duration_hours == pytest.approx(math.ceil(2.5 * per_item * 2) / 2)
    assert step.covers == ("a", "b", "c")


def test_a_long_gap_is_capped_so_the_plan_stays_a_plan():
    """Seventy missing competencies must not become seventy days of classroom training."""
    catalogue = tr.load_catalogue()
    ceiling = catalogue.get("C01").max_hours
    many = [need(f"compétence {i}", core=True) for i in range(70)]
    plan = tr.build_plan(SOURCE, TARGET, many, settings=tr.PlanSettings(include_foundation=False))
    (step,) = plan.steps
    assert step.duration_hours == ceiling
    assert len(step.covers) == 70
    peripheral = [need(f"autre {i}", core=False) for i in range(70)]
    plan = tr.build_plan(SOURCE, TARGET, peripheral,
                         settings=tr.PlanSettings(include_foundation=False))
    assert plan.steps[0].duration_hours == ceiling / 2


def test_timeline_uses_the_weekly_rhythm():
    slow, fast = full_plan(hours_per_week=3.5), full_plan(hours_per_week=14)
    assert slow.total_hours == fast.total_hours
    assert slow.weeks > fast.weeks
    check_invariants(slow, tr.load_catalogue())
    check_invariants(fast, tr.load_catalogue())


def test_no_missing_competency_gives_a_short_plan_that_says_so():
    short = tr.build_plan(TARGET, TARGET, [], [], "", use_cases(TARGET))
    assert not {s.kind for s in short.steps} & {"compétence", "savoir", "certification"}
    assert any("Aucune compétence" in note for note in short.notes)
    assert any("sans changement de métier" in note for note in short.notes)
    assert short.total_hours < full_plan().total_hours
    check_invariants(short, tr.load_catalogue())


def test_use_cases_kept_up_to_the_chosen_priority():
    cases = use_cases(TARGET)
    first = tr.build_plan(SOURCE, TARGET, use_cases=cases)
    wider = tr.build_plan(SOURCE, TARGET, use_cases=cases,
                          settings=tr.PlanSettings(use_case_max_priority=3))
    covered = [c for s in first.steps if s.kind == "cas d'usage" for c in s.covers]
    assert sorted(covered) == sorted(c.label for c in cases if c.priority == 1)
    assert sum(s.kind == "cas d'usage" for s in wider.steps) > len(covered)
    priorities = [s.priority for s in wider.steps if s.kind == "cas d'usage"]
    assert priorities == sorted(priorities)


def test_unknown_use_case_is_noted_not_dropped_silently():
    plan = tr.build_plan(SOURCE, TARGET, use_cases=["Téléportation des bénéficiaires"])
    assert any("Téléportation" in note for note in plan.notes)


def test_access_conditions_step_and_its_priority_for_a_regulated_target():
    required = tr.build_plan(SOURCE, TARGET, access_text="Un diplôme de niveau Bac+2 est exigé.",
                             regulated=True)
    optional = tr.build_plan(SOURCE, TARGET, access_text="Accessible avec ou sans diplôme.",
                             regulated=True)
    (step,) = [s for s in required.steps if s.kind == "accès"]
    assert step.priority == 1 and "Bac+2" in step.covers[0] and not required.access_info
    assert [s.priority for s in optional.steps if s.kind == "accès"] == [2]
    assert not [s for s in tr.build_plan(SOURCE, TARGET).steps if s.kind == "accès"]


def test_access_conditions_of_an_unregulated_target_are_information_not_a_step():
    """France Travail's access conditions are for external hiring: an internal move does not
    take the sheet's diploma as a training step."""
    text = "Bac à Bac+2 dans le domaine du commerce ou de la vente."
    plan = tr.build_plan(SOURCE, TARGET, GAP, access_text=text)
    assert not [s for s in plan.steps if s.kind == "accès"]
    assert not [s for s in plan.steps if any("Bac" in c for c in s.covers)]
    assert plan.access_info == text and plan.to_json()["access_info"] == text


def test_manager_module_only_for_managers():
    assert not [s for s in full_plan().steps if s.kind == "management"]
    plan = full_plan(is_manager=True)
    (step,) = [s for s in plan.steps if s.kind == "management"]
    assert 4 in step.axes  # axis 4, recommendation 7: support managers
    check_invariants(plan, tr.load_catalogue())


def test_bridge_gap_records_and_plain_strings_are_accepted():
    gap = (CompetencyRef("1", "Gérer un dossier", "savoir_faire", True),
           CompetencyRef("2", "Avoir l'esprit d'équipe", "savoir_etre", False))
    plan = tr.build_plan(SOURCE, TARGET, [*gap, "Gérer un dossier", "Négocier"])
    covered = [c for s in plan.steps if s.kind == "compétence" for c in s.covers]
    assert sorted(covered) == ["Avoir l'esprit d'équipe", "Gérer un dossier", "Négocier"]
    with pytest.raises(UserError, match="sans libellé"):
        tr.build_plan(SOURCE, TARGET, [object()])


def test_bad_settings_are_refused_in_french():
    with pytest.raises(UserError, match="entre 1 et 35 heures"):
        tr.build_plan(SOURCE, TARGET, settings=tr.PlanSettings(hours_per_week=0))


def test_plan_as_json_has_french_priority_labels():
    data = full_plan().to_json()
    assert data["steps"][0]["priority_label"] == "haute"
    assert data["total_hours"] == pytest.approx(sum(s["duration_hours"] for s in data["steps"]))


needs = st.builds(tr.Need, st.text("abcdefgh ", min_size=1, max_size=12).map(str.strip).filter(bool),
                  st.sampled_from(["savoir_faire", "savoir_etre", "savoir"]),
                  st.sampled_from(["", "Savoir-faire", "Domaines d'expertise", "Normes et procédés",
                                   "Certifications et habilitations"]),
                  st.sampled_from(["", "Technique", "Transverse", "Certifications"]),
                  st.booleans(), st.booleans())


@settings(max_examples=60, deadline=None)
@given(st.lists(needs, max_size=12), st.sampled_from([2.0, 7.0, 10.5]),
       st.booleans(), st.integers(1, 3))
def test_any_plan_keeps_its_invariants(gap, rhythm, foundation, max_priority):
    options = tr.PlanSettings(rhythm, max_priority, foundation)
    plan = tr.build_plan(SOURCE, TARGET, gap, (), "exigé", use_cases(TARGET), options)
    check_invariants(plan, tr.load_catalogue())


# --- catalogue validation ------------------------------------------------------------------

def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "message"), [
    ("\nF02;", "\nF01;", "en double"),
    (";fondation;3.5;0;;1;F01;", ";fondation;3.5;0;;1;Z99;", "prérequis inconnu : « Z99 »"),
    (";fondation;3.5;0;;1;;", ";fondation;3.5;0;;1;F02;", "dépend de lui-même"),
    (";fondation;3.5;0;;1;;", ";formation;3.5;0;;1;;", "« formation » inconnu"),
    (";fondation;3.5;0;;1;;", ";fondation;beaucoup;0;;1;;", "n'est pas une durée"),
    ("3|4;Synthèse de réunion;", "3|4;Synthèse de réunions;", "absent de use_cases.csv"),
])
def test_broken_catalogue_names_the_line(data_copy, old, new, message):
    edit(data_copy / "training_catalogue.csv", old, new)
    with pytest.raises(RecommendationDataError, match=message) as caught:
        tr.load_catalogue(data_copy)
    assert "training_catalogue.csv" in str(caught.value) and "ligne" in str(caught.value)


def test_use_case_without_module_is_refused(data_copy):
    path = data_copy / "use_cases.csv"
    path.write_text(path.read_text(encoding="utf-8")
                    + "Formateur d'assistance;;2;Traduction des supports;Traduire.;§4.2.7\n",
                    encoding="utf-8")
    with pytest.raises(RecommendationDataError, match="Traduction des supports"):
        tr.load_catalogue(data_copy)
