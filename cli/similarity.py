"""``evaluate-similarity`` and ``similar-sheets``: measure the similarity and look at it."""

from __future__ import annotations

import argparse
import sys

from cli.runner import print_json
from domain.errors import UserError
from domain.text import decimal

_NAMES = {
    "competences": "compétences partagées (IDF, cœur de métier renforcé)",
    "macro": "macro-compétences partagées",
    "intitules": "mots des intitulés et appellations",
    "textes": "mots des définitions et conditions d'accès",
    "voisines": "mobilités des fiches voisines",
    "domaines": "mobilités entre domaines professionnels",
    "attractivite": "attractivité de la fiche cible",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    ev = subparsers.add_parser(
        "evaluate-similarity",
        help="mesure la similarité entre fiches sur les mobilités de France Travail",
        description=(
            "Mesure le rappel@k de la similarité entre fiches ROME : part des liens de mobilité "
            "de France Travail dont la cible figure parmi les k fiches les plus proches de la "
            "source, en validation croisée par fiche source (les liens évalués ne servent "
            "jamais à l'ajustement)."
        ),
    )
    ev.add_argument("--k", type=_positive, default=10, help="nombre de fiches proches retenues (10)")
    ev.add_argument("--blocs", type=_folds, default=5, help="nombre de blocs de validation (5)")
    ev.add_argument(
        "--ajuster-poids",
        action="store_true",
        help="ajuste les poids sur tous les liens et les affiche (contenu de "
        "data/similarity_weights.json)",
    )
    ev.add_argument("--json", action="store_true", help="sortie JSON")
    ev.set_defaults(handler=_evaluate)

    near = subparsers.add_parser(
        "similar-sheets",
        help="liste les fiches ROME les plus proches d'une fiche",
        description="Liste les fiches les plus proches d'une fiche ROME, avec le détail des ingrédients.",
    )
    near.add_argument("code", metavar="CODE_ROME", help="code de la fiche, par exemple M1607")
    near.add_argument("--k", type=_positive, default=10, help="nombre de fiches (10)")
    near.add_argument("--json", action="store_true", help="sortie JSON")
    near.set_defaults(handler=_similar)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"entier attendu, pas « {value} »") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"entier positif attendu, pas « {value} »")
    return number


def _folds(value: str) -> int:
    number = _positive(value)
    if number < 2:
        raise argparse.ArgumentTypeError("il faut au moins 2 blocs")
    return number


def _release(args: argparse.Namespace):
    from domain.rome.repository import current_release

    return current_release(cli_value=getattr(args, "rome", None))


def _evaluate(args: argparse.Namespace) -> int:
    from domain.matching.similarity import evaluate, fitted_weights

    release = _release(args)
    if not release.mobility:
        raise UserError(
            f"La version {release.version} du ROME ne contient aucun lien de mobilité : "
            "rien à évaluer"
        )
    if args.ajuster_poids:
        print_json(fitted_weights(release, k=args.k))
        return 0
    result = evaluate(release, k=args.k, folds=args.blocs, progress=None if args.json else _progress)
    if args.json:
        print_json(result)
        return 0
    _print_result(result)
    return 0


def _progress(_fraction: float, message: str) -> None:
    sys.stderr.write(f"{message}…\n")


def _print_result(result: dict) -> None:
    k = result["k"]
    print(f"Rappel@{k} (tenu à l'écart) : {_percent(result['recall'])} des {result['links']} liens")
    print(f"  contenu seul (sans apprentissage des mobilités) : {_percent(result['content_only'])}")
    print("  chaque ingrédient seul :")
    for name, value in result["ingredients"].items():
        print(f"    {_NAMES.get(name, name)} : {_percent(value)}")
    print(f"Protocole : {result['protocol']}")


def _similar(args: argparse.Namespace) -> int:
    from domain.matching.similarity import SimilarityIndex

    release = _release(args)
    index = SimilarityIndex.build(release)
    code = args.code.strip().upper()
    rows = [
        {"code": other, "label": release.sheets[other].label, "score": round(score, 4),
         "ingredients": index.explain(code, other)}
        for other, score in index.top_k(code, args.k)
    ]
    if args.json:
        print_json({"code": code, "label": release.sheets[code].label, "proches": rows})
        return 0
    print(f"Fiches les plus proches de {code} — {release.sheets[code].label} :")
    for row in rows:
        print(f"  {row['code']}  {row['score']:.3f}  {row['label']}")
    return 0


def _percent(value: float) -> str:
    return f"{decimal(100 * value, 1)} %"
