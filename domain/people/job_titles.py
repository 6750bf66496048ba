"""The company's own job titles, mapped once to the study's jobs and used by every import.

HR systems use titles the study does not (« Conseiller assistance », « Chargé d'assistance
médicale »). Guessing them would put people in the wrong job without anyone noticing, so an
unknown title stops the import with suggestions, and the user maps it once here; from then on
every roster (and every preview) reads it as that job. Titles are compared on
``roster_jobs.title_key``, so the feminine form, capitals, accents and missing articles of a
mapped title find it too. One service function per user action, each in its own transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from domain.errors import UnknownJobError, UserError
from domain.people import employees
from domain.people.roster_jobs import JobMatcher, title_key
from domain.store.connection import transaction

MAX_TITLE = 200


@dataclass(frozen=True)
class JobTitle:
    """A company title (as the user typed it) and the study job it means."""

    title: str
    job: str
    added_at: str

    def to_dict(self) -> dict[str, str]:
        return {"title": self.title, "job": self.job, "added_at": self.added_at}


def list_job_titles(conn: sqlite3.Connection) -> list[JobTitle]:
    """Every mapped title, alphabetical (case and accents folded)."""
    rows = conn.execute("SELECT title, job, added_at FROM job_title ORDER BY title_key")
    return [JobTitle(*row) for row in rows]


def title_table(conn: sqlite3.Connection) -> dict[str, str]:
    """``title_key`` → study job, for ``JobMatcher(titles=…)``."""
    return dict(conn.execute("SELECT title_key, job FROM job_title"))


def add_job_title(conn: sqlite3.Connection, *, title: str, job: str,
                  matcher: JobMatcher | None = None) -> JobTitle:
    """Map ``title`` to ``job`` (one of the study's 58, any spelling ``find_job`` accepts).

    Replaces an earlier mapping of the same title. Raises UserError when the title is empty or
    too long, when it already names a study job by itself (the study's names cannot be
    redirected), when it is already recognised automatically (``JobMatcher.automatic``:
    feminine, inclusive or article-less form, or a mapped ROME appellation) as another study
    job, or when ``job`` is not one of the 58 jobs (with suggestions).
    """
    title = " ".join(title.split())
    if not title_key(title):
        raise UserError("L'intitulé à faire correspondre est vide.")
    if len(title) > MAX_TITLE:
        raise UserError(f"Intitulé trop long ({len(title)} caractères, au plus {MAX_TITLE}).")
    matcher = matcher or JobMatcher()
    try:
        target = matcher.canonical(job)
    except UnknownJobError as exc:
        hint = (" Vouliez-vous dire : " + " ; ".join(f"« {s} »" for s in exc.suggestions) + " ?"
                if exc.suggestions else " Liste des métiers : commande « jobs ».")
        raise UserError(f"« {job} » n'est pas l'un des 58 métiers de l'étude.{hint}") from exc
    try:
        own = matcher.canonical(title)
    except UnknownJobError:
        own = None
    if own is not None:
        raise UserError(f"« {title} » est déjà le métier de l'étude « {own} » : il n'a pas besoin "
                        "de correspondance.")
    recognised = matcher.automatic(title)
    if recognised is not None and recognised != target:
        raise UserError(f"« {title} » est déjà reconnu automatiquement comme le métier de l'étude "
                        f"« {recognised} » (forme féminine, inclusive ou sans article de son nom, "
                        f"ou appellation ROME de ce métier) : le faire correspondre à « {target} » "
                        "changerait le métier de ces personnes sans que personne ne le voie. "
                        "Corrigez plutôt le métier dans le fichier, ou choisissez "
                        f"« {recognised} ».")
    entry = JobTitle(title, target, employees.now())
    with transaction(conn):
        conn.execute("INSERT INTO job_title (title_key, title, job, added_at) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT (title_key) DO UPDATE SET title = excluded.title, "
                     "job = excluded.job, added_at = excluded.added_at",
                     (title_key(title), entry.title, entry.job, entry.added_at))
        employees.audit(conn, "job_title_added", "", f"{title} → {target}")
    return entry


def remove_job_title(conn: sqlite3.Connection, *, title: str) -> JobTitle:
    """Forget the mapping of ``title`` (any spelling with the same key); returns what it was.

    Raises UserError when no mapping has that title. People already imported keep their job.
    """
    key = title_key(" ".join(title.split()))
    with transaction(conn):
        row = conn.execute("SELECT title, job, added_at FROM job_title WHERE title_key = ?",
                           (key,)).fetchone()
        if row is None:
            raise UserError(f"Aucune correspondance pour l'intitulé « {title} » (liste : "
                            "commande « job-titles »).")
        conn.execute("DELETE FROM job_title WHERE title_key = ?", (key,))
        employees.audit(conn, "job_title_removed", "", row[0])
    return JobTitle(*row)
