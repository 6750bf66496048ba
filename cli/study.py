"""``jobs`` and ``exposure-check``: the study's exposure table and the check of its figures."""

from __future__ import annotations

import argparse
from fractions import Fraction

from cli.runner import print_json
from domain.text import command_name, decimal

_QUALIFICATIONS = ("initial", "revised", "experts")


def register(subparsers: argparse._SubParsersAction) -> None:
    jobs = subparsers.add_parser(
        "jobs",
        help="liste les 58 métiers de l'assistance avec leur exposition à l'IA générative",
        description=(
            "Liste les 58 métiers de l'étude de l'Observatoire des métiers de l'assistance, du "
            "plus exposé au moins exposé : famille, métier cœur, score (0 à 1), rang, profil "
            "d'impact et codes ROME retenus. Les lignes que l'étude contredit ailleurs sont "
            "marquées d'un astérisque (détail : « exposure-check »)."
        ),
    )
    jobs.add_argument(
        "--qualification", choices=_QUALIFICATIONS, default="experts",
        help="qualification à afficher : initial (PwC initial, base ROME), revised (PwC revu) "
             "ou experts (Experts métier, par défaut)",
    )
    jobs.add_argument("--json", action="store_true", help="sortie JSON")
    jobs.set_defaults(handler=_jobs)

    check = subparsers.add_parser(
        "exposure-check",
        help="recalcule les scores des 10 métiers cœur et signale les chiffres contradictoires",
        description=(
            "Recalcule le score d'exposition des 10 métiers cœur dans les trois qualifications à "
            "partir du nombre de compétences par niveau d'impact (fiches de la section 4.2), avec "
            "la pondération retrouvée, et le compare au score publié. Les lignes dont les chiffres "
            "publiés se contredisent sont signalées avec leur motif."
        ),
    )
    check.add_argument("--json", action="store_true", help="sortie JSON")
    check.set_defaults(handler=_exposure_check)


def _followed_codes(rome_cli: str | None) -> dict[str, list[str]]:
    """The codes followed into the store's current release (issue 12), read without opening
    the store for writing, or into the release files ``--rome`` (or ``PASSERELLES_ROME``) names;
    empty (the codes as written) when there is none."""
    import sqlite3

    from domain.paths import database_path, rome_source
    from domain.rome.repository import stored_job_codes

    if rome_source(rome_cli) is not None:
        from domain.rome.job_mapping import job_codes
        from domain.rome.repository import current_release

        return job_codes(current_release(None, rome_cli))
    db = database_path()
    if not db.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return stored_job_codes(conn)
        finally:
            conn.close()
    except sqlite3.Error:  # older schema, damaged or busy file: the codes as written
        return {}


def _jobs(args: argparse.Namespace) -> int:
    from domain.rome.job_mapping import load_job_rome_map
    from domain.study import Qualification, load_study

    study = load_study()
    qualification = Qualification.parse(args.qualification)
    rome = {job: [m.code_rome for m in entries] for job, entries in load_job_rome_map().items()}
    rome.update(_followed_codes(getattr(args, "rome", None)))
    rows = [
        {
            "name": job.name,
            "family": job.family_label,
            "core": job.core,
            "score": exposure.score,
            "rank": exposure.rank,
            "classification": exposure.profile.value,
            "rome_codes": rome.get(job.name, []),
            "flagged": exposure.flagged,
            "flag_reason": exposure.flag_reason,
        }
        for job, exposure in study.ranking(qualification)
    ]
    if args.json:
        print_json({"qualification": qualification.value, "label": qualification.label, "jobs": rows})
        return 0
    print(f"Exposition des {len(rows)} métiers à l'IA générative — qualification "
          f"« {qualification.label} » (score de 0 à 1, rang 1 = le plus exposé)")
    print(_table(
        ["Rang", "Métier", "Cœur", "Score", "Profil d'impact", "Codes ROME"],
        [[str(r["rank"]), r["name"] + (" *" if r["flagged"] else ""), "oui" if r["core"] else "",
          decimal(r["score"]), r["classification"], ", ".join(r["rome_codes"])] for r in rows],
        right={0, 3},
    ))
    if any(r["flagged"] for r in rows):
        print(f"* chiffres que l'étude contredit ailleurs : voir « {command_name()} exposure-check » "
              "ou la sortie --json.")
    return 0


def _exposure_check(args: argparse.Namespace) -> int:
    from domain.study import Qualification, load_study
    from domain.study.exposure import LEVEL_WEIGHTS, TOLERANCE, consistency_report, reference_for

    study = load_study()
    report = consistency_report(study)
    if args.json:
        print_json({
            "weights": {str(level): weight for level, weight in enumerate(LEVEL_WEIGHTS, start=1)},
            "references": {q.value: reference_for(study, q) for q in Qualification},
            "tolerance": TOLERANCE,
            "rows": [
                {"job": r.job, "qualification": r.qualification.value, "published": r.published,
                 "recomputed": r.recomputed, "flagged": r.flagged, "reason": r.reason,
                 "sheet_score": r.sheet_score, "rank": r.rank}
                for r in report
            ],
        })
        return 0
    weights = ", ".join(f"{level} → {Fraction(w).limit_denominator(1000)}"
                        for level, w in enumerate(LEVEL_WEIGHTS, start=1))
    print(f"Pondération des niveaux d'impact : {weights}. Score = moyenne pondérée ÷ moyenne du "
          "métier le plus exposé.")
    print(_table(
        ["Métier", "Qualification", "Publié", "Fiche", "Recalculé", "Écart", "Signalé"],
        [[r.job, r.qualification.label, decimal(r.published), decimal(r.sheet_score), decimal(r.recomputed, 3),
          decimal(r.recomputed - r.published, 3, signed=True), "oui" if r.flagged else ""]
         for r in report],
        right={2, 3, 4, 5},
    ))
    flagged = [r for r in report if r.flagged]
    print(f"\n{len(flagged)} ligne(s) signalée(s) sur {len(report)} :")
    for r in flagged:
        print(f"- {r.job} ({r.qualification.label}) : {r.reason}")
    return 0


def _table(header: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> str:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])
