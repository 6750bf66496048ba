"""``bridges``, ``plan`` and ``graph``: job bridges, collective plan and job graph from the shell."""

from __future__ import annotations

import argparse

from cli.runner import print_json
from domain.text import decimal

_SHOWN = 6  # competencies listed per bridge in the text output


def register(subparsers: argparse._SubParsersAction) -> None:
    bridges = subparsers.add_parser(
        "bridges",
        help="passerelles d'un métier vers des métiers émergents ou peu exposés",
        description=(
            "Propose, pour un métier de l'étude, des passerelles vers des métiers émergents ou "
            "peu exposés à l'IA générative, classées par similarité des compétences (ROME), "
            "baisse d'exposition, mobilité reconnue par France Travail et effort de formation."
        ),
    )
    bridges.add_argument("job", metavar="MÉTIER", help="nom du métier (casse et accents indifférents)")
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
    engine = _engine(args)
    settings = _settings(args, args.top)
    source = engine.job_name(args.job)
    found = engine.bridges(source, settings)
    exposure = engine.facts(settings.qualification)[source]
    if args.json:
        print_json({
            "source": source, "qualification": settings.qualification, "exposure": exposure.score,
            "classification": exposure.profile_label, "rome_version": engine.release.version,
            "bridges": [bridge.to_json() for bridge in found],
        })
        return 0
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
    from domain.matching.engine import describe_settings

    print(f"Passerelles depuis « {source} » (exposition {_number(exposure.score)}, "
          f"{exposure.profile_label})")
    print(describe_settings(settings))
    if not found:
        print("Aucune passerelle assez proche : essayez --min-similarity plus bas ou d'autres profils cibles.")
        return
    if found[0].source_exposed:
        print(f"Compétences les plus exposées à l'IA générative : {_items(found[0].source_exposed, 4)}")
    for rank, bridge in enumerate(found, start=1):
        link = " — mobilité reconnue par France Travail" if bridge.rome_link else ""
        print(f"\n{rank}. {bridge.target} — {bridge.kind} — similarité {_number(bridge.similarity)} — "
              f"exposition {_number(bridge.exposure)} ({bridge.classification}){link}")
        if bridge.via:
            print(f"   Chemin : {' → '.join(bridge.path)}")
        print(f"   Acquis (les moins exposés d'abord) : {_items(bridge.shared)}")
        print(f"   À acquérir (cœur de métier d'abord) : {_items(bridge.gap)}")


def _plan(args: argparse.Namespace) -> int:
    engine = _engine(args)
    settings = _settings(args, None)
    result = engine.plan_from_file(args.headcounts, settings)
    if args.json:
        print_json({"qualification": settings.qualification, **result.to_json()})
        return 0
    print(f"Plan collectif ({settings.qualification}) : {result.moved} personne(s) pourraient changer "
          f"de métier, {result.total_uncovered} resteraient sans passerelle.")
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
