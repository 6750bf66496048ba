"""A person's own profile (declared and rejected competencies), wishes and decisions (issue 9).

The store side runs on a real SQLite file; the command line and the report run on the real
v4.60 release (skipped where it is absent), the report being read back from the PDF.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pdf_support import flat_pdf_text

from domain.errors import UserError
from domain.people import employees, service
from domain.people.employees import Employee, InterviewNote
from domain.people.register import competency_record
from domain.store.connection import connect
from domain.store.migrations import MIGRATIONS
from main import cli_entry

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample_roster.csv"


class Item:
    def __init__(self, label: str) -> None:
        self.label = label


ITEMS = {"A1": Item("Traiter les demandes d'assistance"), "B1": Item("Piloter un projet qualité"),
         "C1": Item("Concevoir un modèle statistique")}


@pytest.fixture
def conn():
    connection = connect()
    employees.save_employee(connection, Employee("000123", "Martin", "Léa", "Chargé d'assistance"))
    yield connection
    connection.close()


def test_migration_five_adds_rejections_and_shareable_notes(conn):
    assert 5 in [m.version for m in MIGRATIONS]
    columns = {r[1] for r in conn.execute("PRAGMA table_info(interview_note)")}
    assert "shareable" in columns
    fks = conn.execute("PRAGMA foreign_key_list(employee_competency_rejection)").fetchall()
    assert [(fk["table"], fk["on_delete"]) for fk in fks] == [("employee", "CASCADE")]


def test_declare_and_reject_are_dated_and_exclusive(conn):
    change = service.update_competencies(conn, employee_id="000123", add=["A1", "C1"], drop=["B1"],
                                         items=ITEMS)
    assert (change.declared, change.rejected) == (("A1", "C1"), ("B1",))
    record = competency_record(conn, "000123")
    assert record.declared_codes == ("A1", "C1") and record.rejected_codes == ("B1",)
    assert all(c.declared_at for c in record.declared) and record.rejected[0].rejected_at
    assert record.rejected[0].label == "Piloter un projet qualité"
    service.update_competencies(conn, employee_id="000123", drop=["A1"], add=["B1"], items=ITEMS)
    record = competency_record(conn, "000123")
    assert record.declared_codes == ("B1", "C1") and record.rejected_codes == ("A1",)
    actions = [a.action for a in employees.audit_entries(conn, "000123")]
    assert actions.count("reject_competency") == 2 and actions.count("declare_competency") == 3


@pytest.mark.parametrize(("add", "drop", "words"), [
    (["ZZZ"], [], "Code de compétence inconnu"),
    (["A1"], ["A1"], "à la fois ajoutée et retirée"),
])
def test_bad_profile_edits_write_nothing(conn, add, drop, words):
    with pytest.raises(UserError, match=words):
        service.update_competencies(conn, employee_id="000123", add=["C1", *add], drop=drop,
                                    items=ITEMS)
    record = competency_record(conn, "000123")
    assert record.declared == () and record.rejected == ()


def test_record_bridge_choice_accepts_french_statuses_and_job_spellings(conn):
    chosen = service.record_bridge_choice(conn, employee_id="000123",
                                          target_job="chargé de reclamations clients",
                                          status="en cours", comment=" à revoir ")
    assert (chosen.target_job, chosen.status, chosen.comment) == (
        "Chargé de réclamations clients", "in_progress", "à revoir")
    with pytest.raises(UserError, match="Statut de passerelle inconnu"):
        service.record_bridge_choice(conn, employee_id="000123", target_job="Juriste", status="peut-être")
    with pytest.raises(UserError, match="Métier inconnu"):
        service.record_bridge_choice(conn, employee_id="000123", target_job="Astronaute")
    assert [b.target_job for b in employees.bridges(conn, "000123")] == ["Chargé de réclamations clients"]


def test_share_note_and_export_of_rejections(conn):
    from domain.people.privacy import export_employee

    with conn:
        note = employees.add_note(conn, InterviewNote("000123", date(2025, 3, 4), "Souhaite évoluer."))
    assert not employees.notes(conn, "000123")[0].shareable
    service.share_note(conn, employee_id="000123", note_id=note)
    assert employees.notes(conn, "000123")[0].shareable
    with pytest.raises(UserError, match="n'existe pas"):
        service.share_note(conn, employee_id="000123", note_id=note + 1)
    service.update_competencies(conn, employee_id="000123", drop=["B1"], items=ITEMS)
    payload = export_employee(conn, "000123")
    assert [c["item_code"] for c in payload["rejected_competencies"]] == ["B1"]
    assert payload["interview_notes"][0]["shareable"] is True


def test_competency_search_ignores_accents_and_puts_the_branch_first():
    from domain.matching.competencies import CompetencyMatrix, JobRow
    from domain.matching.competency_search import search_competencies
    from domain.rome.model import RomeItem

    items = {"1": RomeItem("1", "Gérer les réclamations clients", "savoir_faire"),
             "2": RomeItem("2", "Traiter les réclamations des clients", "savoir_faire"),
             "3": RomeItem("3", "Accueillir un client", "savoir_faire")}

    matrix = CompetencyMatrix(rows={"Juriste": JobRow("Juriste", (), {"2": None}, {}, 0.0)})
    hits = search_competencies(items, matrix, "RECLAMATION client")
    assert [h.code for h in hits] == ["2", "1"] and hits[0].jobs == ("Juriste",)
    assert search_competencies(items, matrix, "3")[0].label == "Accueillir un client"
    assert search_competencies(items, matrix, "  ") == []


# --- the command line and the report on the real release ------------------------------------


@pytest.fixture(scope="module")
def rome(real_rome) -> str:
    from domain.matching.engine import Engine

    Engine.load(rome=str(real_rome))
    return str(real_rome)


def run(capsys, rome: str, *args: str) -> tuple[int, dict | str, str]:
    code = cli_entry(["--rome", rome, *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in args and code == 0 else out), err


def test_declaring_a_bridge_s_key_gaps_raises_coverage_and_removes_them(capsys, rome):
    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    capsys.readouterr()
    code, before, _ = run(capsys, rome, "bridges", "--employee", "000417", "--json")
    assert code == 0 and before["employee"] == "000417"
    first = before["bridges"][0]
    keys = [g["code"] for g in first["key_gaps"]]
    assert 1 <= len(keys) <= 8
    adds = [arg for code in keys[:4] for arg in ("--add", code)]
    code, profile, _ = run(capsys, rome, "employee-competencies", "000417", *adds, "--json")
    declared = [e for e in profile["held"] if e["origin"] == "déclarée"]
    assert code == 0 and {e["code"] for e in declared} == set(keys[:4])
    assert all(e["since"] for e in declared)
    code, after, _ = run(capsys, rome, "bridges", "--employee", "000417", "--to", first["target"], "--json")
    wish = after["bridges"][0]
    assert wish["coverage"] > first["coverage"]
    assert not set(keys[:4]) & {g["code"] for g in wish["key_gaps"] + wish["gap"]}
    assert set(keys[:4]) <= {c["code"] for c in wish["shared"]}


def test_rejecting_a_job_competency_takes_it_out_of_the_profile(capsys, rome):
    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    capsys.readouterr()
    _, before, _ = run(capsys, rome, "bridges", "--employee", "000417", "--json")
    first = before["bridges"][0]
    shared = next(c for c in first["shared"] if c["core"])
    code, profile, _ = run(capsys, rome, "employee-competencies", "000417", "--drop", shared["code"], "--json")
    assert code == 0 and [e["code"] for e in profile["rejected"]] == [shared["code"]]
    assert shared["code"] not in {e["code"] for e in profile["held"]}
    _, after, _ = run(capsys, rome, "bridges", "--employee", "000417", "--to", first["target"], "--json")
    assert after["bridges"][0]["coverage"] < first["coverage"]
    code, text, _ = run(capsys, rome, "employee-competencies", "000417", "--cherche", "reclamations clients")
    assert code == 0 and "Traiter les réclamations des clients" in text and "retirée le" in text


def test_to_explains_a_wish_that_is_not_a_default_target(capsys, rome):
    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    capsys.readouterr()
    code, payload, _ = run(capsys, rome, "bridges", "--employee", "001388", "--to",
                           "Chargé de réclamations clients", "--json")
    assert code == 0
    _, default, _ = run(capsys, rome, "bridges", "--employee", "001388", "--top", "20", "--json")
    assert "Chargé de réclamations clients" not in {b["target"] for b in default["bridges"]}
    (wish,) = payload["bridges"]
    assert wish["wish"] and wish["target"] == "Chargé de réclamations clients"
    assert any("cible par défaut" in w for w in wish["warnings"]) and wish["key_gaps"]
    code, text, _ = run(capsys, rome, "bridges", "Gestionnaire de dossiers d'assistance", "--to", "Juriste")
    assert code == 0 and "1. Juriste" in text and "Attention" in text
    code, _, err = run(capsys, rome, "bridges", "Juriste", "--employee", "001388")
    assert code == 2 and "pas les deux" in err


def test_after_choose_bridge_the_report_plan_leads_to_the_chosen_job(capsys, rome, tmp_path):
    from domain.matching.bridges import BridgeSettings

    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    capsys.readouterr()
    _, default, _ = run(capsys, rome, "bridges", "--employee", "000417", "--json")
    targets = [b["target"] for b in default["bridges"]]
    wished = "Chargé de réclamations clients"
    assert wished not in targets
    code, chosen, _ = run(capsys, rome, "choose-bridge", "000417", "chargé de reclamations clients",
                          "--status", "en cours", "--json")
    assert code == 0 and (chosen["target"], chosen["status"]) == (wished, "in_progress")
    conn = connect()
    try:
        note = employees.add_note(conn, InterviewNote("000417", date(2025, 5, 6), "Motivée par les réclamations."))
        employees.add_note(conn, InterviewNote("000417", date(2025, 5, 7), "Note privée du manager."))
        service.share_note(conn, employee_id="000417", note_id=note)
    finally:
        conn.close()
    out = tmp_path / "rapport.pdf"
    assert cli_entry(["--rome", rome, "report", "--employee", "000417", "--out", str(out)]) == 0
    text = flat_pdf_text(out)
    assert f"Pour aller de « Chargé d'accueil d'assistance » vers « {wished} »" in text
    assert f"{wished} — mobilité" in text and "(piste retenue)" in text
    assert "Piste retenue : " in text and f"{wished} (mobilité" in text
    assert "Motivée par les réclamations." in text and "Note privée du manager." not in text
    shown = text.count(" — mobilité ")
    assert shown <= BridgeSettings().shown + 1  # the summary line names the first bridge's kind


def test_declared_competencies_appear_in_the_report(capsys, rome, tmp_path):
    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    capsys.readouterr()
    code, found, _ = run(capsys, rome, "employee-competencies", "000417", "--cherche", "statistique", "--json")
    hit = next(h for h in found["search"] if not h["jobs"] or "Chargé d'accueil d'assistance" not in h["jobs"])
    assert run(capsys, rome, "employee-competencies", "000417", "--add", hit["code"])[0] == 0
    out = tmp_path / "rapport.pdf"
    assert cli_entry(["--rome", rome, "report", "--employee", "000417", "--out", str(out)]) == 0
    text = flat_pdf_text(out)
    assert "Compétences déclarées" in text and hit["label"] in text


def test_choosing_a_regulated_job_is_recorded_with_a_warning(capsys, rome):
    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, rome, "choose-bridge", "001052", "infirmier d'assistance")
    assert code == 0 and "enregistrée" in out
    assert "Attention : « Infirmier d'assistance » est une profession réglementée" in err
    code, chosen, _ = run(capsys, rome, "choose-bridge", "001052", "Chargé d'assistance", "--json")
    assert code == 0 and chosen["warnings"] == []  # a default target: nothing to say
    conn = connect()
    try:
        assert [c.target_job for c in employees.bridges(conn, "001052")][-1] == "Chargé d'assistance"
    finally:
        conn.close()


def test_a_declared_item_of_the_own_job_is_not_listed_as_declared_in_the_report(capsys, rome,
                                                                                tmp_path):
    """Issue: drop then add an item of the person's own job gave « 8 déclarée(s) » on the
    command line but 9 items under « Déclarées en plus de votre métier » in the report."""
    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    capsys.readouterr()
    _, profile, _ = run(capsys, rome, "employee-competencies", "001052", "--json")
    own = next(e for e in profile["held"] if e["origin"] == "métier" and e["core"])
    _, found, _ = run(capsys, rome, "employee-competencies", "001052", "--cherche", "statistique",
                      "--json")
    held = {e["code"] for e in profile["held"]}
    other = next(h for h in found["search"] if h["code"] not in held)
    assert run(capsys, rome, "employee-competencies", "001052", "--drop", own["code"])[0] == 0
    code, profile, _ = run(capsys, rome, "employee-competencies", "001052", "--add", own["code"],
                           "--add", other["code"], "--json")
    assert code == 0
    origins = {e["code"]: e["origin"] for e in profile["held"]}
    assert origins[own["code"]] == "métier" and origins[other["code"]] == "déclarée"
    code, text, _ = run(capsys, rome, "employee-competencies", "001052")
    assert "dont 1 déclarée" in text

    out = tmp_path / "rapport.pdf"
    assert cli_entry(["--rome", rome, "report", "--employee", "001052", "--out", str(out)]) == 0
    text = flat_pdf_text(out)
    listed = text.split("Déclarées en plus de votre métier : ")[1].split(".")[0]
    assert other["label"] in listed and own["label"] not in listed


def test_held_competencies_carry_their_impact_level_like_the_job_profile(capsys, rome):
    assert cli_entry(["import-roster", str(SAMPLE)]) == 0
    capsys.readouterr()
    _, profile, _ = run(capsys, rome, "employee-competencies", "001052", "--json")
    _, job, _ = run(capsys, rome, "job-profile", profile["job"], "--json")
    levels = {item["code"]: item["level"] for item in job["retained"]}
    own = [e for e in profile["held"] if e["origin"] == "métier"]
    assert own and all(e["level"] == levels[e["code"]] for e in own)
    assert any(e["level"] for e in own) and all("mastery" in e for e in profile["held"])
