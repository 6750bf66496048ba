"""Build ``data/job_profiles.csv``: the competencies each study job retains from its ROME sheets.

The study's business experts kept 11 to 46 of the ROME competencies of each core job (§4.2,
« compétences retenues »); the whole sheets hold 35 to 150 items, many of them activities a
broad sheet lists but the assistance job never does (medical regulation on the ARM sheet, food
sales diplomas on the remote-sales sheet). This script applies explicit rules, then the
hand-reviewed choices of ``bench/job_profile_rules.csv``, and writes one row per retained
(job, item) with the sheet it comes from and the reason. Same inputs, same file: the test suite
checks that the shipped file is what this script produces.

Rules, first match wins (see ``data/SOURCES.md``):

1. ``ajouter`` (hand-reviewed inclusion, an item of one of the job's sheets) → retained;
2. diplomas and licences (« Certifications et habilitations ») → never (a training path, not a
   competency; the study does not count them either);
3. ``exclure`` (item codes) and ``exclure_motif`` (word stems of the label, for the job or ``*``
   for every job) → left out, with the rule's reason;
4. savoir-être → at most :data:`SAVOIR_ETRE_MAX` per job (the ``savoir_etre`` choice of the
   rules file, else those listed on most of the job's sheets): they distinguish few jobs;
5. core items (« Principale », « Émergente ») of any of the job's sheets → retained;
6. other savoir-faire of the main sheet (first in ``data/job_rome.csv``) or of a sheet marked
   ``fiche_complete`` → retained;
7. other savoirs of the main sheet → the :data:`SAVOIR_MAX` most specific (listed on the fewest
   ROME sheets);
8. anything else (peripheral items of a secondary sheet) → left out.

Usage::

    python bench/make_job_profiles.py [--rome ../shared/rome/v460] [--check] [--explain JOB]

``--check`` compares with the shipped file without writing (exit 1 when they differ);
``--explain JOB`` prints every item of the job's sheets with the rule that kept or dropped it.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from domain.data_files import read_rows  # noqa: E402
from domain.text import fold  # noqa: E402

RULES_FILE = Path(__file__).with_name("job_profile_rules.csv")
OUTPUT = ROOT / "data" / "job_profiles.csv"
DEFAULT_ROME = ROOT.parent / "shared" / "rome" / "v460"
SAVOIR_MAX = 8
SAVOIR_ETRE_MAX = 3
MIN_ITEMS, MAX_ITEMS = 15, 60
ACTIONS = ("ajouter", "exclure", "exclure_motif", "fiche_complete", "savoir_etre")
KIND_ORDER = {"savoir_faire": 0, "savoir_etre": 1, "savoir": 2}
KIND_LABELS = {"savoir_faire": "savoir-faire", "savoir_etre": "savoir-être", "savoir": "savoir"}
CERTIFICATIONS = fold("Certifications et habilitations")
HEADER = (
    "# Profils des 58 métiers (« compétences retenues ») : pour chaque métier, les éléments de ses "
    "fiches ROME (data/job_rome.csv, ROME v4.60, France Travail, Licence Ouverte v2.0) qui "
    "s'appliquent dans l'assistance, avec la fiche d'origine, la nature, le drapeau cœur de métier "
    "et la règle qui l'a retenu. Fichier produit par bench/make_job_profiles.py à partir des "
    "règles de bench/job_profile_rules.csv : corriger les règles, puis relancer le script "
    "(voir data/SOURCES.md)."
)
COLUMNS = ("job", "sheet", "item_code", "label", "kind", "core", "rule", "reason")


@dataclass(frozen=True)
class Rule:
    jobs: frozenset[str]  # study job names, or {"*"} for every job
    action: str
    kinds: frozenset[str]
    values: tuple[str, ...]
    reason: str
    line: int

    def matches_label(self, label: str, kind: str) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        text = fold(label)
        return any(re.search(r"(?<![a-z0-9])" + re.escape(stem), text) for stem in self.values)


@dataclass(frozen=True)
class Candidate:
    code: str
    label: str
    kind: str
    core: bool
    sheet: str
    sheet_rank: int  # 0 = main sheet
    sheets: int  # how many of the job's sheets list it
    category: str
    rarity: int  # ROME sheets listing it


@dataclass(frozen=True)
class Decision:
    candidate: Candidate
    retained: bool
    rule: str
    reason: str


def read_rules(path: Path, jobs: list[str]) -> list[Rule]:
    """Rules of ``path``; job names are checked against the study (accent-insensitive)."""
    by_key = {fold(job): job for job in jobs}
    rules = []
    for row in read_rows(path, ("job", "action", "kinds", "value", "reason")):
        names = [n.strip() for n in row.require("job").split("|")]
        found = {"*" if n == "*" else by_key.get(fold(n)) for n in names}
        if None in found:
            unknown = next(n for n in names if n != "*" and fold(n) not in by_key)
            row.fail("job", f"métier inconnu « {unknown} »")
        if row["action"] not in ACTIONS:
            row.fail("action", f"action inconnue « {row['action']} » ({', '.join(ACTIONS)})")
        kinds = frozenset(k.strip() for k in row["kinds"].split("|") if k.strip())
        if kinds - set(KIND_ORDER):
            row.fail("kinds", f"nature inconnue « {row['kinds']} »")
        values = tuple(v.strip() for v in row.require("value").split("|") if v.strip())
        if row["action"] == "exclure_motif":
            values = tuple(fold(v) for v in values)
        rules.append(Rule(frozenset(found), row["action"], kinds, values, row.require("reason"),
                          row.line))
    return rules


def candidates(release, sheets: list[str], rarity: dict[str, int]) -> dict[str, Candidate]:
    """Every item of the job's sheets, once: core if core on any sheet, from its first core sheet."""
    found: dict[str, Candidate] = {}
    counts: dict[str, int] = {}
    for rank, code in enumerate(sheets):
        for link in release.sheet_items.get(code, ()):
            item = release.items.get(link.item_code)
            if item is None:
                continue
            counts[item.code] = counts.get(item.code, 0) + 1
            core = link.core in ("Principale", "Émergente")
            old = found.get(item.code)
            if old is None or (core and not old.core):
                found[item.code] = Candidate(item.code, item.label, item.kind, core, code, rank, 0,
                                             item.category, rarity.get(item.code, 1))
    return {code: _with_count(c, counts[code]) for code, c in found.items()}


def _with_count(candidate: Candidate, count: int) -> Candidate:
    return Candidate(**{**candidate.__dict__, "sheets": count})


def decide(job: str, sheets: list[str], found: dict[str, Candidate], rules: list[Rule]) -> list[Decision]:
    """Apply the numbered rules of the module docstring to one job's candidates."""
    own = [r for r in rules if job in r.jobs]
    shared = [r for r in rules if "*" in r.jobs]
    added = {code: r for r in own if r.action == "ajouter" for code in r.values}
    excluded = {code: r for r in own if r.action == "exclure" for code in r.values}
    patterns = [r for r in own + shared if r.action == "exclure_motif"]
    complete = {code for r in own if r.action == "fiche_complete" for code in r.values}
    chosen_se = [code for r in own if r.action == "savoir_etre" for code in r.values]
    _check_codes(job, found, added, excluded, chosen_se, complete, sheets)

    decisions: list[Decision] = []
    savoir_etre: list[Candidate] = []
    savoirs: list[Candidate] = []
    for c in sorted(found.values(), key=lambda c: (c.sheet_rank, KIND_ORDER[c.kind], c.code)):
        if c.code in added:
            decisions.append(Decision(c, True, "ajout", added[c.code].reason))
        elif fold(c.category) == CERTIFICATIONS:
            decisions.append(Decision(c, False, "diplome", "Diplôme ou habilitation : un parcours "
                                      "de formation, pas une compétence exercée."))
        elif c.code in excluded:
            decisions.append(Decision(c, False, "exclusion", excluded[c.code].reason))
        elif rule := next((r for r in patterns if r.matches_label(c.label, c.kind)), None):
            decisions.append(Decision(c, False, "exclusion_motif", rule.reason))
        elif c.kind == "savoir_etre":
            savoir_etre.append(c)
        elif c.core:
            decisions.append(Decision(c, True, "coeur", f"Cœur de métier de la fiche {c.sheet}."))
        elif c.kind == "savoir_faire" and (c.sheet_rank == 0 or c.sheet in complete):
            what = "fiche principale" if c.sheet_rank == 0 else "fiche retenue en entier"
            decisions.append(Decision(c, True, "fiche_principale", f"Savoir-faire de la {what} {c.sheet}."))
        elif c.kind == "savoir" and c.sheet_rank == 0:
            savoirs.append(c)
        else:
            decisions.append(Decision(c, False, "peripherique", f"Élément non central de la fiche "
                                      f"secondaire {c.sheet}."))
    decisions += _cap_savoir_etre(savoir_etre, chosen_se)
    decisions += _cap_savoirs(savoirs)
    return decisions


def _check_codes(job, found, added, excluded, chosen_se, complete, sheets) -> None:
    strict = [code for code, rule in excluded.items() if len(rule.jobs) == 1]
    for code in [*added, *strict, *chosen_se]:
        if code not in found:
            raise SystemExit(f"Règles : « {job} » : l'élément {code} n'est sur aucune de ses "
                             f"fiches ({', '.join(sheets)}).")
    for code in complete:
        if code not in sheets:
            raise SystemExit(f"Règles : « {job} » : la fiche {code} n'est pas une de ses fiches.")


def _cap_savoir_etre(pool: list[Candidate], chosen: list[str]) -> list[Decision]:
    if chosen:
        keep = set(chosen)
        why = "Savoir-être choisi pour ce métier (au plus 3 : ils distinguent peu les métiers)."
    else:
        ranked = sorted(pool, key=lambda c: (-c.sheets, c.sheet_rank, c.code))
        keep = {c.code for c in ranked[:SAVOIR_ETRE_MAX]}
        why = "Savoir-être le plus partagé par les fiches du métier (au plus 3)."
    return [Decision(c, c.code in keep, "savoir_etre" if c.code in keep else "savoir_etre_plafond",
                     why if c.code in keep else "Au-delà des 3 savoir-être retenus.") for c in pool]


def _cap_savoirs(pool: list[Candidate]) -> list[Decision]:
    ranked = sorted(pool, key=lambda c: (c.rarity, c.code))
    keep = {c.code for c in ranked[:SAVOIR_MAX]}
    return [Decision(c, c.code in keep, "savoir" if c.code in keep else "savoir_plafond",
                     f"Savoir de la fiche principale {c.sheet}, parmi les {SAVOIR_MAX} plus "
                     "spécifiques (cités par le moins de fiches ROME)." if c.code in keep
                     else f"Savoir moins spécifique, au-delà des {SAVOIR_MAX} retenus.")
            for c in pool]


def build(rome: Path) -> tuple[str, dict[str, list[Decision]]]:
    """The file's text and every job's decisions."""
    from domain.paths import DATA_FILES
    from domain.rome.job_mapping import read_job_rome_map
    from domain.rome.reader import read_release

    release = read_release(rome)
    mapping = read_job_rome_map(DATA_FILES)
    rules = read_rules(RULES_FILE, list(mapping))
    rarity: dict[str, int] = {}
    for links in release.sheet_items.values():
        for link in links:
            rarity[link.item_code] = rarity.get(link.item_code, 0) + 1
    by_job: dict[str, list[Decision]] = {}
    for job, entries in mapping.items():
        sheets = [e.code_rome for e in entries]
        by_job[job] = decide(job, sheets, candidates(release, sheets, rarity), rules)
    return render(by_job), by_job


def render(by_job: dict[str, list[Decision]]) -> str:
    out = io.StringIO()
    out.write(HEADER + "\n")
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(COLUMNS)
    for job, decisions in by_job.items():
        kept = [d for d in decisions if d.retained]
        kept.sort(key=lambda d: (KIND_ORDER[d.candidate.kind], not d.candidate.core,
                                 d.candidate.sheet_rank, fold(d.candidate.label)))
        for d in kept:
            c = d.candidate
            writer.writerow((job, c.sheet, c.code, c.label, KIND_LABELS[c.kind], int(c.core),
                             d.rule, d.reason))
    return out.getvalue()


def summary(by_job: dict[str, list[Decision]]) -> list[str]:
    counts = {job: sum(d.retained for d in ds) for job, ds in by_job.items()}
    lines = [f"{n:3d}  {job}" for job, n in counts.items()]
    values = sorted(counts.values())
    lines.append(f"items retained per job: min {values[0]}, median {statistics.median(values):g}, "
                 f"max {values[-1]}, total {sum(values)}")
    bad = [job for job, n in counts.items() if not MIN_ITEMS <= n <= MAX_ITEMS]
    if bad:
        lines.append(f"OUT OF RANGE {MIN_ITEMS}-{MAX_ITEMS}: " + "; ".join(bad))
    return lines


def explain(job: str, decisions: list[Decision]) -> None:
    print(f"== {job}")
    for d in sorted(decisions, key=lambda d: (not d.retained, KIND_ORDER[d.candidate.kind],
                                               d.candidate.sheet_rank, not d.candidate.core)):
        c = d.candidate
        mark = "+" if d.retained else "-"
        if not d.retained and (d.rule.startswith("diplome") or c.kind != "savoir_faire"):
            continue
        print(f" {mark} {c.code:>7} {c.sheet} {'*' if c.core else ' '} {c.kind[:8]:8} "
              f"{c.label[:90]:90} [{d.rule}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rome", type=Path, default=DEFAULT_ROME)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--explain", action="append", default=[])
    args = parser.parse_args(argv)
    text, by_job = build(args.rome)
    for name in args.explain:
        job = next((j for j in by_job if fold(j) == fold(name)), None) or next(
            (j for j in by_job if fold(j).startswith(fold(name))), None)
        if job:
            explain(job, by_job[job])
    print("\n".join(summary(by_job)))
    if any(not MIN_ITEMS <= sum(d.retained for d in ds) <= MAX_ITEMS for ds in by_job.values()):
        return 1
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print("data/job_profiles.csv is up to date" if same else "data/job_profiles.csv differs")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"written {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
