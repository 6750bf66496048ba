"""A matricule never passes from one person to another through a roster import (RGPD)."""

from __future__ import annotations

from contextlib import closing

import pytest

from domain.people import employees
from domain.people.roster import RosterError, import_roster, read_roster
from domain.store.connection import connect

HEADER = "Matricule;Nom;Prénom;Métier;Date d'entrée\n"


@pytest.fixture
def store():
    with closing(connect()) as conn:
        employees.save_employee(conn, employees.Employee(
            "100001", "Lefèvre", "Hélène", "Chargé d'assistance"))
        yield conn


def test_a_matricule_of_someone_else_is_refused_with_both_names(store, tmp_path):
    path = tmp_path / "effectif.csv"
    path.write_text(HEADER + "100002;Martin;Paul;Juriste;01/02/2015\n"
                             "100001;Durand;Marc;Juriste;01/02/2015\n", encoding="utf-8")
    preview = read_roster(path, conn=store)
    assert [(p.line, p.field) for p in preview.problems] == [(3, "id")]
    assert "Hélène Lefèvre" in preview.problems[0].message
    assert "Marc Durand" in preview.problems[0].message
    with pytest.raises(RosterError):
        import_roster(store, path)
    assert employees.get_employee(store, "100001").first_name == "Hélène"
    assert employees.find_employee(store, "100002") is None  # all or nothing
    import_roster(store, path, excluded_lines=[3])  # the user leaves the line out
    assert employees.get_employee(store, "100001").last_name == "Lefèvre"
    assert employees.get_employee(store, "100002").last_name == "Martin"


def test_a_new_last_name_alone_is_an_ordinary_update(store, tmp_path):
    path = tmp_path / "effectif.csv"
    path.write_text(HEADER + "100001;Durand;Hélène;Chargé d'assistance;01/02/2015\n",
                    encoding="utf-8")
    assert read_roster(path, conn=store).problems == ()
    import_roster(store, path)
    assert employees.get_employee(store, "100001").last_name == "Durand"
