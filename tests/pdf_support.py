"""Reading generated PDFs back as text, for the report tests."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def pdf_text(path: Path) -> str:
    """Layout-free text of every page, pages split by form feeds (pdftotext, else pypdf)."""
    try:
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        from pypdf import PdfReader

        return "\f".join(page.extract_text() for page in PdfReader(str(path)).pages)


def flat(text: str) -> str:
    """Every run of white space (line and page breaks included) as one space."""
    return re.sub(r"\s+", " ", text)


def flat_pdf_text(path: Path) -> str:
    return flat(pdf_text(path))
