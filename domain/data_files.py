"""Reading the application's own ``;``-separated data files (``data/*.csv``).

These files are the study's tables and our reviewed mappings; people edit them by hand when
the study is corrected. Whoever edits one must be told which cell is wrong, in French and
without a traceback, so every row keeps its file line and every failure names the column.
Lines starting with ``#`` are notes for reviewers and are skipped.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from domain.errors import Location, UserError, os_reason


@dataclass(frozen=True)
class DataRow:
    """One data line with its position, so any check can say where it failed."""

    path: Path
    line: int
    values: dict[str, str]
    error: type[UserError] = field(default=UserError, compare=False, repr=False)

    def __getitem__(self, column: str) -> str:
        return self.values.get(column, "").strip()

    def require(self, column: str) -> str:
        value = self[column]
        if not value:
            self.fail(column, "valeur manquante")
        return value

    def integer(self, column: str, low: int, high: int) -> int:
        text = self.require(column)
        try:
            value = int(text)
        except ValueError:
            self.fail(column, f"« {text} » n'est pas un nombre entier")
        if not low <= value <= high:
            self.fail(column, f"{value} hors de l'intervalle {low} à {high}")
        return value

    def fail(self, column: str | None, message: str) -> NoReturn:
        raise self.error(f"Donnée invalide : {message}", Location(str(self.path), self.line, column))


def read_rows(path: Path, columns: Sequence[str], error: type[UserError] = UserError
              ) -> list[DataRow]:
    """The rows of ``path`` whose header must hold ``columns``; blank and ``#`` lines skipped."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error(f"Fichier de données introuvable : « {path} ».") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"Fichier de données illisible : « {path} » ({os_reason(exc)}).") from None
    numbered = [(n, ln) for n, ln in enumerate(text.splitlines(), start=1)
                if ln.strip() and not ln.lstrip().startswith("#")]
    if not numbered:
        raise error("Fichier de données vide.", Location(str(path), 1))
    records = list(csv.reader((ln for _, ln in numbered), delimiter=";"))
    header_line = numbered[0][0]
    header = [name.strip() for name in records[0]]
    missing = [name for name in columns if name not in header]
    if missing:
        raise error(f"Colonnes manquantes dans l'en-tête : {', '.join(missing)}.",
                    Location(str(path), header_line))
    rows: list[DataRow] = []
    for (line, _), cells in zip(numbered[1:], records[1:], strict=True):
        if len(cells) != len(header):
            raise error(f"{len(cells)} champs au lieu de {len(header)} (séparateur « ; »).",
                        Location(str(path), line))
        rows.append(DataRow(path, line, dict(zip(header, cells, strict=True)), error))
    return rows
