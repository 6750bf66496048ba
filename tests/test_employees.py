"""The people repository: round trips, cascades, constraints and a content-free audit log."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import UserError
from domain.people import employees as emp
from domain.store import connection as store
from domain.store.migrations import MIGRATIONS


@pytest.fixture
def conn(tmp_path):
    connection = store.connect(tmp_path / "s.sqlite3")
    yield connection
    connection.close()


def person(identifier="0042", **changes) -> emp.Employee:
    values = dict(id=identifier, last_name="Nguyễn", first_name="Thị Mai",
                  job="Chargé d'assistance", entry_date=date(2019, 3, 15), wishes="Formation")
    values.update(changes)
    return emp.Employee(**values)


def test_people_schema_is_migration_2():
    assert [m.version for m in MIGRATIONS][:2] == [1, 2]
    assert "CREATE TABLE employee" in MIGRATIONS[1].sql


def test_save_round_trip_and_outcomes(conn):
    with store.transaction(conn):
        assert emp.save_employee(conn, person()) == "created"
    stored = emp.get_employee(conn, "0042")
    assert stored.same_facts(person()) and stored.created_at
    with store.transaction(conn):
        assert emp.save_employee(conn, person()) == "unchanged"
        assert emp.save_employee(conn, person(job="Juriste")) == "updated"
    assert emp.get_employee(conn, "0042").job == "Juriste"
    assert conn.execute("SELECT count(*) FROM employee").fetchone()[0] == 1


def test_unknown_matricule_is_a_french_user_error(conn):
    with pytest.raises(UserError, match="« 999 »"):
        emp.get_employee(conn, "999")


def test_list_hides_departed_people_on_request(conn):
    with store.transaction(conn):
        emp.save_employee(conn, person("1", last_name="Alpha"))
        emp.save_employee(conn, person("2", last_name="Beta", exit_date=date(2020, 1, 1)))
    assert [p.id for p in emp.list_employees(conn)] == ["1", "2"]
    assert [p.id for p in emp.list_employees(conn, include_departed=False)] == ["1"]


def test_notes_bridges_competencies_reports_round_trip_and_cascade(conn, tmp_path):
    with store.transaction(conn):
        emp.save_employee(conn, person())
        emp.save_employee(conn, person("0043", last_name="Şahin"))
        emp.add_note(conn, emp.InterviewNote("0042", date(2024, 5, 2), "Souhaite évoluer"))
        emp.choose_bridge(conn, emp.ChosenBridge("0042", "Chargé de formation"))
        emp.choose_bridge(conn, emp.ChosenBridge("0042", "Chargé de formation", status="done"))
        emp.declare_competency(conn, emp.DeclaredCompetency("0042", "100001", "Accueillir", 3))
        emp.record_report(conn, emp.ReportRecord("fiche", str(tmp_path / "a.pdf"), ("0042",)))
        emp.record_report(conn, emp.ReportRecord("plan", str(tmp_path / "b.pdf"),
                                                 ("0042", "0043")))
    assert [n.body for n in emp.notes(conn, "0042")] == ["Souhaite évoluer"]
    assert [(b.target_job, b.status) for b in emp.bridges(conn, "0042")] == [
        ("Chargé de formation", "done")]
    assert emp.competencies(conn, "0042")[0].level == 3
    assert [r.kind for r in emp.reports(conn, "0042")] == ["fiche", "plan"]
    assert emp.reports(conn, "0043")[0].employee_ids == ("0042", "0043")
    with store.transaction(conn):
        conn.execute("DELETE FROM employee WHERE id = '0042'")
    for table in ("interview_note", "chosen_bridge", "employee_competency"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM report_person").fetchone()[0] == 1


def test_constraints_refuse_bad_values(conn):
    with store.transaction(conn):
        emp.save_employee(conn, person())
    with pytest.raises(UserError, match="vide"), store.transaction(conn):
        emp.add_note(conn, emp.InterviewNote("0042", date(2024, 1, 1), "   "))
    with pytest.raises(UserError, match="Statut"), store.transaction(conn):
        emp.choose_bridge(conn, emp.ChosenBridge("0042", "Juriste", status="maybe"))
    with pytest.raises(UserError, match="Niveau"), store.transaction(conn):
        emp.declare_competency(conn, emp.DeclaredCompetency("0042", "1", level=9))
    with pytest.raises(UserError), store.transaction(conn):
        emp.add_note(conn, emp.InterviewNote("nobody", date(2024, 1, 1), "x"))
    with pytest.raises(Exception, match="FOREIGN KEY"), store.transaction(conn):
        conn.execute("INSERT INTO interview_note (employee_id, held_on, body, created_at, "
                      "updated_at) VALUES ('ghost', '2024-01-01', 'x', '', '')")
    assert emp.notes(conn, "0042") == []


def test_audit_log_names_who_and_what_never_the_content(conn):
    with store.transaction(conn):
        emp.save_employee(conn, person())
        emp.add_note(conn, emp.InterviewNote("0042", date(2024, 5, 2), "Confidentiel XYZ"))
        emp.set_wishes(conn, "0042", "Devenir juriste")
    entries = emp.audit_entries(conn, "0042")
    assert [e.action for e in entries] == ["add_note", "update_wishes"]
    assert all(e.actor and e.at for e in entries)
    flat = " ".join(str(v) for row in conn.execute("SELECT * FROM audit_log") for v in row)
    for secret in ("Confidentiel", "Nguyễn", "juriste"):
        assert secret not in flat
