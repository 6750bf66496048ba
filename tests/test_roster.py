"""Roster import: encodings, headers, job matching, dates, every bad line named, all or nothing."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest

from domain.errors import UserError
from domain.people import employees
from domain.people.roster import RosterError, import_roster, read_roster
from domain.people.roster_jobs import JobMatcher, gender_key, title_variants
from domain.rome.job_mapping import load_job_rome_map
from domain.store import connection as store
from domain.study import load_study

ROSTERS = Path(__file__).parent / "fixtures" / "rosters"
SAMPLE = Path(__file__).parent.parent / "data" / "sample_roster.csv"
HEADER = "Matricule;Nom;Prénom;Métier;Date d'entrée;Souhaits\n"


def write(tmp_path: Path, text: str, name: str = "r.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def dump(conn: sqlite3.Connection) -> list:
    tables = ("employee", "employee_competency", "interview_note", "chosen_bridge")
    return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]


@pytest.fixture
def conn(tmp_path):
    connection = store.connect(tmp_path / "s.sqlite3")
    yield connection
    connection.close()


def test_french_excel_cp1252_with_title_line():
    preview = read_roster(ROSTERS / "excel_cp1252_semicolon.csv")
    assert preview.ok and "Windows-1252" in preview.encoding
    people = {r.employee.id: r.employee for r in preview.rows}
    assert set(people) == {"00017", "00018", "00019"}  # leading zeros kept
    assert people["00017"].last_name == "Lefèvre" and people["00017"].first_name == "Hélène"
    assert people["00019"].last_name == "Dœuf"
    assert people["00017"].job == "Chargé d'assistance"  # feminine form
    assert people["00019"].job == "Assistant administratif de plateaux"
    assert people["00019"].entry_date == date(2020, 9, 1)
    assert people["00018"].entry_date == date(2016, 11, 21)
    assert [r.line for r in preview.rows] == [3, 4, 5]  # the title line counts


def test_excel_utf8_bom_comma_with_header_variants_and_multiline_cell():
    preview = read_roster(ROSTERS / "excel_utf8_bom_comma.csv")
    assert preview.ok, preview.problems
    assert preview.ignored_columns == ("Téléphone",)
    assert preview.columns["id"] == "N° matricule" and preview.columns["wishes"] == "Vœux"
    people = {r.employee.id: r.employee for r in preview.rows}
    assert people["A-001"].last_name == "Nguyễn" and people["A-001"].wishes == "Formation, puis mobilité"
    assert people["A-002"].first_name == "Łukasz"
    assert people["A-002"].job == "Technicien informatique"
    assert people["A-003"].entry_date == date(2021, 9, 1)
    assert [r.line for r in preview.rows] == [2, 4, 5]  # the quoted cell spans two lines


def test_utf16_tab_separated(tmp_path):
    text = "Matricule\tNom\tPrénom\tMétier\n7\tŞahin\tElif\tJuriste\n"
    preview = read_roster(write(tmp_path, "\ufeff" + text, encoding="utf-16-le"))
    assert preview.ok and preview.rows[0].employee.last_name == "Şahin"


def test_every_bad_line_is_named_with_its_reason(conn):
    with pytest.raises(RosterError) as caught:
        import_roster(conn, ROSTERS / "bad_lines.csv")
    problems = caught.value.problems
    by_line: dict[int, list[str]] = {}
    for p in problems:
        by_line.setdefault(p.line, []).append(f"{p.column}: {p.message}")
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9]  # lines 2 and 11 are fine
    assert any("métier inconnu « Boulanger »" in m for m in by_line[3])
    assert by_line[4] == ["Matricule: matricule manquant"]
    typo = next(m for m in by_line[5] if m.startswith("Métier"))
    assert "« Chargé d'assistance »" in typo.split("vouliez-vous dire")[1]
    assert any("date impossible « 31/02/2020 »" in m for m in by_line[5])
    assert any("en double (déjà utilisé ligne 2)" in m for m in by_line[6])
    assert any("nom manquant" in m for m in by_line[7])
    assert any("deux chiffres" in m for m in by_line[7])
    assert any("notation scientifique" in m for m in by_line[8])
    assert any("format numérique" in m for m in by_line[8])
    assert any(m.startswith("Date de sortie") and "antérieure" in m for m in by_line[9])
    message = str(caught.value)
    assert "rien n'a été enregistré" in message
    for line in by_line:
        assert f"ligne {line}, colonne" in message


def test_bad_roster_leaves_store_unchanged(conn, tmp_path):
    import_roster(conn, SAMPLE)
    before = dump(conn)
    with pytest.raises(RosterError):
        import_roster(conn, ROSTERS / "bad_lines.csv")
    assert dump(conn) == before


def test_reimport_updates_by_matricule_without_duplicates(conn, tmp_path):
    first = import_roster(conn, SAMPLE)
    assert (first.created, first.updated, first.unchanged) == (4, 0, 0)
    again = import_roster(conn, SAMPLE)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    person = lines[1].split(";")
    moved = ";".join([person[0], person[1], person[2], "Chargé de formation", *person[4:]])
    changed = write(tmp_path, "\n".join([lines[0], moved, *lines[2:]]) + "\n")
    third = import_roster(conn, changed)
    assert (third.created, third.updated, third.unchanged) == (0, 1, 3)
    assert conn.execute("SELECT count(*) FROM employee").fetchone()[0] == 4
    assert employees.get_employee(conn, person[0]).job == "Chargé de formation"


def test_sample_roster_has_four_people_with_their_names_intact(conn):
    import_roster(conn, SAMPLE)
    people = employees.list_employees(conn)
    assert len(people) == 4
    names = {p.last_name for p in people} | {p.first_name for p in people}
    assert {"Nguyễn", "Łukasz", "Şahin"} <= names
    study = load_study()
    for person in people:
        assert study.find_job(person.job).name == person.job


@pytest.mark.parametrize("fixture", ["nir_column.csv", "nir_unnamed_column.csv"])
def test_social_security_numbers_refuse_the_file(fixture):
    preview = read_roster(ROSTERS / fixture)
    assert not preview.ok and not preview.rows
    assert any("NIR" in p.message for p in preview.problems)


def test_mixed_encodings_are_named(tmp_path):
    with pytest.raises(UserError, match="mélange deux encodages") as caught:
        read_roster(ROSTERS / "mixed_encodings.csv")
    assert caught.value.location.line == 3


@pytest.mark.parametrize("content, expected", [
    (b"", "vide"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".xls"),
    (b"Matricule;Nom\0;Prenom\n", "octets nuls"),
    (b"Adresse;Ville\nRue;Paris\n", "en-têtes introuvable"),
    (b"PK\x03\x04garbage", "Classeur illisible"),
    (HEADER.encode() + b'1;"Martin;Anne;Juriste;;\n2;Petit;Luc;Juriste;;\n', "guillemet"),
    (HEADER.encode() + b'1;Martin;Anne;Juriste;;"' + b"x" * 140_000 + b'"\n', "trop longue"),
    (b"Matricule;Nom;Pr\xe9nom;M\xe9tier\n1;A\x81;b;Juriste\n", "Encodage non reconnu"),
], ids=["empty", "xls", "nul", "no-header", "bad-zip", "open-quote", "huge-cell", "bad-cp1252"])
def test_files_that_are_not_rosters_get_a_clear_message(tmp_path, content, expected):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=expected):
        read_roster(path)


def test_missing_required_column_and_duplicate_columns(tmp_path):
    preview = read_roster(write(tmp_path, "Matricule;Nom;Nom de famille;Prénom\n1;A;B;C\n"))
    messages = [p.message for p in preview.problems]
    assert any("colonne obligatoire absente : « Métier »" in m for m in messages)
    assert any("deux colonnes pour « Nom »" in m for m in messages)


def test_header_only_roster_is_refused_with_what_to_check(tmp_path):
    import openpyxl

    preview = read_roster(write(tmp_path, HEADER))
    assert [p.message for p in preview.problems] == [
        "le fichier ne contient aucune personne, seulement la ligne d'en-têtes (ligne 1) : "
        "vérifiez que l'effectif est bien dans ce fichier, ou refaites l'export du SIRH "
        "(filtres, période, établissement)"]
    message = str(RosterError(preview.source, list(preview.problems)))
    assert "corrigez le métier d'une ligne" not in message and "ligne(s)" not in message
    book = openpyxl.Workbook()
    book.active.title = "Effectif"
    book.active.append(["Titre de l'extraction"])
    book.active.append(["Matricule", "Nom", "Prénom", "Métier"])
    book.active.append(["Total : 0 salarié"])
    book.save(tmp_path / "vide.xlsx")
    workbook = read_roster(tmp_path / "vide.xlsx")
    assert workbook.problems[0].message.startswith(
        "la feuille « Effectif » ne contient aucune personne, seulement la ligne d'en-têtes "
        "(ligne 2) : vérifiez que l'effectif est bien sur cette feuille")


@pytest.mark.parametrize("cell, expected", [
    ("2020-02-29", date(2020, 2, 29)),
    ("29/02/2020", date(2020, 2, 29)),
    ("1/3/2020", date(2020, 3, 1)),
    ("01.03.2020", date(2020, 3, 1)),
    ("2020-03-01 00:00:00", date(2020, 3, 1)),
])
def test_dates_in_iso_and_french_forms(tmp_path, cell, expected):
    preview = read_roster(write(tmp_path, HEADER + f"1;Martin;Anne;Juriste;{cell};\n"))
    assert preview.ok, preview.problems
    assert preview.rows[0].employee.entry_date == expected


@pytest.mark.parametrize("cell, reason", [
    ("29/02/2021", "impossible"), ("2020-13-01", "impossible"), ("12/05/1850", "invraisemblable"),
    ("mars 2020", "illisible"), ("01/03/20", "deux chiffres"), ("43831", "numérique"),
])
def test_bad_dates_are_explained(tmp_path, cell, reason):
    preview = read_roster(write(tmp_path, HEADER + f"1;Martin;Anne;Juriste;{cell};\n"))
    assert [(p.line, p.column) for p in preview.problems] == [(2, "Date d'entrée")]
    assert reason in preview.problems[0].message


def test_xlsx_roster_with_numbers_and_dates(tmp_path):
    from datetime import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Liste du personnel"])
    sheet.append(["Matricule", "Nom", "Prénom", "Métier", "Date d'entrée"])
    sheet.append(["00042", "Nguyễn", "Văn An", "Infirmière d'assistance", datetime(2018, 4, 3)])
    sheet.append([1043, "Şahin", "Elif", "JURISTE", "03/04/2018"])
    path = tmp_path / "effectif.xlsx"
    book.save(path)
    preview = read_roster(path)
    assert preview.ok, preview.problems
    first, second = (r.employee for r in preview.rows)
    assert (first.id, first.job, first.entry_date) == ("00042", "Infirmier d'assistance",
                                                       date(2018, 4, 3))
    assert (second.id, second.job) == ("1043", "Juriste")
    assert [r.line for r in preview.rows] == [3, 4]  # Excel row numbers


def test_a_second_visible_roster_sheet_is_named_as_not_read(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Salariés"
    book.active.append(["Matricule", "Nom", "Prénom", "Métier"])
    book.active.append(["000417", "Roux", "Léa", "Juriste"])
    temps = book.create_sheet("Intérimaires")
    temps.append(["Matricule", "Nom"])
    temps.append(["I-12", "Bernard"])
    path = tmp_path / "deux_onglets.xlsx"
    book.save(path)
    preview = read_roster(path)
    assert preview.ok and [r.employee.id for r in preview.rows] == ["000417"]
    assert any("« Salariés » lue" in note and "« Intérimaires »" in note
               for note in preview.notes())


def test_truncated_xlsx_is_refused(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Matricule", "Nom", "Prénom", "Métier"])
    whole = tmp_path / "ok.xlsx"
    book.save(whole)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(UserError, match="Excel"):
        read_roster(broken)


def test_job_matching_gender_inclusive_and_rome_appellations():
    matcher = JobMatcher()
    assert matcher.match("chargée d'assistance") == "Chargé d'assistance"
    assert matcher.match("Chargé(e) d'assistance") == "Chargé d'assistance"
    assert matcher.match("technicien·ne informatique") == "Technicien informatique"
    assert matcher.match("CHEFFE DE PROJET") == "Chef de projet"
    # Every appellation listed for exactly one job in data/job_rome.csv leads to that job.
    owners: dict[str, set[str]] = {}
    for job, entries in load_job_rome_map().items():
        for entry in entries:
            for variant in title_variants(entry.appellation):
                owners.setdefault(gender_key(variant), set()).add(job)
    study_keys = {gender_key(n) for j in load_study().jobs for n in (j.name, *j.aliases)}
    checked = 0
    for job, entries in load_job_rome_map().items():
        for entry in entries:
            key = gender_key(entry.appellation)
            if owners[key] == {job} and key not in study_keys:
                assert matcher.match(entry.appellation) == job, entry.appellation
                checked += 1
    assert checked > 50


def test_shared_appellation_asks_instead_of_guessing():
    from domain.errors import UnknownJobError

    mapping = load_job_rome_map()
    shared = {}
    for job, entries in mapping.items():
        for entry in entries:
            shared.setdefault(entry.appellation, set()).add(job)
    label, jobs = next((a, j) for a, j in shared.items() if len(j) > 1)
    with pytest.raises(UnknownJobError) as caught:
        JobMatcher().match(label)
    assert set(caught.value.suggestions) == jobs


def test_gender_keys_of_the_58_jobs_are_distinct():
    keys = [gender_key(job.name) for job in load_study().jobs]
    assert len(set(keys)) == len(keys)


def run_cli(*args: str) -> tuple[int, str, str]:
    from main import cli_entry

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_entry(list(args))
    return code, out.getvalue(), err.getvalue()


def test_cli_import_and_list(tmp_path):
    code, out, _ = run_cli("import-roster", str(SAMPLE))
    assert code == 0 and "4 personnes ajoutées" in out
    code, out, _ = run_cli("employees", "--json")
    assert code == 0
    listed = {(p["id"], p["last_name"], p["first_name"], p["job"], p["entry_date"], p["wishes"])
              for p in json.loads(out)["employees"]}
    assert listed == {  # as written in data/sample_roster.csv, leading zeros and accents kept
        ("000417", "Nguyễn", "Thị Thu Hà", "Chargé d'accueil d'assistance", "2017-09-04",
         "Évoluer vers la formation des nouveaux arrivants"),
        ("001052", "Kowalczyk", "Łukasz", "Gestionnaire de dossiers d'assistance", "2015-01-12",
         "Se former à l'analyse de données"),
        ("001388", "Şahin", "Elif", "Assistant administratif de plateaux", "2019-05-02",
         "Rejoindre l'équipe réclamations clients"),
        ("002041", "Dubois-Lefèvre", "Éloïse", "Formateur d'assistance", "2012-03-15",
         "Coordonner les parcours de formation"),
    }


def test_cli_refuses_bad_roster_and_names_every_line():
    code, out, err = run_cli("import-roster", str(ROSTERS / "bad_lines.csv"))
    assert code == 2 and err.startswith("Erreur : ")
    for line in (3, 4, 5, 6, 7, 8, 9):
        assert f"ligne {line}," in err
    code, out, _ = run_cli("employees", "--json")
    assert json.loads(out) == {"employees": []}


def test_cli_preview_saves_nothing():
    code, out, _ = run_cli("import-roster", "--apercu", str(SAMPLE))
    assert code == 0 and "4 personnes, aucune erreur" in out
    assert json.loads(run_cli("employees", "--json")[1]) == {"employees": []}


@pytest.mark.parametrize("count, more", [(4, None), (21, "… et 1 autre"), (23, "… et 3 autres")])
def test_cli_preview_lists_who_would_be_imported(tmp_path, count, more):
    path = write(tmp_path, HEADER + "".join(f"{i:06d};Nom{i};Prénom{i};Juriste;;\n"
                                            for i in range(1, count + 1)))
    code, out, _ = run_cli("import-roster", "--apercu", str(path))
    people = json.loads(run_cli("import-roster", "--apercu", "--json", str(path))[1])["employees"]
    listed = [line.strip() for line in out.splitlines() if line.startswith("  ligne ")]
    assert code == 0 and listed == [
        f"ligne {p['line']}\t{p['id']}\t{p['last_name']} {p['first_name']}\t{p['job']}"
        for p in people[:20]]
    assert listed[0] == "ligne 2\t000001\tNom1 Prénom1\tJuriste"
    assert (more in out.splitlines()[-1]) if more else "autre" not in out


def test_an_xlsx_named_xls_imports_and_the_summary_says_what_it_is(conn, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Matricule", "Nom", "Prénom", "Métier"])
    book.active.append(["000417", "Roux", "Léa", "Juriste"])
    book.save(tmp_path / "export_sirh.xls")  # what HR tools do
    summary = import_roster(conn, tmp_path / "export_sirh.xls")
    assert summary.created == 1 and employees.find_employee(conn, "000417").last_name == "Roux"
    assert summary.notes[0] == ("le fichier est en réalité un classeur Excel (.xlsx), malgré son "
                                "extension « .xls »")
