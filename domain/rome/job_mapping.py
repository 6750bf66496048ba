"""The reviewed mapping of the study's 58 jobs to ROME 4.0 job sheets.

The study's authors matched each job to ROME sheets through OPCO Atlas's referential but did not
publish the match. ``data/job_rome.csv`` is our own reconstruction, kept as a plain file so an HR
partner can read, question and correct it: every row names the ROME appellation that justifies the
code and says why in French. Everything that reasons on competencies (matrix, impact levels,
bridges) starts from this mapping, so it is checked strictly on load.

The codes are those of ROME v4.60; a later release may recode or remove sheets. Each row is
then followed through its appellation (``follow_mapping``), and everything uses the codes of
``job_codes(release)`` / ``job_rome_map(release)``, never the file's codes directly
(``load_job_rome_map`` stays for names, appellations and reasons).
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


def rome_codes(job_name: str, release: RomeRelease | None = None) -> list[str]:
    """ROME codes of a job; the name is matched case- and accent-insensitively.

    Without ``release``: the codes as written in ``data/job_rome.csv``; with it: the codes
    followed into that release (``job_codes``), the ones every computation must use.
    """
    mapping = load_job_rome_map()
    job = canonical_job(job_name)
    if release is not None:
        return list(job_codes(release)[job])
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


# --- following the mapping into a release (issue 12) -----------------------------------------
#
# ROME appellation codes are stable across releases, while sheets are created, recoded, merged
# or removed. Each row of the mapping names the appellation that justifies its code, so a newer
# release is followed through it: the row leads to the sheet that now holds its appellation.

UNCHANGED = "inchangee"  # same sheet as in the previous release
FOLLOWED = "suivie"  # another sheet: the appellation moved, or its sheet was recoded or merged
KEPT = "conservee"  # the appellation is gone but the sheet is still there: kept, to review
LOST = "perdue"  # neither the appellation nor the sheet (nor a successor) is left: reported

MappingKey = tuple[str, str, str]  # (job, code as written in job_rome.csv, appellation code)


@dataclass(frozen=True)
class FollowedCode:
    """One row of ``data/job_rome.csv`` followed into a release.

    ``previous`` is the sheet the row led to in the release imported before ('' when it was
    already lost); ``code_rome`` the sheet it leads to now ('' when lost: the job keeps its
    other codes). ``status`` is one of ``inchangee``, ``suivie``, ``conservee``, ``perdue``;
    ``reason`` says why in French, for the import's output and its dialog.
    """

    job: str
    mapping: RomeMapping
    previous: str
    code_rome: str
    status: str
    reason: str
    sheet_label: str = ""

    @property
    def key(self) -> MappingKey:
        return (self.job, self.mapping.code_rome, self.mapping.appellation_code)

    @property
    def changed(self) -> bool:
        """True when the row leads to another sheet than before, or was lost or kept."""
        return self.status != UNCHANGED

    def to_dict(self) -> dict[str, str]:
        return {"job": self.job, "written_code": self.mapping.code_rome,
                "appellation_code": self.mapping.appellation_code,
                "appellation": self.mapping.appellation, "previous": self.previous,
                "code_rome": self.code_rome, "rome_label": self.sheet_label,
                "status": self.status, "reason": self.reason}


def follow_mapping(
    release: RomeRelease,
    mapping: dict[str, list[RomeMapping]] | None = None,
    previous: dict[MappingKey, str] | None = None,
    successors: dict[str, str] | None = None,
) -> list[FollowedCode]:
    """Follow every row of the mapping into ``release``, in the file's order.

    ``previous`` gives each row's sheet in the release imported before (absent: the code as
    written); ``successors`` maps a sheet that disappeared to the sheet that took most of its
    appellations (``domain.rome.changes``). Rules, in order: the sheet that now holds the
    row's appellation; else the previous sheet if it still exists; else its successor; else
    the row is lost.
    """
    mapping = load_job_rome_map() if mapping is None else mapping
    previous, successors = previous or {}, successors or {}
    where = {a.code: a for a in release.appellations}
    followed = []
    for job, entries in mapping.items():
        for entry in entries:
            before = previous.get((job, entry.code_rome, entry.appellation_code), entry.code_rome)
            code, status, reason = _follow_one(entry, before, where.get(entry.appellation_code),
                                               release, successors)
            sheet = release.sheets.get(code)
            followed.append(FollowedCode(job, entry, before, code, status, reason,
                                         sheet.label if sheet else ""))
    return followed


def _follow_one(entry: RomeMapping, before: str, found, release: RomeRelease,
                successors: dict[str, str]) -> tuple[str, str, str]:
    label = f"l'appellation {entry.appellation_code} « {entry.appellation} »"
    if found is not None:
        if found.code_rome == before:
            return before, UNCHANGED, f"{label} est toujours sur la fiche {before}"
        if not before:
            return found.code_rome, FOLLOWED, f"{label} est de retour, sur la fiche {found.code_rome}"
        gone = "" if before in release.sheets else f" (la fiche {before} n'existe plus)"
        return found.code_rome, FOLLOWED, f"{label} est passée de {before} à {found.code_rome}{gone}"
    if before in release.sheets:
        return before, KEPT, (f"{label} n'existe plus ; la fiche {before} est gardée, à revoir "
                              f"dans {MAPPING_FILE}")
    successor = successors.get(before, "")
    if successor in release.sheets:
        return successor, FOLLOWED, (f"{label} n'existe plus et la fiche {before} a été remplacée "
                                     f"par {successor}")
    if not before:
        return "", LOST, f"{label} est toujours absente de cette version"
    return "", LOST, (f"la fiche {before} et {label} n'existent plus : ce rattachement est perdu, "
                      f"les autres rattachements du métier sont gardés ; à revoir dans "
                      f"{MAPPING_FILE}")


def followed_codes(release: RomeRelease) -> list[FollowedCode]:
    """The shipped mapping as it stands in ``release`` (cached on the release).

    A release read from the store carries the rows followed when it was imported
    (``RomeRelease.followed``); rows it does not know (a newer ``job_rome.csv``) and releases
    read from files (``--rome``) are followed from the code as written.
    """
    cached = release.derived.get("followed")
    if cached is None:
        stored = release.followed or {}
        cached = []
        for row in follow_mapping(release):
            if row.key in stored:
                previous, code, status, reason = stored[row.key]
                sheet = release.sheets.get(code)
                row = FollowedCode(row.job, row.mapping, previous, code, status, reason,
                                   sheet.label if sheet else "")
            cached.append(row)
        release.derived["followed"] = cached
    return cached


def job_rome_map(release: RomeRelease | None) -> dict[str, list[RomeMapping]]:
    """The mapping as ``load_job_rome_map`` with each code replaced by its followed sheet.

    A lost row keeps its code as written (absent from ``release``: shown as missing, never
    used); two rows leading to the same sheet give one entry. ``None`` gives the file as is.
    """
    if release is None:
        return load_job_rome_map()
    result: dict[str, list[RomeMapping]] = {job: [] for job in load_job_rome_map()}
    for row in followed_codes(release):
        entry = row.mapping
        if row.code_rome and row.code_rome != entry.code_rome:
            entry = RomeMapping(row.code_rome, row.sheet_label or entry.rome_label,
                                entry.appellation_code, entry.appellation, entry.rationale)
        if all(e.code_rome != entry.code_rome for e in result[row.job]):
            result[row.job].append(entry)
    return result


def job_codes(release: RomeRelease) -> dict[str, list[str]]:
    """ROME codes of each of the 58 jobs in ``release``: followed, present, each once."""
    cached = release.derived.get("job_codes")
    if cached is None:
        cached = {job: [e.code_rome for e in entries if e.code_rome in release.sheets]
                  for job, entries in job_rome_map(release).items()}
        release.derived["job_codes"] = cached
    return cached


def canonical_job(name: str) -> str:
    """The study's name for ``name`` as ``data/job_rome.csv`` writes it.

    Case-, accent- and apostrophe-insensitive, and as people type it (feminine, inclusive or
    article-less form, ``Study.find_job``). Raises ``UnknownJobError`` (French, with up to
    three suggestions) when no job of the 58 matches.
    """
    from domain.errors import UnknownJobError
    from domain.text import closest

    jobs = load_job_rome_map()
    by_key = {fold(job): job for job in jobs}
    job = by_key.get(fold(name))
    if job is None:
        from domain.study import load_study

        try:  # as people type it: feminine, inclusive or article-less (Study.find_job)
            job = load_study().find_job(name).name
        except UnknownJobError:
            job = None
    if job is None or job not in jobs:
        raise UnknownJobError(name, closest(name, jobs))
    return job
