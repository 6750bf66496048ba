"""Reading generated PDFs back as text, for the report tests (pure Python: pypdf).

The tests run on a machine with only Python (no poppler): the text comes from pypdf, never
from a system tool. ``pdf_text`` ends every page with a form feed, as poppler's ``pdftotext``
does, so ``text.count("\\f")`` is the number of pages. (Joining the pages with form feeds
instead, as an earlier fallback did, counts one page short: n pages have n - 1 separators.)
``tests/test_pdf_support.py`` checks this against the page tree and, where ``pdftotext`` is
installed, against it as a cross-check.
"""

from __future__ import annotations

import re
from pathlib import Path


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, in page order (pypdf's plain extraction)."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_text(path: Path) -> str:
    """Layout-free text of every page, each page followed by a form feed (as pdftotext)."""
    return "".join(page + "\f" for page in pdf_pages(path))


def flat(text: str) -> str:
    """Every run of white space (line and page breaks included) as one space."""
    return re.sub(r"\s+", " ", text)


def flat_pdf_text(path: Path) -> str:
    return flat(pdf_text(path))
