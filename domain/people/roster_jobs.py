"""Matching the job written in a roster to one of the study's 58 jobs.

HR files rarely use the study's exact wording: they write the feminine form ("Chargée
d'assistance", "Infirmière d'assistance"), inclusive forms ("Chargé(e)", "technicien·ne") or a
ROME appellation ("Téléconseiller / Téléconseillère"). We try, in order:

1. the study's own lookup (``Study.find_job``: case, accents, punctuation, aliases);
2. the same names with grammatical gender folded away on both sides ("chargée" → "chargé",
   "formatrice" → "formateur", "technicienne" → "technicien"), only where the key is unique;
3. the ROME appellations retained for each job in ``data/job_rome.csv`` (both gendered halves
   of "Chargé / Chargée d'accueil"), only when the appellation belongs to one job.

Anything else is an :class:`UnknownJobError` with the study's closest suggestions. Appellations
of the whole ROME (11,000 titles) are not used: most belong to sheets shared by several study
jobs, and a silent wrong match would be worse than a question to the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.errors import UnknownJobError
from domain.text import fold

# (feminine ending, masculine ending) on folded words, longest first.
_ENDINGS = (
    ("trices", "teurs"), ("trice", "teur"), ("euses", "eurs"), ("euse", "eur"),
    ("iennes", "iens"), ("ienne", "ien"), ("iere", "ier"), ("ieres", "iers"),
    ("eres", "ers"), ("ere", "er"), ("ees", "es"), ("ee", "e"), ("antes", "ants"),
    ("ante", "ant"), ("ives", "ifs"), ("ive", "if"), ("ales", "aux"), ("ale", "al"),
    ("effe", "ef"), ("ente", "ent"),
)
_INCLUSIVE = re.compile(r"\s*\((?:e|es|ne|nes|ere|eres|euse|trice|rice|ive)\)|[.·•](?:e|es|ne|nes)\b")
_SPLIT = re.compile(r"([\s'/-]+)")



def gender_key(text: str) -> str:
    """A key that is the same for the masculine, feminine and inclusive forms of a title."""
    folded = _INCLUSIVE.sub("", fold(text))
    words = []
    for part in _SPLIT.split(folded):
        for feminine, masculine in _ENDINGS:
            if part.endswith(feminine) and len(part) > len(feminine) + 1:
                part = part[: -len(feminine)] + masculine
                break
        if len(part) > 3 and part.endswith("s") and not part.endswith("ss"):
            part = part[:-1]  # "dossiers" and "dossier", "prestataires" and "prestataire"
        words.append(part)
    return re.sub(r"[^a-z0-9]+", " ", "".join(words)).strip()


def title_variants(label: str) -> set[str]:
    """A ROME label and its two gendered forms.

    "Chargé / Chargée d'accueil" gives "Chargé d'accueil" and "Chargée d'accueil";
    "Agent administratif / Agente administrative" gives both two-word forms.
    """
    variants = {label}
    if " / " in label:
        left, right = (part.strip() for part in label.split(" / ", 1))
        tail = right.split()[len(left.split()):]
        variants |= {right, " ".join([left, *tail])}
    return variants


class JobMatcher:
    """Resolves roster job names; built once per import (the lookups are dictionaries)."""

    def __init__(self, study=None, mapping: dict | None = None) -> None:
        if study is None:
            from domain.study import load_study

            study = load_study()
        if mapping is None:
            from domain.rome.job_mapping import load_job_rome_map

            mapping = load_job_rome_map()
        self._study = study
        self._by_gender, _ = _index((job.name, name) for job in study.jobs
                                    for name in (job.name, *job.aliases))
        self._by_appellation, self._shared = _index(
            (job, variant) for job, entries in mapping.items() for entry in entries
            for variant in title_variants(entry.appellation))
        self._cache: dict[str, str | UnknownJobError] = {}

    def match(self, name: str) -> str:
        """The study's job name for ``name``; raises UnknownJobError with suggestions."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._resolve(name)
        if isinstance(found, UnknownJobError):
            raise found
        return found

    def _resolve(self, name: str) -> str | UnknownJobError:
        try:
            return self._study.find_job(name).name
        except UnknownJobError as unknown:
            error = unknown
        keys = [gender_key(variant) for variant in title_variants(name)]
        for table in (self._by_gender, self._by_appellation):
            for key in keys:
                if key in table:
                    return table[key]
        for key in keys:
            if key in self._shared:  # an appellation several study jobs share: ask
                return UnknownJobError(name, self._shared[key])
        return error


def _index(pairs: Iterable[tuple[str, str]]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """gender key → job where one job has it, and key → jobs where several share it."""
    jobs_by_key: dict[str, list[str]] = {}
    for job, text in pairs:
        jobs = jobs_by_key.setdefault(gender_key(text), [])
        if job not in jobs:
            jobs.append(job)
    unique = {k: v[0] for k, v in jobs_by_key.items() if len(v) == 1}
    shared = {k: v for k, v in jobs_by_key.items() if len(v) > 1}
    return unique, shared
