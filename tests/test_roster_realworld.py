"""The real-shaped exports of ``../shared/realworld`` imported as a user expects (issue 10).

Each file is used as it is; the tests skip when the folder is absent (like the ROME release).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.errors import UserError
from domain.people import employees
from domain.people.job_titles import add_job_title
from domain.people.roster import RosterError, import_roster, read_roster
from domain.store import connection as store

REALWORLD = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld"


@pytest.fixture
def realworld() -> Path:
    if not (REALWORLD / "08_roster_title_rows_footer_total.csv").exists():
        pytest.skip("les fichiers réels (../shared/realworld) sont absents")
    return REALWORLD


@pytest.fixture
def conn(tmp_path):
    connection = store.connect(tmp_path / "s.sqlite3")
    yield connection
    connection.close()


def people(conn) -> dict[str, employees.Employee]:
    return {p.id: p for p in employees.list_employees(conn)}


def test_title_rows_and_total_footer_are_skipped_and_said(realworld, conn):
    summary = import_roster(conn, realworld / "08_roster_title_rows_footer_total.csv")
    assert summary.created == 3
    found = people(conn)
    assert set(found) == {"000301", "000302", "000303"}
    assert found["000302"].last_name == "Mbappé-Konaté"
    assert found["000301"].job == "Chargé d'assistance"
    assert any("Total : 3 salariés" in note and "pied de tableau" in note
               for note in summary.notes)


def test_header_variants_and_usage_name(realworld, conn):
    preview = read_roster(realworld / "10_roster_header_variants.csv")
    assert preview.columns == {
        "id": "N° de matricule", "last_name": "Nom de naissance", "usage_name": "Nom d’usage",
        "first_name": "Prénom(s)", "job": "Intitulé poste",
        "entry_date": "Date d'entrée (jj/mm/aaaa)", "wishes": "Souhait(s)"}
    import_roster(conn, realworld / "10_roster_header_variants.csv")
    found = people(conn)
    assert (found["000611"].last_name, found["000611"].first_name) == ("Da Silva", "Inès")
    assert found["000612"].last_name == "Petitjean"  # no usage name: the birth name
    assert found["000611"].job == "Chargé de réclamations clients"
    assert found["000613"].wishes == "Aller vers la comptabilité"


def test_mangled_ids_are_cleaned_and_the_two_bad_ones_named(realworld, conn):
    path = realworld / "11_roster_matricule_mangled.csv"
    preview = read_roster(path)
    assert [r.employee.id for r in preview.rows] == ["000417", "030611", "000418", "001052"]
    assert [(p.line, p.column) for p in preview.problems] == [(6, "Matricule"), (7, "Matricule")]
    assert "notation scientifique" in preview.problems[0].message
    assert "Format de cellule" in preview.problems[0].message
    assert "« 000417 » (ligne 2)" in preview.problems[1].message
    with pytest.raises(RosterError):
        import_roster(conn, path)
    assert people(conn) == {}
    import_roster(conn, path, excluded_lines=(6, 7))  # the user leaves them out explicitly
    assert set(people(conn)) == {"000417", "030611", "000418", "001052"}


def test_excel_numbers_and_formulas_are_named_with_their_cells(realworld):
    preview = read_roster(realworld / "12_roster_excel_numbers_formulas.xlsx")
    named = {(p.line, p.cell): p.message for p in preview.problems}
    assert set(named) == {(2, "E2"), (3, "E3"), (3, "F3"), (4, "F4")}
    assert "jamais calculée" in named[(2, "E2")] and "VLOOKUP" in named[(2, "E2")]
    assert "format numérique" in named[(3, "F3")] and "42212" in named[(3, "F3")]
    assert "deux chiffres" in named[(4, "F4")]
    person = preview.rows[0].employee  # the one right line: a date with a time
    assert (person.id, person.entry_date.isoformat()) == ("002041", "2019-05-02")
    message = str(RosterError(preview.source, list(preview.problems)))
    assert "ligne 2, colonne « Métier », cellule E2" in message


def test_hidden_first_sheet_is_not_read(realworld, conn):
    summary = import_roster(conn, realworld / "14_roster_hidden_first_sheet.xlsx")
    assert summary.created == 2 and set(people(conn)) == {"000901", "000902"}
    assert any("« Listes »" in note for note in summary.notes)


def test_html_saved_as_xls_is_imported(realworld, conn):
    import_roster(conn, realworld / "15a_roster_fake_xls_html.xls")
    found = people(conn)
    assert set(found) == {"001201", "001202"}
    assert (found["001201"].first_name, found["001202"].last_name) == ("Zoé", "Dupont & Fils")


def test_job_title_variants_then_company_titles_mapped_once(realworld, conn):
    path = realworld / "21_roster_job_title_variants.csv"
    preview = read_roster(path, conn=conn)
    assert [r.line for r in preview.rows] == list(range(2, 10))  # the first eight
    assert {t.title: t.lines for t in preview.unknown_titles} == {
        "Conseiller assistance": (10,), "Chargé d'assistance médicale": (11,)}
    assert "Chargé d'assistance" in preview.unknown_titles[0].suggestions
    with pytest.raises(RosterError):
        import_roster(conn, path)
    add_job_title(conn, title="Conseiller assistance", job="Chargé d'assistance")
    add_job_title(conn, title="Chargé d'assistance médicale", job="Médecin d'assistance")
    summary = import_roster(conn, path)
    assert summary.created == 10
    found = people(conn)
    assert found["00708"].job == "Chargé d'assistance"
    assert found["00709"].job == "Médecin d'assistance"
    assert found["00705"].job == "Gestionnaire de dossiers d'assistance"


def test_no_realworld_file_gives_a_traceback_or_markup(realworld):
    for path in sorted(realworld.glob("*roster*")):
        try:
            preview = read_roster(path)
        except UserError as exc:
            assert "<" not in str(exc), path.name
            continue
        for problem in preview.problems:
            assert "<" not in problem.message and problem.line, (path.name, problem)
