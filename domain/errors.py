"""Exceptions that carry a message meant for the user.

The command line prints ``str(error)`` on one line and exits with code 2; the GUI shows it in a
dialog. Messages are in French and say *where* the problem is, because the user must be able to
fix their file without reading code.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

_OS_REASONS = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EACCES: "accès refusé (droits insuffisants)",
    errno.EPERM: "opération non permise (droits insuffisants)",
    errno.EISDIR: "ce chemin est un dossier",
    errno.ENOTDIR: "une partie du chemin n'est pas un dossier",
    errno.ENOSPC: "plus de place sur le disque",
    errno.EROFS: "disque en lecture seule",
    errno.EEXIST: "le fichier existe déjà",
    errno.EBUSY: "fichier utilisé par un autre programme",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EINVAL: "nom de fichier invalide",
}


@dataclass(frozen=True)
class Location:
    """Where a problem sits in a user's file (1-based line and column, both optional)."""

    file: str | None = None
    line: int | None = None
    column: str | int | None = None

    def describe(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(f"fichier « {self.file} »")
        if self.line is not None:
            parts.append(f"ligne {self.line}")
        if self.column is not None:
            parts.append(f"colonne « {self.column} »")
        return ", ".join(parts)


def os_reason(exc: BaseException) -> str:
    """Why a file operation failed, in French: the system's own text is English (« Is a
    directory ») and a message must not mix both; unknown cases keep the system's words."""
    if isinstance(exc, OSError) and exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    if isinstance(exc, PermissionError):
        return _OS_REASONS[errno.EACCES]
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


class UserError(Exception):
    """An error caused by the user's input or environment, explained in French."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        self.message = message
        self.location = location
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.location and self.location.describe():
            return f"{self.message} ({self.location.describe()})"
        return self.message


class RomeError(UserError):
    """A ROME release that cannot be imported (missing file, wrong columns, wrong version)."""


class StoreError(UserError):
    """The local database cannot be opened or is damaged."""


class UnknownJobError(UserError):
    """A job name that matches none of the 58 jobs; carries the closest suggestions."""

    def __init__(self, name: str, suggestions: list[str], location: Location | None = None):
        self.name = name
        self.suggestions = suggestions
        hint = ""
        if suggestions:
            hint = " Vouliez-vous dire : " + " ; ".join(f"« {s} »" for s in suggestions) + " ?"
        super().__init__(f"Métier inconnu : « {name} ».{hint}", location)


class OperationCancelled(UserError):
    """The user (or the window closing) cancelled a long operation; nothing was written."""
