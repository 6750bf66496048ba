"""Weighing the similarity ingredients on France Travail's mobility links, and measuring it.

The measure is recall@k: the share of listed mobility links (source → target) whose target is
among the source's k most similar sheets (the source itself excluded).

Weights are fitted by coordinate ascent on recall@k (a handful of numbers, so the fit stays
readable). The figure reported is *held out*: sheets are split into folds; for each fold, the
mobility ingredients are learnt and the weights fitted on the links of the other folds' source
sheets only, then the fold's own links are predicted. Features of the fitting rows leave their
own links out, so a sheet is scored the same way whether it was held out or not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from domain.matching.similarity_features import (
    CONTENT,
    INGREDIENTS,
    SheetTable,
    combine,
    content_ingredients,
    domain_indices,
    link_matrix,
    mobility_ingredients,
)

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from domain.rome.model import RomeRelease

_FACTORS = (0.0, 0.5, 2.0)
_SWEEPS = 3
_SEED = 460
_CANDIDATES = 40  # best targets of each ingredient kept as candidates while fitting

PROTOCOL = (
    "rappel@{k} sur les {links} liens de mobilité de France Travail (source → cible) : part "
    "des liens dont la cible figure parmi les {k} fiches les plus proches de la source (la "
    "source exclue). Validation croisée en {folds} blocs par fiche source (tirage fixe) : pour "
    "chaque bloc, les ingrédients appris des mobilités et les poids sont ajustés sur les seuls "
    "liens des fiches sources des autres blocs, puis les liens du bloc sont prédits ; une fiche "
    "ne voit jamais ses propres liens. Le rappel d'un ingrédient seul se mesure de même "
    "(égalités départagées par les compétences partagées)."
)


def recall_at_k(scores: np.ndarray, links: np.ndarray, rows: np.ndarray, k: int) -> float:
    """Share of the links of ``rows`` whose target is among the row's k best other sheets."""
    return _RowScorer(links, rows, k).recall(scores[rows])


class _RowScorer:
    """recall@k over fixed rows, reusing the link block and the diagonal positions.

    With ``columns`` (row-wise candidate targets), blocks hold only those columns; a link
    whose target is not a candidate counts as missed whatever the weights.
    """

    def __init__(
        self, links: np.ndarray, rows: np.ndarray, k: int, columns: np.ndarray | None = None
    ) -> None:
        import numpy as np

        self.total = float(links[rows].sum())
        self.k = min(k, links.shape[1] - 1)
        if columns is None:
            columns = np.broadcast_to(np.arange(links.shape[1]), (len(rows), links.shape[1]))
        self.links = np.take_along_axis(links[rows], columns, axis=1)
        self.self_mask = columns == rows[:, None]

    def recall(self, block: np.ndarray) -> float:
        import numpy as np

        if not self.total or self.k <= 0:
            return 0.0
        block = np.where(self.self_mask, -np.inf, block)
        k = min(self.k, block.shape[1] - 1)
        top = np.argpartition(-block, k - 1, axis=1)[:, :k]
        return float(np.take_along_axis(self.links, top, axis=1).sum() / self.total)


def _candidate_columns(matrices: list[np.ndarray], rows: np.ndarray) -> np.ndarray:
    """Per row, the union of each ingredient's best targets: a weighted mean of non-negative
    ingredients practically never ranks a sheet among its top k without it being near the top
    of at least one ingredient, and the fit runs on a few hundred columns instead of all."""
    import numpy as np

    n = matrices[0].shape[1]
    depth = min(_CANDIDATES, n)
    tops = []
    for matrix in matrices:
        block = matrix[rows]
        tops.append(np.argpartition(-block, depth - 1, axis=1)[:, :depth])
    stacked = np.sort(np.concatenate(tops, axis=1), axis=1)
    fresh = np.ones(stacked.shape, dtype=bool)
    fresh[:, 1:] = stacked[:, 1:] != stacked[:, :-1]
    width = int(fresh.sum(axis=1).max())
    columns = np.empty((len(rows), width), dtype=np.int64)
    for i in range(len(rows)):
        unique = stacked[i][fresh[i]]
        columns[i, : len(unique)] = unique
        columns[i, len(unique) :] = unique[0]  # duplicates of a candidate change no top-k hit
    return columns


def fit_weights(
    ingredients: dict[str, np.ndarray],
    links: np.ndarray,
    rows: np.ndarray,
    k: int,
    start: dict[str, float] | None = None,
) -> tuple[dict[str, float], float]:
    """Coordinate ascent on recall@k over ``rows``: each weight in turn is dropped, halved or
    doubled while that helps. Returns weights summing to 1 and the recall reached.

    Ranking does not change when all weights are scaled, so a candidate is the current sum
    plus one changed term, never a full re-combination.
    """
    import numpy as np

    names = [name for name in INGREDIENTS if name in ingredients]
    weights = {name: float((start or {}).get(name, 1.0)) for name in names}
    if not any(weights.values()):
        weights = dict.fromkeys(names, 1.0)
    columns = _candidate_columns([ingredients[name] for name in names], rows)
    scorer = _RowScorer(links, rows, k, columns)
    blocks = {name: np.take_along_axis(ingredients[name][rows], columns, axis=1) for name in names}
    current = sum(weights[name] * blocks[name] for name in names)
    best = scorer.recall(current)
    for _sweep in range(_SWEEPS):
        improved = False
        for name in names:
            for factor in _FACTORS:
                old = weights[name]
                new = old * factor if old > 0 else _mean_positive(weights)
                if new == old or not any(w for n, w in weights.items() if n != name) and not new:
                    continue
                candidate = current + (new - old) * blocks[name]
                value = scorer.recall(candidate)
                if value > best + 1e-6:
                    best, current, improved = value, candidate, True
                    weights[name] = new
        if not improved:
            break
    total = sum(weights.values())
    return {name: round(w / total, 4) for name, w in weights.items()}, best


def _mean_positive(weights: dict[str, float]) -> float:
    positive = [w for w in weights.values() if w > 0]
    return sum(positive) / len(positive) if positive else 1.0


@dataclass
class Folds:
    """A fixed random split of the sheets, so every run reports the same figure."""

    of_sheet: np.ndarray
    count: int

    @classmethod
    def make(cls, n: int, count: int) -> Folds:
        import numpy as np

        order = np.random.default_rng(_SEED).permutation(n)
        of_sheet = np.empty(n, dtype=np.int64)
        of_sheet[order] = np.arange(n) % count
        return cls(of_sheet, count)


def evaluate(
    release: RomeRelease,
    k: int = 10,
    folds: int = 5,
    progress: Callable[[float, str], None] | None = None,
) -> dict:
    """Held-out recall@k of the combined similarity and of each ingredient alone."""
    import numpy as np

    table = SheetTable.of(release)
    n = len(table)
    links = link_matrix(release, table)
    content = content_ingredients(release, table)
    domains = domain_indices(release, table)
    split = Folds.make(n, max(2, min(folds, n)))
    combined = np.zeros((n, n), dtype=np.float32)
    content_only = np.zeros((n, n), dtype=np.float32)
    alone = {name: np.zeros((n, n), dtype=np.float64) for name in INGREDIENTS}
    fold_weights = []
    for fold in range(split.count):
        if progress:
            progress(fold / split.count, f"Bloc {fold + 1} sur {split.count}")
        test = split.of_sheet == fold
        train = ~test
        rows = np.flatnonzero(train)
        ingredients = dict(content)
        ingredients.update(mobility_ingredients(links, train, content["competences"], domains))
        weights, _ = fit_weights(ingredients, links, rows, k)
        fold_weights.append(weights)
        combined[test] = combine(ingredients, weights)[test]
        content_weights, _ = fit_weights({c: content[c] for c in CONTENT}, links, rows, k)
        content_only[test] = combine(content, content_weights)[test]
        tie_break = 1e-6 * content["competences"][test].astype(np.float64)
        for name in INGREDIENTS:
            alone[name][test] = ingredients[name][test].astype(np.float64) + tie_break
    every = np.arange(n)
    return {
        "k": k,
        "links": int(links.sum()),
        "recall": round(recall_at_k(combined, links, every, k), 4),
        "protocol": PROTOCOL.format(k=k, links=int(links.sum()), folds=split.count),
        "ingredients": {
            name: round(recall_at_k(alone[name], links, every, k), 4) for name in INGREDIENTS
        },
        "content_only": round(recall_at_k(content_only, links, every, k), 4),
        "weights_by_fold": fold_weights,
    }


def mean_weights(fold_weights: Sequence[dict[str, float]]) -> dict[str, float]:
    names = {name for weights in fold_weights for name in weights}
    return {
        name: round(sum(w.get(name, 0.0) for w in fold_weights) / len(fold_weights), 4)
        for name in INGREDIENTS
        if name in names
    }
