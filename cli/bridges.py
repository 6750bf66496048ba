"""``bridges``, ``plan`` and ``graph``: bridges of a job or a person, collective plan, job graph."""

from __future__ import annotations

import argparse

from cli.runner import print_json
from domain.text import decimal, plural

_SHOWN = 6  # competencies listed per bridge in the text output


def register(subparsers: argparse._SubParsersAction) -> None:
    bridges = subparsers.add_parser(
        "bridges",
        help="passerelles d'un métier ou d'une personne vers des métiers émergents ou peu exposés",
        description=(
            "Propose, pour un métier de l'étude ou pour une personne (--employee), des "
            "passerelles vers des métiers émergents ou peu exposés à l'IA générative. Le "
            "chiffre principal est la couverture : la part des compétences clés du métier visé "
            "déjà détenues. Classement : couverture, similarité des métiers, baisse "
            "d'exposition, mobilité reconnue par France Travail. --to examine un métier souhaité "
            "même s'il n'est pas une cible."
        ),
    )
    bridges.add_argument("job", metavar="MÉTIER", nargs="?",
                         help="nom du métier (casse et accents indifférents)")
    bridges.add_argument("--employee", metavar="MATRICULE",
                         help="passerelles d'une personne, depuis son propre profil de compétences")
    bridges.add_argument("--to", metavar="MÉTIER", help="explique la passerelle vers ce métier souhaité")
    bridges.add_argument("--top", type=_positive, default=5, metavar="N", help="nombre de passerelles (5 par défaut)")
    _add_settings(bridges)
    bridges.add_argument("--json", action="store_true", help="sortie JSON")
    bridges.set_defaults(handler=_bridges)

    plan = subparsers.add_parser(
        "plan",
        help="plan collectif : qui pourrait aller où, selon les effectifs et les places",
        description=(
            "Répartit les effectifs des métiers exposés sur les places des métiers cibles le long "
            "des passerelles (flot de coût minimal). Fichier CSV : job;headcount;capacity "
            "(séparateur ; ou ,)."
        ),
    )
    plan.add_argument("--headcounts", required=True, metavar="FICHIER", help="CSV job;headcount;capacity")
    plan.add_argument("--priorite", default="exposition", choices=("exposition", "score"),
                      help="quand les places manquent : les métiers les plus exposés d'abord "
                           "(exposition, par défaut) ou les passerelles les mieux classées (score)")
    plan.add_argument("--xlsx", metavar="FICHIER", help="enregistre aussi le plan dans un classeur .xlsx")
    _add_settings(plan)
    plan.add_argument("--json", action="store_true", help="sortie JSON")
    plan.set_defaults(handler=_plan)

    graph = subparsers.add_parser(
        "graph",
        help="graphe de proximité des 58 métiers (résumé ou JSON)",
        description="Graphe des métiers de l'étude reliés quand leur similarité atteint le seuil.",
    )
    graph.add_argument("--threshold", type=_share, default=None, metavar="S",
                       help="seuil de similarité entre 0 et 1 (0,9 par défaut)")
    graph.add_argument("--json", action="store_true", help="sortie JSON (nœuds et arêtes)")
    graph.set_defaults(handler=_graph)


def _add_settings(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--qualification", default="experts", metavar="Q",
                        help="initial, revised ou experts (par défaut : experts)")
    parser.add_argument("--max-score", type=_share, default=None, metavar="S",
                        help="score d'exposition maximal d'une cible (0,35 par défaut)")
    parser.add_argument("--profiles", default=None, metavar="P",
                        help="profils cibles séparés par des virgules : emergent, non_impacte, "
                             "evolution, forte_transformation (par défaut : emergent,non_impacte)")
    parser.add_argument("--min-similarity", type=_share, default=None, metavar="S",
                        help="similarité minimale d'une passerelle directe (0,70 par défaut)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu, pas « {text} »") from None
    if value < 1:
        raise argparse.ArgumentTypeError("au moins 1")
    return value


def _share(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entre 0 et 1 attendu, pas « {text} »") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"nombre entre 0 et 1 attendu, pas « {text} »")
    return value


def _settings(args: argparse.Namespace, top: int | None):
    from dataclasses import replace

    from domain.errors import UserError
    from domain.matching.bridges import BridgeSettings
    from domain.matching.engine import PROFILE_KEYS
    from domain.study import Qualification
    from domain.text import fold

    settings = BridgeSettings(top=top, qualification=Qualification.parse(args.qualification).value)
    if args.max_score is not None:
        settings = replace(settings, max_target_score=args.max_score)
    if args.min_similarity is not None:
        settings = replace(settings, min_similarity=args.min_similarity)
    if args.profiles:
        known = set(PROFILE_KEYS.values())
        by_label = {fold(label): key for label, key in PROFILE_KEYS.items()}
        chosen = set()
        for part in filter(None, (p.strip() for p in args.profiles.split(","))):
            key = part if part in known else by_label.get(fold(part))
            if key is None:
                raise UserError(f"Profil inconnu : « {part} ». Valeurs possibles : {', '.join(sorted(known))}.")
            chosen.add(key)
        settings = replace(settings, target_profiles=frozenset(chosen))
    return settings


def _engine(args: argparse.Namespace):
    from domain.matching.engine import Engine

    return Engine.load(rome=getattr(args, "rome", None))


def _bridges(args: argparse.Namespace) -> int:
    from domain.errors import UserError

    job = (args.job or "").strip()
    if job and args.employee:
        raise UserError("Indiquez un métier ou une personne (--employee MATRICULE), pas les deux.")
    if not job and not args.employee:
        raise UserError("Aucun point de départ : indiquez un métier (par exemple « bridges "
                        "Juriste ») ou une personne (« bridges --employee MATRICULE »).")
    engine = _engine(args)
    settings = _settings(args, args.top)
    person = None
    if args.employee:
        from contextlib import closing

        from domain.people.register import competency_record
        from domain.store.connection import connect

        with closing(connect()) as conn:
            person = competency_record(conn, args.employee)
        source = engine.job_name(person.employee.job)
        found = engine.bridges_for_person(person, settings, args.to)
    else:
        source = engine.job_name(args.job)
        found = [engine.explain(source, args.to, settings)] if args.to else engine.bridges(source, settings)
    exposure = engine.facts(settings.qualification)[source]
    if args.json:
        payload = {
            "source": source, "qualification": settings.qualification, "exposure": exposure.score,
            "classification": exposure.profile_label, "rome_version": engine.release.version,
            "bridges": [bridge.to_json() for bridge in found],
        }
        if person is not None:
            payload = {"employee": person.employee.id, "declared": list(person.declared_codes),
                       "rejected": list(person.rejected_codes), **payload}
        print_json(payload)
        return 0
    if person is not None:
        print(f"Profil de {person.employee.first_name} {person.employee.last_name} "
              f"({person.employee.id}) : compétences de son métier, "
              f"{len(person.declared)} déclarée(s) en plus, {len(person.rejected)} retirée(s).")
    _print_bridges(source, exposure, found, settings)
    return 0


def _number(value: float | None) -> str:
    return "?" if value is None else decimal(value)


def _items(refs, shown: int = _SHOWN) -> str:
    parts = []
    for ref in refs[:shown]:
        level = f" (niveau {ref.level})" if ref.level else ""
        near = " [proche d'un acquis]" if ref.near else ""
        parts.append(f"{ref.label}{level}{near}")
    more = f" … (+{len(refs) - shown})" if len(refs) > shown else ""
    return " ; ".join(parts) + more


def _print_bridges(source: str, exposure, found, settings) -> None:
    from domain.matching.bridges import WIDER
    from domain.matching.engine import describe_settings

    print(f"Passerelles depuis « {source} » (exposition {_number(exposure.score)}, "
          f"{exposure.profile_label})")
    print(describe_settings(settings))
    if not found:
        print(f"Aucune passerelle : aucun métier cible ne passe les seuils (au moins "
              f"{round(100 * settings.min_coverage)} % de ses compétences clés déjà détenues, "
              "dont une telle quelle). Examinez un métier souhaité avec --to MÉTIER, ou "
              "élargissez les cibles avec --profiles et --max-score.")
        return
    if found[0].source_exposed:
        print(f"Compétences les plus exposées à l'IA générative : {_items(found[0].source_exposed, 4)}")
    for rank, bridge in enumerate(found, start=1):
        link = " — mobilité reconnue par France Travail" if bridge.rome_link else ""
        promotion = " — promotion (poste d'encadrement)" if bridge.promotion else ""
        wider = (" — passerelle élargie (métier moins proche, proposé faute de mieux)"
                 if bridge.route == WIDER else "")
        print(f"\n{rank}. {bridge.target} — {bridge.kind} — {round(100 * bridge.coverage)} % des "
              f"compétences clés déjà détenues ({bridge.core_held} sur {bridge.core_total} telles "
              f"quelles, les voisines comptant pour moitié) — similarité "
              f"{_number(bridge.similarity)} — exposition {_number(bridge.exposure)} "
              f"({bridge.classification}){link}{promotion}{wider}")
        for warning in bridge.warnings:
            print(f"   Attention : {warning}.")
        if bridge.via:
            hops = " ; ".join(f"{s.source} → {s.target} ({_number(s.similarity)})" for s in bridge.steps)
            print(f"   En deux étapes : {hops}")
        if bridge.shared:
            print(f"   Vous apportez ({len(bridge.shared)}, savoir-faire d'abord) : "
                  f"{_items(bridge.shared)}")
        else:
            print("   Vous apportez : aucune compétence du métier visé telle quelle.")
        print(f"   À acquérir en priorité ({len(bridge.key_gaps)} sur {bridge.gap_count}) : "
              f"{_items(bridge.key_gaps, len(bridge.key_gaps))}")
        if bridge.gap_groups:
            groups = " ; ".join(f"{g.label} ({g.count})" for g in bridge.gap_groups[:_SHOWN])
            hidden = len(bridge.gap_groups) - _SHOWN
            more = f" … (+{plural(hidden, 'groupe')})" if hidden > 0 else ""
            print(f"   Puis, par famille de compétences : {groups}{more}")


def _plan(args: argparse.Namespace) -> int:
    from domain.matching.plan import PRIORITIES

    engine = _engine(args)
    settings = _settings(args, None)
    result = engine.plan_from_file(args.headcounts, settings, args.priorite)
    if args.xlsx:
        from domain.matching.plan_export import write_plan_xlsx

        write_plan_xlsx(result, args.xlsx, qualification=settings.qualification)
    if args.json:
        print_json({"qualification": settings.qualification, **result.to_json()})
        return 0
    print(f"Plan collectif ({settings.qualification}) : {result.moved} personne(s) pourraient changer "
          f"de métier, {result.total_uncovered} resteraient sans passerelle.")
    print(f"Quand les places manquent : {PRIORITIES[result.priority]}.")
    for move in result.moves:
        via = f" via « {move.path[1]} »" if len(move.path) > 2 else ""
        print(f"  {move.people:>4} × « {move.source} » → « {move.target} »{via} ({move.kind}, "
              f"similarité {_number(move.similarity)})")
    if result.uncovered:
        print("Sans place sur une passerelle :")
        for job, people in sorted(result.uncovered.items(), key=lambda pair: -pair[1]):
            print(f"  {people:>4} × « {job} »")
    if result.ignored_capacity:
        names = " ; ".join(f"« {job} »" for job in result.ignored_capacity)
        print(f"Places ignorées (métiers qui ne sont pas des cibles) : {names}")
    if args.xlsx:
        print(f"Plan enregistré dans « {args.xlsx} ».")
    return 0


def _graph(args: argparse.Namespace) -> int:
    from domain.matching.engine import DEFAULT_GRAPH_THRESHOLD
    from domain.matching.graph import graph_summary, graph_to_json

    engine = _engine(args)
    threshold = DEFAULT_GRAPH_THRESHOLD if args.threshold is None else args.threshold
    graph = engine.graph(threshold)
    if args.json:
        print_json({"threshold": threshold, **graph_to_json(graph)})
        return 0
    summary = graph_summary(graph)
    print(f"Graphe des métiers (seuil {_number(threshold)}) : {summary['nodes']} métiers, "
          f"{summary['edges']} liens, {summary['components']} groupe(s).")
    if summary["isolated"]:
        print("Métiers sans voisin à ce seuil : " + " ; ".join(summary["isolated"]))
    return 0
