"""``job-profile``: a job's retained competencies, and the user's retain / drop / reset."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing

from cli.runner import print_json
from domain.text import command_name, plural

KIND_TITLES = {"savoir_faire": "Savoir-faire", "savoir_etre": "Savoir-être", "savoir": "Savoirs"}
KIND_LABELS = {"savoir_faire": "savoir-faire", "savoir_etre": "savoir-être", "savoir": "savoir"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "job-profile",
        help="compétences retenues d'un métier (profil), à retenir ou écarter",
        description=(
            "Affiche les compétences qu'un métier de l'étude retient de ses fiches ROME dans le "
            "contexte de l'assistance (savoir-faire, savoir-être, savoirs ; cœur de métier "
            "d'abord, avec leur niveau d'impact de l'IA générative de 1 à 5). --retain et --drop "
            "modifient le profil (code d'un élément des fiches du métier, ou son libellé exact) ; "
            "--reset revient au profil livré ; --candidats liste les éléments des fiches que le "
            "profil ne retient pas. Les passerelles, la couverture et les plans de "
            "formation utilisent ce profil."
        ),
    )
    parser.add_argument("job", metavar="MÉTIER", help="nom du métier (casse et accents indifférents)")
    parser.add_argument("--retain", action="append", default=[], metavar="CODE",
                        help="retenir un élément des fiches du métier (option répétable)")
    parser.add_argument("--drop", action="append", default=[], metavar="CODE",
                        help="écarter un élément du profil (option répétable)")
    parser.add_argument("--reset", action="store_true",
                        help="oublier toutes les modifications de ce métier (avant --retain et --drop)")
    parser.add_argument("--candidats", action="store_true",
                        help="liste les éléments des fiches ROME du métier que le profil ne "
                             "retient pas (codes à donner à --retain)")
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.set_defaults(handler=_job_profile)


def _job_profile(args: argparse.Namespace) -> int:
    from domain.matching.competency_levels import load_overrides
    from domain.matching.job_profiles import candidate_items, canonical_job, job_profile
    from domain.matching.profile_edits import (
        check_profile_edit,
        drop_competency,
        load_profile_overrides,
        reset_job_profile,
        retain_competency,
        size_warning,
    )
    from domain.rome.repository import current_release
    from domain.store.connection import connect

    job = canonical_job(args.job)
    messages: list[str] = []
    with closing(connect()) as conn:
        release = current_release(conn, getattr(args, "rome", None))
        # Check every code before writing anything: a typo must not leave half the edits done.
        overrides = {} if args.reset else load_profile_overrides(conn)
        check_profile_edit(release, job=job, retain=args.retain, drop=args.drop,
                           overrides=overrides)
        if args.reset:
            reset = reset_job_profile(conn, job=job)
            messages.append(f"Profil de « {job} » rétabli ({reset.removed} modification(s) "
                            "oubliée(s)).")
        for code in args.retain:
            change = retain_competency(conn, job=job, item_code=code, release=release)
            messages.append(_said(change, "retenu", "déjà retenu"))
        for code in args.drop:
            change = drop_competency(conn, job=job, item_code=code, release=release)
            messages.append(_said(change, "écarté", "déjà absent du profil"))
        profile = job_profile(release, job, load_profile_overrides(conn), load_overrides(conn))
    edited = args.reset or args.retain or args.drop
    warning = size_warning(profile.job, len(profile.retained)) if edited else None
    if warning:  # the edit is stored all the same: the profile is the HR partner's choice
        sys.stderr.write(f"Attention : {warning}.\n")
    if args.candidats:
        candidates = candidate_items(release, profile)
        if args.json:
            print_json(candidates_json(profile, candidates))
        else:
            for message in messages:
                print(message)
            print(candidates_text(profile, candidates))
        return 0
    if args.json:
        print_json(profile_json(profile))
    else:
        for message in messages:
            print(message)
        print(profile_text(profile))
    return 0


def candidates_json(profile, candidates) -> dict:
    """``{"job", "sheets", "candidates": [{"code", "label", "kind", "core", "sheet"}]}``."""
    return {
        "job": profile.job,
        "sheets": list(profile.sheets),
        "candidates": [{"code": item.code, "label": item.label, "kind": KIND_LABELS[item.kind],
                        "core": item.core, "sheet": item.sheet} for item in candidates],
    }


def candidates_text(profile, candidates) -> str:
    """The sheets' items the profile leaves out, in French, grouped by kind, core first."""
    if not candidates:
        return (f"{profile.job} — fiches ROME {', '.join(profile.sheets)} : le profil retient "
                "tous les éléments de ses fiches.")
    core = sum(item.core for item in candidates)
    lines = [f"{profile.job} — fiches ROME {', '.join(profile.sheets)} : {len(candidates)} "
             f"élément{'s' if len(candidates) > 1 else ''} des fiches non retenu"
             f"{'s' if len(candidates) > 1 else ''}, dont {core} cœur de métier "
             f"(le profil en retient {len(profile.retained)})."]
    for kind, title in KIND_TITLES.items():
        items = [item for item in candidates if item.kind == kind]
        if not items:
            continue
        lines.append(f"\n{title} ({len(items)})")
        for item in items:
            mark = "cœur" if item.core else "    "
            lines.append(f"  {item.code:>7}  {mark}  {item.sheet}  {item.label}")
    lines.append(f"\nPour en retenir un : {command_name()} job-profile « {profile.job} » "
                 "--retain CODE")
    return "\n".join(lines)


def _said(change, done: str, already: str) -> str:
    state = done if change.changed else already
    return f"{change.item_code} « {change.label} » : {state}."


def profile_json(profile) -> dict:
    """``{"job", "sheets", "retained": [{"code", "label", "kind", "core", "level", "sheet"}]}``."""
    return {
        "job": profile.job,
        "sheets": list(profile.sheets),
        "retained": [
            {"code": item.code, "label": item.label, "kind": KIND_LABELS[item.kind],
             "core": item.core, "level": item.level, "sheet": item.sheet}
            for item in profile.retained
        ],
    }


def profile_text(profile) -> str:
    """The profile in French, grouped by kind, core items first."""
    core = sum(item.core for item in profile.retained)
    lines = [f"{profile.job} — fiches ROME {', '.join(profile.sheets)} : "
             f"{plural(len(profile.retained), 'compétence retenue', 'compétences retenues')}, "
             f"dont {core} cœur de métier."]
    for kind, title in KIND_TITLES.items():
        items = [item for item in profile.retained if item.kind == kind]
        if not items:
            continue
        lines.append(f"\n{title} ({len(items)})")
        for item in items:
            mark = "cœur" if item.core else "    "
            level = f"niveau {item.level}" if item.level else "non noté"
            added = " (ajouté)" if item.rule == "utilisateur" else ""
            lines.append(f"  {item.code:>7}  {mark}  {level:9}  {item.sheet}  {item.label}{added}")
    lines.append("\nNiveau : impact de l'IA générative de 1 (négligeable) à 5 (majeur).")
    return "\n".join(lines)
