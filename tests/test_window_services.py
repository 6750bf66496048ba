"""Domain services behind the window's new actions: add a person, count old notes, write a
table to .xlsx, join reports into one vector PDF (issue 11, item 4)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import UnknownJobError, UserError
from domain.people import employees as emp
from domain.people import privacy
from domain.people import service as svc
from domain.store import connection as store


@pytest.fixture
def conn(tmp_path):
    connection = store.connect(tmp_path / "s.sqlite3")
    with store.transaction(connection):
        emp.save_employee(connection, emp.Employee(
            "000417", "Martin", "Claire", "Chargé d'assistance", date(2015, 3, 12)))
    yield connection
    connection.close()


def test_add_employee_cleans_checks_and_audits(conn):
    person = svc.add_employee(conn, person=emp.Employee(
        '="000501"', "  Durand ", "Hélène", "charge d'accueil d'assistance"), actor="rh")
    assert person.id == "000501"  # Excel's text trick unwrapped, zeros kept
    assert (person.last_name, person.job) == ("Durand", "Chargé d'accueil d'assistance")
    assert [(a.action, a.actor) for a in emp.audit_entries(conn, "000501")] == [
        ("add_employee", "rh")]


@pytest.mark.parametrize("matricule, message", [
    ("", "matricule manquant"),
    ("1,23457E+11", "notation scientifique"),
    ("417", "déjà celui de Claire Martin (matricule « 000417 »)"),
    ("000417", "déjà celui de Claire Martin"),
])
def test_add_employee_refuses_a_bad_or_taken_matricule(conn, matricule, message):
    with pytest.raises(UserError) as caught:
        svc.add_employee(conn, person=emp.Employee(matricule, "Autre", "", "Juriste"))
    assert message in str(caught.value)
    assert [p.id for p in emp.list_employees(conn)] == ["000417"]


def test_add_employee_refuses_an_unknown_job_and_writes_nothing(conn):
    with pytest.raises(UnknownJobError):
        svc.add_employee(conn, person=emp.Employee("000502", "Autre", "", "Pilote de ligne"))
    assert emp.find_employee(conn, "000502") is None


def test_notes_before_counts_what_the_purge_deletes(conn):
    with store.transaction(conn):
        for held in (date(2020, 1, 5), date(2023, 6, 1), date(2024, 12, 1)):
            emp.add_note(conn, emp.InterviewNote("000417", held, "Note"))
    today = date(2025, 6, 15)
    cutoff, count = privacy.notes_before(conn, 24, today)
    assert cutoff == date(2023, 6, 15) and count == 2
    assert privacy.purge_notes(conn, 24, today).notes_deleted == count


def test_write_xlsx_keeps_types_and_neutralises_formulas(tmp_path):
    from openpyxl import load_workbook

    from domain.tables.export import Cell, SheetData, write_xlsx

    target = write_xlsx(tmp_path / "t.xlsx", [
        SheetData("Carto: métiers/58", ["Métier", "Score", "Part", "Entrée", "Matricule"], [
            ["=HYPERLINK(\"http://x\")", 0.38, Cell(0.85, "0 %"), date(2015, 3, 12), "000417"],
            ["@SUM(A1)", 1, None, None, "-12"]]),
        SheetData("Carto: métiers/58", ["A"], [])])
    book = load_workbook(target)
    assert book.sheetnames == ["Carto métiers 58", "Carto métiers 58 (2)"]
    rows = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")" and rows[2][0] == "'@SUM(A1)"
    assert rows[1][1] == 0.38 and rows[1][3].date() == date(2015, 3, 12)
    assert rows[1][4] == "000417" and rows[2][4] == "'-12"
    assert book.worksheets[0]["C2"].number_format == "0 %"
    assert book.worksheets[0].freeze_panes == "A2"
    with pytest.raises(UserError, match="extension .xlsx"):
        write_xlsx(tmp_path / "t.csv", [])
    with pytest.raises(UserError, match="n'existe pas"):
        write_xlsx(tmp_path / "absent" / "t.xlsx", [])


def test_merge_pdfs_keeps_pages_as_vectors_and_honours_a_range(tmp_path):
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    from domain.reports.merge import merge_pdfs

    files = []
    for name, pages in (("a", 2), ("b", 3)):
        path = tmp_path / f"{name}.pdf"
        pdf = canvas.Canvas(str(path))
        for page in range(pages):
            pdf.drawString(72, 720, f"Rapport {name} page {page + 1}")
            pdf.showPage()
        pdf.save()
        files.append(path)
    out = tmp_path / "lot.pdf"
    assert merge_pdfs(files, out) == 5
    texts = [page.extract_text() for page in PdfReader(out).pages]
    assert texts[0].startswith("Rapport a page 1") and texts[4].startswith("Rapport b page 3")
    assert out.stat().st_size < 1.5 * sum(f.stat().st_size for f in files)
    assert merge_pdfs(files, out, first_page=2, last_page=3) == 2
    assert [p.extract_text().strip() for p in PdfReader(out).pages] == [
        "Rapport a page 2", "Rapport b page 1"]
    assert merge_pdfs(files, tmp_path / "x.pdf", cancel=lambda: True) == 0
    assert not (tmp_path / "x.pdf").exists()
    (tmp_path / "bad.pdf").write_text("pas un pdf")
    with pytest.raises(UserError, match="n'a pas pu être relu"):
        merge_pdfs([tmp_path / "bad.pdf"], out)
