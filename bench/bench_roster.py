"""Time the people store on a large roster: check, import, re-import, erase one person.

    python bench/bench_roster.py [--rows N]

The roster is generated (fictional names, the study's 58 jobs, some in feminine form, dates in
both French and ISO forms). Also read and checked: the same people shaped as real exports (a
Windows-1252 CSV with a title block, French header variants, ids written ="000417", titles
without articles, a company title mapped in the store, a « Total » footer) and as an .xlsx
workbook with ids stored as numbers under a ``000000`` format. Targets: 12,500 rows read and
checked in under 1 s (CSV); the whole import in a few seconds.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.people import privacy  # noqa: E402
from domain.people.job_titles import add_job_title  # noqa: E402
from domain.people.roster import import_roster, read_roster  # noqa: E402
from domain.store import backup  # noqa: E402
from domain.store import connection as store  # noqa: E402
from domain.study import load_study  # noqa: E402

NAMES = ["Nguyễn", "Kowalczyk", "Şahin", "Lefèvre", "Dœuf", "Ó Briain", "Müller", "Martin"]
FEMININE = {"Chargé d'assistance": "Chargée d'assistance",
            "Formateur d'assistance": "Formatrice d'assistance"}


def write_roster(path: Path, rows: int, seed: int = 1, job_shift: int = 0) -> None:
    rng = random.Random(seed)
    jobs = [job.name for job in load_study().jobs]
    lines = ["Matricule;Nom;Prénom;Métier;Date d'entrée;Souhaits"]
    for i in range(rows):
        job = jobs[(i + job_shift) % len(jobs)]
        job = FEMININE.get(job, job) if i % 2 else job
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1980, 2024)
        date = f"{day:02d}/{month:02d}/{year}" if i % 3 else f"{year}-{month:02d}-{day:02d}"
        lines.append(f"{i:06d};{rng.choice(NAMES)};Prénom{i};{job};{date};Souhait {i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_real_shaped(path: Path, rows: int, seed: int = 2) -> None:
    """Title block, header variants, ="…" ids, article-less and company titles, a footer."""
    rng = random.Random(seed)
    jobs = [job.name for job in load_study().jobs]
    typed = {"Gestionnaire de dossiers d'assistance": "Gestionnaire dossiers assistance",
             "Chargé d'assistance": "Conseiller assistance"}
    lines = ["Extraction effectif;;;;;;", "Date d'extraction : 31/12/2024;;;;;;", ";;;;;;",
             "N° de matricule;Nom de naissance;Nom d’usage;Prénom(s);Intitulé poste;"
             "Date d'entrée (jj/mm/aaaa);Souhait(s)"]
    for i in range(rows):
        job = jobs[i % len(jobs)]
        job = typed.get(job, job) if i % 2 else FEMININE.get(job, job)
        usage = rng.choice(NAMES) if i % 4 == 0 else ""
        lines.append(f'="{i:06d}";{rng.choice(NAMES)};{usage};Prénom{i};{job};'
                     f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1980, 2024)};")
    lines += [";;;;;;", f"Total : {rows} salariés;;;;;;"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252", errors="replace"))


def write_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    jobs = [job.name for job in load_study().jobs]
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Effectif")
    sheet.append(["Matricule", "Nom", "Prénom", "Métier", "Date d'entrée"])
    from openpyxl.cell import WriteOnlyCell

    for i in range(rows):
        cell = WriteOnlyCell(sheet, value=i + 1)
        cell.number_format = "000000"
        sheet.append([cell, NAMES[i % len(NAMES)], f"Prénom{i}", jobs[i % len(jobs)],
                      f"{(i % 28) + 1:02d}/03/2015"])
    book.save(path)


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    print(f"{label:<45} {time.perf_counter() - started:7.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=12_500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["PASSERELLES_DATA_DIR"] = str(folder)
        roster, moved = folder / "roster.csv", folder / "moved.csv"
        write_roster(roster, args.rows)
        write_roster(moved, args.rows, job_shift=1)
        db = folder / "bench.sqlite3"
        conn = store.connect(db)
        print(f"roster: {args.rows} rows, {roster.stat().st_size / 1e6:.1f} MB")
        timed("read and check (no store)", lambda: read_roster(roster))
        real, book = folder / "real.csv", folder / "roster.xlsx"
        write_real_shaped(real, args.rows)
        write_xlsx(book, args.rows)
        with store.connect(folder / "titles.sqlite3") as titles:
            add_job_title(titles, title="Conseiller assistance", job="Chargé d'assistance")
            preview = timed("read and check, real-shaped CSV (cp1252...)",
                            lambda: read_roster(real, conn=titles))
        titles.close()
        print(f"  {len(preview.rows)} people, {len(preview.problems)} problem(s), "
              f"{len(preview.skipped)} line(s) left out")
        preview = timed("read and check, .xlsx (000000-formatted ids)", lambda: read_roster(book))
        print(f"  {len(preview.rows)} people, first id {preview.rows[0].employee.id}")
        summary = timed("import into an empty store", lambda: import_roster(conn, roster))
        print(f"  created {summary.created}")
        timed("re-import, nothing changed", lambda: import_roster(conn, roster))
        summary = timed("re-import, every job changed (+ backup)", lambda: import_roster(conn, moved))
        print(f"  updated {summary.updated}; database {db.stat().st_size / 1e6:.1f} MB, "
              f"{len(backup.list_backups(db))} backup(s)")
        timed("forget one person (vacuum + backups)", lambda: privacy.forget_employee(conn, "000042"))
        timed("export one person (JSON)",
              lambda: privacy.write_employee_export(conn, "000043", folder / "e.json"))
        timed("pseudonymised export", lambda: privacy.write_pseudonymised_export(
            conn, folder / "stats.csv"))
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
