"""A 1–5 generative-AI impact estimate for every ROME competency of the study's 58 jobs.

The study rated 674 competencies by hand but did not publish the ratings. To reason on the
competencies a bridge asks for or leaves behind, we need a level for each ROME item the jobs use,
so we estimate it with *transparent rules* read from ``data/competency_level_rules.csv``: each
rule looks for word stems in the item label, its macro-competency or its ROME category and gives
a level with a justification in French, following the study's section 3.3 (information
processing, writing, classifying and data are the most exposed; empathy, trust, judgement in
complex or urgent situations and physical work the least). The first matching rule wins, so the
file reads top-down like a decision list. An HR partner who disagrees with an estimate records an
override (table ``competency_override``), which always beats the rules.

The rules are checked against the study itself: recomputing the 58 job scores from the estimated
levels must rank the jobs like the business experts did (Spearman, see :func:`spearman`).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from domain.data_files import read_rows
from domain.errors import Location, UserError
from domain.paths import DATA_FILES
from domain.rome.job_mapping import canonical_job, load_job_rome_map
from domain.rome.model import RomeItem, RomeRelease
from domain.store.connection import transaction
from domain.text import fold

RULES_FILE = "competency_level_rules.csv"
RULE_COLUMNS = ("rule", "level", "field", "kinds", "pattern", "justification")
FIELDS = ("label", "macro", "label_or_macro", "subcategory", "category", "any")
KINDS = ("savoir_faire", "savoir_etre", "savoir")
LEVELS = (1, 2, 3, 4, 5)
# Diplomas and licences name a training path, not something a person does at work; the study's
# 25–50 competencies per job do not include them, so they get no level and are not counted.
UNRATED_CATEGORIES = frozenset({fold("Certifications et habilitations")})

Overrides = Mapping[tuple[str, str], int]


@dataclass(frozen=True)
class LevelRule:
    """One line of the rules file: where to look, which stems, which level and why."""

    name: str
    level: int
    field: str
    kinds: frozenset[str]
    stems: tuple[str, ...]
    justification: str
    line: int = 0

    @functools.cached_property
    def _regex(self) -> re.Pattern[str]:
        # A stem matches at the start of a word ("redig" finds "Rédiger", not "prérédigé");
        # a stem written "^install" only matches at the start of the text (the leading verb).
        anchored = [re.escape(stem[1:]) for stem in self.stems if stem.startswith("^")]
        anywhere = [re.escape(stem) for stem in self.stems if not stem.startswith("^")]
        parts = []
        if anchored:
            parts.append("^(?:" + "|".join(anchored) + ")")
        if anywhere:
            parts.append(r"(?<![a-z0-9])(?:" + "|".join(anywhere) + ")")
        return re.compile("|".join(parts) or "(?!)")

    def matches(self, item: RomeItem) -> bool:
        if self.kinds and item.kind not in self.kinds:
            return False
        if self.field == "any":
            return True
        return any(self._regex.search(text) for text in _texts(item, self.field))


def _texts(item: RomeItem, field: str) -> tuple[str, ...]:
    if field == "label":
        return (_fold(item.label),)
    if field == "macro":
        return (_fold(item.macro_label),)
    if field == "label_or_macro":
        return (_fold(item.label), _fold(item.macro_label))
    if field == "subcategory":
        return (_fold(item.subcategory),)
    return (_fold(item.category),)


@functools.lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Folded labels, cached: the same few thousand labels are tested against every rule."""
    return fold(text)


@dataclass(frozen=True)
class LevelEstimate:
    level: int
    rule: str
    reason: str


class JobItemLevel(NamedTuple):
    """An item of a job with the level used for it and whether it is our estimate."""

    item: RomeItem
    level: int
    is_estimate: bool


def read_rules(path: Path) -> tuple[LevelRule, ...]:
    """Read and validate a rules file; errors name the file, line and column."""
    rows = read_rows(path, RULE_COLUMNS)
    rules = tuple(_parse_rule(path, row.line, {k: row[k] for k in row.values}) for row in rows)
    seen: set[str] = set()
    for rule in rules:
        if rule.name in seen:
            raise UserError(f"Nom de règle en double « {rule.name} »",
                            Location(str(path), rule.line, "rule"))
        seen.add(rule.name)
    if not any(r.field == "any" and not r.kinds for r in rules):
        raise UserError("Il manque une règle par défaut (champ « any », toutes natures) en fin "
                        "de fichier", Location(str(path)))
    return rules


def _parse_rule(path: Path, line: int, row: dict[str, str]) -> LevelRule:
    def where(column: str) -> Location:
        return Location(str(path), line, column)

    if not row["rule"]:
        raise UserError("Nom de règle manquant", where("rule"))
    if row["level"] not in {str(level) for level in LEVELS}:
        raise UserError(f"Niveau invalide « {row['level']} » (attendu : 1 à 5)", where("level"))
    if row["field"] not in FIELDS:
        raise UserError(f"Champ inconnu « {row['field']} » (attendu : {', '.join(FIELDS)})",
                        where("field"))
    kinds = frozenset(k.strip() for k in row["kinds"].split("|") if k.strip())
    if kinds - set(KINDS):
        raise UserError(f"Nature inconnue dans « {row['kinds']} » (attendu : {', '.join(KINDS)})",
                        where("kinds"))
    stems = tuple(fold(s) for s in row["pattern"].split("|") if s.strip())
    if row["field"] != "any" and not stems:
        raise UserError("Motif vide : indiquez au moins un radical", where("pattern"))
    if not row["justification"]:
        raise UserError("Justification manquante", where("justification"))
    return LevelRule(row["rule"], int(row["level"]), row["field"], kinds, stems,
                     row["justification"], line)


@functools.cache
def load_rules() -> tuple[LevelRule, ...]:
    """The shipped rules (read once)."""
    return read_rules(DATA_FILES / RULES_FILE)


def is_rated(item: RomeItem) -> bool:
    """Whether the item is a competency the study would rate (diplomas are not)."""
    return fold(item.category) not in UNRATED_CATEGORIES


def estimate_level(item: RomeItem, rules: Sequence[LevelRule] | None = None) -> LevelEstimate:
    """The level of the first rule that matches the item, with that rule's justification."""
    if rules is None:
        return _estimate_with_shipped_rules(item)
    return _first_match(item, rules)


@functools.lru_cache(maxsize=1 << 15)
def _estimate_with_shipped_rules(item: RomeItem) -> LevelEstimate:
    return _first_match(item, load_rules())


def _first_match(item: RomeItem, rules: Sequence[LevelRule]) -> LevelEstimate:
    for rule in rules:
        if rule.matches(item):
            return LevelEstimate(rule.level, rule.name, rule.justification)
    raise UserError(f"Aucune règle ne s'applique à « {item.label} » : ajoutez une règle par défaut")


def job_items(job_name: str, release: RomeRelease) -> list[RomeItem]:
    """Rated items of all the job's ROME sheets, each once, in sheet then file order."""
    from domain.rome.job_mapping import rome_codes

    seen: dict[str, RomeItem] = {}
    for code in rome_codes(job_name, release):  # followed into this release (issue 12)
        for link in release.sheet_items.get(code, []):
            item = release.items.get(link.item_code)
            if item is not None and item.code not in seen and is_rated(item):
                seen[item.code] = item
    return list(seen.values())


def job_levels(
    job_name: str,
    release: RomeRelease,
    overrides: Overrides | None = None,
    rules: Sequence[LevelRule] | None = None,
) -> list[JobItemLevel]:
    """(item, level, is_estimate) for each rated item of the job; overrides beat the rules."""
    job = _canonical(job_name)
    overrides = overrides or {}
    result = []
    for item in job_items(job, release):
        chosen = overrides.get((job, item.code))
        if chosen is None:
            result.append(JobItemLevel(item, estimate_level(item, rules).level, True))
        else:
            result.append(JobItemLevel(item, chosen, False))
    return result


def level_counts(levels: Sequence[int]) -> list[int]:
    """How many items sit at each level 1..5."""
    return [sum(1 for level in levels if level == wanted) for wanted in LEVELS]


def raw_exposure(counts: Sequence[int]) -> float:
    """Mean level weight of a job's items, with the study weighting of ``domain.study.exposure``."""
    if not sum(counts):
        return 0.0
    from domain.study.exposure import raw_exposure as study_raw_exposure

    return study_raw_exposure(counts)


def recomputed_scores(
    release: RomeRelease,
    overrides: Overrides | None = None,
    rules: Sequence[LevelRule] | None = None,
) -> dict[str, float]:
    """Exposure score (0–1) of every job from the levels of its ROME items.

    As in the study, raw exposures are divided by the largest one, so the most exposed job
    scores 1 and the others are placed relative to it.
    """
    raw = {}
    for job in load_job_rome_map():
        levels = [entry.level for entry in job_levels(job, release, overrides, rules)]
        raw[job] = raw_exposure(level_counts(levels))
    return relative_scores(raw)


def relative_scores(raw: dict[str, float]) -> dict[str, float]:
    """Raw exposures divided by the largest one, as the study places jobs on a 0–1 scale."""
    top = max(raw.values(), default=0.0)
    return {job: (value / top if top else 0.0) for job, value in raw.items()}


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    """Spearman rank correlation (Pearson on tie-averaged ranks); 0.0 when a side is constant."""
    if len(a) != len(b):
        raise ValueError("the two series must have the same length")
    if len(a) < 2:
        return 0.0
    ra, rb = ranks(a), ranks(b)
    mean_a, mean_b = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(ra, rb, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in ra)
    var_b = sum((y - mean_b) ** 2 for y in rb)
    if not var_a or not var_b:
        return 0.0
    return cov / (var_a * var_b) ** 0.5


def _canonical(job_name: str) -> str:
    """The job name as in ``data/jobs.csv`` (raises UnknownJobError with suggestions)."""
    return canonical_job(job_name)


# --- user overrides (table ``competency_override``, migration 3) -----------------------------


def set_override(conn: sqlite3.Connection, job: str, item_code: str, level: int) -> None:
    """Record the user's own level for an item of a job (replaces a previous one)."""
    if level not in LEVELS:
        raise UserError(f"Niveau invalide « {level} » : choisissez un niveau de 1 à 5")
    conn.execute(
        "INSERT INTO competency_override(job, item_code, level, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(job, item_code) DO UPDATE SET level = excluded.level, "
        "updated_at = excluded.updated_at",
        (_canonical(job), item_code, level, datetime.now(UTC).isoformat(timespec="seconds")),
    )


def clear_override(conn: sqlite3.Connection, job: str, item_code: str) -> bool:
    """Go back to the estimated level; False when there was no override."""
    cursor = conn.execute("DELETE FROM competency_override WHERE job = ? AND item_code = ?",
                          (_canonical(job), item_code))
    return cursor.rowcount > 0


def load_overrides(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """Every override as {(job, item_code): level}."""
    rows = conn.execute("SELECT job, item_code, level FROM competency_override").fetchall()
    return {(row[0], row[1]): int(row[2]) for row in rows}


def set_competency_level(conn: sqlite3.Connection, *, job: str, item_code: str,
                         level: int | None) -> dict[tuple[str, str], int]:
    """The user action « change a competency's level » (``None``: back to the estimate).

    One transaction. Returns every override as stored afterwards ({(job, item code): 1–5}), so
    a caller on another thread gets plain data to show. Raises ``UserError`` (French) for a level
    outside 1–5 or an unknown job; nothing is written then.
    """
    with transaction(conn):
        if level is None:
            clear_override(conn, job, item_code)
        else:
            set_override(conn, job, item_code, level)
    return load_overrides(conn)


def reset_job_levels(conn: sqlite3.Connection, *, job: str) -> dict[tuple[str, str], int]:
    """The user action « back to the estimates for this job »: drops all of its overrides.

    One transaction; returns every override as stored afterwards (other jobs keep theirs).
    """
    with transaction(conn):
        conn.execute("DELETE FROM competency_override WHERE job = ?", (_canonical(job),))
    return load_overrides(conn)
