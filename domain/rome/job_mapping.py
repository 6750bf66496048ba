"""The reviewed mapping of the study's 58 jobs to ROME 4.0 job sheets.

The study's authors matched each job to ROME sheets through OPCO Atlas's referential but did not
publish the match. ``data/job_rome.csv`` is our own reconstruction, kept as a plain file so an HR
partner can read, question and correct it: every row names the ROME appellation that justifies the
code and says why in French. Everything that reasons on competencies (matrix, impact levels,
bridges) starts from this mapping, so it is checked strictly on load.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from domain.data_files import read_rows
from domain.errors import Location, UserError
from domain.paths import DATA_FILES
from domain.rome.model import RomeRelease
from domain.text import fold

MAPPING_FILE = "job_rome.csv"
JOBS_FILE = "jobs.csv"
COLUMNS = ("job", "code_rome", "libelle_rome", "appellation_code", "appellation", "rationale")
MAX_CODES = 3
_CODE = re.compile(r"^[A-N]\d{4}$")


@dataclass(frozen=True)
class RomeMapping:
    """One ROME sheet retained for a job, with the appellation and reason that justify it."""

    code_rome: str
    rome_label: str
    appellation_code: str
    appellation: str
    rationale: str


def _study_jobs(data_dir: Path) -> list[str]:
    """Canonical job names, in the order of ``data/jobs.csv``."""
    return [row["job"] for row in read_rows(data_dir / JOBS_FILE, ("job",))]


def _parse_row(path: Path, line: int, row: dict[str, str], jobs: dict[str, str]) -> tuple[str, RomeMapping]:
    job = jobs.get(fold(row["job"]))
    if job is None:
        raise UserError(f"Métier inconnu « {row['job']} » (absent de {JOBS_FILE})",
                        Location(str(path), line, "job"))
    code = row["code_rome"].upper()
    if not _CODE.match(code):
        raise UserError(f"Code ROME invalide « {row['code_rome']} » (attendu : une lettre A à N "
                        "suivie de 4 chiffres, par ex. D1408)", Location(str(path), line, "code_rome"))
    for column in ("appellation_code", "appellation", "rationale"):
        if not row[column]:
            raise UserError(f"Valeur manquante pour le code {code}", Location(str(path), line, column))
    if not row["appellation_code"].isdigit():
        raise UserError(f"Code d'appellation invalide « {row['appellation_code']} » (nombre attendu)",
                        Location(str(path), line, "appellation_code"))
    return job, RomeMapping(code, row["libelle_rome"], row["appellation_code"], row["appellation"],
                            row["rationale"])


def read_job_rome_map(data_dir: Path = DATA_FILES) -> dict[str, list[RomeMapping]]:
    """Read and validate the mapping file of ``data_dir`` (not cached: tests and reviews)."""
    path = data_dir / MAPPING_FILE
    rows = read_rows(path, COLUMNS)
    study_jobs = _study_jobs(data_dir)
    jobs = {fold(j): j for j in study_jobs}
    mapping: dict[str, list[RomeMapping]] = {}
    for row in rows:
        line = row.line
        job, entry = _parse_row(path, line, {k: row[k] for k in row.values}, jobs)
        entries = mapping.setdefault(job, [])
        if any(e.code_rome == entry.code_rome for e in entries):
            raise UserError(f"Code {entry.code_rome} en double pour « {job} »",
                            Location(str(path), line, "code_rome"))
        if len(entries) == MAX_CODES:
            raise UserError(f"Plus de {MAX_CODES} codes ROME pour « {job} »",
                            Location(str(path), line))
        entries.append(entry)
    absent = [j for j in study_jobs if j not in mapping]
    if absent:
        raise UserError("Métiers sans code ROME : " + " ; ".join(f"« {j} »" for j in absent),
                        Location(str(path)))
    return {job: mapping[job] for job in study_jobs}


@functools.cache
def load_job_rome_map() -> dict[str, list[RomeMapping]]:
    """The shipped mapping, keyed by the job names of ``data/jobs.csv`` (read once)."""
    return read_job_rome_map(DATA_FILES)


def rome_codes(job_name: str) -> list[str]:
    """ROME codes of a job; the name is matched case- and accent-insensitively."""
    from domain.errors import UnknownJobError
    from domain.text import closest

    mapping = load_job_rome_map()
    by_key = {fold(job): job for job in mapping}
    job = by_key.get(fold(job_name))
    if job is None:
        raise UnknownJobError(job_name, closest(job_name, mapping))
    return [m.code_rome for m in mapping[job]]


def validate_against_release(
    release: RomeRelease, mapping: dict[str, list[RomeMapping]] | None = None
) -> list[str]:
    """French warnings for mapped codes or appellations a newer release no longer has.

    A release can retire or move sheets; the mapping then needs a review rather than a crash.
    """
    mapping = load_job_rome_map() if mapping is None else mapping
    appellations = {a.code: a for a in release.appellations}
    warnings: list[str] = []
    for job, entries in mapping.items():
        for entry in entries:
            if entry.code_rome not in release.sheets:
                warnings.append(f"« {job} » : la fiche {entry.code_rome} n'existe pas dans la "
                                f"version {release.version} du ROME.")
                continue
            found = appellations.get(entry.appellation_code)
            if found is None:
                warnings.append(f"« {job} » : l'appellation {entry.appellation_code} "
                                f"« {entry.appellation} » n'existe pas dans la version "
                                f"{release.version} du ROME.")
            elif found.code_rome != entry.code_rome:
                warnings.append(f"« {job} » : l'appellation « {found.label} » est rattachée à la "
                                f"fiche {found.code_rome}, pas à {entry.code_rome}.")
    return warnings
