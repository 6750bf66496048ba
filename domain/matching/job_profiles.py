"""Each study job's retained competencies (« compétences retenues »), and the user's changes.

A ROME sheet describes a whole trade: the remote-customer-service sheet sells, the ARM sheet
regulates SAMU calls. As the study's business experts did for the core jobs (§4.2, 11 to 46
« compétences retenues » per job), each of the 58 jobs keeps only the items of its sheets that
apply in the assistance context. ``data/job_profiles.csv`` holds that choice, one row per
(job, item) with the sheet it comes from, the kind, the core flag and the reason; it is produced
by ``bench/make_job_profiles.py`` from reviewed rules (see ``data/SOURCES.md``).

An HR partner retains or drops an item for a job (table ``job_profile_override``, migration 4);
:func:`job_profiles` applies those changes to the shipped file and adds each item's impact level
(``domain.matching.competency_levels``: the user's level, else the rules' estimate). Everything
that weighs a job's competencies — the job × competency matrix, hence similarity, coverage, gaps,
training plans, reports and the graph — reads the profile, not the whole sheets.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from domain.data_files import read_rows
from domain.errors import Location, UserError
from domain.paths import DATA_FILES
from domain.rome.job_mapping import canonical_job  # noqa: F401 - part of this module's API
from domain.rome.model import ItemKind, RomeRelease
from domain.text import closest, fold

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


@dataclass(frozen=True)
class ProfileOverride:
    """The user's change to one job's profile: ``retained`` True (retain) or False (drop)."""

    job: str
    item_code: str
    retained: bool
    updated_at: str


@dataclass(frozen=True)
class ProfileChange:
    """What a retain or drop did: the item, its job, the new state and whether it changed."""

    job: str
    item_code: str
    label: str
    retained: bool
    changed: bool


@dataclass(frozen=True)
class ProfileReset:
    """What a reset did: the job and how many of the user's changes were forgotten."""

    job: str
    removed: int


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


# --- the user's changes (table job_profile_override, migration 4) -----------------------------


def load_profile_overrides(conn: sqlite3.Connection) -> dict[tuple[str, str], bool]:
    """Every change as {(job, item code): retained}."""
    rows = conn.execute("SELECT job, item_code, retained FROM job_profile_override").fetchall()
    return {(row[0], row[1]): bool(row[2]) for row in rows}


def profile_overrides(conn: sqlite3.Connection, job: str) -> list[ProfileOverride]:
    """One job's changes, oldest first."""
    rows = conn.execute("SELECT job, item_code, retained, updated_at FROM job_profile_override "
                        "WHERE job = ? ORDER BY updated_at, item_code", (canonical_job(job),))
    return [ProfileOverride(r[0], r[1], bool(r[2]), r[3]) for r in rows]


def retain_competency(conn: sqlite3.Connection, *, job: str, item_code: str,
                      release: RomeRelease | None = None) -> ProfileChange:
    """Retain an item of the job's ROME sheets in its profile (one user action).

    ``item_code`` is a ROME item code (or an item's exact label). Raises UnknownJobError or
    UserError (French, with the closest items of the job's sheets) when the job or the item is
    unknown; nothing is written then. ``release`` defaults to the store's current one.
    """
    return _change(conn, job, item_code, True, release)


def drop_competency(conn: sqlite3.Connection, *, job: str, item_code: str,
                    release: RomeRelease | None = None) -> ProfileChange:
    """Leave a retained item out of the job's profile (one user action).

    Raises UnknownJobError, or UserError (French) when ``item_code`` is not among the job's
    retained competencies (with the retained items whose code or label is close) or when it is
    the last one: a profile keeps at least one competency. Nothing is written then.
    """
    return _change(conn, job, item_code, False, release)


def check_profile_edit(release: RomeRelease, *, job: str, retain: Sequence[str] = (),
                       drop: Sequence[str] = (),
                       overrides: Mapping[tuple[str, str], bool] | None = None) -> frozenset[str]:
    """The item codes the job's profile would retain after ``retain`` then ``drop``, checked
    before anything is written (a typo must not leave half the edits done).

    Raises the errors :func:`retain_competency` and :func:`drop_competency` would raise, and
    refuses edits that would leave the profile empty.
    """
    name = canonical_job(job)
    profile = job_profile(release, name, overrides)
    codes = set(profile.codes())
    for text in retain:
        codes.add(_resolve(name, text, profile, release))
    for text in drop:
        code = _resolve(name, text, profile, release, retained=frozenset(codes))
        if codes == {code}:
            raise UserError(_last_item_message(name, code, release))
        codes.discard(code)
    return frozenset(codes)


def size_warning(job: str, count: int) -> str | None:
    """French warning for a profile of fewer than :data:`PROFILE_MIN` items, else None."""
    if count >= PROFILE_MIN:
        return None
    return (f"le profil de « {job} » ne retient plus que {count} compétence"
            f"{'s' if count > 1 else ''}, moins que les {PROFILE_MIN} à {PROFILE_MAX} d'un profil "
            "(plage documentée) : sa couverture, ses écarts et ses passerelles reposent sur peu "
            "d'éléments")


def _last_item_message(job: str, code: str, release: RomeRelease) -> str:
    return (f"{code} « {release.items[code].label} » est la dernière compétence retenue de "
            f"« {job} » : un profil ne peut pas être vide, gardez au moins une compétence ; "
            "--reset (ou « Revenir au profil livré » dans la Fiche métier) rétablit le profil "
            "livré.")


def reset_job_profile(conn: sqlite3.Connection, *, job: str) -> ProfileReset:
    """Forget every change to the job's profile: back to the shipped file (one user action)."""
    name = canonical_job(job)
    with _transaction(conn):
        cursor = conn.execute("DELETE FROM job_profile_override WHERE job = ?", (name,))
    return ProfileReset(name, cursor.rowcount)


def _change(conn: sqlite3.Connection, job: str, item_code: str, retained: bool,
            release: RomeRelease | None) -> ProfileChange:
    from domain.rome.repository import current_release

    name = canonical_job(job)
    release = release or current_release(conn)
    with _transaction(conn):
        current = job_profile(release, name, load_profile_overrides(conn))
        code = _resolve(name, item_code, current, release,
                        retained=None if retained else current.codes())
        was = code in current.codes()
        if not retained and current.codes() == {code}:
            raise UserError(_last_item_message(name, code, release))
        conn.execute(
            "INSERT INTO job_profile_override(job, item_code, retained, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(job, item_code) DO UPDATE SET "
            "retained = excluded.retained, updated_at = excluded.updated_at",
            (name, code, int(retained), datetime.now(UTC).isoformat(timespec="seconds")))
    return ProfileChange(name, code, release.items[code].label, retained, was != retained)


def find_competency(release: RomeRelease, *, job: str, item_code: str,
                    overrides: Mapping[tuple[str, str], bool] | None = None,
                    retained_only: bool = False) -> str:
    """The code of the item ``item_code`` names (a code, or an exact label) on the job's sheets,
    or among its retained items when ``retained_only`` (what a drop may name).

    Raises UserError in French, with the close items, when there is none.
    """
    name = canonical_job(job)
    profile = job_profile(release, name, overrides)
    return _resolve(name, item_code, profile, release,
                    retained=profile.codes() if retained_only else None)


def _transaction(conn: sqlite3.Connection):
    from domain.store.connection import transaction

    return transaction(conn)


def _resolve(job: str, text: str, profile: JobProfile, release: RomeRelease,
             retained: frozenset[str] | None = None) -> str:
    """The item code ``text`` names among the job's sheets (code or exact label), or among the
    ``retained`` codes when given (a drop)."""
    candidates = {code: release.items[code].label
                  for code in sheet_flags(release, profile.sheets) if code in release.items}
    candidates.update({item.code: item.label for item in profile.retained})
    if retained is not None:
        candidates = {code: release.items[code].label for code in retained
                      if code in release.items}
    value = text.strip()
    if value in candidates:
        return value
    by_label = {fold(label): code for code, label in candidates.items()}
    if fold(value) in by_label:
        return by_label[fold(value)]
    if retained is not None:
        raise UserError(_not_retained_message(job, value, candidates, release))
    raise UserError(_unknown_item_message(job, value, profile.sheets, candidates, release))


def _not_retained_message(job: str, text: str, candidates: Mapping[str, str],
                          release: RomeRelease) -> str:
    """A drop of an item the profile does not hold."""
    if text in release.items:
        head = (f"L'élément {text} « {release.items[text].label} » n'est pas parmi les "
                f"compétences retenues de « {job} » : rien à écarter.")
    elif text.isdigit():
        head = (f"Élément ROME inconnu « {text} » : ce n'est le code d'aucune des compétences "
                f"retenues de « {job} », rien à écarter.")
    else:
        head = (f"« {text} » n'est pas parmi les compétences retenues de « {job} » (ni un code "
                "ni un libellé) : rien à écarter.")
    hints = _suggestions(release.items[text].label if text in release.items else text,
                         candidates, code=text if text.isdigit() else "")
    if hints:
        head += " Éléments proches : " + " ; ".join(f"{c} « {candidates[c]} »" for c in hints) + "."
    return head + (" « job-profile MÉTIER » liste les éléments retenus et leurs codes, "
                   "« job-profile MÉTIER --candidats » ceux des fiches que l'on peut retenir.")


def _unknown_item_message(job: str, text: str, sheets: Sequence[str],
                          candidates: Mapping[str, str], release: RomeRelease) -> str:
    where = ", ".join(sheets)
    if text in release.items:
        head = (f"L'élément {text} « {release.items[text].label} » n'est sur aucune fiche ROME "
                f"de « {job} » ({where}) : un profil ne retient que des éléments de ses fiches.")
    else:
        head = f"Élément ROME inconnu « {text} » pour « {job} » (fiches {where})."
    hints = _suggestions(release.items[text].label if text in release.items else text,
                         candidates, code=text if text.isdigit() else "")
    if hints:
        head += " Éléments proches : " + " ; ".join(f"{c} « {candidates[c]} »" for c in hints) + "."
    return head + (" « job-profile MÉTIER » liste les éléments retenus et leurs codes, "
                   "« job-profile MÉTIER --candidats » ceux des fiches que l'on peut retenir.")


def _suggestions(text: str, candidates: Mapping[str, str], limit: int = 3,
                 code: str = "") -> list[str]:
    """Candidates that look like what the user typed, often none: for a code, only close codes
    (:func:`_close_code`); for words (``text``, or the label of a known ``code``), items whose
    label holds them (:func:`_label_hits`), else a close label."""
    typed = code or text
    if typed.isdigit():
        found = sorted((c for c in candidates if _close_code(typed, c)),
                       key=lambda c: _code_distance(typed, c))
        if code and text != code:  # a real item of another sheet: its label says more
            found += [c for c in _label_hits(text, candidates) if c not in found]
        return found[:limit]
    hits = _label_hits(text, candidates)
    if hits:
        return hits[:limit]
    labels = {label: code for code, label in candidates.items()}
    return [labels[label] for label in closest(text, labels, limit)]


_WORD = re.compile(r"[a-z0-9]+")


def _label_hits(text: str, candidates: Mapping[str, str]) -> list[str]:
    """Candidates whose label holds the words of ``text`` (of 4 letters or more): all of them
    for one or two words, at least two for more; most words first."""
    words = {w for w in _WORD.findall(fold(text)) if len(w) >= 4}
    if not words:
        return []
    needed = min(len(words), 2)
    scores = {c: sum(w in fold(label) for w in words) for c, label in candidates.items()}
    return sorted((c for c, n in scores.items() if n >= needed),
                  key=lambda c: (-scores[c], fold(candidates[c])))


def _close_code(typed: str, code: str) -> bool:
    """A likely typo of ``code``: the same length with at most 2 digits changed, or one digit
    left out or typed twice (« 30036 » for « 300363 »)."""
    if len(typed) == len(code):
        return sum(x != y for x, y in zip(typed, code, strict=True)) <= 2
    short, long = sorted((typed, code), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _code_distance(a: str, b: str) -> tuple[int, int]:
    same = sum(x == y for x, y in zip(a, b, strict=False))
    return (-same, abs(len(a) - len(b)))
