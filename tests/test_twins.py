"""One competency worded twice on two ROME sheets counts as held (domain.matching.twins)."""

from __future__ import annotations

import pytest

from domain.matching.competencies import Competency, JobRow
from domain.matching.coverage import cover, holding_of, person_holding
from domain.matching.twins import twin_key


def item(code: str, label: str, kind: str = "savoir_faire", core: bool = True) -> Competency:
    return Competency(code, label, kind, core, 1.0)


def row(*items: Competency) -> JobRow:
    return JobRow("job", tuple(i.code for i in items), {i.code: i for i in items}, {}, 1.0)


@pytest.mark.parametrize("a, b", [
    ("Animer des sessions de formation", "Animation de sessions de formation"),
    ("Analyser les besoins des clients", "Analyse des besoins du client"),
    ("Respecter les normes de qualité et de sécurité", "Respect des normes de qualité et de sécurité"),
    ("Gestion de projets audiovisuels", "Gestion de projet audiovisuel"),
])
def test_reworded_labels_are_twins(a, b):
    assert twin_key(a) is not None and twin_key(a) == twin_key(b)


@pytest.mark.parametrize("a, b", [
    ("Gestion des contrats", "Contrôle de gestion"),
    ("Procédures de décontamination", "Procédés de découpage"),
    ("Techniques d'interview", "Techniques d'interprétariat"),
    ("Animer des sessions de formation", "Animer des groupes de parole"),
])
def test_different_competencies_are_not(a, b):
    assert twin_key(a) != twin_key(b)


def test_a_one_word_label_is_only_its_own_twin_by_code():
    assert twin_key("GRH") is None and twin_key("Anglais") is None


def test_the_twin_of_a_held_competency_is_held_not_learned():
    trainer = [item("K1", "Animer des sessions de formation"), item("K2", "Concevoir un module")]
    officer = row(item("M1", "Animation de sessions de formation", kind="savoir"),
                  item("M2", "Droit de la formation", kind="savoir"))
    coverage = cover(holding_of(trainer), officer)
    assert [c.code for c in coverage.overlap.shared] == ["M1"]
    assert [c.code for c in coverage.overlap.missing] == ["M2"]
    assert coverage.core == pytest.approx(0.5) and coverage.core_held == 1
    without = cover(holding_of(trainer[1:]), officer)  # no twin held: nothing in common
    assert without.core == 0 and not without.overlap.shared


def test_rejecting_a_competency_also_drops_its_twin():
    trainer = row(item("K1", "Animer des sessions de formation"))
    officer = row(item("M1", "Animation de sessions de formation"))
    assert cover(person_holding(trainer), officer).core == 1
    assert cover(person_holding(trainer, rejected=["K1"]), officer).core == 0
