"""A user picks the wrong ROME download or a file re-saved by Excel (issue 12).

The cases are the real-shaped ones of ``shared/realworld/rome`` used as they are; the messages
must name the right download (« RefRomeCsv ») or the modified file, and the store stays empty.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from domain.errors import RomeError
from domain.rome.reader import read_release

REALWORLD = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld" / "rome"
EXPORTS = REALWORLD / "04_rome_json_xml_exports"
RESAVED = REALWORLD / "05a_rome_resaved_excel_csv_utf8"


def realworld(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"cas réel absent : {path}")
    return path


def refused(path: Path) -> str:
    with pytest.raises(RomeError) as caught:
        read_release(path)
    return str(caught.value)


@pytest.mark.parametrize(("name", "kind"), [("RefRomeJson.zip", "JSON"), ("RefRomeXml.zip", "XML")])
def test_a_json_or_xml_export_names_the_csv_download(name, kind):
    message = refused(realworld(EXPORTS / name))
    assert f"« {name} » contient l'export {kind} du ROME" in message
    assert "que Passerelles ne lit pas" in message
    assert "« RefRomeCsv »" in message and "site open data de France Travail" in message


def test_a_folder_of_export_zips_names_them_and_the_csv_download():
    message = refused(realworld(EXPORTS))
    assert "« RefRomeJson.zip » (export JSON)" in message
    assert "« RefRomeXml.zip » (export XML)" in message and "« RefRomeCsv »" in message


def test_an_unpacked_json_export_is_recognised(tmp_path):
    with zipfile.ZipFile(realworld(EXPORTS / "RefRomeJson.zip")) as archive:
        archive.extractall(tmp_path / "json")
    assert "contient l'export JSON du ROME" in refused(tmp_path / "json")


def test_a_folder_holding_the_csv_zip_says_to_import_the_zip(tmp_path, release_dir):
    folder = tmp_path / "Téléchargements"
    folder.mkdir()
    shutil.make_archive(str(folder / "RefRomeCsv"), "zip", release_dir)
    assert "contient le zip « RefRomeCsv.zip » : importez ce zip" in refused(folder)


def test_a_file_resaved_by_excel_is_named_as_modified():
    message = refused(realworld(RESAVED))
    assert message.startswith("Le fichier « unix_referentiel_code_rome_v460_utf8.csv » a été "
                              "modifié : il a été ouvert puis réenregistré par un tableur")
    assert "séparateur « ; » au lieu de « , »" in message and "(BOM)" in message
    assert "décompressez à nouveau le zip « RefRomeCsv »" in message
    assert "Colonne obligatoire absente" not in message


def test_a_tab_separated_resave_is_recognised_too(release_dir):
    path = release_dir / "unix_item_v460_utf8.csv"
    rows = [line.replace('","', "\t").strip('"') for line in
            path.read_text(encoding="utf-8").splitlines()]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    message = refused(release_dir)
    assert "« unix_item_v460_utf8.csv » a été modifié" in message
    assert "séparateur tabulation" in message and "fins de ligne Windows" in message
    assert "(BOM)" not in message


def test_a_column_really_missing_is_still_named(release_dir):
    path = release_dir / "unix_item_v460_utf8.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"libelle"', '"intitule"', 1), encoding="utf-8")
    assert "Colonne obligatoire absente : « libelle »" in refused(release_dir)


def test_the_import_command_says_it_and_leaves_the_store_empty(capsys):
    from main import cli_entry

    assert cli_entry(["import-rome", str(realworld(EXPORTS / "RefRomeJson.zip"))]) == 2
    assert "Erreur : « RefRomeJson.zip » contient l'export JSON" in capsys.readouterr().err
    assert cli_entry(["rome-status", "--json"]) == 0
    assert '"current": null' in capsys.readouterr().out


def test_one_csv_file_of_a_release_says_to_choose_its_folder(real_rome, capsys):
    from main import cli_entry

    one = real_rome / "unix_item_v460_utf8.csv"
    message = refused(one)
    assert message.startswith("« unix_item_v460_utf8.csv » est un des fichiers d'une version "
                              "du ROME")
    assert f"Choisissez le dossier qui le contient, « {real_rome} »" in message
    assert "zip" not in message.split("(")[0] and "abîmée" not in message
    assert cli_entry(["import-rome", str(one)]) == 2
    assert "est un des fichiers d'une version du ROME" in capsys.readouterr().err


def test_a_csv_resaved_by_excel_in_its_french_format_is_named_as_modified(release_dir):
    """Excel's default French « CSV (séparateur : point-virgule) »: cp1252 and « ; »."""
    path = release_dir / "unix_item_v460_utf8.csv"
    rows = [line.replace('","', ";").strip('"') for line in
            path.read_text(encoding="utf-8").splitlines()]
    text = "\r\n".join(rows) + "\r\n"
    assert text != text.encode("cp1252").decode("utf-8", errors="replace")  # has accents
    path.write_bytes(text.encode("cp1252"))
    message = refused(release_dir)
    assert message.startswith("Le fichier « unix_item_v460_utf8.csv » a été modifié : il a été "
                              "ouvert puis réenregistré par un tableur")
    assert "séparateur « ; » au lieu de « , »" in message
    assert "encodage Windows (ANSI, cp1252) au lieu d'UTF-8" in message
    assert "décompressez à nouveau le zip « RefRomeCsv »" in message
    assert "_utf8 » de la version officielle" not in message


def test_a_comma_csv_resaved_in_windows_encoding_is_named_as_modified(release_dir):
    path = release_dir / "unix_item_v460_utf8.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    message = refused(release_dir)
    assert "« unix_item_v460_utf8.csv » a été modifié" in message
    assert "encodage Windows (ANSI, cp1252) au lieu d'UTF-8" in message
    assert "séparateur" not in message
