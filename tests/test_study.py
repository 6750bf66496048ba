"""The study's data files: invariants of the real files, name matching, and load-time checks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from domain.errors import UnknownJobError, UserError
from domain.study import Job, Profile, Qualification, load_study
from domain.study.files import StudyDataError

# §4.1.1 of the study, typed from the text (not from data/).
CORE_JOBS = {
    "Chargé d'assistance", "Support technique d'assistance", "Assistant administratif de plateaux",
    "Médecin d'assistance", "Infirmier d'assistance", "Chargé de méthodes et procédures",
    "Formateur d'assistance", "Gestionnaire de dossiers d'assistance",
    "Chargé de réclamations clients", "Gestionnaire de réseau prestataires",
}


@pytest.fixture(scope="module")
def study():
    return load_study()


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first line containing ``old``; returns its 1-based line number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if old in line)
    lines[number] = lines[number].replace(old, new, 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return number + 1


def test_jobs_families_and_core(study):
    assert len(study.jobs) == 58
    assert len({job.id for job in study.jobs}) == 58
    assert len(study.families) == 13
    assert {job.name for job in study.core_jobs} == CORE_JOBS
    assert study.find_job("Juriste").family_label == "13 – Juridique, conformité, qualité et risques"


@pytest.mark.parametrize(("qualification", "expected"), [
    # §3.2.2.2 text: 8 Emergent, 10 En forte transformation, 30 En évolution, 10 Non impacté.
    (Qualification.EXPERTS, (8, 10, 30, 10)),
    # §3.2.2.1 text: 8 / 6 / 33 / 11.
    (Qualification.REVISED, (8, 6, 33, 11)),
    # Annex 1.1 has no count in the text; counted by hand on the table.
    (Qualification.INITIAL, (8, 7, 32, 11)),
])
def test_profile_counts_match_the_study(study, qualification, expected):
    counts = Counter(exposure.profile for _, exposure in study.ranking(qualification))
    order = (Profile.EMERGENT, Profile.STRONG_TRANSFORMATION, Profile.EVOLVING, Profile.NEGLIGIBLE)
    assert tuple(counts[p] for p in order) == expected


@pytest.mark.parametrize("qualification", list(Qualification))
def test_ranks_and_scores(study, qualification):
    ranking = study.ranking(qualification)
    assert [e.rank for _, e in ranking] == list(range(1, 59))
    scores = [e.score for _, e in ranking]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == 1.0 and all(0 <= s <= 1 for s in scores)


def test_core_profiles_of_experts_text(study):
    """§3.2.2.2: 6 of the 10 'En forte transformation' jobs and 4 of the 30 'En évolution' are core."""
    core = Counter(study.exposure(job, "experts").profile for job in study.core_jobs)
    assert core == {Profile.STRONG_TRANSFORMATION: 6, Profile.EVOLVING: 4}


def test_level_counts_only_for_core_jobs(study):
    assert study.level_counts("Juriste", "experts") is None
    levels = study.level_counts("Formateur d'assistance", Qualification.REVISED)
    assert levels.counts == (4, 9, 7, 6, 3) and levels.competencies == 29


def test_emergent_jobs_are_the_eight_it_and_data_jobs(study):
    names = {study.find_job(j).name for j in study.emergent_jobs}
    assert "Statisticien / Data analyst" in names and len(names) == 8
    assert "Technicien informatique" not in names


@pytest.mark.parametrize("typed", [
    "Chargé d'assistance", "CHARGE D’ASSISTANCE", "  chargé   d'assistance ", "charge-d-assistance",
])
def test_find_job_ignores_case_accents_apostrophes(study, typed):
    assert study.find_job(typed).name == "Chargé d'assistance"


@pytest.mark.parametrize("typed, job", [
    ("Chargée de réclamations clients", "Chargé de réclamations clients"),
    ("Formatrice d'assistance", "Formateur d'assistance"),
    ("Infirmière d'assistance", "Infirmier d'assistance"),
    ("Chargé(e) d'assistance", "Chargé d'assistance"),
    ("Gestionnaire dossiers assistance", "Gestionnaire de dossiers d'assistance"),
])
def test_find_job_accepts_names_as_people_type_them(study, typed, job):
    """The same feminine, inclusive and article-less forms as a roster import (issue found by
    a tester: the commands refused what import-roster accepted)."""
    from domain.people.roster_jobs import JobMatcher
    from domain.rome.job_mapping import canonical_job

    assert study.find_job(typed).name == job == canonical_job(typed) == JobMatcher().match(typed)


def test_cli_commands_accept_a_feminine_job_name(study, capsys):
    from main import cli_entry

    assert cli_entry(["job-profile", "Formatrice d'assistance", "--json"]) in (0, 2)
    out, err = capsys.readouterr()
    assert "Métier inconnu" not in err


def test_find_job_accepts_study_spellings_and_loose_punctuation(study):
    assert study.find_job("Infirmier assistance").name == "Infirmier d'assistance"
    assert study.find_job("Chargé de réclamation clients").name == "Chargé de réclamations clients"
    assert study.find_job("Planificateur Prévisionniste").name == "Planificateur-Prévisionniste"
    assert study.find_job("Assistant de maitrise d'ouvrage").name == "Assistant de maîtrise d'ouvrage"
    job = study.find_job("Juriste")
    assert isinstance(job, Job) and study.find_job(job) is job


def test_unknown_job_gives_french_message_with_suggestions(study):
    with pytest.raises(UnknownJobError) as caught:
        study.find_job("Chargé d'assistence")
    assert caught.value.suggestions[0] == "Chargé d'assistance"
    assert "Métier inconnu" in str(caught.value) and "Vouliez-vous dire" in str(caught.value)
    assert len(caught.value.suggestions) == len(set(caught.value.suggestions)) <= 3


def test_exposure_marks_contradicted_rows(study):
    revised = study.exposure("Chargé d'assistance", Qualification.REVISED)
    assert (revised.score, revised.rank, revised.flagged) == (0.30, 26, True)
    assert "0,38" in revised.flag_reason and "0,30" in revised.flag_reason
    assert not study.exposure("Chargé d'assistance", "initial").flagged
    animateur = study.exposure("Animateur de réseau de prestataire", "experts")
    assert animateur.flagged and animateur.score == 0.86


def test_qualification_parse_accepts_codes_and_labels():
    assert Qualification.parse("experts") is Qualification.EXPERTS
    assert Qualification.parse("pwc REVU") is Qualification.REVISED
    assert Qualification.INITIAL.label == "PwC initial"
    with pytest.raises(UserError, match="Qualification inconnue"):
        Qualification.parse("finale")


def test_real_files_load_from_a_copy(data_copy):
    assert len(load_study(data_copy).jobs) == 58


def test_score_out_of_range_names_file_line_column(data_copy):
    path = data_copy / "qualifications.csv"
    line = _edit(path, "experts;1;Gestionnaire de dossiers d'assistance;Gestionnaire de dossiers "
                       "d'assistance;1.00", "experts;1;Gestionnaire de dossiers d'assistance;"
                       "Gestionnaire de dossiers d'assistance;1.50")
    with pytest.raises(StudyDataError) as caught:
        load_study(data_copy)
    location = caught.value.location
    assert (Path(location.file).name, location.line, location.column) == ("qualifications.csv", line, "score")
    assert "hors de l'intervalle" in str(caught.value)


def test_duplicate_rank_is_rejected(data_copy):
    line = _edit(data_copy / "qualifications.csv", "initial;3;", "initial;2;")
    with pytest.raises(StudyDataError) as caught:
        load_study(data_copy)
    assert caught.value.location.line == line


def test_missing_job_is_rejected(data_copy):
    path = data_copy / "jobs.csv"
    path.write_text("".join(ln for ln in path.read_text(encoding="utf-8").splitlines(True)
                            if ";Juriste;" not in ln), encoding="utf-8")
    with pytest.raises(UserError, match="57 métiers au lieu de 58"):
        load_study(data_copy)


def test_unknown_profile_is_rejected(data_copy):
    line = _edit(data_copy / "qualifications.csv", ";Emergent;", ";Émergent;")
    with pytest.raises(StudyDataError) as caught:
        load_study(data_copy)
    assert (caught.value.location.line, caught.value.location.column) == (line, "profile")


def test_undocumented_count_mismatch_is_rejected(data_copy):
    line = _edit(data_copy / "core_job_levels.csv", "Formateur d'assistance;revised;29;4;",
                 "Formateur d'assistance;revised;29;5;")
    with pytest.raises(StudyDataError) as caught:
        load_study(data_copy)
    assert caught.value.location.line == line
    assert "totalisent 30 au lieu de 29" in str(caught.value)


def test_printed_name_must_designate_the_job(data_copy):
    _edit(data_copy / "qualifications.csv", "Auditeur;Auditeur;", "Auditeur;Juriste;")
    with pytest.raises(StudyDataError, match="ne désigne pas"):
        load_study(data_copy)


def test_missing_column_and_missing_file(data_copy):
    _edit(data_copy / "profiles.csv", "code;profile;", "code;profil;")
    with pytest.raises(StudyDataError, match="Colonnes manquantes"):
        load_study(data_copy)
    (data_copy / "profiles.csv").unlink()
    with pytest.raises(StudyDataError, match="introuvable"):
        load_study(data_copy)
