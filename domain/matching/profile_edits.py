"""The user's changes to the job profiles: retain, drop, reset, and the rules they obey.

An HR partner retains an item of a job's ROME sheets in its profile, drops one, or goes back
to the shipped profile (table ``job_profile_override``, migration 4, one row per (job, item)
with the date). Each change is one user action run by the store's writer; it is checked first
(the item is on the job's sheets, a profile is never emptied, a warning below
:data:`~domain.matching.job_profiles.PROFILE_MIN`), and a wrong code gets the closest items in
French. :func:`domain.matching.job_profiles.job_profiles` applies the changes to the shipped
profiles (``data/job_profiles.csv``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from domain.errors import UserError
from domain.matching.job_profiles import (
    PROFILE_MAX,
    PROFILE_MIN,
    JobProfile,
    job_profile,
    sheet_flags,
)
from domain.rome.job_mapping import canonical_job
from domain.rome.model import RomeRelease
from domain.text import closest, fold


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
    return _with_hints(head, text, candidates, release)


def _unknown_item_message(job: str, text: str, sheets: Sequence[str],
                          candidates: Mapping[str, str], release: RomeRelease) -> str:
    where = ", ".join(sheets)
    if text in release.items:
        head = (f"L'élément {text} « {release.items[text].label} » n'est sur aucune fiche ROME "
                f"de « {job} » ({where}) : un profil ne retient que des éléments de ses fiches.")
    else:
        head = f"Élément ROME inconnu « {text} » pour « {job} » (fiches {where})."
    return _with_hints(head, text, candidates, release)


def _with_hints(head: str, text: str, candidates: Mapping[str, str],
                release: RomeRelease) -> str:
    """``head`` followed by the closest ``candidates`` to ``text`` and where to find the codes."""
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
