"""domain.tables: every format people export, read into text cells without losing what matters.

Files are written here with the libraries users' tools use (openpyxl for .xlsx), or committed
as made by LibreOffice (.xls, .ods: see ``fixtures/rosters/make_office_fixtures.py``).
"""

from __future__ import annotations

import random
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from domain.errors import UserError
from domain.people.roster import header_score
from domain.tables.encodings import decode
from domain.tables.locate import is_footer
from domain.tables.reader import read_table
from domain.tables.values import cell_text

ROSTERS = Path(__file__).parent / "fixtures" / "rosters"
HEADER = ["Matricule", "Nom", "Prénom", "Métier", "Date d'entrée"]


def read(path: Path):
    return read_table(path, header_score)


# --- encodings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("codec, expected", [
    ("utf-8-sig", "UTF-8 (avec BOM)"), ("utf-8", "UTF-8"), ("cp1252", "Windows-1252"),
    ("mac_roman", "Mac OS Roman"), ("utf-16", "UTF-16"),
])
def test_each_encoding_is_recognised_and_named(codec, expected):
    text = "Matricule;Nom;Prénom\r1;Lefèvre;Hélène\r2;Dœuf;François\r3;Garçon;Zoë\r"
    decoded, name = decode(text.encode(codec), "f.csv")
    assert decoded.lstrip("\ufeff") == text and name == expected


def test_a_file_no_reading_makes_plausible_is_refused_not_guessed():
    # « PrÈnom » is what Windows-1252 bytes look like when read as Mac OS Roman.
    with pytest.raises(UserError, match="Encodage non reconnu") as caught:
        decode(b"Matricule;Nom;Pr\xe9nom\n1;A\x81;b\n", "f.csv")
    assert caught.value.location.line == 1


def test_two_readings_with_different_letters_are_refused_as_ambiguous():
    # « éric » (Windows-1252) and « Èric » (Mac OS Roman) both look like French: ask.
    with pytest.raises(UserError, match="ambigu") as caught:
        decode(b"Nom\n\xe9ric\n", "f.csv")
    assert caught.value.location.line == 2
    # One reading implausible (« ƒ;No‘l »), the other French: no question asked.
    assert decode("É;Noël".encode("mac_roman"), "f.csv") == ("É;Noël", "Mac OS Roman")
    assert decode("Nom\nCafé\n".encode("cp1252"), "f.csv")[1] == "Windows-1252"


def test_mac_csv_with_cr_line_ends_and_title_line():
    table = read(ROSTERS / "excel_mac_macroman_cr.csv")
    assert table.encoding == "Mac OS Roman, séparateur « ; »"
    assert table.header_line == 2 and [line for line, _ in table.rows] == [3, 4, 5]
    assert [cells[1] for _, cells in table.rows] == ["Lefèvre", "Dœuf", "Garçon"]


def test_tab_separated_export_with_blank_lines_footer_and_trailing_columns():
    table = read(ROSTERS / "hr_export_tab_cp1252.txt")
    assert table.encoding == "Windows-1252, tabulation"
    assert len(table.header) == 6  # the two trailing empty columns are dropped
    assert [line for line, _ in table.rows] == [2, 4, 5]
    assert [(s.line, s.kind) for s in table.skipped] == [(3, "vide"), (6, "vide"), (7, "pied")]
    assert table.footers()[0].text == "Nombre de salariés : 3"


# --- finding the table -------------------------------------------------------------------------

@pytest.mark.parametrize("cells, footer", [
    (["Total : 3 salariés"], True), (["TOTAL", "12"], True), (["Sous-total"], True),
    (["12 salariés"], True), (["Nombre de lignes : 4"], True), (["Effectif total", "3"], True),
    (["000417", "Roussel", "Camille"], False), (["Total", "3", "x"], False),
    (["000418"], False), (["Totalement"], False),
])
def test_footer_lines_are_recognised_by_their_words_only(cells, footer):
    assert is_footer(cells) is footer


def test_a_short_last_row_that_is_not_a_footer_stays_a_data_row(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("\n".join([";".join(HEADER), "1;Roux;Léa;Juriste;", "2;;;;"]), "utf-8")
    assert [line for line, _ in read(path).rows] == [2, 3]


def test_header_far_below_a_title_block(tmp_path):
    path = tmp_path / "r.csv"
    lines = [f"Titre {i};;;" for i in range(12)] + [";".join(HEADER), "1;Roux;Léa;Juriste;"]
    path.write_text("\n".join(lines), "utf-8")
    table = read(path)
    assert table.header_line == 13 and len([s for s in table.skipped if s.kind == "titre"]) == 12


# --- .xlsx ---------------------------------------------------------------------------------------

def _workbook(tmp_path: Path, build, name: str = "w.xlsx") -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    build(book)
    path = tmp_path / name
    book.save(path)
    return path


def test_xlsx_keeps_zero_padded_ids_and_reads_dates_with_the_1904_epoch(tmp_path):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    def build(book):
        book.epoch = CALENDAR_MAC_1904
        sheet = book.active
        sheet.append(HEADER)
        sheet.append([417, "Roux", "Léa", "Juriste", datetime(2017, 9, 4)])
        sheet["A2"].number_format = "000000"
        sheet["E2"].number_format = "DD/MM/YYYY"
        sheet.append([1052, "Petit", "Luc", "Juriste", None])
        sheet["A3"].number_format = '"M"00000'

    table = read(_workbook(tmp_path, build))
    assert [cells[0] for _, cells in table.rows] == ["000417", "M01052"]
    assert table.rows[0][1][4] == "2017-09-04"


def test_xlsx_formula_without_cached_value_is_named_with_its_cell(tmp_path):
    def build(book):
        sheet = book.active
        sheet.append(HEADER)
        sheet.append(["1", "Roux", "Léa", '=VLOOKUP("x",B:B,1,FALSE)', ""])

    table = read(_workbook(tmp_path, build))
    assert "jamais calculée" in table.unreadable[(2, 3)]
    assert table.cell_name(2, 3) == "D2"


def test_xlsx_formula_with_a_cached_value_gives_the_value(tmp_path):
    path = _workbook(tmp_path, lambda book: (book.active.append(HEADER),
                                             book.active.append(["1", "Roux", "Léa", "=B2", ""])))
    # Write the value Excel would have cached beside the formula, as Excel does.
    with zipfile.ZipFile(path) as src:
        files = {n: src.read(n) for n in src.namelist()}
    sheet = files["xl/worksheets/sheet1.xml"]
    assert b'<c r="D2"><f>B2</f><v /></c>' in sheet
    files["xl/worksheets/sheet1.xml"] = sheet.replace(
        b'<c r="D2"><f>B2</f><v /></c>', b'<c r="D2" t="str"><f>B2</f><v>Juriste</v></c>')
    cached = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(cached, "w") as out:
        for name, data in files.items():
            out.writestr(name, data)
    table = read(cached)
    assert table.rows[0][1][3] == "Juriste" and not table.unreadable


def test_hidden_sheet_is_never_read(tmp_path):
    def build(book):
        hidden = book.active
        hidden.title = "Effectif caché"
        hidden.append(HEADER)
        hidden.append(["1", "Roux", "Léa", "Juriste", ""])
        hidden.sheet_state = "hidden"
        book.create_sheet("Notes").append(["Rien ici"])
        book.active = 1

    with pytest.raises(UserError, match="feuille masquée « Effectif caché »"):
        read(_workbook(tmp_path, build))


def test_the_visible_sheet_with_a_roster_wins_over_the_active_one(tmp_path):
    def build(book):
        book.active.title = "Consignes"
        book.active.append(["Remplir l'onglet Effectif"])
        roster = book.create_sheet("Effectif")
        roster.append(HEADER)
        roster.append(["1", "Roux", "Léa", "Juriste", ""])

    table = read(_workbook(tmp_path, build))
    assert table.sheet == "Effectif" and table.other_sheets == ("Consignes",)


# --- .xls, .ods (made by LibreOffice) ------------------------------------------------------------

@pytest.mark.parametrize("fixture, described", [
    ("libreoffice_97_2003_hidden_list.xls", "classeur Excel 97-2003 (.xls), feuille « Effectif »"),
    ("libreoffice_97_2003_1904.xls", "classeur Excel 97-2003 (.xls), feuille « Effectif »"),
    ("libreoffice_hidden_list_padded_ids.ods", "classeur LibreOffice (.ods), feuille « Effectif »"),
])
def test_genuine_xls_and_ods_keep_zeros_dates_and_skip_hidden_sheet_title_and_footer(
        fixture, described):
    table = read(ROSTERS / fixture)
    assert table.encoding == described
    assert table.header_line == 3 and table.other_sheets == ("Listes (masquée)",)
    ids = [cells[0] for _, cells in table.rows]
    assert ids == ["000417", "001052", "002041"]
    assert [cells[5] for _, cells in table.rows] == ["2011-03-14", "2012-03-15", "2019-05-02"]
    assert table.rows[0][1][4] == "Chargé d'assistance"  # =Listes!A1, its stored result
    assert [(s.line, s.kind) for s in table.skipped] == [(1, "titre"), (7, "vide"), (8, "pied")]


def test_damaged_xls_and_ods_are_refused_in_french(tmp_path):
    xls = tmp_path / "abime.xls"
    xls.write_bytes((ROSTERS / "libreoffice_97_2003_hidden_list.xls").read_bytes()[:3000])
    with pytest.raises(UserError, match=r"97-2003 \(\.xls\) illisible"):
        read(xls)
    ods = tmp_path / "abime.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<pas du tout")
    with pytest.raises(UserError, match=r"\.ods\) illisible"):
        read(ods)


# --- « .xls » that are not Excel -------------------------------------------------------------------

def test_html_saved_as_xls_is_read_with_its_charset_entities_and_spans():
    table = read(ROSTERS / "web_export_utf8.xls")
    assert table.encoding.startswith("page web (HTML)")
    assert table.header == ("Matricule", "Nom", "Prénom", "Poste", "Date d'entrée")
    assert [cells[:3] for _, cells in table.rows] == [
        ("004010", "Durand & Cie", "Anne-Sophie"), ("004011", "Petit", "Luc")]
    assert [s.kind for s in table.skipped] == ["titre", "pied"]


@pytest.mark.parametrize("content, expected", [
    ((ROSTERS / "excel_2003_xml.xls").read_bytes(), "Feuille de calcul XML 2003"),
    (b"<html><body><p>Aucun r\xe9sultat</p></body></html>", "aucun tableau"),
    (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "PDF"),
    (b"PK\x03\x04" + b"\0" * 40, "illisible"),
    (b'<?xml version="1.0"?><foo><bar/></foo>',
     "fichier XML qui n'est ni un classeur Excel 2003 ni un tableau HTML : exportez l'effectif "
     r"depuis le SIRH au format Excel \(\.xlsx\) ou CSV"),
    (b"\xef\xbb\xbf<export>\n  <salarie matricule='1'/>\n</export>\n", "fichier XML"),
], ids=["spreadsheetml", "html-without-table", "pdf", "bad-zip", "other-xml", "xml-no-prolog"])
def test_files_that_cannot_be_read_get_one_sentence_without_markup(tmp_path, content, expected):
    path = tmp_path / "effectif.xls"
    path.write_bytes(content)
    with pytest.raises(UserError, match=expected) as caught:
        read(path)
    assert "<" not in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("content, what", [
    (random.Random(10).randbytes(5000), "un fichier binaire"),
    (bytes(range(1, 256)) * 20, "un fichier binaire"),  # no NUL byte, no valid text either
    (b"\x89PNG\r\n\x1a\n" + random.Random(10).randbytes(3000), "une image (PNG)"),
    (b"\x1f\x8b\x08\x00" + random.Random(10).randbytes(3000), "une archive compressée"),
], ids=["random", "all-bytes", "png", "gzip"])
def test_a_binary_file_named_csv_is_said_to_be_binary(tmp_path, content, what):
    path = tmp_path / "effectif.csv"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(f"Ce fichier est {what}") and "\n" not in message
    assert "Excel (.xlsx) ou CSV" in message and "encodage" not in message.lower()


def test_a_few_control_characters_in_a_text_export_are_not_binary(tmp_path):
    path = tmp_path / "effectif.csv"
    path.write_bytes(b"Matricule;Nom;Pr\xc3\xa9nom;M\xc3\xa9tier\n"
                     + b"".join(b"\x02%06d;Nom;Pr\xc3\xa9nom;Juriste\n" % i for i in range(20)))
    assert len(read(path).rows) == 20


def test_markup_in_a_text_file_is_never_quoted(tmp_path):
    path = tmp_path / "effectif.csv"
    path.write_text("Liste <b>du personnel</b>;Site\n1;Lyon\n", encoding="utf-8")
    with pytest.raises(UserError, match="Ligne d'en-têtes introuvable") as caught:
        read(path)
    assert "<" not in str(caught.value) and "« Site »" in str(caught.value)


def _damaged_workbooks(tmp_path: Path) -> list[Path]:
    def build(book):
        book.active.append(HEADER)
        book.active.append(["000417", "Roux", "Léa", "Juriste", ""])

    whole = _workbook(tmp_path, build).read_bytes()
    cut = tmp_path / "coupe.xlsx"  # a download cut short
    cut.write_bytes(whole[:len(whole) // 2])
    broken = tmp_path / "casse.xlsx"  # a sound zip holding a broken workbook
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("xl/workbook.xml", "<pas du tout")
    broken_ods = tmp_path / "casse.ods"
    with zipfile.ZipFile(broken_ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<pas du tout")
    broken_xls = tmp_path / "casse.xls"
    broken_xls.write_bytes((ROSTERS / "libreoffice_97_2003_hidden_list.xls").read_bytes()[:3000])
    return [cut, broken, broken_ods, broken_xls]


def test_a_damaged_workbook_says_how_to_get_a_readable_one(tmp_path):
    for path in _damaged_workbooks(tmp_path):
        with pytest.raises(UserError, match="illisible") as caught:
            read(path)
        message = str(caught.value)
        assert "ouvrez-le dans Excel ou LibreOffice et enregistrez-le" in message, message
        assert "exportez-le de nouveau depuis le SIRH" in message, message


def test_a_zip_that_is_neither_xlsx_nor_ods(tmp_path):
    path = tmp_path / "effectif.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(UserError, match="ni un classeur Excel"):
        read(path)


# --- the format comes from the bytes, not the name ------------------------------------------------

def _made_as(tmp_path: Path, kind: str) -> Path:
    """A roster of one person in ``kind``'s format, under its right extension."""
    if kind == "xlsx":
        def build(book):
            book.active.append(HEADER)
            book.active.append(["000417", "Roux", "Léa", "Juriste", ""])

        return _workbook(tmp_path, build, "right.xlsx")
    if kind in ("ods", "xls"):
        return {"ods": ROSTERS / "libreoffice_hidden_list_padded_ids.ods",
                "xls": ROSTERS / "libreoffice_97_2003_hidden_list.xls"}[kind]
    if kind == "html":
        path = tmp_path / "right.html"
        path.write_text("<html><body><table><tr><th>Matricule</th><th>Nom</th><th>Prénom</th>"
                        "<th>Métier</th></tr><tr><td>000417</td><td>Roux</td><td>Léa</td>"
                        "<td>Juriste</td></tr></table></body></html>", encoding="utf-8")
        return path
    path = tmp_path / "right.csv"
    path.write_text("Matricule\tNom\tPrénom\tMétier\n000417\tRoux\tLéa\tJuriste\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("kind, named, what", [
    ("xlsx", "effectif.xls", "un classeur Excel (.xlsx)"),
    ("xlsx", "effectif.ods", "un classeur Excel (.xlsx)"),
    ("ods", "effectif.xlsx", "un classeur LibreOffice (.ods)"),
    ("ods", "effectif.xls", "un classeur LibreOffice (.ods)"),
    ("xls", "effectif.xlsx", "un classeur Excel 97-2003 (.xls)"),
    ("html", "effectif.xls", "une page web (HTML)"),
    ("csv", "effectif.XLS", "un fichier texte (CSV)"),
])
def test_the_format_comes_from_the_bytes_and_a_misleading_name_is_said(tmp_path, kind, named,
                                                                       what):
    right = read(_made_as(tmp_path, kind))
    renamed = tmp_path / named
    renamed.write_bytes(_made_as(tmp_path, kind).read_bytes())
    table = read(renamed)
    assert (table.header, table.rows, table.encoding) == (right.header, right.rows,
                                                           right.encoding)
    assert right.misnamed == ""
    extension = named.rpartition(".")[2]
    assert table.misnamed == (f"le fichier est en réalité {what}, malgré son extension "
                              f"« .{extension} »")


# --- values --------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, number_format, text", [
    (417, "000000", "000417"), (417.0, "000000", "000417"), (417, '"M"00000', "M00417"),
    (1052, "00000_)", "01052"), (1052, "[Blue]000000", "001052"), (417, "General", "417"),
    (3, "#,##0", "3"), (12.5, "0.00", "12.5"), (True, None, "VRAI"),
    (datetime(2019, 5, 2, 8, 30), None, "2019-05-02 08:30:00"),
])
def test_cell_text_is_what_the_spreadsheet_shows(value, number_format, text):
    assert cell_text(value, number_format) == text
