"""The recovered weighting against the study's published scores, and the consistency report."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.study import Profile, Qualification, load_study
from domain.study.exposure import (
    LEVEL_WEIGHTS,
    PWC_REFERENCE,
    TOLERANCE,
    consistency_report,
    profile_for,
    raw_exposure,
    recompute,
    reference_for,
    score_from_counts,
)


@pytest.fixture(scope="module")
def study():
    return load_study()


@pytest.fixture(scope="module")
def report(study):
    return consistency_report(study)


def test_report_has_one_row_per_core_job_and_qualification(report):
    assert len(report) == 30
    assert len({(r.job, r.qualification) for r in report}) == 30


def test_every_unflagged_published_score_is_reproduced(report):
    unflagged = [r for r in report if not r.flagged]
    assert len(unflagged) >= 26
    for row in unflagged:
        assert abs(row.recomputed - row.published) <= TOLERANCE, row
        # Stronger: the study prints two decimals, and the rule gives exactly those.
        assert round(row.recomputed + 1e-9, 2) == row.published, row


def test_known_contradictions_are_flagged(report):
    rows = {(r.job, r.qualification): r for r in report}
    assistance = rows[("Chargé d'assistance", Qualification.REVISED)]
    assert assistance.flagged and assistance.published == 0.30 and assistance.sheet_score == 0.38
    assert "0,38" in assistance.reason and "rang 26" in assistance.reason
    doctor = rows[("Médecin d'assistance", Qualification.EXPERTS)]
    assert doctor.flagged and "17" in doctor.reason and "19" in doctor.reason
    assert "Chargé d'assistance" in doctor.reason


def test_flagged_rows_found_in_the_study(report):
    flagged = {(r.job, r.qualification.value) for r in report if r.flagged}
    assert flagged == {
        ("Chargé d'assistance", "revised"),
        ("Assistant administratif de plateaux", "experts"),
        ("Médecin d'assistance", "revised"),
        ("Médecin d'assistance", "experts"),
    }


def test_the_counts_side_with_the_table_against_the_sheet(report):
    """Where sheet and table disagree, the level counts reproduce the table."""
    for row in report:
        if abs(row.sheet_score - row.published) >= 0.005:
            assert abs(row.recomputed - row.published) < abs(row.recomputed - row.sheet_score)


def test_weights_rise_with_the_level():
    assert len(LEVEL_WEIGHTS) == 5
    assert list(LEVEL_WEIGHTS) == sorted(set(LEVEL_WEIGHTS))
    assert LEVEL_WEIGHTS[0] == 0 and LEVEL_WEIGHTS[-1] == 1


def test_score_bounds():
    assert score_from_counts([12, 0, 0, 0, 0]) == 0.0
    assert score_from_counts([0, 0, 0, 0, 3]) == 1.0  # capped like the study's top job
    with pytest.raises(ValueError):
        score_from_counts([0, 0, 0, 0, 0])
    with pytest.raises(ValueError):
        score_from_counts([1, 2, 3])


@given(st.lists(st.integers(0, 30), min_size=5, max_size=5).filter(lambda c: sum(c[:4]) > 0),
       st.integers(0, 3))
def test_raising_one_competency_never_lowers_the_score(counts, level):
    if counts[level] == 0:
        counts[level] = 1
    higher = list(counts)
    higher[level] -= 1
    higher[level + 1] += 1
    assert raw_exposure(higher) > raw_exposure(counts)


def test_experts_reference_is_the_new_top_job(study):
    assert reference_for(study, "initial") == reference_for(study, "revised") == PWC_REFERENCE
    assert reference_for(study, "experts") == pytest.approx(33 / 128)
    assert recompute(study, "Gestionnaire de dossiers d'assistance", "experts") == 1.0
    assert recompute(study, "Juriste", "experts") is None


def test_experts_table_rescales_the_unchanged_jobs(study):
    """The 48 jobs the experts did not requalify lose ~3 % when the top job changes."""
    factor = reference_for(study, "revised") / reference_for(study, "experts")
    for job in study.jobs:
        if job.core or study.exposure(job, "experts").flagged:
            continue
        revised = study.exposure(job, "revised").score
        expected = revised * factor
        # Both scores are rounded to the hundredth: allow both roundings.
        assert abs(study.exposure(job, "experts").score - expected) <= 0.005 + 0.005 * factor + 1e-9, job


def test_profile_rule_reproduces_published_profiles(study):
    mismatches = [
        (job.name, q.value) for job in study.jobs for q in Qualification
        if profile_for(study, job, study.exposure(job, q).score) is not study.exposure(job, q).profile
    ]
    assert mismatches == [("Médecin d'assistance", "revised")]
    assert study.exposure("Médecin d'assistance", "revised").flagged


def test_profile_rule_thresholds(study):
    assert profile_for(study, "Juriste", 0.50) is Profile.STRONG_TRANSFORMATION
    assert profile_for(study, "Juriste", 0.20) is Profile.EVOLVING
    assert profile_for(study, "Juriste", 0.05) is Profile.NEGLIGIBLE
    assert profile_for(study, "Paramètreur d'applicatifs métiers", 0.05) is Profile.EMERGENT
