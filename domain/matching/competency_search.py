"""Finding a competency a person declares: across the 58 jobs and the whole ROME, no accents needed.

A person (or their manager) types a few words (« reclamation client ») and picks the
competency to add to their profile. Every word must appear in the label, ignoring case,
accents and apostrophes (``domain.text.fold``); an exact item code matches too. Competencies
held by the branch's jobs come first (the more jobs the earlier), then the rest of the ROME;
shorter labels first among equals (« Gérer un budget » before its long variants).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from domain.matching.competencies import KIND_LABELS, CompetencyMatrix
from domain.text import fold

_folded: dict[int, tuple[Any, dict[str, str]]] = {}


@dataclass(frozen=True)
class CompetencyHit:
    """One competency found, with the study jobs whose profile holds it."""

    code: str
    label: str
    kind: str
    macro_label: str
    jobs: tuple[str, ...]

    def to_json(self) -> dict:
        return {"code": self.code, "label": self.label, "kind": KIND_LABELS.get(self.kind, self.kind),
                "macro": self.macro_label, "jobs": list(self.jobs)}


def search_competencies(items: Mapping[str, Any], matrix: CompetencyMatrix, query: str, *,
                        limit: int = 20) -> list[CompetencyHit]:
    """Items of ``items`` (a release's, code → record with ``label``, ``kind``) matching ``query``.

    Returns at most ``limit`` hits, an empty list for a query without letters or digits.
    """
    words = fold(query).split()
    if not words:
        return []
    holders = _holders(matrix)
    found = []
    for code, label in _labels(items).items():
        if code == query.strip() or all(word in label for word in words):
            item = items[code]
            jobs = holders.get(code, ())
            starts = label.startswith(words[0])
            found.append(((-len(jobs), not starts, len(label), code), code, item, jobs))
    found.sort(key=lambda entry: entry[0])
    return [CompetencyHit(code, item.label, item.kind, getattr(item, "macro_label", "") or "", jobs)
            for _, code, item, jobs in found[:limit]]


def _labels(items: Mapping[str, Any]) -> dict[str, str]:
    """Folded labels of every item, computed once per release."""
    cached = _folded.get(id(items))
    if cached is None or cached[0] is not items:
        cached = (items, {code: fold(item.label) for code, item in items.items()})
        _folded.clear()
        _folded[id(items)] = cached
    return cached[1]


def _holders(matrix: CompetencyMatrix) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for key, row in matrix.rows.items():
        for code in row.items:
            found.setdefault(code, []).append(key)
    return {code: tuple(sorted(jobs)) for code, jobs in found.items()}
