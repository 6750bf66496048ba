"""Roster rules of issue 10: ids, headers and the user's column choices, job titles mapped once,
line fixes and exclusions, every format into the store, and the command line."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from domain.errors import UserError
from domain.people import employees
from domain.people.column_memory import (
    forget_column_mapping,
    remember_column_mapping,
    remembered_column_mapping,
)
from domain.people.job_titles import add_job_title, list_job_titles, remove_job_title
from domain.people.roster import RosterError, import_roster, read_roster
from domain.people.roster_cells import clean_id, clean_text
from domain.people.roster_jobs import JobMatcher
from domain.store import connection as store

ROSTERS = Path(__file__).parent / "fixtures" / "rosters"
HEADER = "Matricule;Nom;Prénom;Métier;Date d'entrée\n"
COMPANY = ROSTERS / "company_headers.csv"
COMPANY_MAPPING = {"Agent": "id", "Patronyme": "last_name", "Libellé emploi interne": "job",
                   "Entrée groupe": "entry_date"}


@pytest.fixture
def conn(tmp_path):
    connection = store.connect(tmp_path / "s.sqlite3")
    yield connection
    connection.close()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "r.csv"
    path.write_text(text, encoding="utf-8")
    return path


def people(conn) -> dict[str, employees.Employee]:
    return {p.id: p for p in employees.list_employees(conn)}


# --- ids -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, expected", [
    ('="000417"', "000417"), ("\x1f030611", "030611"), ("000418\u200b", "000418"),
    ("\t001052", "001052"), ("\ufeff000419", "000419"), ("\u00a0000420\u202f", "000420"),
    ("'000421", "000421"), ("A-001", "A-001"), ("00 42", "00 42"),
])
def test_ids_are_unwrapped_and_stripped_but_keep_their_zeros(cell, expected):
    assert clean_id(cell) == expected


def test_names_lose_invisible_characters_and_non_breaking_spaces():
    assert clean_text("Da\u00a0Silva\u200b") == "Da Silva"
    assert clean_text("Le\tGoff ") == "Le Goff"


def test_same_number_with_and_without_zeros_is_named_on_the_later_line(tmp_path):
    preview = read_roster(write(tmp_path, HEADER + "0417;A;B;Juriste;\n417;C;D;Juriste;\n"
                                "00417;E;F;Juriste;\n0417;G;H;Juriste;\n"))
    assert [(p.line, p.field) for p in preview.problems] == [(3, "id"), (4, "id"), (5, "id")]
    assert "même numéro que « 0417 » (ligne 2)" in preview.problems[0].message
    assert "en double (déjà utilisé ligne 2)" in preview.problems[2].message


@pytest.mark.parametrize("cell", ["1,23457E+11", "1.23E+05", "4,5e10"])
def test_scientific_notation_ids_are_refused_with_the_excel_fix(tmp_path, cell):
    preview = read_roster(write(tmp_path, HEADER + f"{cell};A;B;Juriste;\n"))
    assert "notation scientifique" in preview.problems[0].message
    assert "Texte" in preview.problems[0].message


# --- columns -------------------------------------------------------------------------------------

@pytest.mark.parametrize("header, field", [
    ("N° de matricule", "id"), ("Numéro de matricule", "id"), ("Nom d’usage", "usage_name"),
    ("NOM DE NAISSANCE", "last_name"), ("Prénom(s)", "first_name"), ("Intitulé du poste", "job"),
    ("Fonction", "job"), ("Emploi", "job"), ("Date d'ancienneté", "entry_date"),
    ("Date d'embauche (JJ/MM/AAAA)", "entry_date"), ("Souhait(s)", "wishes"),
])
def test_usual_french_headers_are_recognised(tmp_path, header, field):
    from domain.people.roster_columns import field_of

    assert field_of(header) == field


def test_usage_name_column_alone_is_enough(tmp_path):
    preview = read_roster(write(tmp_path, "Matricule;Nom d'usage;Prénom;Poste\n1;Roux;Léa;Juriste\n"))
    assert preview.ok and preview.rows[0].employee.last_name == "Roux"


def test_unknown_headers_are_refused_with_the_columns_to_map(tmp_path):
    preview = read_roster(COMPANY)
    assert not preview.ok
    messages = " ".join(p.message for p in preview.problems)
    assert "« Matricule »" in messages and "« Agent »" in messages


def test_a_missing_column_says_how_to_map_one_in_the_window_and_on_the_command_line(tmp_path):
    messages = [p.message for p in read_roster(COMPANY).problems]
    unknown = "« Agent », « Patronyme », « Libellé emploi interne », « Entrée groupe »"
    hint = ("si le fichier l'a sous un autre nom, indiquez laquelle (fenêtre : onglet « Colonnes » "
            "de l'aperçu de l'import ; ligne de commande : --colonne ")
    assert messages == [
        f'colonne obligatoire absente : « Matricule » ; {hint}"Agent=matricule") ; colonnes '
        f"non reconnues : {unknown}",
        f"colonne obligatoire absente : « Nom » (ou « Nom d'usage ») ; {hint}\"Patronyme=nom\")"
        f" ; colonnes non reconnues : {unknown}",
        f'colonne obligatoire absente : « Métier » ; {hint}"Libellé emploi interne=metier") ; '
        f"colonnes non reconnues : {unknown}"]
    # The option as the message spells it is the command line's own syntax.
    options = [arg for m in messages for arg in ("--colonne", m.split('"')[1])]
    code, out, err = run_cli("import-roster", str(COMPANY), "--apercu", *options)
    assert code == 2 and "colonne obligatoire" not in err and "Conseiller assistance" in err
    # A column the user mapped is no longer « non reconnue ».
    partly = read_roster(COMPANY, column_mapping={"Agent": "id", "Patronyme": "last_name"})
    assert [p.message.split(" ; ")[-1] for p in partly.problems] == [
        "colonnes non reconnues : « Libellé emploi interne », « Entrée groupe »"]
    bare = read_roster(write(tmp_path, "Matricule;Nom;Prénom\n1;A;B\n"))
    assert [p.message for p in bare.problems] == [
        "colonne obligatoire absente : « Métier » ; le fichier n'a aucune autre colonne : "
        "ajoutez-la, ou refaites l'export du SIRH avec cette colonne"]


def test_a_mapping_must_name_the_file_s_headers_one_column_per_field(tmp_path):
    headers = "« Agent », « Patronyme », « Prénom », « Libellé emploi interne », « Entrée groupe »"
    absent = read_roster(COMPANY, column_mapping=COMPANY_MAPPING | {"Nope": "wishes"})
    assert [p.message for p in absent.problems] == [
        f"la colonne « Nope » choisie pour « Souhaits » n'est pas dans ce fichier ; ses en-têtes "
        f"sont : {headers}"]
    twice = read_roster(COMPANY, column_mapping=COMPANY_MAPPING | {"Patronyme": "id"})
    assert [p.message for p in twice.problems] == [
        "2 colonnes choisies pour « Matricule » (« Agent » et « Patronyme ») : un champ se lit "
        "dans une seule colonne, choisissez-en une",
        "colonne obligatoire absente : « Nom » (ou « Nom d'usage ») ; chaque colonne du fichier "
        "est déjà lue, reconnue ou selon vos choix : revoyez vos choix de colonnes, ou "
        "ajoutez-la au fichier"]
    assert not twice.rows
    # A recognised column the user gave another field is said as such.
    diverted = read_roster(write(tmp_path, HEADER + "1;A;B;Juriste;\n"),
                           column_mapping={"Matricule": "id", "Nom": "id"})
    assert [p.message for p in diverted.problems][1] == (
        "colonne obligatoire absente : « Nom » (ou « Nom d'usage ») ; la colonne « Nom » du "
        "fichier est choisie pour « Matricule » à votre demande")
    # On the command line, the same rule (nothing saved).
    code, _, err = run_cli("import-roster", str(COMPANY), "--colonne", "Nope=matricule")
    assert code == 2 and f"la colonne « Nope » choisie pour « Matricule » n'est pas dans ce " \
        f"fichier ; ses en-têtes sont : {headers}" in err
    code, _, err = run_cli("import-roster", str(COMPANY), "--apercu", "--colonne",
                           "Agent=matricule", "--colonne", "Patronyme=matricule")
    assert code == 2 and "2 colonnes choisies pour « Matricule »" in err


def test_a_column_mapping_reads_the_file_and_is_remembered_by_the_import(conn):
    add_job_title(conn, title="Conseiller assistance", job="Chargé d'assistance")
    preview = read_roster(COMPANY, conn=conn, column_mapping=COMPANY_MAPPING)
    assert preview.ok, preview.problems
    assert preview.columns["id"] == "Agent" and not preview.mapping_remembered
    # « Conseillère d'assistance » finds the mapping of « Conseiller assistance ».
    assert {r.employee.job for r in preview.rows} == {"Chargé d'assistance"}
    import_roster(conn, COMPANY, column_mapping=COMPANY_MAPPING)
    assert set(people(conn)) == {"A0901", "A0902", "A0903"}
    again = read_roster(COMPANY, conn=conn)  # next month's file: same headers, no choice asked
    assert again.ok and again.mapping_remembered and again.column_mapping == COMPANY_MAPPING
    assert read_roster(COMPANY).ok is False  # without the store, nothing is remembered


def test_remember_and_forget_a_column_mapping(conn):
    headers = ("Agent", "Patronyme", "Prénom", "Libellé emploi interne", "Entrée groupe")
    remember_column_mapping(conn, headers=headers, mapping=COMPANY_MAPPING)
    assert remembered_column_mapping(conn, headers=headers).mapping == COMPANY_MAPPING
    assert remembered_column_mapping(conn, headers=headers[:3]) is None
    with pytest.raises(UserError, match="n'est pas dans la ligne d'en-têtes"):
        remember_column_mapping(conn, headers=headers, mapping={"Absente": "id"})
    with pytest.raises(UserError, match="Champ « salaire » inconnu"):
        remember_column_mapping(conn, headers=headers, mapping={"Agent": "salaire"})
    assert forget_column_mapping(conn, headers=headers) is True
    assert remembered_column_mapping(conn, headers=headers) is None


def test_a_mapped_column_can_be_left_out(tmp_path):
    path = write(tmp_path, "Matricule;Nom;Prénom;Métier;Nom de famille\n1;Roux;Léa;Juriste;X\n")
    assert not read_roster(path).ok  # two « Nom » columns
    preview = read_roster(path, column_mapping={"Nom de famille": ""})
    assert preview.ok and "Nom de famille" in preview.ignored_columns


# --- job titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, job", [
    ("Gestionnaire dossiers assistance", "Gestionnaire de dossiers d'assistance"),
    ("CHARGE D ASSISTANCE", "Chargé d'assistance"), ("Chargé d’assistance", "Chargé d'assistance"),
    ("Chargée de réclamations clients", "Chargé de réclamations clients"),
    ("Formatrice d'assistance", "Formateur d'assistance"),
    ("Responsable pôle assistance", "Responsable de pôle d'assistance"),
])
def test_job_titles_as_people_type_them(typed, job):
    assert JobMatcher().match(typed) == job


def test_job_title_correspondence_service(conn, tmp_path):
    entry = add_job_title(conn, title="  Conseiller   assistance ", job="chargé d'assistance")
    assert (entry.title, entry.job) == ("Conseiller assistance", "Chargé d'assistance")
    add_job_title(conn, title="CONSEILLER ASSISTANCE", job="Chargé d'accueil d'assistance")
    assert [(t.title, t.job) for t in list_job_titles(conn)] == [
        ("CONSEILLER ASSISTANCE", "Chargé d'accueil d'assistance")]  # replaced, not doubled
    with pytest.raises(UserError, match="Vouliez-vous dire : « Médecin d'assistance »"):
        add_job_title(conn, title="Médecin régulateur", job="Médecin")
    with pytest.raises(UserError, match="déjà le métier de l'étude « Juriste »"):
        add_job_title(conn, title="juriste", job="Acheteur")
    with pytest.raises(UserError, match="vide"):
        add_job_title(conn, title=" ", job="Acheteur")
    removed = remove_job_title(conn, title="Conseillère assistance")
    assert removed.job == "Chargé d'accueil d'assistance" and list_job_titles(conn) == []
    with pytest.raises(UserError, match="Aucune correspondance"):
        remove_job_title(conn, title="Conseiller assistance")
    preview = read_roster(write(tmp_path, HEADER + "1;A;B;Conseiller assistance;\n"), conn=conn)
    assert preview.unknown_titles[0].title == "Conseiller assistance"


def test_job_titles_survive_a_new_connection(tmp_path):
    db = tmp_path / "s.sqlite3"
    with store.connect(db) as first:
        add_job_title(first, title="Conseiller assistance", job="Chargé d'assistance")
    first.close()
    second = store.connect(db)
    try:
        path = write(tmp_path, HEADER + "1;A;B;Conseillère assistance;\n")
        assert read_roster(path, conn=second).rows[0].employee.job == "Chargé d'assistance"
    finally:
        second.close()


# --- fixes and exclusions ------------------------------------------------------------------------

def test_a_line_job_fixed_from_the_suggestions_then_imported(conn, tmp_path):
    path = write(tmp_path, HEADER + "1;A;B;Conseiller assistance;\n2;C;D;Juriste;\n")
    preview = read_roster(path)
    problem = preview.problems[0]
    assert (problem.line, problem.field) == (2, "job") and problem.suggestions
    fixed = read_roster(path, job_fixes={2: problem.suggestions[1]})
    assert fixed.ok and fixed.fixed == {2: problem.suggestions[1]}
    import_roster(conn, path, job_fixes={2: "Chargé d'assistance"})
    assert people(conn)["1"].job == "Chargé d'assistance"


def test_a_fix_or_exclusion_must_name_a_line_and_a_job(tmp_path):
    path = write(tmp_path, HEADER + "1;A;B;Juriste;\n")
    bad_job = read_roster(path, job_fixes={2: "Boulanger"})
    assert bad_job.problems[0].line == 2 and "métier choisi « Boulanger » inconnu" in \
        bad_job.problems[0].message
    no_line = read_roster(path, excluded_lines=(9,), job_fixes={7: "Juriste"})
    assert [p.message.split(" (")[0] for p in no_line.problems] == ["la ligne 9", "la ligne 7"]


def test_a_line_number_that_is_not_a_person_gets_the_lines_that_are(tmp_path):
    path = write(tmp_path, "Effectif au 01/03\n" + HEADER + "1;A;B;Juriste;\n2;C;D;Juriste;\n"
                 "Total : 2 salariés\n")
    preview = read_roster(path, excluded_lines=(2, 9), job_fixes={5: "Juriste"})
    span = "les lignes de personnes vont de la ligne 3 à la ligne 4"
    assert [p.message for p in preview.problems] == [
        f"la ligne 2 (à exclure) n'est pas une ligne de personne de ce fichier (c'est la ligne "
        f"d'en-têtes) ; {span}",
        f"la ligne 9 (à exclure) n'est pas une ligne de personne de ce fichier : {span}",
        f"la ligne 5 (au métier corrigé) n'est pas une ligne de personne de ce fichier (c'est "
        f"un pied de tableau) ; {span}"]
    message = str(RosterError(preview.source, list(preview.problems)))
    assert "corrigez le métier d'une ligne" not in message and "ligne(s)" not in message
    everyone = read_roster(path, excluded_lines=(3, 4))
    assert [p.message for p in everyone.problems] == [
        "toutes les lignes de personnes sont exclues de l'import : gardez-en au moins une"]


def test_a_refusal_for_bad_lines_keeps_the_advice_with_a_real_plural(tmp_path):
    path = write(tmp_path, HEADER + "1;A;B;Boulanger;\n2;C;D;Juriste;\n")
    message = str(RosterError("r.csv", list(read_roster(path).problems)))
    assert "(1 ligne en erreur)" in message and "corrigez le métier d'une ligne" in message


def test_excluded_lines_are_left_out_and_said(conn, tmp_path):
    path = write(tmp_path, HEADER + "1;A;B;Juriste;\n2;C;D;Boulanger;\n;E;F;Juriste;\n")
    with pytest.raises(RosterError) as caught:
        import_roster(conn, path)
    assert {p.line for p in caught.value.problems} == {3, 4}
    summary = import_roster(conn, path, excluded_lines=[3, 4])
    assert summary.created == 1 and set(people(conn)) == {"1"}
    assert any("lignes exclues à votre demande : 3, 4" in note for note in summary.notes)


# --- every format into the store -----------------------------------------------------------------

@pytest.mark.parametrize("fixture, ids", [
    ("libreoffice_97_2003_hidden_list.xls", {"000417", "001052", "002041"}),
    ("libreoffice_97_2003_1904.xls", {"000417", "001052", "002041"}),
    ("libreoffice_hidden_list_padded_ids.ods", {"000417", "001052", "002041"}),
    ("excel_mac_macroman_cr.csv", {"000731", "000732", "000733"}),
    ("hr_export_tab_cp1252.txt", {"0800", "0801", "0802"}),
    ("web_export_utf8.xls", {"004010", "004011"}),
])
def test_each_format_imports_the_right_people(conn, fixture, ids):
    summary = import_roster(conn, ROSTERS / fixture)
    found = people(conn)
    assert summary.created == len(ids) and set(found) == ids
    if fixture.startswith("libreoffice"):
        assert found["000417"].last_name == "Da Silva"  # usage name over birth name
        assert found["002041"].job == "Formateur d'assistance"
        assert found["001052"].entry_date.isoformat() == "2012-03-15"
    if fixture.startswith("excel_mac"):
        assert found["000732"].last_name == "Dœuf" and found["000732"].first_name == "François"
    if fixture.startswith("hr_export"):
        assert found["0800"].last_name == "Roux" and found["0802"].last_name == "N’Guessan"


def test_excel_2003_xml_is_refused_in_one_sentence(conn):
    with pytest.raises(UserError, match="Feuille de calcul XML 2003") as caught:
        import_roster(conn, ROSTERS / "excel_2003_xml.xls")
    assert "Classeur Excel (.xlsx)" in str(caught.value)


# --- command line --------------------------------------------------------------------------------

def run_cli(*args: str) -> tuple[int, str, str]:
    from main import cli_entry

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_entry(list(args))
    return code, out.getvalue(), err.getvalue()


def test_an_unknown_title_says_how_to_map_it_in_the_window_and_on_the_command_line(tmp_path):
    path = write(tmp_path, HEADER + "1;A;B;Conseiller assistance;\n2;C;D;Boulanger;\n")
    messages = [p.message for p in read_roster(path).problems]
    once = ("associez cet intitulé une fois pour toutes à un métier (fenêtre : bouton « Toujours "
            "associer » de l'aperçu, ou menu Fichier › Correspondances des intitulés de poste ; "
            "ligne de commande : job-titles --add \"{title}\" MÉTIER)")
    assert messages[0].endswith("? Choisissez le métier de cette ligne, ou "
                                + once.format(title="Conseiller assistance"))
    assert messages[1].endswith("; corrigez-le dans le fichier, ou " + once.format(title="Boulanger"))
    # The command as written, MÉTIER replaced by a job, does map the title.
    command = messages[0].split("ligne de commande : ")[1].rstrip(")")
    title = command.split('"')[1]
    assert command == f'job-titles --add "{title}" MÉTIER'
    assert run_cli("job-titles", "--add", title, "Chargé d'assistance")[0] == 0
    assert run_cli("import-roster", str(path), "--exclure", "3")[0] == 0


def test_cli_job_titles_add_list_remove():
    code, out, _ = run_cli("job-titles")
    assert code == 0 and "Aucune correspondance" in out
    code, out, _ = run_cli("job-titles", "--add", "Conseiller assistance", "Chargé d'assistance")
    assert code == 0 and "correspond désormais au métier « Chargé d'assistance »" in out
    code, out, _ = run_cli("job-titles", "--json")
    assert [(t["title"], t["job"]) for t in json.loads(out)["job_titles"]] == [
        ("Conseiller assistance", "Chargé d'assistance")]
    code, _, err = run_cli("job-titles", "--add", "Conseiller assistance", "Boulanger")
    assert code == 2 and err.startswith("Erreur : ")
    code, out, _ = run_cli("job-titles", "--remove", "conseiller assistance", "--json")
    assert code == 0 and json.loads(out) == {"job_titles": []}


@pytest.mark.parametrize("title", ["Chargée de réclamations clients", "Formatrice d'assistance",
                                   "Gestionnaire dossiers assistance"])
def test_a_variant_of_a_study_job_cannot_be_sent_to_another_job(conn, tmp_path, title):
    with pytest.raises(UserError, match="déjà (reconnu automatiquement comme )?le métier de l.étude"):
        add_job_title(conn, title=title, job="Juriste")
    assert list_job_titles(conn) == []
    code, _, err = run_cli("job-titles", "--add", title, "Juriste")
    assert code == 2 and err.startswith("Erreur : ") and "Juriste" not in err.split(":")[1]
    preview = read_roster(write(tmp_path, HEADER + f"1;A;B;{title};\n"), conn=conn)
    assert JobMatcher().match(title) != "Juriste" and not preview.unknown_titles


def test_cli_import_with_column_mapping_fix_and_exclusion(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Agent;Nom;Prénom;Libellé emploi interne\n1;A;B;Conseiller assistance\n"
                    "2;C;D;Boulanger\n3;E;F;Juriste\n", encoding="utf-8")
    code, _, err = run_cli("import-roster", str(path))
    assert code == 2 and "Matricule" in err
    args = ["import-roster", str(path), "--colonne", "Agent=matricule",
            "--colonne", "Libellé emploi interne=metier"]
    code, out, _ = run_cli(*args, "--apercu", "--json", "--exclure", "3",
                           "--metier", "2=Chargé d'assistance")
    payload = json.loads(out)
    assert code == 0 and payload["excluded"] == [3] and payload["fixed"] == {"2": "Chargé d'assistance"}
    code, out, _ = run_cli(*args, "--exclure", "3", "--metier", "2=Chargé d'assistance")
    assert code == 0 and "2 personnes ajoutées" in out and "exclue" in out
    code, out, _ = run_cli("import-roster", str(path), "--apercu", "--exclure", "3",
                           "--metier", "2=Chargé d'assistance")  # the columns were remembered
    assert code == 0 and "choix retenu" in out
    code, _, err = run_cli("import-roster", str(path), "--colonne", "Agent=salaire")
    assert code == 2 and "EN-TÊTE=CHAMP" in err
