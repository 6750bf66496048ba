"""Finding the table in a sheet the way a person would: skip what is not data, and say so.

Real exports put an extraction title block above the header (« Extraction effectif – Plateau
de Lyon », « Date d'extraction : … »), blank rows inside or after the data, and a footer
(« Total : 3 salariés », « Nombre de lignes : 12 »); workbooks hide a sheet of drop-down values
before the roster. Rules:

- the header is the row, among the first ``HEADER_SEARCH`` non-blank rows, that names the most
  expected columns (``header_score``), the first such row on a tie;
- the sheet is the visible one whose header scores best, the active sheet on a tie; a hidden
  sheet is never read, and when only a hidden sheet holds a table the user is told to show it;
- footer lines are recognised only at the end of the table, only when at most two cells are
  filled, and only by their words (total, nombre, effectif, « 3 salariés »…): a short row that
  is not one stays a data row and is checked like any other, so nobody is dropped in silence;
- trailing columns empty in the header and in every row are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from domain.errors import Location, UserError
from domain.tables.grid import RawTable, Row, Sheet, SkippedLine
from domain.text import fold

HEADER_SEARCH = 30
_MARKUP = re.compile(r"<[A-Za-z/!?]")
HeaderScore = Callable[[list[str]], int]
_FOOTER = re.compile(
    r"^(?:sous[ -]?total|total|totaux|nombre|nbre?|effectifs?(?: total)?|fin (?:de|du)|"
    r"\d+ (?:salarie|personne|collaborateur|agent|ligne|enregistrement|resultat)s?)\b")


def find_table(sheets: Sequence[Sheet], source: str, described: str,
               header_score: HeaderScore, expected: str) -> RawTable:
    """The table of the best visible sheet; ``described`` names the format (« UTF-8, … »).

    Raises UserError when no visible sheet has a header row (naming a hidden one that has).
    """
    scored = [(_best_header(sheet, header_score), index, sheet)
              for index, sheet in enumerate(sheets)]
    visible = [s for s in scored if s[2].visible]
    if not visible:
        raise UserError("Le classeur n'a aucune feuille visible : affichez la feuille de "
                        "l'effectif (clic droit sur un onglet, « Afficher »)", Location(source))
    best = max(visible, key=lambda s: (s[0][0], s[2].active, -s[1]))
    (score, position), _, sheet = best
    if score == 0:
        hidden = next((s[2].name for s in scored if not s[2].visible and s[0][0] > 0), None)
        if hidden:
            raise UserError(f"L'effectif semble être sur la feuille masquée « {hidden} » : "
                            "affichez-la (clic droit sur un onglet, « Afficher ») ou copiez le "
                            "tableau dans une feuille visible", Location(source))
        first = sheet.rows[0] if sheet.rows else (1, ())
        raise no_header(source, first[0], first[1], expected)
    others = tuple(f"{s[2].name}" + ("" if s[2].visible else " (masquée)")
                   for s in scored if s[2] is not sheet)
    if len(sheets) > 1 or sheet.cell_names:
        described = f"{described}, feuille « {sheet.name} »"
    return _table(sheet, position, source, described, others)


def _best_header(sheet: Sheet, header_score: HeaderScore) -> tuple[int, int]:
    """(score, row position) of the most header-like row among the first rows."""
    best = (0, 0)
    for position, (_, cells) in enumerate(sheet.rows[:HEADER_SEARCH]):
        score = header_score(list(cells))
        if score > best[0]:
            best = (score, position)
    return best


def _table(sheet: Sheet, position: int, source: str, described: str,
           others: tuple[str, ...]) -> RawTable:
    header_line, header = sheet.rows[position]
    data = list(sheet.rows[position + 1:])
    skipped = [SkippedLine(line, "titre", _joined(cells)) for line, cells in sheet.rows[:position]]
    footers: list[SkippedLine] = []
    while data and is_footer(data[-1][1]):
        line, cells = data.pop()
        footers.append(SkippedLine(line, "pied", _joined(cells)))
    last = max([data[-1][0] if data else header_line, *(f.line for f in footers)])
    skipped += [SkippedLine(line, "vide") for line in sheet.blank if header_line < line < last]
    skipped += reversed(footers)
    width = max([_width(header), *(_width(cells) for _, cells in data)])
    header = header[:width] + ("",) * (width - len(header))
    return RawTable(source, described, header_line, header, tuple(data),
                    tuple(sorted(skipped, key=lambda s: s.line)), sheet.name, others,
                    sheet.cell_names, sheet.unreadable)


def is_footer(cells: Sequence[str]) -> bool:
    """A total or count line: at most two cells filled, words like « Total » or « 3 salariés »."""
    filled = [c for c in cells if c.strip()]
    if not filled or len(filled) > 2:
        return False
    return bool(_FOOTER.match(fold(filled[0])))


def _width(cells: Sequence[str]) -> int:
    return next((i + 1 for i in range(len(cells) - 1, -1, -1) if cells[i].strip()), 0)


def _joined(cells: Sequence[str]) -> str:
    return " ".join(c for c in cells if c.strip())[:120]


def no_header(name: str, line: int, cells: Sequence[str], expected: str) -> UserError:
    """The error for a file where no row names the expected columns (markup never quoted)."""
    shown = [c for c in list(cells)[:8] if c]
    found = " ; ".join(f"« {c[:40]} »" for c in shown if not _MARKUP.search(c)) or "aucun"
    if any(_MARKUP.search(c) for c in shown):
        found += " (et des balises HTML ou XML, non reproduites)"
    return UserError(f"Ligne d'en-têtes introuvable : les colonnes attendues sont {expected}. "
                     f"En-têtes lus : {found}", Location(name, line))


def sheet_of_rows(name: str, rows: Sequence[Row], *, cell_names: bool = True,
                  unreadable: dict[tuple[int, int], str] | None = None, visible: bool = True,
                  active: bool = False) -> Sheet:
    """A ``Sheet`` from every row of a sheet (blank ones included), stripping each cell."""
    kept: list[Row] = []
    blank: list[int] = []
    for number, cells in rows:
        stripped = tuple(c.strip() for c in cells)
        if any(stripped):
            kept.append((number, stripped))
        else:
            blank.append(number)
    return Sheet(name, tuple(kept), tuple(blank), unreadable or {}, visible, active, cell_names)
