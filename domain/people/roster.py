"""Roster import: read an HR file, check every line, then save all of it or nothing.

A roster is the list of people with their matricule, name, job and entry date, exported from
the HR system or typed in Excel. Nothing is saved unless every line is right, and the refusal
lists every bad line with its number, its column and why, so the user fixes the file once.
Re-importing updates people by matricule. Unknown columns are ignored and never stored (data
minimisation); a column that looks like a social security number (NIR) refuses the whole file.
The GUI shows :func:`read_roster`'s preview before calling :func:`import_roster`.
"""

from __future__ import annotations

import re
import sqlite3
import time
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from domain.errors import UnknownJobError, UserError
from domain.people import employees
from domain.people.employees import Employee
from domain.store.connection import transaction
from domain.tables.reader import RawTable, read_table
from domain.text import fold

FIELDS = {  # field → (label shown in messages, accepted headers after _header_key)
    "id": ("Matricule", {"matricule", "mat", "n matricule", "no matricule", "numero matricule",
                         "num matricule", "numero de matricule", "n de matricule", "id",
                         "identifiant", "id salarie", "n salarie", "numero salarie",
                         "code salarie", "matricule salarie", "employee id"}),
    "last_name": ("Nom", {"nom", "nom de famille", "nom usuel", "nom salarie", "last name",
                          "nom du salarie"}),
    "first_name": ("Prénom", {"prenom", "prenoms", "prenom usuel", "first name"}),
    "job": ("Métier", {"metier", "emploi", "poste", "intitule de poste", "intitule du poste",
                       "fonction", "metier actuel", "emploi occupe", "libelle emploi",
                       "libelle du poste", "job", "metier exerce"}),
    "entry_date": ("Date d'entrée", {"date d entree", "date entree", "entree",
                                     "date d embauche", "date embauche", "date d arrivee",
                                     "date arrivee", "entree dans l entreprise"}),
    "exit_date": ("Date de sortie", {"date de sortie", "date sortie", "sortie",
                                     "date de depart", "date depart"}),
    "wishes": ("Souhaits", {"souhaits", "souhait", "voeux", "vœux", "souhaits d evolution",
                            "souhaits de mobilite", "souhait de mobilite", "souhait d evolution",
                            "aspirations", "projet professionnel"}),
}
REQUIRED = ("id", "last_name", "first_name", "job")
NIR_HEADERS = {"nir", "n nir", "numero nir", "securite sociale", "n securite sociale",
               "no securite sociale", "numero de securite sociale", "n de securite sociale",
               "numero securite sociale", "n ss", "no ss", "num ss", "numero ss", "insee",
               "n insee", "numero insee", "ssn", "secu", "n secu", "numero secu"}
_NIR = re.compile(r"^[1278]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2[AB])\d{6}(\d{2})?$")
_SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?E[+-]?\d+$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_FRENCH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SHORT_YEAR = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$")
MAX_LENGTH = {"id": 40, "last_name": 100, "first_name": 100, "wishes": 2000}


@dataclass(frozen=True)
class RosterProblem:
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [f"ligne {self.line}"] if self.line else []
        if self.column:
            where.append(f"colonne « {self.column} »")
        return f"{', '.join(where)} : {self.message}" if where else self.message


class RosterError(UserError):
    """A refused roster; ``problems`` lists every bad line so a GUI can show them in a table."""

    def __init__(self, source: str, problems: list[RosterProblem]) -> None:
        self.problems = problems
        lines = {p.line for p in problems if p.line}
        count = f"{len(lines)} ligne(s) en erreur" if lines else "fichier refusé"
        super().__init__(f"L'effectif « {source} » n'a pas été importé ({count}) ; rien n'a été "
                         "enregistré. Corrigez le fichier puis relancez l'import :\n"
                         + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class RosterRow:
    line: int
    employee: Employee


@dataclass(frozen=True)
class RosterPreview:
    """What an import would save, and what stops it; shown to the user before saving."""

    source: str
    encoding: str
    rows: tuple[RosterRow, ...]
    problems: tuple[RosterProblem, ...]
    columns: dict[str, str]  # field → header as written in the file
    ignored_columns: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def raise_if_bad(self) -> None:
        if self.problems:
            raise RosterError(self.source, list(self.problems))


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int
    seconds: float
    ignored_columns: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "seconds": round(self.seconds, 3), "ignored_columns": list(self.ignored_columns)}


def _header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9œ]+", " ", fold(text).replace("°", "").replace("º", "o")).strip()


def _field_of(header: str) -> str | None:
    key = _header_key(header)
    return next((field for field, (_, names) in FIELDS.items() if key in names), None)


def header_score(cells: list[str]) -> int:
    """How many distinct roster fields a candidate header line names."""
    return len({f for f in map(_field_of, cells) if f})


def read_roster(path: Path | str, matcher=None) -> RosterPreview:
    """Read and check a roster without touching the store."""
    path = Path(path)
    table = read_table(path, header_score)
    columns, ignored, problems = _map_columns(table)
    problems += _nir_problems(table)
    rows: list[RosterRow] = []
    if not problems:
        if matcher is None:
            from domain.people.roster_jobs import JobMatcher

            matcher = JobMatcher()
        rows, problems = _check_rows(table, columns, matcher)
        if not rows and not problems:
            problems = [RosterProblem(table.header_line, None, "aucune personne sous la ligne "
                                      "d'en-têtes")]
    labels = {field: table.header[i] for field, i in columns.items()}
    return RosterPreview(table.source, table.encoding, tuple(rows), tuple(problems), labels,
                         tuple(ignored))


def _map_columns(table: RawTable) -> tuple[dict[str, int], list[str], list[RosterProblem]]:
    columns: dict[str, int] = {}
    ignored: list[str] = []
    problems: list[RosterProblem] = []
    for index, header in enumerate(table.header):
        field = _field_of(header)
        if field is None:
            if header:
                ignored.append(header)
        elif field in columns:
            first = table.header[columns[field]]
            problems.append(RosterProblem(table.header_line, header, f"deux colonnes pour "
                            f"« {FIELDS[field][0]} » (« {first} » et « {header} ») : gardez-en une"))
        else:
            columns[field] = index
    for field in REQUIRED:
        if field not in columns:
            problems.append(RosterProblem(table.header_line, None, f"colonne obligatoire absente : "
                            f"« {FIELDS[field][0]} »"))
    return columns, ignored, problems


def _nir_problems(table: RawTable) -> list[RosterProblem]:
    """A NIR is never stored: refuse the file and say which column holds it."""
    problems = []
    for index, header in enumerate(table.header):
        if _header_key(header) in NIR_HEADERS:
            problems.append(RosterProblem(table.header_line, header, _NIR_MESSAGE))
            continue
        for line, cells in table.rows:
            if index < len(cells) and _looks_like_nir(cells[index]):
                problems.append(RosterProblem(line, header or f"n° {index + 1}", _NIR_MESSAGE))
                break
    return problems


_NIR_MESSAGE = ("cette colonne semble contenir des numéros de sécurité sociale (NIR) ; "
                "Passerelles ne les conserve pas : supprimez-la du fichier")


def _looks_like_nir(cell: str) -> bool:
    compact = cell.replace(" ", "").replace(".", "").upper()
    if not _NIR.match(compact):
        return False
    if len(compact) == 13:
        return True
    number = int(compact[:13].replace("2A", "19").replace("2B", "18"))
    return 97 - number % 97 == int(compact[13:])


def _check_rows(table: RawTable, columns: dict[str, int], matcher):
    rows: list[RosterRow] = []
    problems: list[RosterProblem] = []
    first_line: dict[str, int] = {}
    names = {field: table.header[i] or FIELDS[field][0] for field, i in columns.items()}
    for line, cells in table.rows:
        values = {f: _clean(cells[i]) if i < len(cells) else "" for f, i in columns.items()}
        found: list[RosterProblem] = []
        person = _check_row(line, values, matcher, found, names)
        identifier = values.get("id", "")
        previous = first_line.setdefault(identifier, line) if identifier else line
        if previous != line:
            found.append(RosterProblem(line, names["id"], f"matricule « {identifier} » en double "
                                       f"(déjà utilisé ligne {previous})"))
        if found:
            problems += found
        elif person is not None:
            rows.append(RosterRow(line, person))
    return rows, problems


def _clean(cell: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", cell)).strip()


def _check_row(line: int, values: dict[str, str], matcher, found: list[RosterProblem],
               names: dict[str, str]):
    def bad(field: str, message: str) -> None:
        found.append(RosterProblem(line, names.get(field, FIELDS[field][0]), message))

    for field, limit in MAX_LENGTH.items():
        if len(values.get(field, "")) > limit:
            bad(field, f"texte trop long ({len(values[field])} caractères, au plus {limit})")
    for field in ("id", "last_name", "first_name", "job"):
        value = values.get(field, "")
        if _CONTROL.search(value):
            bad(field, "caractères de contrôle invisibles : retapez la valeur")
        elif value.startswith("="):
            bad(field, f"formule « {value[:40]} » au lieu d'une valeur")
    _check_id(values.get("id", ""), bad)
    if not values.get("last_name"):
        bad("last_name", "nom manquant")
    job = _check_job(values.get("job", ""), matcher, bad)
    entry = _check_date(values.get("entry_date", ""), "entry_date", bad)
    leave = _check_date(values.get("exit_date", ""), "exit_date", bad)
    if entry and leave and leave < entry:
        bad("exit_date", f"date de sortie ({leave:%d/%m/%Y}) antérieure à la date d'entrée "
                         f"({entry:%d/%m/%Y})")
    if found:
        return None
    return Employee(values["id"], values["last_name"], values.get("first_name", ""), job,
                    entry, leave, values.get("wishes", ""))


def _check_id(value: str, bad) -> None:
    if not value:
        bad("id", "matricule manquant")
    elif _SCIENTIFIC.match(value):
        bad("id", f"matricule « {value} » abîmé par Excel (notation scientifique) : formatez la "
                  "colonne en texte dans Excel puis exportez à nouveau")


def _check_job(value: str, matcher, bad) -> str:
    if not value:
        bad("job", "métier manquant")
        return ""
    try:
        return matcher.match(value)
    except UnknownJobError as exc:
        hint = ""
        if exc.suggestions:
            hint = " ; vouliez-vous dire " + ", ".join(f"« {s} »" for s in exc.suggestions) + " ?"
        else:
            hint = (" : ce n'est pas l'un des 58 métiers de l'étude (liste dans l'onglet "
                    "« Cartographie des métiers », ou commande « jobs »)")
        bad("job", f"métier inconnu « {value} »{hint}")
        return ""


def _check_date(value: str, field: str, bad) -> date | None:
    if not value:
        return None
    iso, french = _ISO.match(value), _FRENCH.match(value)
    if not (iso or french):
        if _SHORT_YEAR.match(value):
            bad(field, f"année sur deux chiffres « {value} » : écrivez JJ/MM/AAAA")
        elif value.isdigit() and len(value) == 5:
            bad(field, f"date au format numérique d'Excel « {value} » : formatez la colonne en "
                       "date (JJ/MM/AAAA)")
        else:
            bad(field, f"date illisible « {value} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ)")
        return None
    year, month, day = (int(g) for g in iso.groups()) if iso else \
        (int(french[3]), int(french[2]), int(french[1]))
    try:
        parsed = date(year, month, day)
    except ValueError:
        bad(field, f"date impossible « {value} »")
        return None
    if not 1900 <= year <= date.today().year + 1:
        bad(field, f"date invraisemblable « {value} »")
        return None
    return parsed


def import_roster(conn: sqlite3.Connection, path: Path | str, matcher=None) -> ImportSummary:
    """Check the whole file, back the store up, then save every line in one transaction."""
    started = time.perf_counter()
    preview = read_roster(path, matcher)
    preview.raise_if_bad()
    _backup_before(conn)
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    with transaction(conn):
        for row in preview.rows:
            outcome = employees.save_employee(conn, row.employee)
            counts[outcome] += 1
            if outcome != "unchanged":
                employees.audit(conn, f"roster_{outcome}", row.employee.id)
        employees.audit(conn, "import_roster", "", f"{counts['created']} créées, "
                        f"{counts['updated']} modifiées, {counts['unchanged']} inchangées")
    return ImportSummary(counts["created"], counts["updated"], counts["unchanged"],
                         time.perf_counter() - started, preview.ignored_columns)


def _backup_before(conn: sqlite3.Connection) -> None:
    """A backup before overwriting people, when there are people to lose."""
    from domain.store import backup

    if conn.execute("SELECT 1 FROM employee LIMIT 1").fetchone() is None:
        return
    db = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    if db:
        backup.take_backup(conn, Path(db), "import-effectif")
