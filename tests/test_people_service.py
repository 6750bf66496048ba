"""Editing a person through the service: checks in French, one transaction, one audit line."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import UnknownJobError, UserError
from domain.people import employees as emp
from domain.people import service as svc
from domain.store import connection as store


@pytest.fixture
def conn(tmp_path):
    connection = store.connect(tmp_path / "s.sqlite3")
    with store.transaction(connection):
        emp.save_employee(connection, emp.Employee(
            "0042", "Nguyễn", "Thị Mai", "Chargé d'assistance", date(2019, 3, 15)))
    yield connection
    connection.close()


def actions(conn, subject="0042"):
    return [(e.action, e.actor, e.detail) for e in emp.audit_entries(conn, subject)]


def test_edit_saves_cleans_and_audits_the_changed_fields(conn):
    before = actions(conn)
    person = svc.edit_employee(conn, "0042", {"job": "formateur d’assistance",
                                              "wishes": "  Former les nouveaux  ",
                                              "last_name": " Nguyễn   Văn "}, actor="rh.dupont")
    assert person.job == "Formateur d'assistance"  # the study's spelling, not the typed one
    assert person.wishes == "Former les nouveaux" and person.last_name == "Nguyễn Văn"
    assert emp.get_employee(conn, "0042") == person
    assert actions(conn)[len(before):] == [
        ("edit_employee", "rh.dupont", "last_name,job,wishes")]


def test_unchanged_edit_writes_no_audit_line(conn):
    before = actions(conn)
    svc.edit_employee(conn, "0042", {"first_name": "Thị Mai"})
    assert actions(conn) == before


def test_a_single_name_is_accepted_as_in_the_roster_import(conn):
    """A person imported without a first name must stay editable."""
    svc.edit_employee(conn, "0042", {"first_name": "  "})
    assert emp.get_employee(conn, "0042").first_name == ""
    svc.edit_employee(conn, "0042", {"wishes": "Encadrer une équipe"})
    assert emp.get_employee(conn, "0042").wishes == "Encadrer une équipe"


@pytest.mark.parametrize(("changes", "words"), [
    ({"last_name": "   "}, "nom de la personne ne peut pas être vide"),
    ({"job": ""}, "métier"),
    ({"last_name": "x" * 101}, "trop long"),
    ({"exit_date": date(2018, 1, 1)}, "antérieure à la date d'entrée (15/03/2019)"),
    ({"entry_date": date(1850, 1, 1)}, "invraisemblable"),
])
def test_refused_edits_say_why_and_write_nothing(conn, changes, words):
    before = (emp.get_employee(conn, "0042"), actions(conn))
    with pytest.raises(UserError, match=words.replace("(", r"\(").replace(")", r"\)")):
        svc.edit_employee(conn, "0042", changes)
    assert (emp.get_employee(conn, "0042"), actions(conn)) == before


def test_unknown_job_suggests_the_closest(conn):
    with pytest.raises(UnknownJobError) as caught:
        svc.edit_employee(conn, "0042", {"job": "Chargé d'asistance"})
    assert "Chargé d'assistance" in caught.value.suggestions
    assert emp.get_employee(conn, "0042").job == "Chargé d'assistance"


def test_unknown_person_and_unknown_field(conn):
    with pytest.raises(UserError, match="« 9999 »"):
        svc.edit_employee(conn, "9999", {"wishes": "x"})
    with pytest.raises(ValueError):
        svc.edit_employee(conn, "0042", {"id": "0043"})


def test_a_failed_audit_rolls_the_edit_back(conn, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(emp, "audit", broken)
    with pytest.raises(RuntimeError):
        svc.edit_employee(conn, "0042", {"wishes": "Encadrer"})
    assert emp.get_employee(conn, "0042").wishes == ""


def test_remove_a_declared_competency(conn):
    with store.transaction(conn):
        emp.declare_competency(conn, emp.DeclaredCompetency("0042", "100001", "Accueillir", 2))
        emp.declare_competency(conn, emp.DeclaredCompetency("0042", "100002", "Orienter", 3))
    svc.remove_competency(conn, "0042", "100001", actor="rh.dupont")
    assert [c.item_code for c in emp.competencies(conn, "0042")] == ["100002"]
    assert actions(conn)[-1] == ("delete_competency", "rh.dupont", "")
    with pytest.raises(UserError, match="n'est pas déclarée"):
        svc.remove_competency(conn, "0042", "100001")


def test_remove_a_note_only_of_that_person(conn):
    with store.transaction(conn):
        emp.save_employee(conn, emp.Employee("0043", "Şahin", "Elif", "Juriste"))
        kept = emp.add_note(conn, emp.InterviewNote("0042", date(2025, 1, 6), "Premier point"))
        gone = emp.add_note(conn, emp.InterviewNote("0042", date(2025, 2, 3), "Second point"))
        other = emp.add_note(conn, emp.InterviewNote("0043", date(2025, 2, 3), "Autre"))
    svc.remove_note(conn, "0042", gone)
    assert [n.id for n in emp.notes(conn, "0042")] == [kept]
    assert actions(conn)[-1][0] == "delete_note"
    with pytest.raises(UserError, match="n'existe plus"):
        svc.remove_note(conn, "0042", other)  # someone else's note is not reachable this way
    assert [n.id for n in emp.notes(conn, "0043")] == [other]
