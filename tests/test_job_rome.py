"""The job → ROME mapping: the shipped file is complete and valid; bad files are refused clearly."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from domain.errors import UnknownJobError, UserError
from domain.paths import DATA_FILES
from domain.rome.job_mapping import (
    COLUMNS,
    load_job_rome_map,
    read_job_rome_map,
    rome_codes,
    validate_against_release,
)
from domain.rome.model import Appellation, RomeRelease, RomeSheet

HEADER = ";".join(COLUMNS)


def _study_jobs() -> list[str]:
    with open(DATA_FILES / "jobs.csv", encoding="utf-8") as handle:
        return [row["job"] for row in csv.DictReader(handle, delimiter=";")]


def test_every_study_job_has_one_to_three_valid_codes():
    mapping = load_job_rome_map()
    assert list(mapping) == _study_jobs()
    assert len(mapping) == 58
    for job, entries in mapping.items():
        assert 1 <= len(entries) <= 3, job
        codes = [e.code_rome for e in entries]
        assert len(set(codes)) == len(codes), job
        for entry in entries:
            assert re.fullmatch(r"[A-N]\d{4}", entry.code_rome)
            assert entry.appellation_code.isdigit()
            assert entry.appellation and entry.rationale and entry.rome_label


def test_rome_codes_matches_names_loosely():
    assert "D1408" in rome_codes("CHARGE D'ASSISTANCE")
    assert rome_codes("Médecin d’assistance") == rome_codes("Médecin d'assistance")
    with pytest.raises(UnknownJobError) as err:
        rome_codes("Chargé d'asistance")
    assert "Chargé d'assistance" in err.value.suggestions


def _write(folder: Path, jobs: list[str], mapping_lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "jobs.csv").write_text(
        "family_code;family;job;core\n" + "".join(f"01;F;{j};0\n" for j in jobs), encoding="utf-8")
    (folder / "job_rome.csv").write_text(
        "# commentaire de relecture\n" + HEADER + "\n" + "\n".join(mapping_lines) + "\n",
        encoding="utf-8")
    return folder


def _row(job: str, code: str, appellation_code: str = "1") -> str:
    return f"{job};{code};Fiche;{appellation_code};Appellation;Raison"


def test_small_valid_file_is_read_in_job_order(tmp_path):
    folder = _write(tmp_path, ["Alpha", "Bêta"], [_row("beta", "M1234"), _row("Alpha", "D1408"),
                                                   _row("Alpha", "m1601", "2")])
    mapping = read_job_rome_map(folder)
    assert list(mapping) == ["Alpha", "Bêta"]
    assert [m.code_rome for m in mapping["Alpha"]] == ["D1408", "M1601"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([_row("Alpha", "Z1234"), _row("Bêta", "M1234")], ("ligne 3", "code_rome", "Z1234")),
        ([_row("Alpha", "D140"), _row("Bêta", "M1234")], ("ligne 3", "D140")),
        ([_row("Alpha", "D1408"), _row("Gamma", "M1234")], ("ligne 4", "Gamma")),
        ([_row("Alpha", "D1408")], ("Bêta",)),
        ([_row("Alpha", "D1408"), _row("Alpha", "D1408"), _row("Bêta", "M1234")],
         ("ligne 4", "double")),
        ([_row("Alpha", c) for c in ("D1401", "D1402", "D1403", "D1404")] + [_row("Bêta", "M1234")],
         ("ligne 6", "Plus de 3")),
        ([_row("Alpha", "D1408", "x"), _row("Bêta", "M1234")], ("ligne 3", "appellation_code")),
        (["Alpha;D1408;Fiche;1;Appellation", _row("Bêta", "M1234")], ("ligne 3", "au lieu de 6")),
    ],
)
def test_bad_rows_are_refused_with_file_and_line(tmp_path, rows, expected):
    folder = _write(tmp_path, ["Alpha", "Bêta"], rows)
    with pytest.raises(UserError) as err:
        read_job_rome_map(folder)
    message = str(err.value)
    assert "job_rome.csv" in message
    for fragment in expected:
        assert fragment in message


def test_missing_column_is_named(tmp_path):
    folder = _write(tmp_path, ["Alpha"], [])
    (folder / "job_rome.csv").write_text("job;code_rome\nAlpha;D1408\n", encoding="utf-8")
    with pytest.raises(UserError, match="appellation_code"):
        read_job_rome_map(folder)


def test_validate_against_release_reports_missing_and_misplaced():
    release = RomeRelease(version="999")
    release.sheets = {"D1408": RomeSheet("D1408", "Conseiller"), "M1601": RomeSheet("M1601", "Accueil")}
    release.appellations = [Appellation("10", "Chargé d'assistance", "D1408"),
                            Appellation("11", "Chargé d'accueil", "D1408")]
    folder_mapping = {
        "Alpha": [_mapping("D1408", "10"), _mapping("M1601", "11")],
        "Bêta": [_mapping("K9999", "12"), _mapping("D1408", "404")],
    }
    warnings = validate_against_release(release, folder_mapping)
    assert len(warnings) == 3
    assert any("K9999" in w for w in warnings)
    assert any("404" in w for w in warnings)
    assert any("rattachée à la fiche D1408, pas à M1601" in w for w in warnings)


def _mapping(code: str, appellation_code: str):
    from domain.rome.job_mapping import RomeMapping

    return RomeMapping(code, "Fiche", appellation_code, "Appellation", "Raison")


def test_every_mapped_code_and_appellation_exists_in_the_real_release(real_release):
    mapping = load_job_rome_map()
    assert validate_against_release(real_release) == []
    appellations = {a.code: a for a in real_release.appellations}
    for entries in mapping.values():
        for entry in entries:
            assert real_release.sheets[entry.code_rome].label == entry.rome_label
            assert appellations[entry.appellation_code].code_rome == entry.code_rome
            assert appellations[entry.appellation_code].label == entry.appellation
