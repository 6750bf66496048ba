"""Batch printing: rosters in every format, both cores, bad rows reported, progress, cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_support import flat_pdf_text

from domain.errors import UserError
from domain.reports import ReportContext
from domain.reports.batch import file_name, read_rows, run_batch
from domain.study import load_study

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample_roster.csv"
TODAY = date(2025, 3, 14)
HEADER = "Matricule;Nom;Prénom;Métier;Date d'entrée;Souhaits"


@pytest.fixture(scope="module")
def offline() -> ReportContext:
    """No ROME release: the study alone, as on a machine where nothing was imported yet."""
    return ReportContext(load_study(), None, "Aucune version du ROME n'est disponible.")


def test_sample_roster_on_both_cores(offline, tmp_path):
    rows, unusable = read_rows(SAMPLE)
    assert len(rows) == 4 and not unusable
    seen = []
    result = run_batch(rows, tmp_path, context=offline, today=TODAY, workers=2,
                       progress=lambda done, total, who: seen.append((done, total, who)))
    assert result.ok and result.workers == 2
    assert sorted(p.name for _, p in result.written) == ["000417.pdf", "001052.pdf", "001388.pdf",
                                                        "002041.pdf"]
    assert [d for d, _, _ in seen] == [1, 2, 3, 4] and {t for _, t, _ in seen} == {4}
    assert len(result.report_seconds) == 4 and all(s > 0 for s in result.report_seconds)
    names = {"000417": "Thị Thu Hà Nguyễn", "001052": "Łukasz Kowalczyk", "001388": "Elif Şahin",
             "002041": "Éloïse Dubois-Lefèvre"}
    for employee_id, path in result.written:
        text = flat_pdf_text(path)
        assert names[employee_id] in text and f"Matricule : {employee_id}" in text
        assert "Les parties fondées sur le ROME" in text  # said plainly, the report still prints


def test_bad_rows_are_reported_and_the_others_printed(offline, tmp_path):
    roster = tmp_path / "effectif.csv"
    roster.write_text(
        "Matricule,Nom,Prénom,Métier,Date d'entrée\n"
        "A1,Ærøskøbing,Søren,Juriste,01/02/2010\n"
        "A2,Martin,Paul,Astronaute,01/02/2010\n"
        "A3,Durand,Anne,Chargé d'assistance,31/02/2010\n"
        "A4,Petit,Léa,Chargée d'assistance,\n", encoding="cp1252", errors="strict")
    rows, unusable = read_rows(roster)
    assert [r[1].id for r in rows] == ["A1", "A4"]
    assert [f.line for f in unusable] == [3, 4]
    assert "Astronaute" in str(unusable[0]) and "ligne 3" in str(unusable[0])
    result = run_batch(rows, tmp_path / "pdf", context=offline, today=TODAY, workers=1)
    assert result.ok and result.workers == 1
    assert "Søren Ærøskøbing" in flat_pdf_text(tmp_path / "pdf" / "A1.pdf")
    assert "Aucun souhait n'a été recueilli" in flat_pdf_text(tmp_path / "pdf" / "A4.pdf")


def test_xlsx_roster_with_bom_free_headers(offline, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Matricule", "Nom", "Prénom", "Métier", "Souhaits"])
    sheet.append(["007", "Şahin", "Elif", "Assistant administratif de plateaux", "Devenir formatrice"])
    book.save(tmp_path / "effectif.xlsx")
    rows, unusable = read_rows(tmp_path / "effectif.xlsx")
    assert not unusable and rows[0][1].id == "007"
    result = run_batch(rows, tmp_path, context=offline, today=TODAY)
    assert "Devenir formatrice" in flat_pdf_text(tmp_path / "007.pdf")
    assert result.written[0][0] == "007"


def test_a_file_without_usable_rows_is_an_error(tmp_path):
    roster = tmp_path / "vide.csv"
    roster.write_text("Nom;Prénom\nDupont;Jean\n", encoding="utf-8")
    with pytest.raises(UserError, match="Matricule"):
        read_rows(roster)


def test_cancel_stops_the_pool(offline, tmp_path):
    rows, _ = read_rows(SAMPLE)
    rows = [(line, emp) for line, emp in rows] * 3  # 12 tasks, same people, distinct files
    result = run_batch(rows, tmp_path, context=offline, today=TODAY, workers=2,
                       cancel=lambda: True)
    assert result.cancelled and not result.ok
    assert len(result.written) < 12


def test_a_failing_report_does_not_stop_the_batch(offline, tmp_path, monkeypatch):
    rows, _ = read_rows(SAMPLE)

    def broken(content, person, **options):
        if person.employee_id == "001052":
            raise UserError("mise en page impossible")
        return original(content, person, **options)

    import domain.reports.content as content_module

    original = content_module.build_report_data
    monkeypatch.setattr(content_module, "build_report_data", broken)
    result = run_batch(rows, tmp_path, context=offline, today=TODAY, workers=1)
    assert [f.employee_id for f in result.failures] == ["001052"]
    assert "mise en page impossible" in str(result.failures[0])
    assert len(result.written) == 3


def test_file_names_are_safe_and_unique():
    taken: set[str] = set()
    assert file_name("000417", taken) == "000417.pdf"
    assert file_name("000417", taken) == "000417-2.pdf"
    assert file_name("../../etc/passwd", taken) == "etc_passwd.pdf"
    assert file_name("CON", taken) == "CON_.pdf"
    assert file_name("A/B C", taken) == "A_B_C.pdf"


@pytest.mark.rome
def test_sample_roster_with_the_real_release(real_rome, tmp_path, monkeypatch):
    from domain.matching.bridges import BridgeSettings

    context = ReportContext.load(rome=real_rome)
    rows, _ = read_rows(SAMPLE)
    result = run_batch(rows, tmp_path, context=context, today=TODAY, workers=2)
    assert result.ok and len(result.written) == 4
    for (_, employee), (_, path) in zip(sorted(rows, key=lambda r: r[1].id),
                                        sorted(result.written), strict=True):
        text = flat_pdf_text(path)
        bridges = context.engine.bridges(employee.job, BridgeSettings(top=3))
        for bridge in bridges:
            assert f"{bridge.target} — {bridge.kind}" in text
        if not bridges:
            assert "Aucune passerelle n'est proposée" in text


@pytest.mark.rome
def test_batch_and_single_report_agree_for_a_stored_person(real_rome, tmp_path):
    """Same decision, same chosen bridge and plan, same gaps in both ways of printing."""
    from domain.matching.bridges import BridgeSettings
    from domain.people import employees as emp
    from domain.reports import build_report
    from domain.reports.content import report_data_for_employee, stored_facts
    from domain.store import connection as store

    context = ReportContext.load(rome=real_rome)
    conn = store.connect()
    person = emp.Employee("000777", "Nguyễn", "Thị Mai", "Gestionnaire de réseau prestataires", date(2015, 3, 12),
                          wishes="Évoluer")
    bridges = context.engine.bridges(person.job, BridgeSettings(top=3))
    chosen = bridges[1]  # not the best-ranked one: only the recorded decision picks it
    with store.transaction(conn):
        emp.save_employee(conn, person)
        emp.choose_bridge(conn, emp.ChosenBridge(person.id, chosen.target, status="in_progress",
                                                 comment="Validé en entretien du 3 mars"))
        emp.declare_competency(conn, emp.DeclaredCompetency(person.id, chosen.gap[0].code,
                                                            chosen.gap[0].label, 3))
    single = tmp_path / "seul.pdf"
    build_report(report_data_for_employee(conn, person.id, context, author="RH", today=TODAY),
                 single)
    rows = [(None, emp.get_employee(conn, person.id))]
    result = run_batch(rows, tmp_path / "lot", context=context, author="RH", today=TODAY,
                       workers=1, stored=stored_facts(conn, [person.id]))
    bare = run_batch(rows, tmp_path / "sans", context=context, author="RH", today=TODAY,
                     workers=1)
    conn.close()
    single_text, batch_text = flat_pdf_text(single), flat_pdf_text(result.written[0][1])
    decision = f"{chosen.target} en cours Validé en entretien du 3 mars"
    assert decision in single_text and decision in batch_text
    assert batch_text == single_text
    assert "Validé en entretien" not in flat_pdf_text(bare.written[0][1])  # what the batch lacked
