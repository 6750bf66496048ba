"""Similarity between ROME sheets: behaviour on hand-built releases, recall on the real one."""

from __future__ import annotations

import json
import math

import pytest

from domain.errors import RomeError
from domain.matching.similarity import SimilarityIndex, default_weights, evaluate
from domain.matching.similarity_features import CONTENT, INGREDIENTS
from domain.matching.similarity_fit import fit_weights, recall_at_k
from domain.rome.model import MobilityLink, RomeItem, RomeRelease, RomeSheet, SheetItem

CONTENT_ONLY = {"competences": 0.4, "macro": 0.2, "intitules": 0.2, "textes": 0.2}
EVERYTHING = dict(CONTENT_ONLY, voisines=0.4, domaines=0.2, attractivite=0.1)


def _release(sheets: dict[str, dict], links: list[tuple[str, str]] = ()) -> RomeRelease:
    """A release from {code: {"items": [(item, core)], "label", "definition", "domain"}}."""
    release = RomeRelease(version="9.99")
    for code, spec in sheets.items():
        release.sheets[code] = RomeSheet(
            code=code,
            label=spec.get("label", f"Métier {code}"),
            domain_code=spec.get("domain", code[:3]),
            major_domain=code[0],
            definition=spec.get("definition", ""),
        )
        release.sheet_items[code] = []
        for item, core in spec.get("items", []):
            macro = spec.get("macros", {}).get(item, "")
            release.items.setdefault(
                item, RomeItem(item, f"Compétence {item}", "savoir_faire", macro_code=macro)
            )
            release.sheet_items[code].append(SheetItem(code, item, "Principale" if core else ""))
    release.mobility = [MobilityLink(a, b, i + 1) for i, (a, b) in enumerate(links)]
    return release


def _core_world() -> RomeRelease:
    """A shares two core items with B, two peripheral items with C; B and C are built alike
    (two core, two peripheral items each) so only the core flag of what they share differs."""
    return _release({
        "A1001": {"items": [("x1", True), ("x2", True), ("p1", False), ("p2", False)],
                  "label": "Alpha"},
        "B1001": {"items": [("x1", True), ("x2", True), ("b1", False), ("b2", False)],
                  "label": "Bravo"},
        "C1001": {"items": [("p1", False), ("p2", False), ("c1", True), ("c2", True)],
                  "label": "Charlie"},
        "D1001": {"items": [("d1", True), ("d2", False)], "label": "Delta"},
    })


def test_sharing_core_items_is_closer_than_sharing_peripheral_items():
    index = SimilarityIndex.build(_core_world(), CONTENT_ONLY)
    assert index.sheet("A1001", "B1001") > index.sheet("A1001", "C1001") > 0
    assert index.sheet("A1001", "D1001") == 0.0
    assert [code for code, _ in index.top_k("A1001", 2)] == ["B1001", "C1001"]


def test_identical_sheets_score_one_and_every_score_is_in_unit_interval():
    same = {"items": [("x1", True), ("x2", False)], "label": "Agent d'accueil",
            "definition": "Accueille le public et oriente les visiteurs.",
            "macros": {"x1": "m1", "x2": "m2"}}
    other = {"items": [("y1", True)], "label": "Soudeur", "definition": "Soude des pièces.",
             "macros": {"y1": "m3"}}
    release = _release({"A1001": same, "A1002": dict(same), "B2001": other})
    index = SimilarityIndex.build(release)  # no mobility link: content ingredients only
    assert set(index.weights) == set(CONTENT)
    assert index.sheet("A1001", "A1002") == pytest.approx(1.0, abs=1e-5)
    assert index.sheet("B2001", "B2001") == 1.0
    values = index.scores.ravel().tolist()
    assert all(0.0 <= v <= 1.0 for v in values)


def test_content_similarity_is_symmetric():
    index = SimilarityIndex.build(_core_world(), CONTENT_ONLY)
    for a in index.codes:
        for b in index.codes:
            assert index.sheet(a, b) == pytest.approx(index.sheet(b, a), abs=1e-6)


def test_top_k_excludes_the_sheet_itself_and_is_sorted():
    index = SimilarityIndex.build(_core_world(), CONTENT_ONLY)
    ranked = index.top_k("B1001", 10)
    assert len(ranked) == 3 and "B1001" not in [code for code, _ in ranked]
    scores = [score for _, score in ranked]
    assert scores == sorted(scores, reverse=True)
    assert index.top_k("B1001", 0) == []


def test_unknown_code_is_a_french_error():
    index = SimilarityIndex.build(_core_world(), CONTENT_ONLY)
    with pytest.raises(RomeError, match="Code ROME inconnu « Z9999 »"):
        index.sheet("A1001", "Z9999")


def _mobility_world(extra_links: list[tuple[str, str]] = ()) -> RomeRelease:
    """S1 and S2 practise the same trade; S2 lists T as a mobility, S1 lists nothing yet."""
    trade = [("t1", True), ("t2", False), ("t3", False)]
    sheets = {
        "S1001": {"items": trade + [("s1", False)]},
        "S1002": {"items": trade + [("s2", False)]},
        "T2001": {"items": [("u1", True), ("t3", False)]},
        "U3001": {"items": [("v1", True), ("t3", False)]},
        "V4001": {"items": [("w1", True)]},
    }
    return _release(sheets, [("S1002", "T2001"), ("V4001", "U3001")] + list(extra_links))


def test_neighbours_mobilities_raise_a_target():
    index = SimilarityIndex.build(_mobility_world(), EVERYTHING)
    assert index.explain("S1001", "T2001")["voisines"] > 0
    assert index.explain("S1001", "U3001")["voisines"] == 0
    # T and U share as much content with S1; only the neighbour's mobility separates them.
    assert index.sheet("S1001", "T2001") > index.sheet("S1001", "U3001")


def test_a_sheet_own_links_never_enter_its_own_scores():
    before = SimilarityIndex.build(_mobility_world(), EVERYTHING)
    after = SimilarityIndex.build(_mobility_world([("S1001", "U3001")]), EVERYTHING)
    row = before.positions["S1001"]
    assert after.scores[row].tolist() == pytest.approx(before.scores[row].tolist(), abs=1e-6)
    # ...but the other sheets learn from it: S2's closest neighbour S1 now lists U.
    assert after.explain("S1002", "U3001")["voisines"] > before.explain("S1002", "U3001")["voisines"]


def test_jobs_mean_of_best_matches():
    index = SimilarityIndex.build(_core_world(), CONTENT_ONLY)
    assert index.jobs(["A1001"], ["A1001"]) == pytest.approx(1.0)
    ab = index.jobs(["A1001"], ["B1001"])
    mixed = index.jobs(["A1001", "D1001"], ["B1001"])
    assert 0 < mixed < ab  # an unrelated extra sheet pulls the jobs apart
    assert index.jobs(["B1001"], ["A1001", "D1001"]) == pytest.approx(mixed)
    assert index.jobs([], ["A1001"]) == 0.0


def test_fit_keeps_the_informative_ingredient():
    import numpy as np

    rng = np.random.default_rng(1)
    n = 30
    links = np.zeros((n, n), dtype=np.float32)
    links[np.arange(n), (np.arange(n) + 1) % n] = 1
    truth = links + 0.1 * rng.random((n, n)).astype(np.float32)
    noise = 3 * rng.random((n, n)).astype(np.float32)
    ingredients = {"competences": noise, "voisines": truth}
    rows = np.arange(n)
    assert recall_at_k(noise, links, rows, 1) < 0.5
    weights, reached = fit_weights(ingredients, links, rows, k=1)
    assert reached == 1.0
    assert weights["voisines"] > weights["competences"]
    assert math.isclose(sum(weights.values()), 1.0, abs_tol=1e-3)


def test_evaluate_on_links_that_follow_content():
    sheets = {}
    for i in range(12):
        pair = i // 2
        sheets[f"A{1000 + i}"] = {"items": [(f"k{pair}", True), (f"k{pair}b", False), (f"own{i}", False)]}
    links = [(f"A{1000 + i}", f"A{1000 + (i ^ 1)}") for i in range(12)]
    result = evaluate(_release(sheets, links), k=1, folds=3)
    assert result["links"] == 12 and result["k"] == 1
    assert result["ingredients"]["competences"] == 1.0
    assert result["recall"] == 1.0
    assert set(result["ingredients"]) == set(INGREDIENTS)
    assert "blocs" in result["protocol"]


def test_shipped_weights_cover_every_ingredient():
    weights = default_weights()
    assert set(weights) == set(INGREDIENTS)
    assert math.isclose(sum(weights.values()), 1.0, abs_tol=1e-3)


def test_cli_on_mini_release(capsys):
    from pathlib import Path

    from main import cli_entry

    mini = Path(__file__).parent / "fixtures" / "rome_mini"
    assert cli_entry(["--rome", str(mini), "evaluate-similarity", "--k", "2", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["k"] == 2 and payload["links"] == 6 and 0 <= payload["recall"] <= 1
    assert cli_entry(["--rome", str(mini), "similar-sheets", "X0000"]) == 2
    assert "Code ROME inconnu « X0000 »" in capsys.readouterr().err


@pytest.mark.rome
def test_real_release_recall_held_out(real_release):
    result = evaluate(real_release, k=10, folds=5)
    assert result["links"] == 14912
    assert result["recall"] >= 0.30
    assert result["recall"] > result["content_only"] > result["ingredients"]["competences"]


@pytest.mark.rome
def test_real_release_index(real_release):
    index = SimilarityIndex.build(real_release)
    assert len(index.codes) == 1584
    assert float(index.scores.min()) >= 0.0 and float(index.scores.max()) <= 1.0
    # A secretary's closest sheets include executive assistant (M1604) and clerk (M1602).
    near = [code for code, _ in index.top_k("M1607", 10)]
    assert {"M1604", "M1602"} <= set(near)
