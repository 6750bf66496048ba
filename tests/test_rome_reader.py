"""Reading and validating a ROME release, on the hand-written ``rome_mini`` fixture."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from fixtures.rome_files import MINI, csv_name, edit, make_zip

from domain.errors import RomeError
from domain.rome.files import ImportCancelled, locate_release
from domain.rome.reader import read_release


def refused(path: Path) -> str:
    with pytest.raises(RomeError) as info:
        read_release(path)
    return str(info.value)


# --- what is read -----------------------------------------------------------------------


def test_counts_of_the_fixture() -> None:
    release = read_release(MINI)
    assert release.version == "4.60"
    assert sorted(release.sheets) == ["Z1101", "Z1102", "Z1103", "Z1201"]
    kinds = [item.kind for item in release.items.values()]
    assert (kinds.count("savoir_faire"), kinds.count("savoir_etre"), kinds.count("savoir")) == (
        6,
        2,
        5,
    )
    assert sum(len(v) for v in release.sheet_items.values()) == 14
    assert len(release.appellations) == 6
    assert len(release.mobility) == 6


def test_sheet_fields_texts_and_riasec() -> None:
    sheet = read_release(MINI).sheets["Z1101"]
    assert sheet.label == "Chargé / Chargée d'assistance"
    assert (sheet.major_domain, sheet.domain_code) == ("Z", "Z11")
    assert sheet.domain_label == "Assistance et relation client"
    assert sheet.riasec == "SE"
    # phrases come in position order even when the file lists them otherwise
    assert sheet.definition.splitlines() == [
        "Reçoit les appels des bénéficiaires en difficulté.",
        "Organise l'intervention d'un prestataire.",
    ]
    assert sheet.access == "Cet emploi est accessible avec un Bac+2 ; l'anglais est apprécié."


def test_doubled_apostrophes_are_undoubled_everywhere() -> None:
    release = read_release(MINI)
    texts = [s.label + s.definition + s.access for s in release.sheets.values()]
    texts += [i.label + i.macro_label for i in release.items.values()]
    texts += [a.label for a in release.appellations]
    assert not any("''" in text for text in texts)
    assert release.items["920001"].label == "Techniques d'écoute active"
    assert release.appellations[0].label == "Chargé / Chargée d'assistance"


def test_competency_kinds_and_macro_competencies() -> None:
    items = read_release(MINI).items
    assert items["910001"].kind == "savoir_faire"
    assert items["910001"].macro_code == "900001"
    assert items["910001"].macro_label == "Traiter la demande d'un client"
    assert items["910003"].subcategory == "Technique expert"
    assert items["900003"].kind == "savoir_etre"
    assert items["900003"].macro_code == "900003"  # a macro-competency is its own macro
    assert items["920003"].kind == "savoir"
    assert items["920003"].category == "Certifications et habilitations"


def test_coherence_keeps_competencies_and_savoirs_only() -> None:
    release = read_release(MINI)
    codes = {link.item_code for links in release.sheet_items.values() for link in links}
    assert "930001" not in codes  # a work context
    assert "940001" not in codes  # a sector
    z1101 = {link.item_code: link.core for link in release.sheet_items["Z1101"]}
    assert z1101 == {"910001": "Principale", "910002": "", "900003": "Principale", "920001": ""}
    z1102 = {link.item_code: link.core for link in release.sheet_items["Z1102"]}
    assert z1102["900002"] == "Émergente"


def test_mobility_and_appellations() -> None:
    release = read_release(MINI)
    links = {(m.source, m.target): m.order for m in release.mobility}
    assert links[("Z1101", "Z1102")] == 2
    assert links[("Z1103", "Z1201")] == 2
    assert {a.code_rome for a in release.appellations if "Conseiller" in a.label} == {"Z1103"}


@pytest.mark.parametrize("prefix", ["", "RefRomeCsv/"])
def test_zip_at_root_or_in_one_folder_reads_like_the_folder(tmp_path: Path, prefix: str) -> None:
    archive = make_zip(MINI, tmp_path / "rome.zip", prefix)
    assert read_release(archive) == read_release(MINI)


def test_release_split_over_two_folders_is_refused(tmp_path: Path) -> None:
    archive = make_zip(MINI, tmp_path / "rome.zip", "a/")
    with zipfile.ZipFile(archive, "a") as extra:
        extra.write(MINI / csv_name("item"), "b/" + csv_name("item"))
    assert "plusieurs dossiers" in refused(archive)


def test_folder_holding_the_release_in_a_subfolder(tmp_path: Path) -> None:
    shutil.copytree(MINI, tmp_path / "download" / "RefRomeCsv")
    assert read_release(tmp_path / "download") == read_release(MINI)


def test_column_order_bom_and_crlf_do_not_matter(release_dir: Path) -> None:
    path = release_dir / csv_name("rubrique_mobilite")
    lines = path.read_text(encoding="utf-8").splitlines()
    swapped = []
    for line in lines:
        a, b, c = line.split(",")
        swapped.append(",".join((c, b, a)))
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(swapped).encode() + b"\r\n")
    assert read_release(release_dir) == read_release(MINI)


def test_fingerprint_follows_content(release_dir: Path, tmp_path: Path) -> None:
    original = locate_release(MINI).fingerprint()
    assert locate_release(make_zip(MINI, tmp_path / "r.zip")).fingerprint() == original
    edit(release_dir, "rubrique_mobilite", b'"Z1201","Z1101","1"', b'"Z1201","Z1102","1"')
    assert locate_release(release_dir).fingerprint() != original


def test_progress_reaches_one_and_cancel_aborts() -> None:
    seen: list[float] = []
    read_release(MINI, progress=lambda fraction, _message: seen.append(fraction))
    assert seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(ImportCancelled, match="annulé"):
        read_release(MINI, cancel=lambda: True)


# --- what is refused --------------------------------------------------------------------


def test_missing_file_is_named(release_dir: Path) -> None:
    (release_dir / csv_name("coherence_item")).unlink()
    assert csv_name("coherence_item") in refused(release_dir)


def test_missing_column_names_file_line_and_column(release_dir: Path) -> None:
    edit(release_dir, "referentiel_competence", b'"cat_comp"', b'"categorie"')
    message = refused(release_dir)
    assert csv_name("referentiel_competence") in message
    assert "ligne 1" in message and "cat_comp" in message


def test_row_with_wrong_number_of_fields_names_its_line(release_dir: Path) -> None:
    # a text spreads over lines 5-6: lines are counted in the file, not in records
    edit(release_dir, "texte", b'"Z1103","3","definition","1",', b'"Z1103","3","definition",')
    message = refused(release_dir)
    assert csv_name("texte") in message and "ligne 8" in message


def test_unbalanced_quote_is_refused(release_dir: Path) -> None:
    edit(release_dir, "item", b'"Permis B","3"', b'"Permis B,"3"')
    message = refused(release_dir)
    assert csv_name("item") in message and "ligne" in message


def test_file_cut_mid_line_is_refused(release_dir: Path) -> None:
    path = release_dir / csv_name("rubrique_mobilite")
    data = path.read_bytes()
    path.write_bytes(data[: data.rindex(b'"Z1101",') + len(b'"Z1101",')])
    message = refused(release_dir)
    assert csv_name("rubrique_mobilite") in message and "ligne 7" in message


def test_non_utf8_file_names_the_line(release_dir: Path) -> None:
    edit(release_dir, "referentiel_savoir", b"Droit des assurances", b"Droit des \xe9tudes")
    message = refused(release_dir)
    assert csv_name("referentiel_savoir") in message and "ligne 5" in message
    assert "UTF-8" in message


def test_version_below_460_is_refused(release_dir: Path) -> None:
    for file in release_dir.glob("unix_*_v460_utf8.csv"):
        file.rename(file.with_name(file.name.replace("_v460_", "_v450_")))
    message = refused(release_dir)
    assert "4.50" in message and "4.60" in message


def test_mixed_versions_are_refused(release_dir: Path) -> None:
    old = release_dir / csv_name("item")
    old.rename(release_dir / csv_name("item", 461))
    message = refused(release_dir)
    assert "v460" in message and "v461 : " + csv_name("item", 461) in message


def test_later_version_is_accepted(release_dir: Path) -> None:
    for file in release_dir.glob("unix_*_v460_utf8.csv"):
        file.rename(file.with_name(file.name.replace("_v460_", "_v461_")))
    assert read_release(release_dir).version == "4.61"


def test_link_to_an_unknown_sheet_is_refused(release_dir: Path) -> None:
    edit(release_dir, "rubrique_mobilite", b'"Z1201","Z1101"', b'"Z1201","Z9999"')
    message = refused(release_dir)
    assert "Z9999" in message and "ligne 7" in message and "code_rome_cible" in message


def test_duplicate_sheet_code_is_refused(release_dir: Path) -> None:
    edit(release_dir, "referentiel_code_rome", b'"Z1102","9002"', b'"Z1101","9002"')
    message = refused(release_dir)
    assert "Z1101" in message and "ligne 3" in message


def test_not_a_release(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    assert "Aucun fichier du ROME" in refused(tmp_path)
    bad_zip = tmp_path / "rome.zip"
    bad_zip.write_bytes(b"PK\x03\x04 not really a zip")
    assert "rome.zip" in refused(bad_zip)
    assert "n'existe pas" in refused(tmp_path / "absent")
