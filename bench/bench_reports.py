"""Time a batch of person reports: median cost per report and peak memory of the whole batch.

    python bench/bench_reports.py [CHEMIN] [--people 200] [--processus N]

CHEMIN defaults to ``PASSERELLES_ROME``, then to the development copy beside the checkout.
A roster of generated people (names with diacritics, jobs drawn from the 58) is written to a
temporary folder, read with the roster reader, then printed with ``run_batch`` as the command
``batch-reports`` does. Targets: median cost per report under 0.15 s, peak memory under 600 MB.

Figures printed:
* median / p90 cost per report: time a worker spends on one report (content + PDF), and the
  processor time of the same work (what the report costs when the machine is not shared);
* wall time per report: batch wall time (engine loaded beforehand) / number of reports;
* peak memory: the largest *sum* of the resident memory of this process and its workers,
  sampled every 50 ms, and ``getrusage`` (self + largest child) for comparison.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MEDIAN = 0.15
TARGET_MB = 600
FIRST = ("Thị Thu Hà", "Łukasz", "Elif", "Éloïse", "Søren", "Zoë", "Ángel", "Jürgen", "Chloé",
         "Maëlys", "Oğuz", "Đức", "Małgorzata", "François", "Inès", "Björn")
LAST = ("Nguyễn", "Kowalczyk", "Şahin", "Dubois-Lefèvre", "Ærøskøbing", "Müller", "Łęcka",
        "Martin", "Trần", "Ødegård", "Çelik", "N'Diaye", "Le Bihan", "García")


def write_roster(folder: Path, people: int, seed: int = 7) -> Path:
    from domain.study import load_study

    rng = random.Random(seed)
    jobs = [job.name for job in load_study().jobs]
    lines = ["Matricule;Nom;Prénom;Métier;Date d'entrée;Souhaits"]
    for n in range(people):
        wish = rng.choice(["", "Évoluer vers la formation", "Se former à l'analyse de données",
                           "Rester dans l'équipe & prendre plus de responsabilités"])
        lines.append(f"{n + 1:06d};{rng.choice(LAST)};{rng.choice(FIRST)};{rng.choice(jobs)};"
                     f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2024)};"
                     f"{wish}")
    path = folder / "effectif.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemorySampler(threading.Thread):
    """Largest sum of RSS of this process and its live children (Linux /proc)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            pids = [os.getpid(), *(p.pid for p in multiprocessing.active_children())]
            self.peak = max(self.peak, sum(_rss_mb(pid) for pid in pids))
            time.sleep(0.05)


def recorded_facts(rows, context) -> dict:
    """Every other person as if found in the store: a decision on the job's last listed bridge
    and one declared competency of its gap, so the batch also lays out chosen-bridge plans."""
    from domain.people.employees import ChosenBridge
    from domain.reports.content import StoredFacts
    from domain.reports.job_content import job_content

    bridges = {}
    facts = {}
    for index, (_line, person) in enumerate(rows):
        if index % 2:
            continue
        if person.job not in bridges:
            bridges[person.job] = job_content(context, person.job).bridges
        if bridges[person.job]:
            bridge = bridges[person.job][-1]
            facts[person.id] = StoredFacts(
                (ChosenBridge(person.id, bridge.target, status="in_progress",
                              comment="Décidé en entretien"),),
                tuple(c.code for c in bridge.gap[:1]))
    return facts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=os.environ.get("PASSERELLES_ROME")
                        or str(ROOT.parent / "shared" / "rome" / "v460"))
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--processus", type=int, default=None)
    args = parser.parse_args()
    os.environ.setdefault("PASSERELLES_DATA_DIR", tempfile.mkdtemp(prefix="passerelles-bench-"))

    from domain.reports import ReportContext
    from domain.reports.batch import read_rows, run_batch

    sampler = MemorySampler()
    sampler.start()
    with tempfile.TemporaryDirectory(prefix="passerelles-rapports-") as folder:
        roster = write_roster(Path(folder), args.people)
        started = time.perf_counter()
        context = ReportContext.load(rome=args.path)
        loaded = time.perf_counter() - started
        rows, unusable = read_rows(roster)
        stored = recorded_facts(rows, context)
        result = run_batch(rows, Path(folder) / "pdf", context=context, workers=args.processus,
                           stored=stored)
        sizes = [path.stat().st_size for _, path in result.written]
    sampler.stop.set()
    sampler.join()
    costs = sorted(result.report_seconds)
    median = statistics.median(costs)
    cpu = statistics.median(result.report_cpu_seconds)
    p90 = costs[int(0.9 * (len(costs) - 1))]
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"machine : {os.cpu_count()} cœur(s), {result.workers} processus")
    print(f"effectif : {len(rows)} personnes ({len(unusable)} lignes inutilisables), "
          f"{len(result.written)} rapports, {len(result.failures)} échecs, "
          f"{len(stored)} avec une décision enregistrée")
    print(f"chargement du moteur (ROME, une fois) : {loaded:6.2f} s")
    print(f"lot (contenus par métier + PDF)       : {result.seconds:6.2f} s, soit "
          f"{result.seconds / max(1, len(result.written)):.3f} s par rapport (mur)")
    print(f"coût par rapport (dans un processus)   : médiane {median:.3f} s, p90 {p90:.3f} s, "
          f"max {costs[-1]:.3f} s  (cible < {TARGET_MEDIAN} s)")
    print(f"temps processeur par rapport           : médiane {cpu:.3f} s")
    print(f"charge de la machine (1 min)           : {os.getloadavg()[0]:.2f}")
    print(f"taille moyenne d'un PDF                : {statistics.mean(sizes) / 1024:.0f} Ko")
    print(f"mémoire de pointe (somme des RSS)      : {sampler.peak:6.0f} Mo  (cible < {TARGET_MB} Mo)")
    print(f"getrusage : soi {own:.0f} Mo + plus gros fils {child:.0f} Mo = {own + child:.0f} Mo")
    ok = median < TARGET_MEDIAN and sampler.peak < TARGET_MB and not result.failures
    print("objectifs atteints" if ok else "objectifs NON atteints")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
