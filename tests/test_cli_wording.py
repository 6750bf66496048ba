"""Small wording on the command line and in reports: French plurals, French statuses, formats."""

from __future__ import annotations

import csv
import io
from contextlib import redirect_stdout
from pathlib import Path
from types import SimpleNamespace

import pytest

from domain.text import plural
from main import cli_entry

SAMPLE = Path(__file__).parent.parent / "data" / "sample_roster.csv"


@pytest.mark.parametrize(("count", "expected"), [(0, "0 groupe"), (1, "1 groupe"), (2, "2 groupes")])
def test_plural_agrees_the_french_way(count, expected):
    assert plural(count, "groupe") == expected


def test_plural_with_an_irregular_form():
    assert plural(3, "travail", "travaux") == "3 travaux"


def test_plan_step_with_one_more_covered_item_says_autre():
    from domain.reports.sections_plan import COVERS_SHOWN, _step_cell

    step = SimpleNamespace(covers=[f"compétence {i}" for i in range(COVERS_SHOWN + 1)],
                           description="", title="Formation")
    text = " ".join(getattr(cell, "text", "") for cell in _step_cell(step))
    assert "(et 1 autre)" in text and "autres" not in text


def test_export_stats_writes_french_statuses(tmp_path):
    out = tmp_path / "stats.csv"
    with redirect_stdout(io.StringIO()):
        assert cli_entry(["import-roster", str(SAMPLE)]) == 0
        assert cli_entry(["choose-bridge", "000417", "Chargé de formation", "--status", "en cours"]) == 0
        assert cli_entry(["export-stats", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    statuses = [r["statuts_passerelles"] for r in rows if r["statuts_passerelles"]]
    assert statuses == ["en cours"]


def test_batch_reports_help_lists_every_roster_format(capsys):
    assert cli_entry(["batch-reports", "--help"]) == 0
    out = capsys.readouterr().out
    for extension in (".xlsx", ".xls", ".ods", ".txt", "CSV"):
        assert extension in out
