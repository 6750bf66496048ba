"""RGPD: real erasure (no trace in any file the app manages), export, retention, statistics."""

from __future__ import annotations

import csv
import io
import json
import os
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from domain.errors import UserError
from domain.people import employees as emp
from domain.people import privacy
from domain.people.roster import import_roster
from domain.store import backup
from domain.store import connection as store

SAMPLE = Path(__file__).parent.parent / "data" / "sample_roster.csv"
TARGET = "000417"  # Nguyễn Thị Thu Hà in the sample roster
WISH = "Évoluer vers la formation des nouveaux arrivants"


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "data" / "s.sqlite3"


@pytest.fixture
def conn(db, monkeypatch):
    monkeypatch.setattr(backup, "_BACKED_UP_AT_START", set())
    connection = store.connect(db)
    import_roster(connection, SAMPLE)
    yield connection
    connection.close()


def enrich(conn, tmp_path: Path) -> list[Path]:
    """Notes, bridges, competencies and two generated files about the target person."""
    files = [tmp_path / "fiche_Nguyen.pdf", tmp_path / "plan_collectif.pdf"]
    for path in files:
        path.write_text("Nguyễn Thị Thu Hà", encoding="utf-8")
    with store.transaction(conn):
        emp.add_note(conn, emp.InterviewNote(TARGET, date(2024, 3, 1),
                                             "Entretien avec Nguyễn : souhaite évoluer"))
        emp.add_note(conn, emp.InterviewNote("001052", date(2024, 3, 2), "Entretien annuel"))
        emp.choose_bridge(conn, emp.ChosenBridge(TARGET, "Chargé de formation",
                                                 comment="Suivi par Nguyễn elle-même"))
        emp.declare_competency(conn, emp.DeclaredCompetency(TARGET, "100001", "Accueillir", 3))
        emp.record_report(conn, emp.ReportRecord("fiche", str(files[0]), (TARGET,)))
        emp.record_report(conn, emp.ReportRecord("plan", str(files[1]), (TARGET, "001052")))
    return files


def needles(text: str) -> list[bytes]:
    forms = sorted({unicodedata.normalize(f, text) for f in ("NFC", "NFD")})
    return [f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_erased_name_is_in_no_database_file(conn, db, tmp_path):
    reports = enrich(conn, tmp_path)
    backup.take_backup(conn, db, "manuelle")  # the backups hold the person too
    backup.take_backup(conn, db, "import-effectif")
    secrets = ["Nguyễn", "Thị Thu Hà", WISH, "Suivi par Nguyễn"]
    everything = b"".join(p.read_bytes() for p in files_under(db.parent))
    assert all(s.encode() in everything for s in secrets)  # the scan below can fail

    report = privacy.forget_employee(conn, TARGET)

    assert report.log_truncated and report.backups_rewritten == 2
    assert sorted(report.files_deleted) == sorted(map(str, reports))
    assert not any(p.exists() for p in reports)
    for moment in ("open", "closed"):
        if moment == "closed":
            conn.close()
        scanned = files_under(db.parent)
        assert any(p.name.endswith("-wal") for p in scanned) or moment == "closed"
        for path in scanned:
            data = path.read_bytes()
            for secret in secrets:
                for needle in needles(secret):
                    assert needle not in data, f"{secret!r} found in {path.name} ({moment})"
            assert TARGET.encode() not in data
    remaining = b"".join(p.read_bytes() for p in files_under(db.parent))
    assert b"Kowalczyk" in remaining  # other people are still there


def test_forget_removes_every_row_and_keeps_an_anonymous_trace(conn, tmp_path):
    enrich(conn, tmp_path)
    report = privacy.forget_employee(conn, TARGET)
    for table in ("employee_competency", "interview_note", "chosen_bridge", "report_person"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE employee_id = ?",
                            (TARGET,)).fetchone()[0] == 0
    assert emp.find_employee(conn, TARGET) is None
    assert emp.reports(conn) == []  # the collective report named them: its file is gone too
    assert len(emp.notes(conn, "001052")) == 1  # other people keep their notes
    actions = [e.action for e in emp.audit_entries(conn, report.token)]
    assert "forget" in actions and "add_note" in actions
    assert emp.audit_entries(conn, TARGET) == []
    with pytest.raises(UserError):
        privacy.forget_employee(conn, TARGET)


def test_forget_reaches_tables_added_by_later_migrations(conn):
    conn.execute("CREATE TABLE plan_assignment (employee_id TEXT, target TEXT)")
    conn.execute("INSERT INTO plan_assignment VALUES (?, 'Juriste')", (TARGET,))
    privacy.forget_employee(conn, TARGET)
    assert conn.execute("SELECT count(*) FROM plan_assignment").fetchone()[0] == 0


def test_forget_reports_missing_files_and_set_aside_bases(conn, db, tmp_path):
    with store.transaction(conn):
        emp.record_report(conn, emp.ReportRecord("fiche", str(tmp_path / "gone.pdf"), (TARGET,)))
    aside = db.with_name(db.name + ".mise-de-cote-20240101-000000")
    aside.write_bytes(b"old")
    report = privacy.forget_employee(conn, TARGET)
    assert report.files_missing == (str(tmp_path / "gone.pdf"),)
    assert report.set_aside_files == (str(aside),)


def test_export_holds_everything_and_is_private(conn, tmp_path):
    enrich(conn, tmp_path)
    out = tmp_path / "export.json"
    privacy.write_employee_export(conn, TARGET, out)
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert payload["employee"]["last_name"] == "Nguyễn"
    assert payload["employee"]["wishes"] == WISH
    assert [n["body"] for n in payload["interview_notes"]] == ["Entretien avec Nguyễn : souhaite évoluer"]
    assert payload["chosen_bridges"][0]["target_job"] == "Chargé de formation"
    assert payload["declared_competencies"][0]["level"] == 3
    assert {r["kind"] for r in payload["reports"]} == {"fiche", "plan"}
    assert "Entretien annuel" not in out.read_text(encoding="utf-8")  # nobody else's notes
    assert emp.audit_entries(conn, TARGET)[-1].action == "export"
    with pytest.raises(UserError, match="existe déjà"):
        privacy.write_employee_export(conn, TARGET, out)
    privacy.write_employee_export(conn, TARGET, out, overwrite=True)


@pytest.mark.parametrize("today, months, expected", [
    (date(2024, 3, 31), 1, date(2024, 2, 29)),
    (date(2024, 1, 15), 24, date(2022, 1, 15)),
    (date(2023, 12, 31), 12, date(2022, 12, 31)),
])
def test_retention_cutoff(today, months, expected):
    assert privacy.retention_cutoff(months, today) == expected


def test_purge_removes_old_notes_here_and_in_backups(conn, db):
    with store.transaction(conn):
        emp.add_note(conn, emp.InterviewNote(TARGET, date(2020, 1, 10), "Note ancienne ZZQ"))
        emp.add_note(conn, emp.InterviewNote(TARGET, date(2024, 6, 1), "Note récente"))
    made = backup.take_backup(conn, db, "manuelle")
    report = privacy.purge_notes(conn, 24, today=date(2024, 12, 1))
    assert report.notes_deleted == 1 and report.backups_rewritten >= 1
    assert [n.body for n in emp.notes(conn, TARGET)] == ["Note récente"]
    assert b"ZZQ" not in made.read_bytes()
    with pytest.raises(UserError):
        privacy.purge_notes(conn, 0)


def test_pseudonymised_export_has_no_identity_and_no_formula(conn, tmp_path):
    with store.transaction(conn):
        emp.choose_bridge(conn, emp.ChosenBridge(TARGET, "Chargé de formation"))
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    assert privacy.write_pseudonymised_export(conn, first) == 4
    privacy.write_pseudonymised_export(conn, second)
    text = first.read_text(encoding="utf-8-sig")
    for person in emp.list_employees(conn):
        for value in (person.last_name, person.first_name, person.id, person.wishes):
            assert value not in text
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert {r["metier"] for r in rows} == {p.job for p in emp.list_employees(conn)}
    assert any(r["passerelles_choisies"] == "Chargé de formation" for r in rows)
    assert all(r["annee_entree"].isdigit() for r in rows)
    other = list(csv.DictReader(io.StringIO(second.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert {r["pseudonyme"] for r in rows}.isdisjoint({r["pseudonyme"] for r in other})


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+33", "'+33"), ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("Juriste", "Juriste"), (None, ""),
])
def test_neutralise_formula_injection(cell, expected):
    assert privacy.neutralise(cell) == expected


def test_cli_forget_and_export(tmp_path):
    from contextlib import redirect_stdout

    from main import cli_entry

    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_entry(["import-roster", str(SAMPLE)]) == 0
        assert cli_entry(["export-employee", TARGET, "--out", str(tmp_path / "e.json")]) == 0
        assert cli_entry(["forget-employee", TARGET]) == 0
        assert cli_entry(["forget-employee", TARGET]) == 2
        assert cli_entry(["employees", "--json"]) == 0
    ids = [p["id"] for p in json.loads(out.getvalue()[out.getvalue().index("{"):])["employees"]]
    assert TARGET not in ids and len(ids) == 3
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["employee"]["id"] == TARGET


NETWORK = ("socket", "urllib", "http.client", "http.server", "requests", "httpx", "aiohttp",
           "ftplib", "smtplib", "xmlrpc", "ssl")


def test_product_code_imports_no_network_module():
    import re

    root = Path(__file__).parent.parent
    modules = "|".join(re.escape(n) for n in NETWORK)
    pattern = re.compile(rf"^\s*(?:import|from)\s+(?:{modules})\b|QtNetwork|QNetwork", re.M)
    assert pattern.search("from urllib.request import urlopen")  # the check can fail
    assert pattern.search("from PySide6 import QtNetwork")
    sources = [root / "main.py", *(root / "domain").rglob("*.py"), *(root / "gui").rglob("*.py"),
               *(root / "cli").rglob("*.py")]
    offenders = [str(p.relative_to(root)) for p in sources
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_people_commands_work_with_the_network_cut(tmp_path, monkeypatch):
    import socket
    from contextlib import redirect_stdout

    from main import cli_entry

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    with redirect_stdout(io.StringIO()):
        assert cli_entry(["import-roster", str(SAMPLE)]) == 0
        assert cli_entry(["export-employee", TARGET, "--out", str(tmp_path / "e.json")]) == 0
        assert cli_entry(["export-stats", "--out", str(tmp_path / "s.csv")]) == 0
        assert cli_entry(["purge-notes"]) == 0
        assert cli_entry(["forget-employee", TARGET]) == 0
