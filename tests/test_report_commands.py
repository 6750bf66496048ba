"""``report`` and ``batch-reports`` from the command line: files, messages, exit codes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pdf_support import flat_pdf_text

from main import cli_entry

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample_roster.csv"


def test_job_report_without_any_rome_release(tmp_path, capsys):
    out = tmp_path / "juriste.pdf"
    assert cli_entry(["report", "--job", "juriste", "--out", str(out), "--auteur", "Łukasz"]) == 0
    captured = capsys.readouterr()
    assert "Rapport écrit" in captured.out and "import-rome" in captured.err
    text = flat_pdf_text(out)
    assert "Fiche métier — Juriste" in text and "Édité le" in text and "par Łukasz" in text


def test_unknown_job_and_employee_are_one_french_line(tmp_path, capsys):
    assert cli_entry(["report", "--job", "Astronaute", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "Métier inconnu" in capsys.readouterr().err
    assert cli_entry(["report", "--employee", "999", "--out", str(tmp_path / "b.pdf")]) == 2
    assert "999" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))


def test_job_or_employee_is_required(capsys):
    assert cli_entry(["report", "--out", "x.pdf"]) == 2
    assert "Erreur" in capsys.readouterr().err


def test_employee_report_from_the_store_is_indexed_for_erasure(tmp_path, capsys):
    from domain.people import employees
    from domain.store.connection import connect

    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    out = tmp_path / "rapport.pdf"
    assert cli_entry(["report", "--employee", "001388", "--out", str(out),
                      "--qualification", "PwC revu"]) == 0
    text = flat_pdf_text(out)
    assert "Elif Şahin" in text and "Rejoindre l'équipe réclamations clients" in text
    assert "PwC revu (retenue)" in text
    conn = connect()
    try:
        assert [r.path for r in employees.reports(conn, "001388")] == [str(out.resolve())]
    finally:
        conn.close()


def test_batch_reports_sample_roster(tmp_path, capsys):
    out = tmp_path / "rapports"
    assert cli_entry(["batch-reports", "--roster", str(SAMPLE), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "4 rapport(s) écrit(s)" in captured.out and "Rapports : 4/4" in captured.err
    assert sorted(p.name for p in out.iterdir()) == ["000417.pdf", "001052.pdf", "001388.pdf",
                                                    "002041.pdf"]


def test_batch_reports_lists_unusable_rows_and_exits_2(tmp_path, capsys):
    roster = tmp_path / "effectif.csv"
    roster.write_bytes("\ufeffMatricule;Nom;Prénom;Métier\n1;Nguyễn;Hà;Juriste\n"
                       "2;Kowalczyk;Łukasz;Plombier\n".encode())
    assert cli_entry(["batch-reports", "--roster", str(roster), "--out", str(tmp_path / "o"),
                      "--processus", "1"]) == 2
    captured = capsys.readouterr()
    assert "1 rapport(s) écrit(s)" in captured.out
    assert "ligne 3" in captured.out and "Plombier" in captured.out
    assert (tmp_path / "o" / "1.pdf").exists() and not (tmp_path / "o" / "2.pdf").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl+C reaches the process group on POSIX")
def test_ctrl_c_stops_a_batch_cleanly_and_keeps_what_was_written(tmp_path):
    roster = tmp_path / "effectif.csv"
    rows = [f"{n:06d};Nom{n};Prénom;Juriste" for n in range(1, 401)]
    roster.write_text("\n".join(["Matricule;Nom;Prénom;Métier", *rows]) + "\n", encoding="utf-8")
    out = tmp_path / "rapports"
    command = [sys.executable, str(ROOT / "main.py"), "batch-reports", "--roster", str(roster),
               "--out", str(out), "--processus", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, cwd=tmp_path)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("*.pdf"))) < 3 and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl+C in a terminal does: the whole group
    stdout, stderr = proc.communicate(timeout=120)
    written = sorted(out.glob("*.pdf"))
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "inattendue" not in stderr
    assert 3 <= len(written) < 400
    assert f"Interrompu : {len(written)} rapport(s) écrit(s)" in stderr  # every file counted
    assert all(flat_pdf_text(path) for path in written[-2:])  # finished, readable PDFs


def test_bad_qualification(tmp_path, capsys):
    assert cli_entry(["report", "--job", "Juriste", "--out", str(tmp_path / "a.pdf"),
                      "--qualification", "moyenne"]) == 2
    assert "Qualification inconnue" in capsys.readouterr().err


@pytest.mark.rome
def test_job_report_with_the_real_release(real_rome, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert cli_entry(["--rome", str(real_rome), "report", "--job", "Chargé d'accueil d'assistance",
                      "--out", str(out)]) == 0
    assert "Remarque" not in capsys.readouterr().err
    text = flat_pdf_text(out)
    assert "Passerelles proposées" in text and "Les parties fondées sur le ROME" not in text
    assert "ROME 4.0" in text and "Licence Ouverte / Open Licence v2.0" in text


def test_report_shows_as_many_bridges_as_asked(real_rome, tmp_path):
    import re

    def headings(out: Path) -> list[str]:
        return re.findall(r"\b[1-9]\. ([^—]+) — mobilité", flat_pdf_text(out))

    default, two = tmp_path / "defaut.pdf", tmp_path / "deux.pdf"
    job = "Chargé de méthodes et procédures"
    assert cli_entry(["--rome", str(real_rome), "report", "--job", job, "--out", str(default)]) == 0
    assert cli_entry(["--rome", str(real_rome), "report", "--job", job, "--out", str(two),
                      "--passerelles", "2"]) == 0
    assert len(headings(default)) == 5  # the window's default
    assert headings(two) == headings(default)[:2]


def test_batch_reports_include_the_decisions_of_people_in_the_store(tmp_path, capsys):
    from domain.people import employees
    from domain.store.connection import connect, transaction

    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    conn = connect()
    try:
        with transaction(conn):
            employees.choose_bridge(conn, employees.ChosenBridge(
                "001388", "Formateur d'assistance", comment="Accord de la manageuse"))
    finally:
        conn.close()
    out = tmp_path / "rapports"
    assert cli_entry(["batch-reports", "--roster", str(SAMPLE), "--out", str(out),
                      "--processus", "1"]) == 0
    assert "Accord de la manageuse" in flat_pdf_text(out / "001388.pdf")
    assert "Accord de la manageuse" not in flat_pdf_text(out / "000417.pdf")


@pytest.mark.rome
def test_a_job_sheet_speaks_of_the_job_and_is_not_marked_confidential(real_rome, tmp_path):
    """A job sheet has no person: no « votre métier », no personal-data banner (a person's
    report keeps both)."""
    from pdf_support import pdf_pages

    job_pdf, person_pdf = tmp_path / "job.pdf", tmp_path / "person.pdf"
    assert cli_entry(["--rome", str(real_rome), "report", "--job", "Chargé d'assistance",
                      "--out", str(job_pdf)]) == 0
    text = flat_pdf_text(job_pdf)
    assert "Le métier face à l'IA générative" in text and "Fiche métier" in text
    for personal in ("Confidentiel", "données personnelles de", "Votre métier", "votre métier",
                     "votre plan de formation", "Vos compétences", "que vous détenez",
                     "Ce que vous apportez", "ce qu'ils changent pour vous"):
        assert personal not in text, personal
    assert "aucune donnée personnelle" in text
    assert not any("Confidentiel" in page for page in pdf_pages(job_pdf))

    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    assert cli_entry(["--rome", str(real_rome), "report", "--employee", "001388",
                      "--out", str(person_pdf)]) == 0
    pages = pdf_pages(person_pdf)
    assert all("Confidentiel — données personnelles" in page for page in pages)
    assert "Votre métier face à l'IA générative" in flat_pdf_text(person_pdf)


@pytest.mark.rome
def test_a_job_whose_sheets_left_the_release_has_the_same_bridges_in_report_and_bridges(
        real_rome, tmp_path, capsys):
    """A release without the job's only sheet: the report shows the bridges `bridges` shows
    (from the competencies retained before), with a notice, not « cannot be computed »."""
    import json

    from fixtures.rome_upgrade import derive_release

    from domain.matching.engine import clear_cache
    from domain.rome import repository

    job = "Statisticien / Data analyst"  # its two sheets: M1419, M1414
    v462 = derive_release(real_rome, tmp_path / "RefRomeCsv_v462", version=462,
                          remove={"M1419", "M1414"})
    repository.clear_cache()
    clear_cache()
    assert cli_entry(["import-rome", str(real_rome)]) == 0
    assert cli_entry(["import-rome", str(v462)]) == 0
    capsys.readouterr()
    assert cli_entry(["bridges", job, "--json"]) == 0
    targets = [b["target"] for b in json.loads(capsys.readouterr().out)["bridges"]]
    assert targets
    out = tmp_path / "fiche.pdf"
    assert cli_entry(["report", "--job", job, "--out", str(out)]) == 0
    text = flat_pdf_text(out)
    assert "ne peuvent pas être calculées" not in text
    assert "reposent sur les compétences retenues pour le métier avant cette version" in text
    assert all(f"{target} — mobilité" in text for target in targets)
    repository.clear_cache()
    clear_cache()
