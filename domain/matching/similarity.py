"""Similarity between ROME sheets and between study jobs, checked on France Travail's links.

The score of a move from sheet *a* to sheet *b* is a weighted mean of seven ingredients, each
in [0, 1] (see :mod:`domain.matching.similarity_features`):

* ``competences``: IDF-weighted cosine of the items both sheets list (savoir-faire,
  savoir-être, savoirs), core items (Principale / Émergente) counting 1.5 times;
* ``macro``: the same over macro-competencies, so different competencies of one family meet;
* ``intitules``: word cosine of the sheet titles and all their appellations;
* ``textes``: word cosine of the definition and access texts;
* ``voisines``: share of the sheets closest to *a* (by shared competencies) whose France
  Travail mobilities list *b*;
* ``domaines``: how often sheets of *a*'s domaine professionnel list sheets of *b*'s;
* ``attractivite``: how often other sheets list *b* at all.

The first four are symmetric; the last three make the score directed (a → b reads « how
natural is *b* as a next job from *a* »). A sheet's own listed mobilities never enter its own
scores. The weights come from ``data/similarity_weights.json`` (how they were fitted is
written in the file) and are renormalised over the ingredients a release allows: a release
without mobility links is compared on content only, and two sheets with identical content then
score 1.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from domain.errors import RomeError
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
from domain.matching.similarity_fit import evaluate, fit_weights
from domain.paths import DATA_FILES
from domain.rome.model import RomeRelease
from domain.text import closest

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["SimilarityIndex", "default_weights", "evaluate", "fitted_weights", "WEIGHTS_FILE"]

WEIGHTS_FILE = DATA_FILES / "similarity_weights.json"
# Used when the weights file is missing or damaged: content and mobility halves.
_FALLBACK = {
    "competences": 0.15, "macro": 0.1, "intitules": 0.1, "textes": 0.15,
    "voisines": 0.3, "domaines": 0.15, "attractivite": 0.05,
}


def default_weights() -> dict[str, float]:
    """The shipped weights (``data/similarity_weights.json``)."""
    try:
        payload = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        weights = {k: float(v) for k, v in payload["weights"].items() if k in INGREDIENTS}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return dict(_FALLBACK)
    return weights if any(w > 0 for w in weights.values()) else dict(_FALLBACK)


@dataclass
class SimilarityIndex:
    """Every pairwise score of one release, computed once (about a second for 1,584 sheets)."""

    version: str
    codes: list[str]
    positions: dict[str, int]
    scores: np.ndarray  # n × n, row = source, column = target; diagonal 1
    parts: dict[str, np.ndarray]  # ingredient -> n × n (float16, for explanations)
    weights: dict[str, float]  # renormalised over the ingredients used

    @classmethod
    def build(cls, release: RomeRelease, weights: dict[str, float] | None = None) -> SimilarityIndex:
        """Compute the ingredients and their weighted mean for every pair of sheets."""
        import numpy as np

        table = SheetTable.of(release)
        ingredients = _ingredients(release, table)
        chosen = {k: w for k, w in (weights or default_weights()).items() if k in ingredients}
        if not any(w > 0 for w in chosen.values()):
            chosen = {k: _FALLBACK[k] for k in ingredients}
        total = sum(w for w in chosen.values() if w > 0)
        used = {k: round(w / total, 4) for k, w in chosen.items() if w > 0}
        scores = combine(ingredients, used)
        np.fill_diagonal(scores, 1.0)
        np.clip(scores, 0.0, 1.0, out=scores)
        parts = {k: v.astype(np.float16) for k, v in ingredients.items()}
        return cls(release.version, table.codes, table.index, scores, parts, used)

    def _position(self, code: str) -> int:
        position = self.positions.get(code)
        if position is None:
            hint = closest(code, self.codes, limit=3)
            suggestion = f" (codes proches : {', '.join(hint)})" if hint else ""
            raise RomeError(
                f"Code ROME inconnu « {code} » dans la version {self.version} du ROME{suggestion}"
            )
        return position

    def sheet(self, a: str, b: str) -> float:
        """Score of a move from sheet ``a`` to sheet ``b``, in [0, 1]; 1 when a == b."""
        return float(self.scores[self._position(a), self._position(b)])

    def explain(self, a: str, b: str) -> dict[str, float]:
        """Each ingredient's value for the move a → b, to show why two sheets are close."""
        i, j = self._position(a), self._position(b)
        return {name: round(float(part[i, j]), 3) for name, part in self.parts.items()}

    def top_k(self, code: str, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` best targets from ``code`` (itself excluded), best first, ties by code."""
        import numpy as np

        row = self.scores[self._position(code)].astype(np.float64)
        row[self._position(code)] = -np.inf
        k = max(0, min(k, len(self.codes) - 1))
        if k == 0:
            return []
        best = np.argpartition(-row, k - 1)[:k]
        ranked = sorted(best.tolist(), key=lambda j: (-row[j], self.codes[j]))
        return [(self.codes[j], float(row[j])) for j in ranked]

    def pair(self, a: str, b: str) -> float:
        """Symmetric score of two sheets: the mean of both directions."""
        i, j = self._position(a), self._position(b)
        return float(self.scores[i, j] + self.scores[j, i]) / 2.0

    def jobs(self, codes_a: Sequence[str], codes_b: Sequence[str]) -> float:
        """Similarity of two study jobs, each mapped to one or more ROME sheets.

        Symmetric « mean of best matches »: each sheet of one job is paired with its closest
        sheet of the other (symmetric pair score); the means of both sides are averaged. A job
        mapped to a sheet and to an unrelated one is therefore half as close as a job sharing
        both. 0 when either job has no sheet.
        """
        left = list(dict.fromkeys(codes_a))
        right = list(dict.fromkeys(codes_b))
        if not left or not right:
            return 0.0
        grid = [[self.pair(a, b) for b in right] for a in left]
        forward = sum(max(row) for row in grid) / len(left)
        backward = sum(max(grid[i][j] for i in range(len(left))) for j in range(len(right)))
        return (forward + backward / len(right)) / 2.0


def _ingredients(release: RomeRelease, table: SheetTable) -> dict[str, np.ndarray]:
    """Content ingredients always; mobility ones when the release lists mobility links."""
    import numpy as np

    ingredients = content_ingredients(release, table)
    links = link_matrix(release, table)
    if links.any():
        everyone = np.ones(len(table), dtype=bool)
        ingredients.update(
            mobility_ingredients(
                links, everyone, ingredients["competences"], domain_indices(release, table)
            )
        )
    return ingredients


def fitted_weights(release: RomeRelease, k: int = 10) -> dict:
    """Weights fitted on all the release's links (what ``data/similarity_weights.json`` holds)."""
    import numpy as np

    table = SheetTable.of(release)
    ingredients = _ingredients(release, table)
    links = link_matrix(release, table)
    rows = np.arange(len(table))
    weights, reached = fit_weights(ingredients, links, rows, k)
    return {
        "release": release.version,
        "k": k,
        "recall_on_fitted_links": round(reached, 4),
        "weights": {name: weights.get(name, 0.0) for name in INGREDIENTS},
        "content_ingredients": list(CONTENT),
        "how": (
            "python main.py --rome <dossier du ROME> evaluate-similarity --ajuster-poids : "
            "montée coordonnée sur le rappel@k de tous les liens de mobilité, chaque fiche "
            "sans ses propres liens ; le rappel tenu à l'écart est donné par evaluate-similarity."
        ),
    }
