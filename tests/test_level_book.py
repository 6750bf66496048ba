"""The level book re-scores jobs instantly; it must agree with the domain's slow path."""

from __future__ import annotations

import pytest
from fixtures.levels_world import JOB

from domain.matching import competency_levels as cl
from domain.matching.level_book import LevelBook


def test_book_rows_show_estimate_and_level_in_use(tiny_release):
    book = LevelBook.build(tiny_release)
    writing = book.rows(JOB, {})[0]
    assert (writing.estimate, writing.level, writing.changed) == (5, 5, False)
    changed = book.rows(JOB, {(JOB, writing.code): 2})[0]
    assert (changed.estimate, changed.level, changed.changed) == (5, 2, True)


def test_book_scores_agree_with_recomputed_scores_with_and_without_overrides(tiny_release):
    book = LevelBook.build(tiny_release)
    writing = book.rows(JOB, {})[0]
    for overrides in ({}, {(JOB, writing.code): 1}):
        assert book.scores(overrides) == pytest.approx(cl.recomputed_scores(tiny_release, overrides))
    assert book.scores({(JOB, writing.code): 1})[JOB] < book.scores({})[JOB]


def test_a_cancelled_build_stops_early_and_reports_progress(tiny_release):
    seen: list[float] = []
    book = LevelBook.build(tiny_release, progress=lambda f, _m: seen.append(f),
                           cancelled=lambda: len(seen) >= 3)
    assert len(book.items_by_job) == 3
    assert seen == sorted(seen) and seen[-1] < 1.0
