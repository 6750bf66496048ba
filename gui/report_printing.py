"""Building reports and sending them to a printer, page by page, off the UI thread.

When the print dialog's printer is « Imprimer dans un fichier (PDF) », the reports' own pages
are joined into that file (``domain.reports.merge``): vector pages, the size of the reports
themselves, text still selectable. For a real printer Qt has no « print this PDF file » call:
each page is rendered by QtPdf to an image at the printer's resolution (at most
:data:`RENDER_DPI`) and painted on the ``QPrinter`` (painting on a printer from a worker
thread is allowed, unlike painting on a widget). The system print dialog is asked for on the
UI thread by :func:`ask_printer`, which tests replace with a PDF-file printer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from domain.errors import UserError

RENDER_DPI = 300  # sharp enough for text, and an A4 page stays around 35 MB in memory


def ask_printer(parent: QWidget | None, pages: int = 0) -> QPrinter | None:
    """The system print dialog; None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("ReportPrinting", "Rapport Passerelles"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportPrinting", "Imprimer"))
    if pages:
        dialog.setMinMax(1, pages)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def page_count(path: str | Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    _load(document, Path(path))
    count = document.pageCount()
    document.close()
    return count


def _load(document, path: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise UserError(QCoreApplication.translate(
            "ReportPrinting", "Le rapport « {name} » n'a pas pu être relu pour l'impression.")
                        .format(name=path.name))


def print_pdfs(paths: Sequence[str | Path], printer: QPrinter,
               progress: Callable[[float, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Print every page of ``paths`` on ``printer`` as one job; returns the pages printed.

    Runs on a worker. A PDF-file printer gets the pages themselves (vector); a real printer
    gets painted pages. On cancel the job is aborted, so a half-printed batch never reaches
    the printer queue.
    """
    from PySide6.QtPdf import QPdfDocument

    report = progress or (lambda _f, _m: None)
    if to_pdf_file(printer):
        return _merge_into(paths, printer, report, cancelled)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QCoreApplication.translate(
            "ReportPrinting", "L'imprimante n'a pas pu être ouverte (vérifiez qu'elle est "
            "disponible, ou choisissez « Imprimer dans un fichier »)."))
    printed = 0
    try:
        for number, path in enumerate(paths, start=1):
            document = QPdfDocument()
            _load(document, Path(path))
            for page in range(document.pageCount()):
                if cancelled and cancelled():
                    printer.abort()
                    return printed
                if printed:
                    printer.newPage()
                _paint_page(painter, printer, document, page)
                printed += 1
            document.close()
            report(number / len(paths), QCoreApplication.translate(
                "ReportPrinting", "Impression {n} sur {total}").format(n=number, total=len(paths)))
    finally:
        if painter.isActive():
            painter.end()
    return printed


def to_pdf_file(printer: QPrinter) -> bool:
    """True when the print dialog chose « Imprimer dans un fichier » as PDF."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat \
        and bool(printer.outputFileName())


def _merge_into(paths: Sequence[str | Path], printer: QPrinter,
                report: Callable[[float, str], None], cancelled) -> int:
    """The reports' own pages joined into the printer's PDF file (the dialog's page range)."""
    from domain.reports.merge import merge_pdfs

    def merged(done: int, total: int) -> None:
        report(done / total, QCoreApplication.translate(
            "ReportPrinting", "Impression {n} sur {total}").format(n=done, total=total))

    first, last = (printer.fromPage(), printer.toPage()) \
        if printer.printRange() == QPrinter.PrintRange.PageRange else (0, 0)
    return merge_pdfs(paths, printer.outputFileName(), first_page=first, last_page=last,
                      progress=merged, cancel=cancelled)


def _paint_page(painter: QPainter, printer: QPrinter, document, page: int) -> None:
    """One PDF page, centred and scaled to the printable area, aspect ratio kept."""
    area = painter.viewport()
    points = document.pagePointSize(page)
    if points.isEmpty():
        return
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = int(points.width() * scale), int(points.height() * scale)
    dpi = min(printer.resolution(), RENDER_DPI)
    image = document.render(page, QSize(int(points.width() * dpi / 72),
                                        int(points.height() * dpi / 72)))
    target = QRect(area.x() + (area.width() - width) // 2,
                   area.y() + (area.height() - height) // 2, width, height)
    painter.drawImage(target, image)


@dataclass(frozen=True)
class TeamOutcome:
    batch: Any  # domain.reports.batch.BatchResult
    pages: int = 0
    cancelled: bool = False
    merged: Path | None = None  # the one PDF written, when asked for


def build_job_preview(context: Any, job: str, qualification: str, path: Path, author: str = ""):
    """A job sheet (no person) written to ``path`` (runs on a worker): ``report --job``."""
    from domain.reports import build_report
    from domain.reports.content import report_data_for_job

    data = report_data_for_job(job, context, qualification=qualification, author=author)
    build_report(data, path)
    return data


def build_preview(context: Any, employee_id: str, qualification: str, path: Path,
                  author: str = ""):
    """The person's report written to ``path`` (runs on a worker); returns its data.

    Reads the person through a read-only connection of the worker's own thread, closed at
    the end: no connection crosses threads, and the store's writer is never blocked.
    """
    from contextlib import closing

    from domain.reports import build_report
    from domain.reports.content import report_data_for_employee
    from domain.store.connection import connect_reader

    with closing(connect_reader()) as conn:
        data = report_data_for_employee(conn, employee_id, context, qualification=qualification,
                                        author=author)
    build_report(data, path)
    return data


def team_reports(rows, out_dir: Path, context: Any, qualification: str, workers: int | None,
                 printer: Any, progress, cancelled, stored=None, author: str = "",
                 merge_to: Path | None = None) -> TeamOutcome:
    """Write every report of the team, then print them, or join them into ``merge_to``, in
    the list's order (on a worker).

    ``stored``: the people's ``StoredFacts`` (decisions, declared competencies), so each
    report says what the person's preview says.
    """
    from domain.reports.batch import run_batch

    share = 0.8 if printer is not None or merge_to is not None else 1.0

    def written(done: int, total: int, _employee_id: str) -> None:
        progress(share * done / total, QCoreApplication.translate(
            "ReportPrinting", "Rapport {n} sur {total}").format(n=done, total=total))

    result = run_batch(rows, out_dir, context=context, qualification=qualification,
                       author=author, workers=workers, progress=written,
                       cancel=cancelled, stored=stored)
    if (printer is None and merge_to is None) or result.cancelled or cancelled():
        return TeamOutcome(result, 0, result.cancelled or cancelled())
    files = dict(result.written)
    ordered = [files[employee.id] for _line, employee in rows if employee.id in files]
    if merge_to is not None:
        from domain.reports.merge import merge_pdfs

        pages = merge_pdfs(ordered, merge_to, progress=lambda d, t: progress(
            share + (1 - share) * d / t, ""), cancel=cancelled)
        return TeamOutcome(result, pages, cancelled(), merge_to if pages else None)
    pages = print_pdfs(
        ordered, printer, lambda f, m: progress(share + (1 - share) * f, m), cancelled)
    return TeamOutcome(result, pages, cancelled())
