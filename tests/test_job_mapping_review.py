"""The v4.60 review of ``data/job_rome.csv``: every doubt of issue 9 is settled in the file."""

from __future__ import annotations

import pytest

from domain.rome.job_mapping import load_job_rome_map, validate_against_release


def codes(job: str) -> list[str]:
    return [entry.code_rome for entry in load_job_rome_map()[job]]


def appellations(job: str) -> list[str]:
    return [entry.appellation for entry in load_job_rome_map()[job]]


def test_every_code_and_appellation_is_real_in_v460(real_release):
    assert validate_against_release(real_release) == []


@pytest.mark.parametrize("job", ["Chargé d'assistance", "Infirmier d'assistance"])
def test_no_assistance_job_on_the_regulated_samu_sheet(job):
    assert "D1436" not in codes(job)  # ARM, a regulated SAMU job
    assert "D1428" not in codes(job)  # its supervisor


def test_support_technique_on_vehicle_diagnosis_not_on_insurance_expertise():
    assert "C1113" not in codes("Support technique d'assistance")
    assert "I1612" in codes("Support technique d'assistance")
    assert "Expert / Experte technique en automobile" in appellations("Support technique d'assistance")


def test_paramedical_specialist_is_not_a_psychologist():
    assert "K1104" not in codes("Spécialiste activités paramédicales")
    assert codes("Spécialiste activités paramédicales")[0] == "J1403"


@pytest.mark.parametrize("job", ["Chargé des affaires sociales", "Animateur de réseau de prestataire"])
def test_no_director_or_head_buyer_appellation(job):
    for label in appellations(job):
        assert not label.startswith("Directeur"), (job, label)
        assert label not in ("Responsable des achats", "Responsable des relations sociales",
                             "Responsable de la gestion des carrières et des affaires sociales")
    assert not {"M1102", "M1503"} & set(codes(job))


def test_compliance_analyst_not_on_bank_sheets():
    assert not {"C1209", "M1201"} & set(codes("Analyste conformité, contrôle interne et risques"))


def test_remote_reception_comes_before_physical_reception():
    found = codes("Chargé d'accueil d'assistance")
    assert found[0] == "D1408"
    assert "M1601" not in found  # badges, mail and visitors are not the job of a plateau
