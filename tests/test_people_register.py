"""Summaries of the people register: headcounts, chosen bridges, a roster's effects."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.people import employees as emp
from domain.people import register as people_register
from domain.store import connection as store


@pytest.fixture
def conn(tmp_path):
    connection = store.connect(tmp_path / "s.sqlite3")
    yield connection
    connection.close()


def person(identifier: str, job: str = "Chargé d'assistance", **changes) -> emp.Employee:
    values = dict(id=identifier, last_name=f"Nom {identifier}", first_name="Prénom", job=job)
    values.update(changes)
    return emp.Employee(**values)


def test_headcounts_count_present_people_per_job(conn):
    yesterday, tomorrow = date.today() - timedelta(days=1), date.today() + timedelta(days=1)
    with store.transaction(conn):
        emp.save_employee(conn, person("1"))
        emp.save_employee(conn, person("2", exit_date=tomorrow))
        emp.save_employee(conn, person("3", exit_date=yesterday))  # departed: not counted
        emp.save_employee(conn, person("4", job="Comptable"))
    assert people_register.headcounts(conn) == {"Chargé d'assistance": 2, "Comptable": 1}


def test_chosen_bridge_is_the_latest_not_dropped(conn):
    with store.transaction(conn):
        for identifier in ("1", "2", "3"):
            emp.save_employee(conn, person(identifier))
        emp.choose_bridge(conn, emp.ChosenBridge("1", "Comptable"))
        emp.choose_bridge(conn, emp.ChosenBridge("1", "Gestionnaire", status="in_progress"))
        emp.choose_bridge(conn, emp.ChosenBridge("2", "Comptable"))
        emp.choose_bridge(conn, emp.ChosenBridge("2", "Gestionnaire", status="dropped"))
        emp.choose_bridge(conn, emp.ChosenBridge("3", "Comptable", status="dropped"))
    assert people_register.chosen_bridges(conn) == {"1": "Gestionnaire", "2": "Comptable"}


def test_import_effects_compare_with_the_store(conn):
    with store.transaction(conn):
        emp.save_employee(conn, person("1"))
        emp.save_employee(conn, person("2"))
    effects = people_register.import_effects(
        conn, [person("1"), person("2", job="Comptable"), person("3")])
    assert effects == {"1": "unchanged", "2": "updated", "3": "created"}
    with store.transaction(conn):  # the effects are exactly what saving reports
        assert [emp.save_employee(conn, p) for p in
                (person("1"), person("2", job="Comptable"), person("3"))] == \
            ["unchanged", "updated", "created"]
