"""Reading the study's CSV files with errors that point at the file, line and column.

The files are edited by hand when the study is corrected or extended; whoever edits them must
be told exactly which cell is wrong, in French, without a traceback.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TypeVar

from domain.errors import Location, UserError

T = TypeVar("T")

JOBS_COLUMNS = ("family_code", "family", "job", "core", "aliases", "source")
QUALIFICATIONS_COLUMNS = ("qualification", "rank", "job", "printed_name", "score", "profile",
                          "discrepancy", "source")
PROFILES_COLUMNS = ("code", "profile", "definition", "rule", "source")
SCALE_COLUMNS = ("level", "label", "definition", "source")
LEVELS_COLUMNS = ("job", "qualification", "competencies", "n1", "n2", "n3", "n4", "n5",
                  "sheet_score", "sheet_profile", "discrepancy", "source")


class StudyDataError(UserError):
    """A study data file that is missing, unreadable or contradicts the study's invariants."""


@dataclass(frozen=True)
class Row:
    """One data line with its position, so any check can say where it failed."""

    path: Path
    line: int
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values.get(column, "").strip()

    def require(self, column: str) -> str:
        value = self[column]
        if not value:
            fail(self, column, "valeur manquante")
        return value


def fail(row: Row, column: str, message: str) -> NoReturn:
    raise StudyDataError(f"Donnée de l'étude invalide : {message}",
                         Location(str(row.path), row.line, column))


def read_table(path: Path, columns: tuple[str, ...]) -> list[Row]:
    """The rows of a ``;``-separated UTF-8 file whose header must hold ``columns``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise StudyDataError(f"Fichier de l'étude introuvable : « {path} ».") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StudyDataError(f"Fichier de l'étude illisible : « {path} » ({exc}).") from None
    lines = text.splitlines()
    if not lines:
        raise StudyDataError("Fichier de l'étude vide.", Location(str(path), 1))
    header = [name.strip() for name in lines[0].split(";")]
    missing = [name for name in columns if name not in header]
    if missing:
        raise StudyDataError(f"Colonnes manquantes dans l'en-tête : {', '.join(missing)}.",
                             Location(str(path), 1))
    rows: list[Row] = []
    for number, cells in enumerate(csv.reader(lines[1:], delimiter=";"), start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            raise StudyDataError(f"{len(cells)} champs au lieu de {len(header)} (séparateur « ; »).",
                                 Location(str(path), number))
        rows.append(Row(path, number, dict(zip(header, cells, strict=True))))
    return rows


def parse_int(row: Row, column: str, low: int, high: int) -> int:
    text = row.require(column)
    try:
        value = int(text)
    except ValueError:
        fail(row, column, f"« {text} » n'est pas un nombre entier")
    if not low <= value <= high:
        fail(row, column, f"{value} hors de l'intervalle {low} à {high}")
    return value


def parse_score(row: Row, column: str) -> float:
    """A score between 0 and 1, written with a point or a French decimal comma."""
    text = row.require(column)
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        fail(row, column, f"« {text} » n'est pas un score décimal")
    if not 0.0 <= value <= 1.0:
        fail(row, column, f"score {text} hors de l'intervalle 0 à 1")
    return value


def parse_choice(row: Row, column: str, choices: dict[str, T]) -> T:
    text = row.require(column)
    if text not in choices:
        fail(row, column, f"« {text} » inconnu (valeurs possibles : {', '.join(choices)})")
    return choices[text]
