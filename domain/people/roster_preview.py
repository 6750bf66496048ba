"""The records of a roster import: what a file would save, what stops it, and what was left out.

``RosterPreview`` is what the import preview shows before anything is saved: the people, every
problem with its line, column and (in a workbook) cell, the job titles the study does not know
with suggestions, how the file was read (encoding or sheet, header row), the lines left out
(title rows, blank rows, footers, lines the user excluded) and the column choices in force.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.errors import UserError
from domain.people.employees import Employee
from domain.tables.grid import SkippedLine
from domain.text import plural


@dataclass(frozen=True)
class RosterProblem:
    """One reason a file is refused. ``field`` is the roster field (« job »…) when known,
    ``value`` the cell's text, ``suggestions`` the study jobs an unknown title may mean."""

    line: int | None
    column: str | None
    message: str
    cell: str | None = None
    field: str | None = None
    value: str = ""
    suggestions: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = [f"ligne {self.line}"] if self.line else []
        if self.column:
            where.append(f"colonne « {self.column} »")
        if self.cell:
            where.append(f"cellule {self.cell}")
        return f"{', '.join(where)} : {self.message}" if where else self.message


class RosterError(UserError):
    """A refused roster; ``problems`` lists every bad line so a GUI can show them in a table."""

    def __init__(self, source: str, problems: list[RosterProblem]) -> None:
        self.problems = problems
        lines = data_line_problems(problems)
        listed = "\n".join(f"  - {p}" for p in problems)
        if not lines:  # the file or its columns: each problem says its own remedy
            super().__init__(f"L'effectif « {source} » n'a pas été importé ; rien n'a été "
                             f"enregistré :\n{listed}")
            return
        count = plural(len(lines), "ligne en erreur", "lignes en erreur")
        super().__init__(f"L'effectif « {source} » n'a pas été importé ({count}) ; rien n'a été "
                         "enregistré. Corrigez le fichier (ou, à l'import, corrigez le métier "
                         "d'une ligne ou excluez-la) puis relancez l'import :\n" + listed)


def data_line_problems(problems) -> set[int]:
    """The lines of people that have a problem (a cell of theirs: a fix or an exclusion helps);
    empty when the file is refused for its columns, its lack of people or a wrong line number."""
    return {p.line for p in problems if p.line and p.field}


@dataclass(frozen=True)
class RosterRow:
    line: int
    employee: Employee


@dataclass(frozen=True)
class UnknownTitle:
    """A job title the study does not know, the lines that use it, and what it may mean."""

    title: str
    lines: tuple[int, ...]
    suggestions: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"title": self.title, "lines": list(self.lines),
                "suggestions": list(self.suggestions)}


@dataclass(frozen=True)
class RosterPreview:
    """What an import would save, and what stops it; shown to the user before saving.

    ``columns``: field → header as written; ``headers``: the whole header row;
    ``column_mapping``: the user's choices in force (given, or remembered for these headers,
    then ``mapping_remembered``); ``skipped``: title, blank and footer lines left out;
    ``misnamed``: what the file really is when its extension names another format;
    ``excluded``: lines the user left out; ``fixed``: line → job the user chose.
    """

    source: str
    encoding: str
    rows: tuple[RosterRow, ...]
    problems: tuple[RosterProblem, ...]
    columns: dict[str, str]
    ignored_columns: tuple[str, ...]
    header_line: int = 0
    headers: tuple[str, ...] = ()
    sheet: str = ""
    other_sheets: tuple[str, ...] = ()
    skipped: tuple[SkippedLine, ...] = ()
    excluded: tuple[int, ...] = ()
    fixed: dict[int, str] = field(default_factory=dict)
    unknown_titles: tuple[UnknownTitle, ...] = ()
    column_mapping: dict[str, str] = field(default_factory=dict)
    mapping_remembered: bool = False
    misnamed: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def raise_if_bad(self) -> None:
        if self.problems:
            raise RosterError(self.source, list(self.problems))

    def notes(self) -> list[str]:
        """French sentences on what was left out or chosen, for the summary."""
        notes = [self.misnamed] if self.misnamed else []
        titles = [s.line for s in self.skipped if s.kind == "titre"]
        if titles:
            notes.append(plural(len(titles), "ligne de titre au-dessus des en-têtes ignorée",
                                "lignes de titre au-dessus des en-têtes ignorées")
                         + f" (en-têtes ligne {self.header_line})")
        blank = [s.line for s in self.skipped if s.kind == "vide"]
        if blank:
            notes.append(plural(len(blank), "ligne vide ignorée", "lignes vides ignorées")
                         + f" : {_lines(blank)}")
        for footer in (s for s in self.skipped if s.kind == "pied"):
            notes.append(f"ligne {footer.line} « {footer.text} » ignorée (pied de tableau)")
        if self.excluded:
            notes.append(("ligne exclue" if len(self.excluded) == 1 else "lignes exclues")
                         + f" à votre demande : {_lines(self.excluded)}")
        for line, job in sorted(self.fixed.items()):
            notes.append(f"ligne {line} : métier choisi « {job} »")
        if self.mapping_remembered:
            notes.append("colonnes lues selon le choix retenu pour ces en-têtes")
        visible = [s for s in self.other_sheets if not s.endswith("(masquée)")]
        if visible:
            notes.append(f"feuille « {self.sheet} » lue (ses en-têtes reconnaissent le plus de "
                         "colonnes) ; "
                         + ("autre feuille non lue : " if len(visible) == 1
                            else "autres feuilles non lues : ")
                         + ", ".join(f"« {s} »" for s in visible))
        hidden = [s for s in self.other_sheets if s.endswith("(masquée)")]
        if hidden:
            notes.append(("feuille masquée non lue : " if len(hidden) == 1
                          else "feuilles masquées non lues : ")
                         + ", ".join(f"« {s.removesuffix(' (masquée)')} »" for s in hidden))
        if self.ignored_columns:
            notes.append("colonnes ignorées (non enregistrées) : "
                         + ", ".join(f"« {c} »" for c in self.ignored_columns))
        return notes

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "encoding": self.encoding, "misnamed": self.misnamed,
                "sheet": self.sheet,
                "header_line": self.header_line, "headers": list(self.headers),
                "columns": self.columns, "ignored_columns": list(self.ignored_columns),
                "skipped": [{"line": s.line, "kind": s.kind, "text": s.text}
                            for s in self.skipped],
                "excluded": list(self.excluded),
                "fixed": {str(k): v for k, v in self.fixed.items()},
                "unknown_titles": [t.to_dict() for t in self.unknown_titles],
                "employees": [r.employee.to_dict() | {"line": r.line} for r in self.rows],
                "problems": [{"line": p.line, "column": p.column, "cell": p.cell,
                              "message": p.message, "suggestions": list(p.suggestions)}
                             for p in self.problems]}


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int
    seconds: float
    ignored_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "seconds": round(self.seconds, 3), "ignored_columns": list(self.ignored_columns),
                "notes": list(self.notes)}


def _lines(lines) -> str:
    shown = ", ".join(str(n) for n in list(lines)[:10])
    return shown + (" …" if len(lines) > 10 else "")
