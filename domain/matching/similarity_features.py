"""The ingredients of the similarity between ROME sheets, each an n × n matrix in [0, 1].

Two families:

* content ingredients read the sheets only (competencies, macro-competencies, titles, texts)
  and are symmetric cosines;
* mobility ingredients learn from France Travail's own mobility links *of other sheets*: what
  the sheets closest to the source list as mobilities, how often sheets of the source's
  domaine professionnel move to the target's, and how often the target is chosen at all.
  A sheet's own listed mobilities never feed its own row, so these ingredients predict links
  rather than copy them (and the bridges' separate « ROME evidence » stays independent).

numpy is imported inside functions: the window must start without it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from domain.rome.model import RomeRelease
from domain.text import fold

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

# Core items (Principale / Émergente) describe the job; peripheral ones only colour it.
CORE_BOOST = 1.5
# Number of nearest sheets (by shared competencies) whose mobilities inform a sheet's row.
NEIGHBOURS = 20
# Above this many sheets, a column is multiplied densely instead of pair by pair.
_DENSE_FROM = 40

CONTENT = ("competences", "macro", "intitules", "textes")
MOBILITY = ("voisines", "domaines", "attractivite")
INGREDIENTS = CONTENT + MOBILITY

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset((
    "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "en", "est",
    "et", "il", "la", "le", "les", "leur", "lors", "ne", "ou", "par", "pas", "pour", "qu", "que",
    "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une",
))


@dataclass
class SheetTable:
    """The sheets of a release in a fixed order, with the index of each code."""

    codes: list[str]
    index: dict[str, int]

    @classmethod
    def of(cls, release: RomeRelease) -> SheetTable:
        codes = sorted(release.sheets)
        return cls(codes, {code: i for i, code in enumerate(codes)})

    def __len__(self) -> int:
        return len(self.codes)


def words(text: str) -> list[str]:
    """Accent-free words of a text, without French stop words and one-letter tokens."""
    return [w for w in _WORD.findall(_fast_fold(text)) if len(w) > 1 and w not in _STOP]


def _fast_fold(text: str) -> str:
    """Lower case without accents; a translation table keeps this cheap on long texts
    (the per-character ``domain.text.fold`` took seconds on all definitions)."""
    global _FOLD_TABLE
    if _FOLD_TABLE is None:
        _FOLD_TABLE = {
            code: fold(chr(code)) or " " for code in range(0xC0, 0x250) if fold(chr(code)) != chr(code)
        }
        _FOLD_TABLE.update({ord("œ"): "oe", ord("æ"): "ae"})
    return text.lower().translate(_FOLD_TABLE)


_FOLD_TABLE: dict[int, str] | None = None


def cosine_matrix(
    n: int, rows: Sequence[int], cols: Sequence[int], values: Sequence[float]
) -> np.ndarray:
    """Cosine between the sparse row vectors given as (row, col, value) triples.

    Rare columns (most items) add their products pair by pair; frequent ones go through one
    dense matrix product. Either way the cost stays well under a second for 1,584 sheets.
    """
    import numpy as np

    r = np.asarray(rows, dtype=np.int64)
    c = np.asarray(cols, dtype=np.int64)
    v = np.asarray(values, dtype=np.float64)
    norms = np.sqrt(np.bincount(r, weights=v * v, minlength=n))
    v = v / np.where(norms > 0, norms, 1.0)[r]
    df = np.bincount(c)
    dense_cols = np.flatnonzero(df >= _DENSE_FROM)
    is_dense = np.isin(c, dense_cols)
    out = _pairwise_products(n, r[~is_dense], c[~is_dense], v[~is_dense])
    if len(dense_cols):
        position = np.full(len(df), -1)
        position[dense_cols] = np.arange(len(dense_cols))
        block = np.zeros((n, len(dense_cols)), dtype=np.float32)
        block[r[is_dense], position[c[is_dense]]] = v[is_dense]
        out += block @ block.T
    np.clip(out, 0.0, 1.0, out=out)
    return out


def _pairwise_products(n: int, r: np.ndarray, c: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Sum of v_i·v_j over all pairs of entries sharing a column (columns of small degree)."""
    import numpy as np

    order = np.argsort(c, kind="stable")
    r, c, v = r[order], c[order], v[order]
    counts = np.bincount(c)
    starts = np.cumsum(counts) - counts
    partners = counts[c]
    left = np.repeat(np.arange(len(c)), partners)
    first = np.repeat(np.cumsum(partners) - partners, partners)
    right = starts[c][left] + (np.arange(len(left)) - first)
    flat = np.bincount(r[left] * n + r[right], weights=v[left] * v[right], minlength=n * n)
    return flat.reshape(n, n).astype(np.float32)


def _weighted(
    table: SheetTable, bags: Iterable[tuple[int, dict[str, float]]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Triples (sheet, term, raw weight × idf) from per-sheet bags of terms.

    idf = ln((n + 1) / (df + 0.5)): an item listed on a thousand sheets (« Faire preuve de
    rigueur ») says little about a move, a rare one says a lot.
    """
    import numpy as np

    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for row, bag in bags:
        for term, weight in bag.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
    c = np.asarray(cols, dtype=np.int64)
    df = np.bincount(c, minlength=len(vocabulary))
    idf = np.log((len(table) + 1) / (df + 0.5))
    return np.asarray(rows, dtype=np.int64), c, np.asarray(values) * idf[c]


def competency_bags(release: RomeRelease, table: SheetTable) -> list[tuple[int, dict[str, float]]]:
    """Items of each sheet (savoir-faire, savoir-être, savoirs), core items boosted."""
    bags = []
    for code in table.codes:
        bag: dict[str, float] = {}
        for entry in release.sheet_items.get(code, []):
            weight = CORE_BOOST if entry.core else 1.0
            bag[entry.item_code] = max(bag.get(entry.item_code, 0.0), weight)
        bags.append((table.index[code], bag))
    return bags


def macro_bags(release: RomeRelease, table: SheetTable) -> list[tuple[int, dict[str, float]]]:
    """Macro-competencies of each sheet: two sheets practising different competencies of the
    same macro-competency are near, which exact item matching misses."""
    bags = []
    for code in table.codes:
        bag: dict[str, float] = {}
        for entry in release.sheet_items.get(code, []):
            item = release.items.get(entry.item_code)
            if item is not None and item.macro_code:
                bag[item.macro_code] = bag.get(item.macro_code, 0.0) + 1.0
        bags.append((table.index[code], {k: 1 + math.log(v) for k, v in bag.items()}))
    return bags


def word_bags(texts: dict[str, list[str]], table: SheetTable) -> list[tuple[int, dict[str, float]]]:
    """Sublinear term frequencies of the words of each sheet's texts."""
    bags = []
    for code in table.codes:
        counts: dict[str, int] = {}
        for word in words(" ".join(texts.get(code, []))):
            counts[word] = counts.get(word, 0) + 1
        bags.append((table.index[code], {w: 1 + math.log(c) for w, c in counts.items()}))
    return bags


def content_ingredients(release: RomeRelease, table: SheetTable) -> dict[str, np.ndarray]:
    """The four symmetric content cosines, keyed by ingredient name."""
    n = len(table)
    titles: dict[str, list[str]] = {code: [s.label] for code, s in release.sheets.items()}
    for appellation in release.appellations:
        titles.setdefault(appellation.code_rome, []).append(appellation.label)
    texts = {code: [s.definition, s.access] for code, s in release.sheets.items()}
    sources = {
        "competences": competency_bags(release, table),
        "macro": macro_bags(release, table),
        "intitules": word_bags(titles, table),
        "textes": word_bags(texts, table),
    }
    return {name: cosine_matrix(n, *_weighted(table, bags)) for name, bags in sources.items()}


def link_matrix(release: RomeRelease, table: SheetTable) -> np.ndarray:
    """Adjacency of France Travail's mobility links (source row, target column)."""
    import numpy as np

    links = np.zeros((len(table), len(table)), dtype=np.float32)
    for link in release.mobility:
        a, b = table.index.get(link.source), table.index.get(link.target)
        if a is not None and b is not None and a != b:
            links[a, b] = 1.0
    return links


def domain_indices(release: RomeRelease, table: SheetTable) -> np.ndarray:
    import numpy as np

    names = sorted({release.sheets[c].domain_code or c[:3] for c in table.codes})
    position = {name: i for i, name in enumerate(names)}
    return np.array([position[release.sheets[c].domain_code or c[:3]] for c in table.codes])


def mobility_ingredients(
    links: np.ndarray, learn_from: np.ndarray, neighbours_sim: np.ndarray, domains: np.ndarray
) -> dict[str, np.ndarray]:
    """The three mobility ingredients, learnt from the links of the ``learn_from`` sources.

    Every row leaves its own links out: a source in ``learn_from`` is scored exactly as a
    source that was held out would be.
    """
    known = links * learn_from[:, None].astype(links.dtype)
    return {
        "voisines": _neighbour_links(known, learn_from, neighbours_sim),
        "domaines": _domain_rates(known, learn_from, domains),
        "attractivite": _attractiveness(known, learn_from),
    }


def _neighbour_links(known: np.ndarray, learn_from: np.ndarray, sim: np.ndarray) -> np.ndarray:
    """Share of the source's nearest sheets (weighted by similarity) that list the target."""
    import numpy as np

    n = len(known)
    candidates = np.where(learn_from[None, :], sim, -np.inf).astype(np.float32)
    np.fill_diagonal(candidates, -np.inf)
    m = min(NEIGHBOURS, int(learn_from.sum()) - 1)
    out = np.zeros((n, n), dtype=np.float32)
    if m <= 0:
        return out
    nearest = np.argpartition(-candidates, m - 1, axis=1)[:, :m]
    weights = np.take_along_axis(candidates, nearest, axis=1)
    weights = np.where(np.isfinite(weights), np.maximum(weights, 0.0), 0.0)
    total = weights.sum(axis=1, keepdims=True)
    weights = weights / np.where(total > 0, total, 1.0)
    for j in range(m):
        out += weights[:, j : j + 1] * known[nearest[:, j]]
    return out


def _domain_rates(known: np.ndarray, learn_from: np.ndarray, domains: np.ndarray) -> np.ndarray:
    """Rate at which sheets of the source's domaine list a given sheet of the target's domaine,
    without the source's own links (smoothed so an unseen pair of domains is not zero)."""
    import numpy as np

    d = int(domains.max()) + 1
    onehot = np.zeros((len(known), d), dtype=np.float32)
    onehot[np.arange(len(known)), domains] = 1.0
    own = known @ onehot  # links of each source into each domain
    counts = onehot.T @ own  # domain x domain
    sources = onehot[learn_from].sum(axis=0)
    sizes = onehot.sum(axis=0)
    row_counts = counts[domains] - own
    row_sources = np.maximum(sources[domains] - learn_from, 1.0)
    rates = (row_counts + 0.05) / (row_sources[:, None] * sizes[None, :] + 1.0)
    return np.clip(rates[:, domains], 0.0, 1.0).astype(np.float32)


def _attractiveness(known: np.ndarray, learn_from: np.ndarray) -> np.ndarray:
    """How many other sheets list the target, on a log scale where 1 means « every other
    source sheet lists it ». The scale does not depend on the row's own links either."""
    import numpy as np

    indegree = known.sum(axis=0)
    scale = math.log(max(int(learn_from.sum()), 2))
    return np.clip(np.log1p(indegree[None, :] - known) / scale, 0.0, 1.0).astype(np.float32)


def combine(ingredients: dict[str, Any], weights: dict[str, float]) -> np.ndarray:
    """Weighted mean of the ingredients present (weights renormalised over them)."""
    import numpy as np

    used = {k: w for k, w in weights.items() if k in ingredients and w > 0}
    total = sum(used.values())
    first = next(iter(ingredients.values()))
    out = np.zeros_like(first, dtype=np.float32)
    for name, weight in used.items():
        out += (weight / total) * ingredients[name]
    return out
