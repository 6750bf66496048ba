"""Each study job's retained competencies (« compétences retenues »), and the user's changes.

A ROME sheet describes a whole trade: the remote-customer-service sheet sells, the ARM sheet
regulates SAMU calls. As the study's business experts did for the core jobs (§4.2, 11 to 46
« compétences retenues » per job), each of the 58 jobs keeps only the items of its sheets that
apply in the assistance context. ``data/job_profiles.csv`` holds that choice, one row per
(job, item) with the sheet it comes from, the kind, the core flag and the reason; it is produced
by ``bench/make_job_profiles.py`` from reviewed rules (see ``data/SOURCES.md``).

An HR partner retains or drops an item for a job (``domain.matching.profile_edits``: table
``job_profile_override``, migration 4); :func:`job_profiles` applies those changes to the shipped file and adds each item's impact level
(``domain.matching.competency_levels``: the user's level, else the rules' estimate). Everything
that weighs a job's competencies — the job × competency matrix, hence similarity, coverage, gaps,
training plans, reports and the graph — reads the profile, not the whole sheets.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from domain.data_files import read_rows
from domain.errors import Location, UserError
from domain.paths import DATA_FILES
from domain.rome.job_mapping import canonical_job  # noqa: F401 - part of this module's API
from domain.rome.model import ItemKind, RomeRelease
from domain.text import fold

PROFILES_FILE = "job_profiles.csv"
COLUMNS = ("job", "sheet", "item_code", "label", "kind", "core", "rule", "reason")
KINDS: dict[str, ItemKind] = {"savoir-faire": "savoir_faire", "savoir-être": "savoir_etre",
                              "savoir": "savoir"}
KIND_ORDER = {"savoir_faire": 0, "savoir_etre": 1, "savoir": 2}
USER_RULE = "utilisateur"
# The documented size of a profile (README, data/SOURCES.md: the generator refuses a profile
# outside it); a user may go below it, with a warning, but never to an empty profile, which the
# competency matrix would read as « no profile » and replace by the whole sheets.
PROFILE_MIN, PROFILE_MAX = 15, 60
RETIRED_SHEET = "fiche retirée"  # a retained item none of the job's current sheets lists


@dataclass(frozen=True)
class ProfileEntry:
    """One row of ``data/job_profiles.csv``: an item a job retains, and why."""

    job: str
    item_code: str
    label: str
    kind: ItemKind
    core: bool
    sheet: str
    rule: str
    reason: str
    line: int = 0


@dataclass(frozen=True)
class RetainedItem:
    """An item of a job's profile as the application uses it.

    ``level`` is the generative-AI impact level 1–5 (the user's, else the rules' estimate; None
    for an unrated item). ``rule`` is the file's rule, or ``utilisateur`` for an item the user
    retained.
    """

    code: str
    label: str
    kind: ItemKind
    core: bool
    level: int | None
    sheet: str
    rule: str
    reason: str


@dataclass(frozen=True)
class JobProfile:
    """A job, its ROME sheets (mapping order) and its retained items (kind, core first)."""

    job: str
    sheets: tuple[str, ...]
    retained: tuple[RetainedItem, ...]

    def core_flags(self) -> dict[str, bool]:
        """{item code: core} — what the competency matrix needs."""
        return {item.code: item.core for item in self.retained}

    def codes(self) -> frozenset[str]:
        return frozenset(item.code for item in self.retained)


@dataclass(frozen=True)
class CandidateItem:
    """An item of a job's ROME sheets its profile does not retain (what ``--retain`` may name).

    ``sheet`` is the first of the job's sheets that lists it as core, else the first that lists
    it; ``core`` says whether it is core (« Principale » or « Émergente ») on one of them.
    """

    code: str
    label: str
    kind: ItemKind
    core: bool
    sheet: str


# --- the shipped file -------------------------------------------------------------------------


def read_profile_file(data_dir: Path = DATA_FILES) -> dict[str, list[ProfileEntry]]:
    """Rows of ``data_dir/job_profiles.csv`` by job (``data/jobs.csv`` names and order).

    Raises UserError naming the file, line and column for an unknown job, a bad kind, core flag
    or item code, or an item listed twice for the same job.
    """
    from domain.rome.job_mapping import read_job_rome_map

    jobs = {fold(job): job for job in read_job_rome_map(data_dir)}
    path = data_dir / PROFILES_FILE
    found: dict[str, list[ProfileEntry]] = {job: [] for job in jobs.values()}
    seen: set[tuple[str, str]] = set()
    for row in read_rows(path, COLUMNS):
        job = jobs.get(fold(row["job"]))
        if job is None:
            row.fail("job", f"métier inconnu « {row['job']} » (absent de jobs.csv)")
        code = row.require("item_code")
        if not code.isdigit():
            row.fail("item_code", f"code d'élément ROME invalide « {code} » (nombre attendu)")
        kind = KINDS.get(row.require("kind"))
        if kind is None:
            row.fail("kind", f"nature inconnue « {row['kind']} » (attendu : {', '.join(KINDS)})")
        if row["core"] not in ("0", "1"):
            row.fail("core", f"« {row['core']} » au lieu de 1 (cœur de métier) ou 0")
        if (job, code) in seen:
            row.fail("item_code", f"élément {code} en double pour « {job} »")
        seen.add((job, code))
        found[job].append(ProfileEntry(job, code, row.require("label"), kind, row["core"] == "1",
                                       row.require("sheet"), row["rule"], row["reason"], row.line))
    empty = [job for job, entries in found.items() if not entries]
    if empty:
        raise UserError("Métiers sans profil : " + " ; ".join(f"« {j} »" for j in empty),
                        Location(str(path)))
    return found


@functools.cache
def load_profile_file() -> dict[str, list[ProfileEntry]]:
    """The shipped profiles (read once)."""
    return read_profile_file(DATA_FILES)


def validate_against_release(release: RomeRelease,
                             entries: Mapping[str, Sequence[ProfileEntry]] | None = None) -> list[str]:
    """French warnings for profile items a release does not have; they are left out, not fatal.

    A newer release can retire an item or move it off a sheet: the profile then needs a review
    (rerun ``bench/make_job_profiles.py``) rather than a crash.
    """
    entries = load_profile_file() if entries is None else entries
    warnings = []
    for job, rows in entries.items():
        for entry in rows:
            if entry.item_code not in release.items:
                warnings.append(f"« {job} » : l'élément {entry.item_code} « {entry.label} » "
                                f"(ligne {entry.line}) n'existe pas dans la version "
                                f"{release.version} du ROME ; il est ignoré.")
    return warnings


# --- effective profiles -----------------------------------------------------------------------


def job_profiles(release: RomeRelease, overrides: Mapping[tuple[str, str], bool] | None = None,
                 level_overrides: Mapping[tuple[str, str], int] | None = None,
                 entries: Mapping[str, Sequence[ProfileEntry]] | None = None) -> dict[str, JobProfile]:
    """Every job's profile: the shipped rows, minus dropped and plus retained items.

    ``overrides`` is {(job, item code): retained} (:func:`load_profile_overrides`);
    ``level_overrides`` the user's impact levels {(job, item code): 1–5}. Items absent from
    ``release`` are left out (see :func:`validate_against_release`). A profile's ``sheets`` are
    the job's codes followed into ``release`` (``job_codes``, issue 12).
    """
    from domain.rome.job_mapping import job_codes

    entries = load_profile_file() if entries is None else entries
    codes = job_codes(release)
    overrides = overrides or {}
    by_job: dict[str, dict[str, bool]] = {}
    for (job, code), retained in overrides.items():
        by_job.setdefault(job, {})[code] = retained
    return {job: _profile(job, tuple(codes[job]), entries.get(job, ()),
                          by_job.get(job, {}), release, level_overrides or {})
            for job in codes}


def job_profile(release: RomeRelease, job: str,
                overrides: Mapping[tuple[str, str], bool] | None = None,
                level_overrides: Mapping[tuple[str, str], int] | None = None) -> JobProfile:
    """One job's profile (any spelling of its name), as :func:`job_profiles` builds it."""
    from domain.rome.job_mapping import job_codes

    name = canonical_job(job)
    changes = {code: kept for (owner, code), kept in (overrides or {}).items() if owner == name}
    sheets = tuple(job_codes(release)[name])
    return _profile(name, sheets, load_profile_file().get(name, ()), changes, release,
                    level_overrides or {})


def _profile(job: str, sheets: tuple[str, ...], rows: Sequence[ProfileEntry],
             changes: Mapping[str, bool], release: RomeRelease,
             level_overrides: Mapping[tuple[str, str], int]) -> JobProfile:
    items: dict[str, RetainedItem] = {}
    flags = sheet_flags(release, sheets)
    for entry in rows:
        if entry.item_code in release.items and changes.get(entry.item_code, True):
            items[entry.item_code] = RetainedItem(
                entry.item_code, entry.label, entry.kind, entry.core,
                _level(job, entry.item_code, release, level_overrides),
                _current_sheet(entry, sheets, flags), entry.rule, entry.reason)
    for code, retained in changes.items():
        if retained and code not in items and code in release.items:
            items[code] = _user_item(job, code, sheets, release, level_overrides)
    rank = {sheet: n for n, sheet in enumerate(sheets)}
    ordered = sorted(items.values(), key=lambda i: (KIND_ORDER[i.kind], not i.core,
                                                     rank.get(i.sheet, len(rank)), fold(i.label)))
    return JobProfile(job, sheets, tuple(ordered))


def _current_sheet(entry: ProfileEntry, sheets: Sequence[str],
                   flags: Mapping[str, Mapping[str, bool]]) -> str:
    """The sheet shown for a shipped row: its file's sheet while it is still one of the job's
    sheets in the release, else the first of the job's current sheets that lists the item, else
    ``RETIRED_SHEET`` (the item exists in the ROME but none of the job's sheets has it)."""
    if entry.sheet in sheets and entry.sheet in flags.get(entry.item_code, {}):
        return entry.sheet
    listed = flags.get(entry.item_code, {})
    return next(iter(listed), RETIRED_SHEET)


def _user_item(job: str, code: str, sheets: Sequence[str], release: RomeRelease,
               level_overrides: Mapping[tuple[str, str], int]) -> RetainedItem:
    """An item the user retained: core when core on one of the job's sheets."""
    item = release.items[code]
    flags = sheet_flags(release, sheets).get(code, {})
    core_sheets = [s for s, flag in flags.items() if flag]
    sheet = (core_sheets or list(flags) or [""])[0]
    return RetainedItem(code, item.label, item.kind, bool(core_sheets),
                        _level(job, code, release, level_overrides), sheet, USER_RULE,
                        "Retenu par l'utilisateur.")


def _level(job: str, code: str, release: RomeRelease,
           level_overrides: Mapping[tuple[str, str], int]) -> int | None:
    from domain.matching.competency_levels import estimate_level, is_rated

    if (job, code) in level_overrides:
        return level_overrides[(job, code)]
    item = release.items[code]
    return estimate_level(item).level if is_rated(item) else None


def candidate_items(release: RomeRelease, profile: JobProfile) -> tuple[CandidateItem, ...]:
    """The items of the profile's sheets it does not retain, in the profile's order (kind, core
    first, sheet order, label)."""
    kept = profile.codes()
    rank = {sheet: n for n, sheet in enumerate(profile.sheets)}
    found = []
    for code, flags in sheet_flags(release, profile.sheets).items():
        if code in kept or code not in release.items:
            continue
        item = release.items[code]
        core_sheets = [sheet for sheet, core in flags.items() if core]
        found.append(CandidateItem(code, item.label, item.kind, bool(core_sheets),
                                   (core_sheets or list(flags))[0]))
    return tuple(sorted(found, key=lambda i: (KIND_ORDER[i.kind], not i.core,
                                              rank.get(i.sheet, len(rank)), fold(i.label))))


def sheet_flags(release: RomeRelease, sheets: Sequence[str]) -> dict[str, dict[str, bool]]:
    """{item code: {sheet: core}} for the items of ``sheets``, in sheet then file order."""
    found: dict[str, dict[str, bool]] = {}
    for sheet in sheets:
        for link in release.sheet_items.get(sheet, ()):
            found.setdefault(link.item_code, {})[sheet] = link.core in ("Principale", "Émergente")
    return found
