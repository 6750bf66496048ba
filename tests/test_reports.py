"""PDF reports: parsed back (text, pages, metadata) and checked against the domain's results."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_support import flat, pdf_text
from pypdf import PdfReader

from domain.reports import ReportContext, build_report, build_report_data, job_content
from domain.reports.content import report_data_for_job, report_data_for_person, seniority
from domain.reports.model import (
    BridgePart,
    CompetencyLine,
    ExposureLine,
    JobContent,
    JobPart,
    LevelSeries,
    PersonPart,
)
from domain.study import Qualification, load_study

TODAY = date(2025, 3, 14)
SECTIONS = ("Votre métier face à l'IA générative", "Passerelles proposées", "Plan de formation",
            "Les cinq axes de l'étude", "Entretien", "Sources, méthode et licences")
NAMES = ("Nguyễn", "Łukasz", "Şahin", "Ærøskøbing")


def fr(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


# --- hand-made data: every section without the engine ---------------------------------------


def made_content(bridges: bool = True) -> JobContent:
    line = CompetencyLine
    job = JobPart(
        name="Chargé d'assistance", family="01 – Opérations d'assistance", core=True,
        qualification="experts",
        exposures=(ExposureLine("initial", "PwC initial", 0.38, 16, "En évolution"),
                   ExposureLine("revised", "PwC revu", 0.30, 26, "En évolution", flag="écart"),
                   ExposureLine("experts", "Experts métier", 0.17, 45, "En évolution", chosen=True)),
        profile_definition="Métiers touchés de façon faible à moyenne.",
        level_labels=("1 – Négligeable", "2 – Léger", "3 – Modéré", "4 – Important", "5 – Majeur"),
        level_series=(LevelSeries("Étude", (7, 3, 6, 1, 0)), LevelSeries("Estimation", (9, 9, 5, 2, 1))),
        most_exposed=(line("Rédiger des courriels", 5, core=True),),
        least_exposed=(line("Créer une relation de confiance", 1, "savoir_etre"),),
        rated_count=26,
    )
    found = ()
    if bridges:
        found = (BridgePart(
            target="Chargé de conciergerie", kind="mobilité proche", similarity=0.8765,
            exposure=0.05, classification="Non impacté ou de manière négligeable",
            path=("Chargé d'assistance", "Chargé de conciergerie"), rome_link=True, coverage=0.41,
            shared=(line("Accueillir une clientèle", 2, core=True),),
            gap=(line("Gérer les clés des chambres", 1, core=True, category="Savoir-faire",
                      subcategory="Technique"),
                 line("Hôtellerie", None, "savoir", category="Domaines d'expertise")),
            access="Un diplôme de niveau Bac est exigé."),
            BridgePart(
            target="Juriste", kind="mobilité d'évolution", similarity=0.7123, exposure=0.2,
            classification="En évolution", path=("Chargé d'assistance", "Assistant", "Juriste"),
            rome_link=False, coverage=0.1, shared=(line("Écouter", 1),), gap=(line("Plaider", 1),)))
    return JobContent(job, found, rome_version="460", settings_note="Cibles : …")


PERSON = PersonPart("000417", "Thị Thu Hà", "Nguyễn", date(2017, 9, 4), "7 ans et 6 mois",
                    "Évoluer vers la formation <des nouveaux> & plus")


@pytest.fixture(scope="module")
def made_pdf(tmp_path_factory) -> tuple[Path, str]:
    data = build_report_data(made_content(), PERSON, author="Łukasz Ærøskøbing", today=TODAY)
    path = build_report(data, tmp_path_factory.mktemp("r") / "rapport.pdf")
    return path, pdf_text(path)


def test_every_section_and_the_five_axes_are_printed(made_pdf):
    text = flat(made_pdf[1])
    for title in SECTIONS:
        assert title in text
    for axis in range(1, 6):
        assert f"Axe {axis} —" in text
    assert "Axe 4, recommandation 9" in text  # the bridge mandate, quoted with its reference
    assert "Confidentiel — données personnelles" in text


def test_names_and_wishes_print_as_written(made_pdf):
    text = flat(made_pdf[1])
    assert "Thị Thu Hà Nguyễn" in text
    assert "Łukasz Ærøskøbing" in text  # author, on the cover and in the footer
    assert "Évoluer vers la formation <des nouveaux> & plus" in text  # escaped, not parsed


def test_page_numbers_header_and_metadata(made_pdf):
    path, text = made_pdf
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    assert 6 <= pages <= 14
    assert f"Page {pages} / {pages}" in text
    assert text.count("Passerelles — Rapport de transition — Thị Thu Hà Nguyễn") == pages - 1
    meta = reader.metadata
    assert meta.title == "Rapport de transition — Thị Thu Hà Nguyễn"
    assert meta.author == "Łukasz Ærøskøbing"
    assert "IA générative" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    fonts = {str(font) for page in reader.pages
             for font in page["/Resources"].get("/Font", {}).values()
             for font in [font.get_object()["/BaseFont"]]}
    assert fonts and all("DejaVuSans" in font for font in fonts)  # embedded, no base-14 font


def test_figures_come_from_the_data(made_pdf):
    text = flat(made_pdf[1])
    assert "0,17 (rang 45 sur 58" in text
    assert "* PwC revu : écart" in text  # the study's contradiction is shown, not hidden
    assert "Similarité des compétences : 0,88" in text
    assert "Chargé d'assistance → Assistant → Juriste" in text  # the two-step path
    assert "Rédiger des courriels (clé)" in text and "5 (est.)" in text
    assert "Bac est exigé" in text  # access conditions turned into a plan step


def test_plan_follows_the_first_bridge_and_the_catalogue():
    data = build_report_data(made_content(), PERSON, today=TODAY)
    plan = data.plan
    assert plan.target == "Chargé de conciergerie" and not plan.adaptation
    assert [s.order for s in plan.steps] == list(range(1, len(plan.steps) + 1))
    assert plan.steps[0].kind == "fondation"
    assert any("Gérer les clés des chambres" in s.covers for s in plan.steps)
    assert plan.total_hours == pytest.approx(sum(s.hours for s in plan.steps), abs=0.1)


def test_a_recorded_decision_chooses_the_bridge_of_the_plan():
    decided = PersonPart("1", "A", "B", decisions=(
        __import__("domain.reports.model", fromlist=["DecisionLine"]).DecisionLine("Juriste", "en cours"),))
    data = build_report_data(made_content(), decided, today=TODAY)
    assert data.plan.target == "Juriste"


def test_declared_competencies_leave_the_gap():
    content = made_content()
    code = "X1"
    gap = (CompetencyLine("Gérer les clés des chambres", 1, code=code),)
    content = JobContent(content.job, (BridgePart(**{**content.bridges[0].__dict__, "gap": gap}),))
    data = build_report_data(content, PERSON, today=TODAY, declared=[code])
    assert data.bridges[0].gap == ()


def test_no_bridge_and_no_wish_are_said_plainly(tmp_path):
    person = PersonPart("9", "Søren", "Ærøskøbing")
    data = build_report_data(made_content(bridges=False), person, today=TODAY)
    text = flat(pdf_text(build_report(data, tmp_path / "r.pdf")))
    assert "Aucune passerelle n'est proposée" in text
    assert "Aucun souhait n'a été recueilli" in text
    assert data.plan.adaptation and "évolution de votre métier actuel" in text
    assert "Søren Ærøskøbing" in text


def test_report_without_rome_release_still_prints(tmp_path):
    context = ReportContext(load_study(), None, "Aucune version du ROME n'est disponible : import-rome.")
    data = report_data_for_job("Juriste", context, today=TODAY)
    text = flat(pdf_text(build_report(data, tmp_path / "r.pdf")))
    exposure = load_study().exposure("Juriste", Qualification.EXPERTS)
    assert f"score d'exposition de {fr(exposure.score)}" in text
    assert "Les parties fondées sur le ROME" in text and "import-rome" in text
    assert "Les passerelles n'ont pas pu être calculées" in text
    assert all(f"Axe {n} —" in text for n in range(1, 6))


def test_core_job_without_rome_shows_the_study_counts_and_use_cases(tmp_path):
    from domain.study.recommendations import use_cases

    context = ReportContext(load_study(), None, "pas de ROME")
    data = report_data_for_job("Chargé d'assistance", context, qualification="revised", today=TODAY)
    counts = load_study().level_counts("Chargé d'assistance", "revised").counts
    assert data.job.level_series[0].counts == counts
    text = flat(pdf_text(build_report(data, tmp_path / "r.pdf")))
    first = [c for c in use_cases("Chargé d'assistance") if c.priority == 1]
    assert all(flat(c.label) in text for c in first)
    assert "PwC revu (retenue)" in text


def test_seniority_in_french():
    assert seniority(date(2017, 9, 4), date(2025, 3, 14)) == "7 ans et 6 mois"
    assert seniority(date(2025, 2, 20), date(2025, 3, 14)) == "moins d'un mois"
    assert seniority(date(2024, 3, 14), date(2025, 3, 14)) == "1 an"
    assert seniority(None, TODAY) == ""


def test_unknown_job_is_a_user_error():
    from domain.errors import UnknownJobError

    with pytest.raises(UnknownJobError):
        report_data_for_job("Astronaute", ReportContext(load_study(), None, "x"))


# --- the real release: every job prints, figures match the engine --------------------------


@pytest.fixture(scope="module")
def real_context(real_rome, tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PASSERELLES_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        yield ReportContext.load(rome=real_rome)


@pytest.mark.rome
def test_every_one_of_the_58_jobs_prints(real_context, tmp_path):
    study = real_context.study
    for job in study.jobs:
        data = report_data_for_job(job.name, real_context, today=TODAY)
        path = build_report(data, tmp_path / f"{job.id}.pdf")
        raw = pdf_text(path)
        text, pages = flat(raw), raw.count("\f")
        assert 6 <= pages <= 14, (job.name, pages)
        assert job.name in text and f"Page {pages} / {pages}" in text, job.name
        assert f"score d'exposition de {fr(study.exposure(job, 'experts').score)}" in text, job.name
        for bridge in data.bridges:
            assert f"{bridge.target} — {bridge.kind}" in text, job.name


@pytest.mark.rome
def test_person_report_matches_the_engine(real_context, tmp_path):
    from domain.matching.bridges import BridgeSettings
    from domain.people.employees import Employee

    person = Employee("001052", "Kowalczyk", "Łukasz", "Gestionnaire de dossiers d'assistance",
                      date(2015, 1, 12), None, "Se former à l'analyse de données")
    data = report_data_for_person(person, real_context, today=TODAY)
    shown = BridgeSettings().shown  # as many bridges as the view shows
    expected = real_context.engine.bridges(person.job, BridgeSettings(top=shown))
    assert [b.target for b in data.bridges] == [b.target for b in expected]
    assert 3 <= len(expected) <= shown
    text = flat(pdf_text(build_report(data, tmp_path / "r.pdf")))
    assert "Łukasz Kowalczyk" in text and "Se former à l'analyse de données" in text
    for bridge in expected:
        assert f"Similarité des compétences : {fr(bridge.similarity)}" in text
    assert f"{len(data.plan.steps)} étapes" in text
    content = job_content(real_context, person.job)
    exposed = content.job.most_exposed[0]
    assert exposed.level >= 4 and exposed.label in text


@pytest.mark.rome
def test_the_plan_is_built_from_the_bridge_s_own_gaps_key_gaps_first(real_context):
    from domain.people.employees import Employee

    person = Employee("001052", "Kowalczyk", "Łukasz", "Gestionnaire de dossiers d'assistance")
    data = report_data_for_person(person, real_context, today=TODAY)
    bridge = next(b for b in data.bridges if b.target == data.plan.target)
    allowed = {c.label for c in bridge.gap} | {u.label for u in bridge.target_use_cases}
    for step in data.plan.steps:
        if step.kind != "accès":
            assert set(step.covers) <= allowed, step.title
    key_steps = [s for s in data.plan.steps if s.title.endswith("(compétences clés)")]
    assert key_steps and {c for s in key_steps for c in s.covers} <= {c.label for c in bridge.key_gaps}
    first_key = min(s.order for s in key_steps)
    later = [s for s in data.plan.steps if s.covers and s.order < first_key and s.kind != "cas d'usage"]
    assert not [s for s in later if set(s.covers) & {c.label for c in bridge.gap}]


def _decided(target: str):
    from types import SimpleNamespace

    from domain.reports.content import StoredFacts

    return StoredFacts(decisions=(SimpleNamespace(target_job=target, status="considered",
                                                  comment=""),))


@pytest.mark.rome
def test_external_access_conditions_are_information_not_a_plan_step(real_context, tmp_path):
    """Gestionnaire de dossiers → Chargé d'assistance: the target sheet's « Bac à Bac+2 dans le
    domaine du commerce » is France Travail's condition for external hiring, not a step."""
    from domain.people.employees import Employee

    person = Employee("001052", "Kowalczyk", "Łukasz", "Gestionnaire de dossiers d'assistance")
    data = report_data_for_person(person, real_context, today=TODAY,
                                  facts=_decided("Chargé d'assistance"))
    bridge = next(b for b in data.bridges if b.chosen)
    assert data.plan.target == "Chargé d'assistance" == bridge.target and not bridge.regulated
    assert "Bac" in bridge.access
    assert not [s for s in data.plan.steps if s.kind == "accès"]
    assert not [s for s in data.plan.steps if any("Bac" in c for c in s.covers)]
    assert data.plan.access_info == " ".join(bridge.access.split())
    text = flat(pdf_text(build_report(data, tmp_path / "r.pdf")))
    assert ("Conditions d'accès indiquées par France Travail pour un recrutement externe : "
            "Cet emploi est accessible avec un diplôme de niveau Bac") in text
    assert "ce diplôme n'est pas une étape du plan" in text


@pytest.mark.rome
def test_a_regulated_target_keeps_its_diploma_as_a_plan_step(real_context):
    from domain.people.employees import Employee

    person = Employee("001052", "Kowalczyk", "Łukasz", "Gestionnaire de dossiers d'assistance")
    data = report_data_for_person(person, real_context, today=TODAY,
                                  facts=_decided("Infirmier d'assistance"))
    bridge = next(b for b in data.bridges if b.chosen)
    assert data.plan.target == "Infirmier d'assistance" and bridge.regulated and bridge.access
    (step,) = [s for s in data.plan.steps if s.kind == "accès"]
    assert step.order == len(data.plan.steps) and not data.plan.access_info
