"""Take the screenshots of the graph, bridges, plan, people and reports views.

    xvfb-run -s "-screen 0 1280x720x24" python docs/screenshots/take_views.py --rome PATH
    xvfb-run -s "-screen 0 1920x1080x24" python docs/screenshots/take_views.py --rome PATH --scale 1.5

The window sizes itself to the screen (1280×720 logical pixels in both cases; the 150 % shots
end in « _150 »). PATH is a ROME release (folder or zip), read and not imported. The data
folder is a temporary one holding five invented people, so nobody's real data or preferences
are touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ROSTER = """Matricule;Nom;Prénom;Métier;Date d'entrée;Souhaits
000123;Martin;Claire;Chargé d'assistance;12/03/2015;Encadrer une équipe
000124;Bernard;Louis;Chargé d'accueil d'assistance;01/09/2019;
000125;Petit;Sofia;Médecin d'assistance;15/01/2012;
000126;Durand;Hugo;Gestionnaire de dossiers d'assistance;03/06/2018;Se former à la data
000127;Leroy;Inès;Assistant administratif de plateaux;22/11/2020;
"""
BAD_ROSTER = """Matricule;Nom;Prénom;Métier;Date d'entrée
000123;Martin;Claire;Chargé d'assistance;12/03/2015
000124;Bernard;Louis;Pilote de ligne;01/09/2019
000125;;Sofia;Médecin d'assistance;31/02/2012
"""


def pump(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def until(app, condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        pump(app, 0.05)
    pump(app, 0.5)


def seed(folder: Path) -> Path:
    from domain.people import employees
    from domain.people.roster import import_roster
    from domain.store.connection import connect, transaction

    (folder / "effectif.csv").write_text(ROSTER, encoding="utf-8")
    (folder / "effectif_erreurs.csv").write_text(BAD_ROSTER, encoding="utf-8")
    conn = connect()
    import_roster(conn, folder / "effectif.csv")
    with transaction(conn):
        employees.add_note(conn, employees.InterviewNote(
            "000123", date(2024, 11, 5), "Entretien annuel : souhaite encadrer une équipe d'ici "
            "deux ans. Formation au management proposée et acceptée.",
            author="Claire Moreau, Partenaire RH"))  # as the window signs it (preferences)
        employees.choose_bridge(conn, employees.ChosenBridge(
            "000123", "Responsable de pôle d'assistance", status="in_progress",
            comment="Parcours management validé en entretien"))
    conn.close()
    return folder / "effectif_erreurs.csv"


SUFFIX = [""]


def save(window, name: str) -> None:
    name = name.replace(".png", SUFFIX[0] + ".png")
    window.grab().save(str(HERE / name))
    print("saved", (HERE / name).relative_to(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rome", required=True)
    parser.add_argument("--scale", type=float, default=None, help="QT_SCALE_FACTOR (1.5: 150 %)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="passerelles-captures-"))
    os.environ["PASSERELLES_DATA_DIR"] = str(folder)
    os.environ["PASSERELLES_ROME"] = str(Path(args.rome).resolve())
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
        SUFFIX[0] = f"_{round(100 * args.scale)}"
    sys.path.insert(0, str(ROOT))
    bad = seed(folder)
    from gui.app import start
    from gui.settings import FIRST_RUN_OFFERED, REPORT_AUTHOR_NAME, REPORT_AUTHOR_ROLE, Settings

    Settings().set(FIRST_RUN_OFFERED, True)
    Settings().set(REPORT_AUTHOR_NAME, "Claire Moreau")  # the reports' author (preferences)
    Settings().set(REPORT_AUTHOR_ROLE, "Partenaire RH")
    app, window = start(["passerelles"])  # sized to the screen, as for a user
    until(app, lambda: window.context.is_loaded)
    job = "Chargé d'assistance"

    window.show_view("graph")
    graph = window.view("graph")
    until(app, lambda: graph.result is not None)
    graph.select_job(job)
    graph.canvas.fit()
    pump(app, 0.5)
    save(window, "graph.png")

    window.show_view("bridges")
    bridges = window.view("bridges")
    bridges.select_job("Chargé d'accueil d'assistance")  # exposed: it has bridges (not « job »)
    until(app, lambda: bridges.model.rowCount() > 0)
    bridges.table.selectRow(0)
    save(window, "bridges.png")
    bridges.tabs.setCurrentIndex(1)
    plan = bridges.plan_view
    plan.inputs.set_values(
        {"Chargé d'accueil d'assistance": 12, "Assistant administratif de plateaux": 6,
         "Gestionnaire de dossiers d'assistance": 9},
        {"Responsable de pôle d'assistance": 5, "Coordinateur opérationnel plateaux": 4,
         "Médecin d'assistance": 2, job: 6})
    plan.compute()
    until(app, lambda: plan.result is not None)
    save(window, "plan_collectif.png")

    window.show_view("people")
    people = window.view("people")
    people.select_person("000123")
    people.editor.tabs.setCurrentIndex(2)
    pump(app, 0.5)
    save(window, "people.png")
    if SUFFIX[0]:  # at 150 %: the views only
        return finish(app, window, reports_only=True, folder=folder)
    dialog = people.import_roster(str(bad))
    until(app, lambda: dialog._operation is None)
    save(dialog, "import_effectif.png")
    dialog.reject()
    add = people.actions.add_person()
    add.id_edit.setText("000130")
    add.last_name.setText("Durand")
    add.first_name.setText("Hélène")
    add.job.setCurrentIndex(add.job.findText("Chargé d'accueil d'assistance"))
    pump(app, 0.5)
    save(add, "ajout_personne.png")
    add.reject()
    purge = people.actions.purge_notes()
    pump(app, 0.5)
    save(purge, "purge_notes.png")
    purge.reject()
    return finish(app, window, reports_only=False, folder=folder)


def finish(app, window, reports_only: bool, folder: Path) -> int:
    """The Rapports view (a person's report; the job-sheet tab too), then clean up."""
    window.show_view("reports")
    reports = window.view("reports")
    reports.select_person("000123")
    until(app, lambda: reports.preview_person is not None)
    reports.preview_panel.pdf_view.verticalScrollBar().setValue(330)  # « En bref » in full
    pump(app, 2.0)  # QtPdf renders the page again after the scroll
    save(window, "reports.png")
    if not reports_only:
        reports.source_tabs.setCurrentIndex(1)
        reports.job_picker.search_edit.setText("charge d'accueil")
        reports.job_picker.select_job("Chargé d'accueil d'assistance")
        until(app, lambda: reports.preview_job == "Chargé d'accueil d'assistance")
        pump(app, 2.0)
        save(window, "reports_fiche_metier.png")
    window.close()
    window.context.close()
    shutil.rmtree(folder, ignore_errors=True)  # invented people, but still: leave nothing
    return 0


if __name__ == "__main__":
    sys.exit(main())
