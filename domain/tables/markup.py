"""« .xls » files that are really markup: HTML tables and Excel 2003 XML (SpreadsheetML).

Many web HR tools export an HTML page named « .xls » because Excel opens it; Excel 2003 could
save « Feuille de calcul XML 2003 » files that keep the « .xls » name too. An HTML table is read
with the standard library's HTML parser (the charset its ``<meta>`` names, entities decoded,
``colspan`` honoured; one ``Sheet`` per table, rows numbered as Excel shows them).
SpreadsheetML is not read: the user gets one sentence saying what the file is and how to
re-save it; so does any other XML file (an HR tool's XML export). No message ever quotes the
file's markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from domain.errors import Location, UserError
from domain.tables.encodings import decode
from domain.tables.grid import Row, Sheet
from domain.tables.locate import sheet_of_rows

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         rb"<(?:!doctype\s+html|html|head|body|table|meta)\b", re.I | re.S)
_SPREADSHEET_ML = re.compile(rb"urn:schemas-microsoft-com:office:spreadsheet|"
                             rb"progid=\"Excel\.Sheet\"", re.I)
_XML_START = re.compile(rb"^\s*<(?:\?xml|!--|!doctype|[A-Za-z_][\w:.-]*[\s/>])", re.I)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_RESAVE = ("ouvrez-le dans Excel puis « Fichier > Enregistrer sous » au format « Classeur "
           "Excel (.xlsx) »")
MAX_CELLS = 5_000_000


def markup_kind(data: bytes) -> str | None:
    """« html », « spreadsheetml », « xml » (any other markup) or None, from the first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"<?xml") and _SPREADSHEET_ML.search(data[:8192]):
        return "spreadsheetml"
    if _HTML_START.match(head):
        return "html"
    if _XML_START.match(head):
        return "xml"
    return None


def refuse_spreadsheet_ml(name: str) -> UserError:
    """The one-sentence refusal of an Excel 2003 XML file."""
    return UserError("Ce fichier n'est pas un vrai classeur Excel mais une « Feuille de calcul "
                     f"XML 2003 » : {_RESAVE}, puis importez ce nouveau fichier",
                     Location(name))


def refuse_xml(name: str) -> UserError:
    """The one-sentence refusal of an XML file that is neither SpreadsheetML nor HTML."""
    return UserError("Ce fichier est un fichier XML qui n'est ni un classeur Excel 2003 ni un "
                     "tableau HTML : exportez l'effectif depuis le SIRH au format Excel (.xlsx) "
                     "ou CSV, puis importez ce fichier", Location(name))


def read_html(data: bytes, name: str) -> tuple[list[Sheet], str]:
    """The HTML tables of a web export, and the encoding used to read them."""
    text, encoding = _html_text(data, name)
    parser = _TableParser()
    try:
        parser.feed(text)
        parser.close()
    except _TooBig as exc:
        raise UserError("Page web trop volumineuse pour un effectif", Location(name)) from exc
    tables = [t for t in parser.tables if any(any(c.strip() for c in row) for row in t)]
    if not tables:
        raise UserError("Ce fichier est une page web (HTML) qui ne contient aucun tableau : "
                        "exportez l'effectif depuis le SIRH au format Excel (.xlsx) ou CSV",
                        Location(name))
    sheets = [sheet_of_rows(f"tableau {i}", _numbered(rows), cell_names=False, active=i == 1)
              for i, rows in enumerate(tables, 1)]
    return sheets, encoding


def _html_text(data: bytes, name: str) -> tuple[str, str]:
    declared = _CHARSET.search(data[:4096])
    if declared:
        charset = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detection
    return decode(data, name)


def _numbered(rows: list[list[str]]) -> list[Row]:
    return [(number, tuple(cells)) for number, cells in enumerate(rows, 1)]


class _TooBig(Exception):
    pass


class _TableParser(HTMLParser):
    """Collects the text of each ``<table>``'s cells (nested tables read on their own)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._stack: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._span = 1
        self._cells = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append([])
        elif not self._stack:
            return
        elif tag == "tr":
            self._end_cell()
            self._stack[-1].append([])
        elif tag in ("td", "th"):
            self._end_cell()
            if not self._stack[-1]:
                self._stack[-1].append([])
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = min(int(span), 100) if span.strip().isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr"):
            self._end_cell()
        elif tag == "table" and self._stack:
            self._end_cell()
            self.tables.append(self._stack.pop())

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is None or not self._stack:
            return
        text = re.sub(r"\s+", " ", "".join(self._cell)).strip()
        self._stack[-1][-1].extend([text] + [""] * (self._span - 1))
        self._cells += self._span
        if self._cells > MAX_CELLS:
            raise _TooBig
        self._cell, self._span = None, 1
