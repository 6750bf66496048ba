"""Reading a file people made (a roster, a headcount table) into a ``RawTable`` of text cells.

The format is recognised from the file's bytes, never from its name (HR tools name HTML pages
and tab-separated text « .xls »):

| bytes | format | module |
|---|---|---|
| ``PK`` zip with ``xl/workbook.xml`` | Excel .xlsx | ``workbooks`` (openpyxl) |
| ``PK`` zip with an OpenDocument mimetype | LibreOffice .ods | ``opendocument`` (calamine) |
| OLE2 compound file | Excel 97-2003 .xls | ``legacy_excel`` (xlrd) |
| HTML | a web export named .xls | ``markup`` (read) |
| Excel 2003 XML | « Feuille de calcul XML 2003 » | ``markup`` (refused, how to re-save) |
| other XML | an HR tool's XML export | ``markup`` (refused, how to export) |
| PDF, image, archive, binary bytes | a file picked by mistake | refused, how to export |
| anything else | delimited text | ``encodings`` + ``delimited`` |

openpyxl and calamine are handed the bytes, not the path, since they choose their reader by
the extension. When the extension names another format (an .xlsx named « .xls », as HR tools
do), the table's ``misnamed`` says in one French phrase what the file really is.

Then ``locate.find_table`` picks the visible sheet and the header row and leaves out title,
blank and footer lines. Every cell stays text, so identifiers keep their leading zeros.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from domain.errors import Location, UserError, os_reason
from domain.tables.grid import RawTable, Sheet
from domain.tables.locate import HeaderScore, find_table

MAX_BYTES = 30 * 1024 * 1024
ROSTER_HEADER = "Matricule, Nom, Prénom, Métier (et Date d'entrée, Souhaits)"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_table(path: Path, header_score: HeaderScore, expected: str = ROSTER_HEADER) -> RawTable:
    """The table of a CSV, text, .xlsx, .xls, .ods or HTML file, whatever its extension.

    ``header_score`` says how many expected columns a candidate header row names (0: not a
    header); ``expected`` names the columns in the message when no row does. The table's
    ``misnamed`` says what the file really is when its extension names another format. Raises
    ``UserError`` with the file (and line) for a missing, empty, oversized, damaged, binary or
    unsupported file.
    """
    data = _read_bytes(path)
    sheets, kind, described = read_sheets(path, data, header_score, expected)
    table = find_table(sheets, path.name, described, header_score, expected)
    return replace(table, misnamed=misnamed(path, kind))


# Format → (what it is, in French; the extensions its files normally have).
FORMATS = {"xlsx": ("un classeur Excel (.xlsx)", (".xlsx", ".xlsm")),
           "ods": ("un classeur LibreOffice (.ods)", (".ods",)),
           "xls": ("un classeur Excel 97-2003 (.xls)", (".xls",)),
           "html": ("une page web (HTML)", (".htm", ".html")),
           "text": ("un fichier texte (CSV)", (".csv", ".txt", ".tsv", ".tab", ""))}


def misnamed(path: Path, kind: str) -> str:
    """What the file really is when its extension says another format, else « ».

    « le fichier est en réalité un classeur Excel (.xlsx), malgré son extension « .xls » ».
    """
    what, extensions = FORMATS[kind]
    if path.suffix.lower() in extensions:
        return ""
    return f"le fichier est en réalité {what}, malgré son extension « {path.suffix} »"


def read_sheets(path: Path, data: bytes, header_score: HeaderScore,
                expected: str) -> tuple[list[Sheet], str, str]:
    """Every sheet of the file, its format (a key of ``FORMATS``) and a French description,
    all from the file's bytes."""
    name = path.name
    if data.startswith(b"PK\x03\x04"):
        from domain.tables.workbooks import read_xlsx, zip_kind

        if zip_kind(path) == "ods":
            from domain.tables.opendocument import read_ods

            return read_ods(path), "ods", "classeur LibreOffice (.ods)"
        return read_xlsx(path), "xlsx", "classeur Excel (.xlsx)"
    if data.startswith(_OLE2):
        from domain.tables.legacy_excel import read_xls

        return read_xls(path), "xls", "classeur Excel 97-2003 (.xls)"
    if data.startswith(b"%PDF"):
        raise UserError("Ce fichier est un PDF : exportez l'effectif depuis le SIRH au format "
                        "Excel (.xlsx) ou CSV", Location(name))
    from domain.tables.markup import markup_kind

    kind = markup_kind(data)
    if kind == "spreadsheetml":
        from domain.tables.markup import refuse_spreadsheet_ml

        raise refuse_spreadsheet_ml(name)
    if kind == "xml":
        from domain.tables.markup import refuse_xml

        raise refuse_xml(name)
    if kind == "html":
        from domain.tables.markup import read_html

        sheets, encoding = read_html(data, name)
        return sheets, "html", f"page web (HTML), {encoding}"
    refuse_binary(data, name)
    from domain.tables.delimited import read_delimited
    from domain.tables.encodings import decode

    text, encoding = decode(data, name)
    sheet, separator = read_delimited(text, name, header_score, expected)
    return [sheet], "text", f"{encoding}, {separator}"


# Signatures of files people pick by mistake, and what to call them.
_SIGNATURES = ((b"\x89PNG", "une image (PNG)"), (b"\xff\xd8\xff", "une image (JPEG)"),
               (b"GIF8", "une image (GIF)"), (b"\x1f\x8b", "une archive compressée (gzip)"),
               (b"7z\xbc\xaf", "une archive compressée (7-Zip)"),
               (b"Rar!", "une archive compressée (RAR)"))
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1a")


def refuse_binary(data: bytes, name: str) -> None:
    """Raise UserError when ``data`` is binary (an image, an archive, damaged bytes), not text.

    Binary means a known signature, or at least 5 % control characters (NUL included) in the
    first 64 KiB: random bytes have about 12 %; a text export may hold a few (an exporter's
    control character before each id is under 3 % of a line). UTF-16 text (with its byte-order
    mark) is text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    what = next((label for magic, label in _SIGNATURES if data.startswith(magic)), None)
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if what is None and (controls < 4 or controls * 20 < len(sample)):
        return
    raise UserError(f"Ce fichier est {what or 'un fichier binaire (ni texte ni classeur)'}, pas "
                    "un tableau : exportez l'effectif depuis le SIRH au format Excel (.xlsx) ou "
                    "CSV, puis importez ce fichier", Location(name))


def _read_bytes(path: Path) -> bytes:
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
    return data
