"""Reading and checking the study's data files into a ``Study`` (``data/*.csv``).

Each file is checked on load (``data/SOURCES.md`` says where every figure comes from): a wrong
figure would silently skew every ranking and bridge, so a broken file stops the program with the
file and line to fix. The contradiction flags are computed here, once, from the loaded figures.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from domain.errors import UserError
from domain.study.exposure import flag_reasons
from domain.study.facts import (
    CORE_COUNT,
    FAMILY_COUNT,
    JOB_COUNT,
    LEVEL_COUNT,
    ImpactLevel,
    Job,
    LevelCounts,
    Profile,
    ProfileInfo,
    PublishedRow,
    Qualification,
    Study,
)
from domain.study.files import (
    JOBS_COLUMNS,
    LEVELS_COLUMNS,
    PROFILES_COLUMNS,
    QUALIFICATIONS_COLUMNS,
    SCALE_COLUMNS,
    Row,
    fail,
    parse_choice,
    parse_int,
    parse_score,
    read_table,
)
from domain.text import fold, slug


@lru_cache(maxsize=4)
def load_study(folder: Path | None = None) -> Study:
    """The study read from ``data/`` (or ``folder``), checked, and cached for the session."""
    from domain.paths import DATA_FILES

    folder = Path(folder) if folder else DATA_FILES
    jobs = _read_jobs(folder / "jobs.csv")
    profiles = _read_profiles(folder / "profiles.csv")
    scale = _read_scale(folder / "impact_scale.csv")
    published = _read_qualifications(folder / "qualifications.csv", jobs)
    levels = _read_levels(folder / "core_job_levels.csv", jobs)
    study = Study(jobs, published, levels, profiles, scale)
    study.attach_flags(flag_reasons(study))
    return study


def _read_jobs(path: Path) -> list[Job]:
    rows = read_table(path, JOBS_COLUMNS)
    jobs: list[Job] = []
    seen: dict[str, Row] = {}
    family_names: dict[str, str] = {}
    for row in rows:
        name = row.require("job")
        code = row.require("family_code")
        if not (len(code) == 2 and code.isdigit()):
            fail(row, "family_code", f"code de famille « {code} » invalide (deux chiffres attendus)")
        family = row.require("family")
        if family_names.setdefault(code, family) != family:
            fail(row, "family", f"la famille {code} porte déjà le nom « {family_names[code]} »")
        core = parse_choice(row, "core", {"0": False, "1": True})
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        for text in (name, *aliases):
            if fold(text) in seen:
                fail(row, "job", f"« {text} » apparaît déjà à la ligne {seen[fold(text)].line}")
            seen[fold(text)] = row
        jobs.append(Job(slug(name), name, code, family, core, aliases))
    _expect(path, len(jobs), JOB_COUNT, "métiers")
    _expect(path, len(family_names), FAMILY_COUNT, "familles")
    _expect(path, sum(job.core for job in jobs), CORE_COUNT, "métiers cœur")
    return jobs


def _read_profiles(path: Path) -> list[ProfileInfo]:
    found = []
    for row in read_table(path, PROFILES_COLUMNS):
        profile = parse_choice(row, "profile", {p.value: p for p in Profile})
        found.append(ProfileInfo(profile, row.require("code"), row.require("definition"),
                                 row.require("rule"), row.require("source")))
    if sorted(p.profile.value for p in found) != sorted(p.value for p in Profile):
        raise UserError(f"Le fichier « {path} » doit décrire chacun des 4 profils d'impact une fois.")
    return found


def _read_scale(path: Path) -> list[ImpactLevel]:
    levels = [
        ImpactLevel(parse_int(row, "level", 1, LEVEL_COUNT), row.require("label"),
                    row.require("definition"), row.require("source"))
        for row in read_table(path, SCALE_COLUMNS)
    ]
    if [level.level for level in levels] != list(range(1, LEVEL_COUNT + 1)):
        raise UserError(f"Le fichier « {path} » doit donner les niveaux 1 à 5 dans l'ordre.")
    return levels


def _job_by_name(row: Row, jobs: list[Job]) -> Job:
    name = row.require("job")
    for job in jobs:
        if job.name == name:
            return job
    fail(row, "job", f"métier « {name} » absent de jobs.csv")
    raise AssertionError  # unreachable: fail() raises


def _read_qualifications(path: Path, jobs: list[Job]) -> list[PublishedRow]:
    rows: list[PublishedRow] = []
    for row in read_table(path, QUALIFICATIONS_COLUMNS):
        job = _job_by_name(row, jobs)
        printed = row.require("printed_name")
        if not any(fold(n).startswith(fold(printed)) for n in (job.name, *job.aliases)):
            fail(row, "printed_name", f"« {printed} » ne désigne pas « {job.name} »")
        rows.append(PublishedRow(
            parse_choice(row, "qualification", {q.value: q for q in Qualification}),
            job.id, parse_int(row, "rank", 1, JOB_COUNT), parse_score(row, "score"),
            parse_choice(row, "profile", {p.value: p for p in Profile}),
            printed, row["discrepancy"], row.require("source"),
        ))
        _check_order(path, rows, row)
    for qualification in Qualification:
        these = [r for r in rows if r.qualification is qualification]
        if sorted(r.rank for r in these) != list(range(1, JOB_COUNT + 1)) or \
                {r.job_id for r in these} != {job.id for job in jobs}:
            raise UserError(f"Le fichier « {path} » doit classer chacun des {JOB_COUNT} métiers "
                            f"une fois, rangs 1 à {JOB_COUNT}, pour la qualification « {qualification.value} ».")
    return rows


def _check_order(path: Path, rows: list[PublishedRow], row: Row) -> None:
    """Tables are printed by decreasing score: a rise means a typo in the score or the rank."""
    if len(rows) < 2 or rows[-2].qualification is not rows[-1].qualification:
        return
    before, current = rows[-2], rows[-1]
    if current.rank != before.rank + 1 or current.score > before.score:
        fail(row, "rank", "les lignes d'une qualification doivent suivre les rangs, "
                          "à score décroissant")


def _read_levels(path: Path, jobs: list[Job]) -> list[LevelCounts]:
    found: list[LevelCounts] = []
    for row in read_table(path, LEVELS_COLUMNS):
        job = _job_by_name(row, jobs)
        if not job.core:
            fail(row, "job", f"« {job.name} » n'est pas un métier cœur")
        competencies = parse_int(row, "competencies", 1, 1000)
        counts = tuple(parse_int(row, f"n{i}", 0, 1000) for i in range(1, LEVEL_COUNT + 1))
        if sum(counts) != competencies and not row["discrepancy"]:
            fail(row, "n1", f"les effectifs par niveau totalisent {sum(counts)} au lieu de "
                            f"{competencies} (écart non documenté en colonne « discrepancy »)")
        found.append(LevelCounts(
            job.id, parse_choice(row, "qualification", {q.value: q for q in Qualification}),
            competencies, counts, parse_score(row, "sheet_score"),  # type: ignore[arg-type]
            parse_choice(row, "sheet_profile", {p.value: p for p in Profile}),
            row["discrepancy"], row.require("source"),
        ))
    keys = {(r.job_id, r.qualification) for r in found}
    expected = {(job.id, q) for job in jobs if job.core for q in Qualification}
    if keys != expected or len(found) != len(expected):
        raise UserError(f"Le fichier « {path} » doit donner une ligne par métier cœur et par "
                        f"qualification ({len(expected)} lignes).")
    return found


def _expect(path: Path, found: int, expected: int, what: str) -> None:
    if found != expected:
        raise UserError(f"Le fichier « {path} » décrit {found} {what} au lieu de {expected}.")
