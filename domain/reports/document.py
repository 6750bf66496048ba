"""Page furniture and the PDF file: A4 templates, running header, « page X / Y », metadata.

The cover has its own template without header; every later page carries the report's subject
and the confidentiality notice, which must survive when a single page is photocopied. Page
numbers need the total, known only at the end, so the canvas keeps each page's state and
draws the footers when the document is saved.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from domain.errors import UserError, os_reason
from domain.reports import styles as st
from domain.reports.model import ReportData

MARGIN_MM = 18
PLAN_ROOM = 360  # likewise for the training plan after the bridges
AXES_ROOM = 320  # points: the five axes start on the plan's last page only if this much is left
SUBJECT = ("Exposition du métier à l'IA générative, passerelles de mobilité interne, plan de "
           "formation et recommandations de l'étude")


def _doc_class() -> type:
    from reportlab.platypus import BaseDocTemplate

    class ReportDoc(BaseDocTemplate):
        """Adds a PDF bookmark for every section title (flowables carrying ``outline``)."""

        def afterFlowable(self, flowable: Any) -> None:
            outline = getattr(flowable, "outline", None)
            if outline:
                title, level = outline
                key = f"s{id(flowable)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(title, key, level=level, closed=False)

    return ReportDoc


def _canvas_class() -> type:
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        """Draws « Page X / Y » once the page count is known (cover left unnumbered)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    width, _ = self._pagesize
                    self.setFont(st.FONT, 8)
                    self.setFillColor(colors.HexColor(st.MUTED))
                    self.drawRightString(width - _mm(MARGIN_MM), _mm(10),
                                         f"Page {self._pageNumber} / {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def _mm(value: float) -> float:
    return value * 72 / 25.4


def _furniture(data: ReportData):
    """The onPage callback of the body pages: running header and left footer."""
    from reportlab.lib import colors

    from domain.reports.sections import CONFIDENTIAL, french_date

    kind = "Rapport de transition" if data.person else "Fiche métier"
    header = f"Passerelles — {kind} — {data.subject}"
    footer = f"Édité le {french_date(data.created)}" + (f" par {data.author}" if data.author else "")

    def draw(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        left, right = _mm(MARGIN_MM), width - _mm(MARGIN_MM)
        canvas.saveState()
        canvas.setFont(st.FONT, 8)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        top = height - _mm(11)
        canvas.drawString(left, top, _fit(canvas, header, (right - left) * 0.62))
        if data.person:  # a job sheet holds no personal data
            canvas.setFillColor(colors.HexColor(st.WARNING))
            canvas.drawRightString(right, top, CONFIDENTIAL)
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 4, right, top - 4)
        canvas.line(left, _mm(14), right, _mm(14))
        canvas.setFillColor(colors.HexColor(st.MUTED))
        canvas.drawString(left, _mm(10), _fit(canvas, footer, (right - left) * 0.7))
        canvas.restoreState()

    return draw


def _fit(canvas: Any, text: str, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it never runs into the other corner."""
    if canvas.stringWidth(text, st.FONT, 8) <= width:
        return text
    while text and canvas.stringWidth(text + "…", st.FONT, 8) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def flowables(data: ReportData) -> list[Any]:
    """The whole report as flowables, in reading order."""
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

    from domain.reports import sections, sections_plan

    flow: list[Any] = sections.cover(data)
    flow += [NextPageTemplate("body"), PageBreak()]
    from domain.reports import widgets as w

    flow += [w.notice(message) for message in data.notices]  # said first, in plain words
    flow += sections.job_section(data)
    flow += [PageBreak(), *sections.bridges_section(data)]
    flow += [CondPageBreak(PLAN_ROOM), *sections_plan.plan_section(data)]
    flow += [CondPageBreak(AXES_ROOM), *sections_plan.axes_section(data)]
    flow += [PageBreak(), *sections_plan.interview_section(data)]
    flow += [PageBreak(), *sections_plan.sources_section(data)]
    return flow


def build_report(data: ReportData, path: str | Path, invariant: bool = False) -> Path:
    """Write the PDF to ``path`` atomically (a half-written report never replaces a good one)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Frame, PageTemplate

    st.register_fonts()
    path = Path(path)
    margin = _mm(MARGIN_MM)
    width, height = A4
    frame = Frame(margin, margin + _mm(2), width - 2 * margin, height - 2 * margin - _mm(4),
                  id="main", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".rapport-", suffix=".pdf", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise UserError(f"Impossible d'écrire le rapport dans « {path.parent} » : "
                        f"{os_reason(exc)}.") from None
    doc = _doc_class()(
        temporary, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=margin, title=data.title, author=data.author or "Passerelles",
        subject=SUBJECT, creator="Passerelles", keywords="IA générative, passerelles, ROME",
        lang="fr-FR", invariant=1 if invariant else 0, displayDocTitle=1,
        initialFontName=st.FONT, initialFontSize=9.5,
    )
    doc.addPageTemplates([PageTemplate("cover", [frame]),
                          PageTemplate("body", [frame], onPage=_furniture(data))])
    try:
        doc.build(flowables(data), canvasmaker=_canvas_class())
        os.replace(temporary, path)
    except OSError as exc:
        raise UserError(f"Impossible d'écrire le rapport « {path} » : {os_reason(exc)}.") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path
