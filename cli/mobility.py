"""``employee-competencies`` and ``choose-bridge``: a person's competency profile and decisions."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing

from cli.runner import print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    comp = subparsers.add_parser(
        "employee-competencies",
        help="profil de compétences d'une personne : ajouter, retirer, chercher",
        description=(
            "Affiche le profil de compétences d'une personne : celles de son métier, plus celles "
            "qu'elle déclare, moins celles qu'elle ne pratique pas, chacune datée. Ses "
            "passerelles (« bridges --employee ») sont calculées à partir de ce profil. "
            "--cherche trouve un code dans tous les métiers et tout le ROME (sans accents)."),
    )
    comp.add_argument("matricule", metavar="MATRICULE")
    comp.add_argument("--add", action="append", default=[], metavar="CODE",
                      help="déclare une compétence (code ROME ; option répétable)")
    comp.add_argument("--drop", action="append", default=[], metavar="CODE",
                      help="retire une compétence du profil (code ROME ; option répétable)")
    comp.add_argument("--cherche", metavar="MOTS", help="cherche une compétence par son libellé")
    comp.add_argument("--json", action="store_true", help="sortie JSON")
    comp.set_defaults(handler=_competencies)

    choose = subparsers.add_parser(
        "choose-bridge", help="enregistre la passerelle décidée pour une personne",
        description=(
            "Enregistre la décision prise en entretien : le métier visé et son statut "
            "(envisagée, en cours, réalisée, abandonnée). Le rapport de la personne suit cette "
            "décision : la passerelle figure parmi les passerelles proposées et le plan de "
            "formation y mène."),
    )
    choose.add_argument("matricule", metavar="MATRICULE")
    choose.add_argument("job", metavar="MÉTIER", help="métier visé (casse et accents indifférents)")
    choose.add_argument("--status", default="considered", metavar="STATUT",
                        help="considered (envisagée, par défaut), in_progress (en cours), done "
                             "(réalisée) ou dropped (abandonnée)")
    choose.add_argument("--commentaire", default="", metavar="TEXTE", help="commentaire factuel")
    choose.add_argument("--json", action="store_true", help="sortie JSON")
    choose.set_defaults(handler=_choose)


def _engine(args: argparse.Namespace):
    from domain.matching.engine import Engine

    return Engine.load(rome=getattr(args, "rome", None))


def _competencies(args: argparse.Namespace) -> int:
    from domain.matching.competency_search import search_competencies
    from domain.matching.person_profile import person_profile
    from domain.people.register import competency_record
    from domain.people.service import update_competencies
    from domain.store.connection import connect

    engine = _engine(args)
    with closing(connect()) as conn:
        if args.add or args.drop:
            update_competencies(conn, employee_id=args.matricule, add=args.add, drop=args.drop,
                                items=engine.release.items)
        profile = person_profile(engine, competency_record(conn, args.matricule))
    hits = search_competencies(engine.release.items, engine.matrix, args.cherche) if args.cherche else []
    if args.json:
        payload = profile.to_json()
        if args.cherche:
            payload["search"] = [hit.to_json() for hit in hits]
        print_json(payload)
        return 0
    declared = [e for e in profile.held if e.origin == "déclarée"]
    print(f"Profil de « {profile.employee_id} » ({profile.job}) : {len(profile.held)} compétence(s), "
          f"dont {len(declared)} déclarée(s) ; {len(profile.rejected)} retirée(s).")
    for entry in declared:
        print(f"  + {entry.code}  {entry.label} (déclarée le {_day(entry.since)})")
    for entry in profile.rejected:
        print(f"  − {entry.code}  {entry.label} (retirée le {_day(entry.since)})")
    if args.cherche:
        print(f"Recherche « {args.cherche} » : {len(hits)} résultat(s)")
        for hit in hits:
            where = f" — {len(hit.jobs)} métier(s) de la branche" if hit.jobs else " — ROME"
            print(f"  {hit.code}  {hit.label}{where}")
    return 0


def _day(stamp: str) -> str:
    """« 30/11/2026 » (local day) from an ISO timestamp of the store."""
    from domain.text import french_timestamp

    return french_timestamp(stamp, time=False)


def _choose(args: argparse.Namespace) -> int:
    from domain.errors import RomeError
    from domain.people.register import competency_record
    from domain.people.service import record_bridge_choice
    from domain.store.connection import connect

    with closing(connect()) as conn:
        record = competency_record(conn, args.matricule)
        via, warnings = "", ()
        try:
            engine = _engine(args)
            bridge = engine.bridges_for_person(record, to=args.job)[0]
            via, warnings = bridge.via, tuple(bridge.warnings)
        except RomeError:  # without a ROME release the decision is still recorded
            pass
        chosen = record_bridge_choice(conn, employee_id=args.matricule, target_job=args.job,
                                      via_job=via, status=args.status, comment=args.commentaire)
    if args.json:
        print_json({"employee": chosen.employee_id, "target": chosen.target_job,
                    "via": chosen.via_job, "status": chosen.status, "comment": chosen.comment,
                    "chosen_at": chosen.chosen_at, "warnings": list(warnings)})
        return 0
    from domain.people.employees import BRIDGE_STATUS_LABELS

    via_text = f" via « {chosen.via_job} »" if chosen.via_job else ""
    print(f"Passerelle « {chosen.target_job} »{via_text} enregistrée pour « {chosen.employee_id} » "
          f"({BRIDGE_STATUS_LABELS[chosen.status]}).")
    for warning in warnings:  # recorded all the same: the decision is the manager's
        sys.stderr.write(f"Attention : {warning}.\n")
    return 0
