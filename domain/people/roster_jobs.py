"""Matching the job written in a roster to one of the study's 58 jobs.

HR files rarely use the study's exact wording: they write the feminine form ("Chargée
d'assistance", "Infirmière d'assistance"), inclusive forms ("Chargé(e)", "technicien·ne") or a
ROME appellation ("Téléconseiller / Téléconseillère"). We try, in order:

1. the study's own lookup (``Study.find_job``: case, accents, punctuation, aliases);
2. the same names with grammatical gender folded away on both sides ("chargée" → "chargé",
   "formatrice" → "formateur", "technicienne" → "technicien"), only where the key is unique;
3. the ROME appellations retained for each job in ``data/job_rome.csv`` (both gendered halves
   of "Chargé / Chargée d'accueil"), only when the appellation belongs to one job;
4. the same names without their articles and prepositions ("Gestionnaire dossiers
   assistance" for "Gestionnaire de dossiers d'assistance"), only where the key is unique.

Before steps 2-4, the company's own titles the user mapped once (``domain.people.job_titles``,
passed as ``titles``: ``title_key`` → job) are looked up, on the same folded key.

Anything else is an :class:`UnknownJobError` with the study's closest suggestions. Appellations
of the whole ROME (11,000 titles) are not used: most belong to sheets shared by several study
jobs, and a silent wrong match would be worse than a question to the user.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

from domain.errors import UnknownJobError
from domain.text import fold, gender_key, title_key, title_variants

__all__ = ["JobMatcher", "gender_key", "title_key", "title_variants"]

class JobMatcher:
    """Resolves roster job names; built once per import (the lookups are dictionaries)."""

    def __init__(self, study=None, mapping: dict | None = None,
                 titles: dict[str, str] | None = None) -> None:
        if study is None:
            from domain.study import load_study

            study = load_study()
        if mapping is None:
            from domain.rome.job_mapping import load_job_rome_map

            mapping = load_job_rome_map()
        self._study = study
        self._titles = dict(titles or {})
        names = [(job.name, name) for job in study.jobs for name in (job.name, *job.aliases)]
        appellations = [(job, variant) for job, entries in mapping.items() for entry in entries
                        for variant in title_variants(entry.appellation)]
        self._by_gender, _ = _index(names)
        self._by_appellation, self._shared = _index(appellations)
        self._bare, _ = _index(names, title_key)
        self._bare_appellation, _ = _index(appellations, title_key)
        self._words: list[tuple[str, set[str], set[str]]] = []  # job, its own words, ROME words
        for job in study.jobs:
            rome = [v for e in mapping.get(job.name, []) for v in
                    (*title_variants(e.rome_label), *title_variants(e.appellation))]
            self._words.append((job.name, set(title_key(job.name).split()),
                                {w for text in rome for w in title_key(text).split()}))
        self._cache: dict[str, str | UnknownJobError] = {}

    @property
    def jobs(self) -> list[str]:
        """The study's job names, in the study's order."""
        return [job.name for job in self._study.jobs]

    def canonical(self, name: str) -> str:
        """The study's spelling of a job name typed by the user (fixes, correspondences).

        Raises UnknownJobError with suggestions when it names none of the 58 jobs.
        """
        return self._study.find_job(name).name

    def match(self, name: str) -> str:
        """The study's job name for ``name``; raises UnknownJobError with suggestions."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._resolve(name)
        if isinstance(found, UnknownJobError):
            raise found
        return found

    def suggestions(self, name: str, limit: int = 5) -> list[str]:
        """Jobs a title may mean, best first: shared words (the first word, the head noun,
        counts double; the study's name counts over its ROME sheets' titles), then spelling."""
        words = title_key(name).split()
        ranked: list[tuple[float, int, str]] = []
        for order, (job, own, rome) in enumerate(self._words):
            score = sum((2 if i == 0 else 1) * (1.0 if w in own else 0.5 if w in rome else 0)
                        for i, w in enumerate(words))
            if score >= 1:
                ranked.append((-score, order, job))
        by_words = [job for _, _, job in sorted(ranked)]
        try:
            self._study.find_job(name)
            spelled: list[str] = []
        except UnknownJobError as unknown:
            spelled = unknown.suggestions
        typos = [s for s in spelled if SequenceMatcher(None, fold(name), fold(s)).ratio() >= 0.9]
        found: list[str] = []
        for job in (*typos, *by_words, *spelled):
            if job not in found:
                found.append(job)
        return found[:limit]

    def automatic(self, name: str) -> str | None:
        """The study job ``name`` is recognised as without the user's titles (steps 1-4 of
        the module docstring), or None when it needs a correspondence."""
        found = self._resolve(name, titles=False)
        return None if isinstance(found, UnknownJobError) else found

    def _resolve(self, name: str, titles: bool = True) -> str | UnknownJobError:
        try:
            return self._study.find_job(name).name
        except UnknownJobError:
            error = UnknownJobError(name, self.suggestions(name))
        bare = [title_key(variant) for variant in title_variants(name)]
        for key in bare if titles else ():
            if key in self._titles:
                return self._titles[key]
        keys = [gender_key(variant) for variant in title_variants(name)]
        for table in (self._by_gender, self._by_appellation):
            for key in keys:
                if key in table:
                    return table[key]
        for key in keys:
            if key in self._shared:  # an appellation several study jobs share: ask
                return UnknownJobError(name, self._shared[key])
        for table in (self._bare, self._bare_appellation):
            for key in bare:
                if key in table:
                    return table[key]
        return error


def _index(pairs: Iterable[tuple[str, str]], key=None,
           ) -> tuple[dict[str, str], dict[str, list[str]]]:
    """key (``gender_key`` by default) → job where one job has it, and key → jobs where several
    share it."""
    key = key or gender_key
    jobs_by_key: dict[str, list[str]] = {}
    for job, text in pairs:
        jobs = jobs_by_key.setdefault(key(text), [])
        if job not in jobs:
            jobs.append(job)
    unique = {k: v[0] for k, v in jobs_by_key.items() if len(v) == 1}
    shared = {k: v for k, v in jobs_by_key.items() if len(v) > 1}
    return unique, shared
