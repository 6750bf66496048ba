"""The collective plan as an .xlsx workbook an HR team can filter, annotate and share.

Three sheets: « Flux » (one row per move: from, to, via, people, kind, coverage, similarity,
source exposure), « Sans place » (people per job left without a place) and « Cibles » (places
offered and used per target job), plus « Règles » (qualification and priority used). Every text
cell goes through ``domain.text.neutralise`` so that a job name typed as ``=…`` in a headcount
file never runs as a formula; figures stay numbers.
"""

from __future__ import annotations

from pathlib import Path

from domain.errors import UserError, os_reason
from domain.matching.plan import PRIORITIES, PlanResult
from domain.text import neutralise

FLOW_HEADER = ("Métier actuel", "Métier visé", "Via", "Personnes", "Nature", "Couverture",
               "Similarité", "Exposition du métier actuel")
UNCOVERED_HEADER = ("Métier actuel", "Personnes sans place")
TARGETS_HEADER = ("Métier visé", "Places offertes", "Places prises")


def write_plan_xlsx(result: PlanResult, path: str | Path, *, qualification: str = "experts") -> Path:
    """Write ``result`` to ``path`` (.xlsx); raises ``UserError`` when it cannot be written."""
    from openpyxl import Workbook

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"Le fichier « {target} » doit porter l'extension .xlsx.")
    book = Workbook()
    flows = book.active
    flows.title = "Flux"
    _rows(flows, FLOW_HEADER, [
        (m.source, m.target, m.path[1] if len(m.path) > 2 else "", m.people, m.kind,
         round(m.coverage, 4), round(m.similarity, 4), m.source_exposure)
        for m in result.moves])
    _rows(book.create_sheet("Sans place"), UNCOVERED_HEADER,
          sorted(result.uncovered.items(), key=lambda pair: (-pair[1], pair[0])))
    _rows(book.create_sheet("Cibles"), TARGETS_HEADER,
          [(job, places, result.used.get(job, 0)) for job, places in result.capacity.items()])
    _rows(book.create_sheet("Règles"), ("Règle", "Valeur"), [
        ("Qualification", qualification),
        ("Priorité quand les places manquent", PRIORITIES.get(result.priority, result.priority)),
        ("Personnes placées", result.moved), ("Personnes sans place", result.total_uncovered)])
    try:
        book.save(target)
    except OSError as exc:
        raise UserError(f"Impossible d'écrire « {target} » : {os_reason(exc)}.") from None
    return target


def _rows(sheet, header: tuple[str, ...], rows) -> None:
    sheet.append(list(header))
    for row in rows:
        sheet.append([neutralise(v) if isinstance(v, str) else v for v in row])
    for index, title in enumerate(header, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(12, min(45, len(title) + 4))
