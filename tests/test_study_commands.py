"""``jobs`` and ``exposure-check`` from the command line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import main

ROOT = Path(__file__).resolve().parent.parent


def _json(capsys, *argv: str) -> dict:
    assert main.cli_entry(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_jobs_json_defaults_to_experts_sorted_by_rank(capsys):
    payload = _json(capsys, "jobs", "--json")
    assert payload["qualification"] == "experts"
    jobs = payload["jobs"]
    assert len(jobs) == 58 and [j["rank"] for j in jobs] == list(range(1, 59))
    assert set(jobs[0]) >= {"name", "family", "core", "score", "rank", "classification", "rome_codes"}
    assert jobs[0]["name"] == "Gestionnaire de dossiers d'assistance" and jobs[0]["score"] == 1.0
    assert sum(j["core"] for j in jobs) == 10
    for job in jobs:
        assert 1 <= len(job["rome_codes"]) <= 3
        assert all(re.fullmatch(r"[A-N]\d{4}", code) for code in job["rome_codes"])


def test_jobs_json_revised_shows_the_table_value_and_flag(capsys):
    jobs = {j["name"]: j for j in _json(capsys, "jobs", "--qualification", "revised", "--json")["jobs"]}
    assistance = jobs["Chargé d'assistance"]
    assert (assistance["score"], assistance["rank"], assistance["flagged"]) == (0.30, 26, True)
    assert jobs["Statisticien / Data analyst"]["classification"] == "Emergent"


def test_jobs_text_table(capsys):
    assert main.cli_entry(["jobs", "--qualification", "initial"]) == 0
    out = capsys.readouterr().out
    assert "« PwC initial »" in out
    lines = out.splitlines()
    first = next(line for line in lines if line.strip().startswith("1 "))
    assert "Statisticien / Data analyst" in first and "1,00" in first
    assert any(line.strip().startswith("58 ") and "Chargé de services généraux" in line for line in lines)


def test_bad_qualification_is_a_user_error(capsys):
    assert main.cli_entry(["jobs", "--qualification", "finale"]) == 2
    assert "choix invalide" in capsys.readouterr().err


def test_exposure_check_json(capsys):
    payload = _json(capsys, "exposure-check", "--json")
    assert len(payload["rows"]) == 30
    assert [payload["weights"][str(level)] for level in range(1, 6)] == [0, 1 / 64, 1 / 32, 0.5, 1]
    flagged = {(r["job"], r["qualification"]) for r in payload["rows"] if r["flagged"]}
    assert ("Chargé d'assistance", "revised") in flagged
    assert ("Médecin d'assistance", "experts") in flagged
    for row in payload["rows"]:
        assert set(row) >= {"job", "qualification", "published", "recomputed", "flagged", "reason"}
        assert bool(row["reason"]) == row["flagged"]


def test_exposure_check_text_lists_flagged_rows(capsys):
    assert main.cli_entry(["exposure-check"]) == 0
    out = capsys.readouterr().out
    assert "1 → 0, 2 → 1/64, 3 → 1/32, 4 → 1/2, 5 → 1" in out
    assert "4 ligne(s) signalée(s) sur 30" in out
    assert "- Médecin d'assistance (Experts métier) : Les effectifs par niveau" in out


def test_jobs_json_in_a_subprocess_is_utf8(tmp_path):
    env = {**os.environ, "PASSERELLES_DATA_DIR": str(tmp_path), "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "main.py", "jobs", "--json"], cwd=ROOT, env=env,
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    payload = json.loads(done.stdout.decode("utf-8"))
    assert any(j["name"] == "Médecin d'assistance" for j in payload["jobs"])
