"""Reading the study's CSV files with errors that point at the file, line and column.

The files are edited by hand when the study is corrected or extended; whoever edits them must
be told exactly which cell is wrong, in French, without a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn, TypeVar

from domain.data_files import DataRow, read_rows
from domain.errors import UserError

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


Row = DataRow


def fail(row: Row, column: str, message: str) -> NoReturn:
    row.fail(column, message)


def read_table(path: Path, columns: tuple[str, ...]) -> list[Row]:
    """The rows of a ``;``-separated UTF-8 study file whose header must hold ``columns``."""
    return read_rows(path, columns, StudyDataError)


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
