"""The PDF reader of the report tests: exact page count and text, with Python alone."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest
from pdf_support import flat, pdf_pages, pdf_text


def _three_pages(path):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for number in (1, 2, 3):
        pdf.drawString(72, 720, f"Page numéro {number} — élément à acquérir")
        pdf.showPage()
    pdf.save()
    return path


def test_every_page_ends_with_a_form_feed(tmp_path):
    path = _three_pages(tmp_path / "trois.pdf")
    text = pdf_text(path)
    assert text.count("\f") == 3 and text.endswith("\f")
    pages = text.split("\f")[:-1]
    for number, page in enumerate(pages, start=1):
        assert flat(page).strip() == f"Page numéro {number} — élément à acquérir"
    assert len(pdf_pages(path)) == 3


def test_the_reader_needs_no_system_tool(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "vide"))
    assert pdf_text(_three_pages(tmp_path / "trois.pdf")).count("\f") == 3


def test_same_pages_and_words_as_pdftotext(tmp_path):
    """Cross-check against poppler where it is installed (optional, never required)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) n'est pas installé : contre-vérification facultative")
    from domain.reports.content import report_data_for_job
    from domain.reports.document import build_report

    path = build_report(report_data_for_job("Juriste"), tmp_path / "juriste.pdf")
    try:
        run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    except OSError as exc:
        pytest.skip(f"pdftotext ne se lance pas ({exc}) : contre-vérification facultative")
    if run.returncode != 0:
        pytest.skip(f"pdftotext a échoué (code {run.returncode}) : contre-vérification facultative")
    poppler = run.stdout
    ours = pdf_text(path)
    assert ours.count("\f") == poppler.count("\f") >= 2
    # Same words, whatever the reading order inside a page (poppler follows the layout).
    for mine, theirs in zip(ours.split("\f"), poppler.split("\f"), strict=True):
        assert Counter(flat(mine).replace(" ", "")) == Counter(flat(theirs).replace(" ", ""))
