"""Reading a roster file into text cells, whatever Excel or another HR tool produced.

French Excel writes "CSV (séparateur: point-virgule)" in Windows-1252 and "CSV UTF-8" with a
byte-order mark; "Texte Unicode" is UTF-16 with tabs. We try strict UTF-8 first, then
Windows-1252, and say so when a file mixes both. Every cell stays text (matricules keep their
leading zeros); converting dates and jobs is the roster validator's job. Workbooks (.xlsx) are
read with openpyxl in read-only mode after a size check on the zip, so a crafted file cannot
exhaust memory.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from domain.errors import Location, UserError, os_reason

MAX_BYTES = 30 * 1024 * 1024
MAX_XLSX_UNPACKED = 300 * 1024 * 1024
MAX_ROWS = 200_000
HEADER_SEARCH = 10  # title lines Excel users put above the header
DELIMITERS = (";", ",", "\t")
# Letters and typographic marks as UTF-8 sequences; in Windows-1252 they read as "Ã©", "â€™".
_UTF8_LETTERS = re.compile(rb"[\xC3-\xC5][\x80-\xBF]|\xE2\x80[\x90-\xBF]")


@dataclass(frozen=True)
class RawTable:
    """The cells of a roster: header and rows, with the line (or Excel row) of each."""

    source: str
    encoding: str
    header_line: int
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


HeaderScore = Callable[[list[str]], int]
ROSTER_HEADER = "Matricule, Nom, Prénom, Métier (et Date d'entrée, Souhaits)"


def read_table(path: Path, header_score: HeaderScore, expected: str = ROSTER_HEADER) -> RawTable:
    """Cells of a CSV or .xlsx file; ``header_score`` says how roster-like a candidate header is
    (0: not a header) and ``expected`` names the columns when no line looks like a header."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(f"Fichier trop volumineux ({size // (1024 * 1024)} Mo ; au plus "
                            f"{MAX_BYTES // (1024 * 1024)} Mo)", Location(name))
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError as exc:
        raise UserError("Fichier introuvable", Location(str(path))) from exc
    except IsADirectoryError as exc:
        raise UserError("Ce chemin est un dossier, pas un fichier", Location(str(path))) from exc
    except OSError as exc:
        raise UserError(f"Lecture impossible : {os_reason(exc)}", Location(str(path))) from exc
    if not data.strip():
        raise UserError("Le fichier est vide", Location(name))
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, header_score, expected)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError("Ancien format Excel (.xls) non pris en charge : enregistrez le fichier "
                        "au format .xlsx ou CSV", Location(name))
    text, encoding = decode(data, name)
    return _read_csv(text, encoding, name, header_score, expected)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and a French name of its encoding; a clear error for binary or mixed files."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (avec BOM)"
        except UnicodeDecodeError as exc:
            raise _mixed(data, exc.start + 3, name) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise UserError("Fichier UTF-16 abîmé", Location(name)) from exc
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise UserError("Le fichier contient des octets nuls : ce n'est pas un fichier texte CSV "
                        "(enregistrez-le depuis Excel en « CSV UTF-8 » ou en .xlsx)",
                        Location(name, line))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        if _UTF8_LETTERS.search(data):
            raise _mixed(data, exc.start, name) from exc
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError("Encodage non reconnu (ni UTF-8 ni Windows-1252) : enregistrez le "
                        "fichier depuis Excel en « CSV UTF-8 »", Location(name, line)) from exc


def _mixed(data: bytes, position: int, name: str) -> UserError:
    line = data[:position].count(b"\n") + 1
    return UserError("Le fichier mélange deux encodages (UTF-8 et Windows-1252), premier "
                     "caractère illisible ici : enregistrez-le depuis Excel en « CSV UTF-8 »",
                     Location(name, line))


def _records(text: str, delimiter: str, name: str, limit: int | None = None):
    """(first line of the record, cells) for every non-blank record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous_end = 0
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if any(c.strip() for c in cells):
                yield start, tuple(c.strip() for c in cells)
                if limit is not None:
                    limit -= 1
                    if limit <= 0:
                        return
    except csv.Error as exc:
        problem = ("cellule trop longue (plus de 131 072 caractères)" if "limit" in str(exc)
                   else "guillemet « \" » mal placé ou jamais fermé")
        raise UserError(f"Fichier CSV mal formé : {problem}",
                        Location(name, previous_end + 1)) from exc


def _read_csv(text: str, encoding: str, name: str, header_score: HeaderScore,
              expected: str) -> RawTable:
    best: tuple[int, int, str] | None = None  # (score, -position, delimiter)
    for delimiter in DELIMITERS:
        head: list[tuple[int, tuple[str, ...]]] = []
        with contextlib.suppress(UserError):  # a bad record ends the search, not the read
            head.extend(_records(text, delimiter, name, HEADER_SEARCH))
        for position, (_, cells) in enumerate(head):
            candidate = (header_score(list(cells)), -position, delimiter)
            if best is None or candidate > best:
                best = candidate
    if best is None or best[0] == 0:
        line, first = next(((n, t) for n, t in enumerate(text.splitlines(), 1) if t.strip()),
                           (1, ""))
        raise _no_header(name, line, tuple(first.split(";")), expected)
    delimiter, header_position = best[2], -best[1]
    records = []
    for count, record in enumerate(_records(text, delimiter, name)):
        if count > MAX_ROWS:
            raise UserError(f"Trop de lignes (au plus {MAX_ROWS})", Location(name))
        records.append(record)
    header_line, header = records[header_position]
    return RawTable(name, f"{encoding}, séparateur « {delimiter} »".replace("« \t »",
                    "tabulation"), header_line, header, tuple(records[header_position + 1:]))


def _no_header(name: str, line: int, cells: tuple[str, ...], expected: str) -> UserError:
    found = " ; ".join(f"« {c} »" for c in cells[:8] if c) or "aucun"
    return UserError(f"Ligne d'en-têtes introuvable : les colonnes attendues sont {expected}. "
                     f"En-têtes lus : {found}", Location(name, line))


def _read_xlsx(path: Path, header_score: HeaderScore, expected: str) -> RawTable:
    name = path.name
    _check_zip(path)
    import openpyxl  # heavy: only when a workbook is actually imported

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise UserError("Classeur Excel illisible ou abîmé : ouvrez-le dans Excel et "
                        "enregistrez-le à nouveau", Location(name)) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise UserError("Le classeur ne contient aucune feuille", Location(name))
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            if number > MAX_ROWS:
                raise UserError(f"Trop de lignes (au plus {MAX_ROWS})", Location(name))
            cells = tuple(cell_text(v) for v in values)
            if any(cells):
                rows.append((number, cells))
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise UserError("Classeur Excel illisible ou abîmé : ouvrez-le dans Excel et "
                        "enregistrez-le à nouveau", Location(name)) from exc
    finally:
        book.close()
    scores = [(header_score(list(cells)), -i) for i, (_, cells) in enumerate(rows[:HEADER_SEARCH])]
    if not scores or max(scores)[0] == 0:
        raise _no_header(name, rows[0][0] if rows else 1, rows[0][1] if rows else (), expected)
    position = -max(scores)[1]
    header_line, header = rows[position]
    return RawTable(name, f"classeur Excel, feuille « {sheet.title} »", header_line, header,
                    tuple(rows[position + 1:]))


def _check_zip(path: Path) -> None:
    """Refuse a zip that is damaged or would unpack to something huge (zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError("Classeur Excel illisible (archive abîmée)", Location(path.name)) from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise UserError("Classeur Excel trop volumineux une fois décompressé", Location(path.name))
    if "xl/workbook.xml" not in names:
        raise UserError("Ce fichier zip n'est pas un classeur Excel (.xlsx)", Location(path.name))


def cell_text(value: object) -> str:
    """A workbook cell as the text a person sees (dates in ISO form, whole numbers plain)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
