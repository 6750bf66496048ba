"""The competency matrix: weights, macro near-matches, multi-sheet jobs, and the real release."""

from __future__ import annotations

import pytest
from fixtures.bridges_world import MAPPING, release

from domain.matching.competencies import (
    CORE_FACTOR,
    MACRO_SHARE,
    PERIPHERAL_FACTOR,
    build_matrix,
    feature_idf,
)


@pytest.fixture(scope="module")
def matrix():
    return build_matrix(release(), MAPPING)


def test_common_items_weigh_less_than_distinctive_ones(matrix):
    items = matrix.row("Source").items
    # « rigueur » is on every sheet: idf 1; A2 is on 3 sheets of 9
    assert matrix.idf["R"] == pytest.approx(1.0)
    assert matrix.idf["A2"] > matrix.idf["A1"] > matrix.idf["R"]
    assert items["A2"].weight > items["A1"].weight


def test_core_items_weigh_more_than_peripheral_ones(matrix):
    peripheral = matrix.row("Source").items["K1"]  # peripheral on Z0001
    core = matrix.row("Exposé").items["K1"]  # core on Z0004
    assert not peripheral.core and core.core
    assert core.weight / peripheral.weight == pytest.approx(CORE_FACTOR / PERIPHERAL_FACTOR)


def test_emergent_items_count_as_core(matrix):
    item = matrix.row("Lointain").items["C1"]
    assert item.core and item.emergent


def test_job_with_several_sheets_takes_the_union(matrix):
    relais = matrix.row("Relais")
    assert relais.codes == ("Z0006", "Z0007")
    assert {"A3", "A4", "D1", "D2", "D3"} <= set(relais.items)
    # D3 is peripheral on Z0007 only: it stays peripheral, not promoted
    assert not relais.items["D3"].core


def test_union_keeps_core_flag_when_core_on_any_sheet():
    rel = release()
    matrix = build_matrix(rel, {"both": ["Z0001", "Z0004"]})
    assert matrix.row("both").items["K1"].core  # peripheral on Z0001, core on Z0004


def test_macro_competency_gives_partial_credit(matrix):
    overlap = matrix.compare("Source", "Proche")
    assert [c.code for c in overlap.near] == ["X1"]  # same macro M1 as the source's A4
    assert [c.code for c in overlap.missing] == ["B1"]
    target = matrix.row("Proche")
    held = sum(c.weight for c in overlap.shared) + MACRO_SHARE * target.items["X1"].weight
    assert overlap.coverage == pytest.approx(held / target.total_weight())
    # the macro column makes the two jobs closer than their items alone would
    assert matrix.row("Source").vector["M1"] > 0 and matrix.row("Proche").vector["M1"] > 0


def test_cosine_is_symmetric_and_bounded(matrix):
    for a in MAPPING:
        assert matrix.cosine(a, a) == pytest.approx(1.0)
        for b in MAPPING:
            assert matrix.cosine(a, b) == pytest.approx(matrix.cosine(b, a))
            assert 0.0 <= matrix.cosine(a, b) <= 1.0 + 1e-9
    assert matrix.cosine("Source", "Exposé") > matrix.cosine("Source", "Proche") > matrix.cosine("Source", "Lointain")


def test_unknown_sheet_gives_an_empty_row():
    matrix = build_matrix(release(), {"ghost": ["Z9999"]})
    assert matrix.row("ghost").items == {}
    assert matrix.cosine("ghost", "ghost") == 0.0


def test_real_release_idf_ranks_savoir_etre_as_common(real_release):
    idf = feature_idf(real_release)
    rigour = next(c for c, i in real_release.items.items() if i.label.startswith("Faire preuve de rigueur"))
    assert idf[rigour] < 1.5  # listed on about two thirds of the sheets
    assert max(idf.values()) > 7  # items unique to one sheet


def test_real_release_rows_are_never_empty(real_release):
    matrix = build_matrix(real_release, {code: [code] for code in list(real_release.sheets)[:200]})
    assert all(row.items for row in matrix.rows.values())
