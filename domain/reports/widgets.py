"""Small building blocks shared by the sections: escaped paragraphs, tables, French numbers.

Every text that comes from a person or a file (names, wishes, ROME labels) goes through
:func:`para`, which escapes it: reportlab paragraphs read ``<``, ``>`` and ``&`` as markup, so a
wish such as « salaire > 2 000 € & télétravail » would otherwise break the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from domain.reports import styles as st
from domain.text import decimal

NNBSP = "\u202f"  # narrow no-break space, as French typography puts before % and thousands


def number(value: float | None, digits: int = 2) -> str:
    """« 0,76 »; « – » when unknown."""
    if value is None:
        return "–"
    return decimal(value, digits)


def hours(value: float) -> str:
    text = f"{value:g}".replace(".", ",")
    return f"{text}{NNBSP}h"


def percent(value: float) -> str:
    return f"{round(value * 100):d}{NNBSP}%"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    word = singular if count in (0, 1) else (plural_form or singular + "s")
    return f"{count} {word}"


def text(value: object) -> str:
    """Escape a plain string for a reportlab paragraph, keeping line breaks.

    Spaces inside French quotes become no-break spaces, so « and » never start or end a line.
    """
    plain = str(value).replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    return escape(plain).replace("\n", "<br/>")


_paragraph_class: Any = None


def paragraph_class() -> Any:
    """A Paragraph that remembers its line breaking for a given width.

    Tables, ``KeepTogether`` and page-break decisions wrap the same paragraph several times at
    the same width; line breaking is most of a report's cost, and its result depends on the
    width only (a paragraph's text and style never change once built).
    """
    global _paragraph_class
    if _paragraph_class is None:
        from reportlab.platypus import Paragraph

        class CachedParagraph(Paragraph):
            def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
                # reportlab drops ``blPara`` when it splits or shrinks a paragraph: recompute then.
                if getattr(self, "_wrapped_at", None) == availWidth and "blPara" in self.__dict__:
                    return self.width, self.height
                result = super().wrap(availWidth, availHeight)
                self._wrapped_at = availWidth
                return result

        _paragraph_class = CachedParagraph
    return _paragraph_class


def para(value: object, style: str = "body", markup: bool = False) -> Any:
    """A paragraph of plain text (escaped) or, with ``markup``, of trusted reportlab markup."""
    return paragraph_class()(str(value) if markup else text(value), st.stylesheet()[style])


def bold(value: object) -> str:
    return f"<b>{text(value)}</b>"


def heading(value: str, level: int = 1, keep: bool = True) -> Any:
    """A section title that also becomes a PDF bookmark (see ``document.ReportDoc``).

    ``keep=False`` lets a title above a long table stay on the current page (reportlab would
    otherwise push title and table to the next page together).
    """
    flowable = paragraph_class()(text(value), st.stylesheet()["h1" if level == 1 else "h2"])
    if not keep:
        flowable.keepWithNext = 0
    flowable.outline = (value, level - 1)  # read by ReportDoc.afterFlowable
    return flowable


def bullets(items: Sequence[str], markup: bool = False) -> list[Any]:
    style = st.stylesheet()["bullet"]
    return [paragraph_class()(item if markup else text(item), style, bulletText="•")
            for item in items]


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], header: bool = True,
          zebra: bool = True, extra: Sequence[tuple] = ()) -> Any:
    """A table of wrapped cells; a short string that fits its column stays plain text.

    Plain strings are drawn directly by the table, several times faster than paragraphs; only
    text that needs wrapping becomes a paragraph (``cell`` style, escaped).
    """
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    cells = [[_cell(value, header and r == 0, widths[c]) for c, value in enumerate(row)]
             for r, row in enumerate(rows)]
    result = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), st.FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(st.INK)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(st.RULE)),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.ACCENT)),
                     ("FONTNAME", (0, 0), (-1, 0), st.FONT_BOLD),
                     ("TEXTCOLOR", (0, 0), (-1, 0), colors.white)]
    if zebra:
        start = 1 if header else 0
        for r in range(start, len(rows)):
            if (r - start) % 2 == 1:
                commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(st.ACCENT_LIGHT)))
    result.setStyle(TableStyle(commands + list(extra)))
    return result


CELL_SIZE = 8.5
CELL_PADDING = 8


def _cell(value: Any, head: bool, width: float) -> Any:
    if not isinstance(value, str):
        return value
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = st.FONT_BOLD if head else st.FONT
    if "\n" not in value and stringWidth(value, font, CELL_SIZE) <= width - CELL_PADDING - 1:
        return value
    return para(value, "cell_head" if head else "cell")


def notice(message: str) -> Any:
    return para(message, "notice")


def level_text(level: int | None, estimate: bool) -> str:
    if level is None:
        return "–"
    return f"{level} (est.)" if estimate else str(level)


def kind_label(kind: str) -> str:
    from domain.matching.competencies import KIND_LABELS

    return KIND_LABELS.get(kind, kind)
