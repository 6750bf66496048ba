"""Take the screenshots of the graph, bridges, plan, people and reports views.

    xvfb-run -s "-screen 0 1400x900x24" python docs/screenshots/take_views.py --rome PATH

PATH is a ROME release (folder or zip), read and not imported. The data folder is a temporary
one holding five invented people, so nobody's real data or preferences are touched.
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
            "deux ans. Formation au management proposée et acceptée."))
        employees.choose_bridge(conn, employees.ChosenBridge(
            "000123", "Responsable de pôle d'assistance", status="in_progress",
            comment="Parcours management validé en entretien"))
    conn.close()
    return folder / "effectif_erreurs.csv"


def save(window, name: str) -> None:
    window.grab().save(str(HERE / name))
    print("saved", (HERE / name).relative_to(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rome", required=True)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="passerelles-captures-"))
    os.environ["PASSERELLES_DATA_DIR"] = str(folder)
    os.environ["PASSERELLES_ROME"] = str(Path(args.rome).resolve())
    os.environ["LOGNAME"] = "c.moreau"  # the reports' author: an HR account, not the build's
    sys.path.insert(0, str(ROOT))
    bad = seed(folder)
    from gui.app import start
    from gui.settings import FIRST_RUN_OFFERED, Settings

    Settings().set(FIRST_RUN_OFFERED, True)
    app, window = start(["passerelles"])
    window.resize(1400, 880)
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
    dialog = people.import_roster(str(bad))
    until(app, lambda: dialog._operation is None)
    save(dialog, "import_effectif.png")
    dialog.reject()

    window.show_view("reports")
    reports = window.view("reports")
    reports.select_person("000123")
    until(app, lambda: reports.preview_person is not None)
    reports.preview_panel.pdf_view.verticalScrollBar().setValue(330)  # « En bref » in full
    pump(app, 2.0)  # QtPdf renders the page again after the scroll
    save(window, "reports.png")
    window.close()
    window.context.close()
    shutil.rmtree(folder, ignore_errors=True)  # invented people, but still: leave nothing
    return 0


if __name__ == "__main__":
    sys.exit(main())
