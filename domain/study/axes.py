"""The study's five axes read for one person: which recommendations apply, and what they mean.

A personal report must not list 42 recommendations written for companies; it picks, on each
axis, the ones that change something for this person (their job's exposure, a proposed bridge,
recorded wishes, a management role) and says in plain French what the person can expect or
ask for. Every axis appears, with at least one recommendation, so the report always shows the
whole frame the study recommends; titles are the study's, the sentences are ours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from domain.study.recommendations import Axis, Recommendation, load_axes
from domain.text import decimal, fold

STRONG, EMERGENT, EVOLVING, NEGLIGIBLE = "forte_transformation", "emergent", "evolution", "non_impacte"
CLOSE_MOVE, ADVANCING_MOVE = "mobilité proche", "mobilité d'évolution"


# Below this share of the target's key competencies held (the bridges' default floor,
# domain.matching.bridges.BridgeSettings.min_coverage), a chosen move is a retraining, not a
# move that builds on what the person does.
FAR_BRIDGE = 0.10

@dataclass(frozen=True)
class Situation:
    """What the report knows about a person, in plain values (no store, no ROME needed)."""

    job: str
    profile: str = ""  # study profile label or code ("En forte transformation", "evolution"…)
    score: float | None = None
    is_core_job: bool = False
    has_bridge: bool = False
    bridge_kind: str = ""  # "mobilité proche" or "mobilité d'évolution"
    target_job: str = ""
    has_wishes: bool = False
    is_manager: bool = False
    use_case_count: int = 0
    person: bool = True  # False: a job sheet, read by anyone who exercises the job
    # share of the target's key competencies already held (0–1), None when unknown
    bridge_coverage: float | None = None

    @property
    def profile_code(self) -> str:
        return profile_code(self.profile)


@dataclass(frozen=True)
class AxisAdvice:
    """One axis for one person: the applicable recommendations and what each means for them."""

    axis: Axis
    recommendations: tuple[Recommendation, ...]
    message_fr: str
    details: tuple[str, ...] = ()  # one sentence per recommendation, same order


def profile_code(profile: object) -> str:
    """Profile code from the study label, a ``Profile`` enum member or a code."""
    key = fold(str(getattr(profile, "value", profile) or "")).replace("_", " ")
    if "forte" in key:
        return STRONG
    if "emergent" in key:
        return EMERGENT
    if "evolution" in key:
        return EVOLVING
    if "impact" in key or "negligeable" in key:
        return NEGLIGIBLE
    return ""


def applicable_recommendations(situation: Situation, folder: Path | None = None) -> list[AxisAdvice]:
    """The five axes in order, each with the recommendations that apply to this situation."""
    advice = []
    for axis in load_axes(folder):
        chosen = sorted((number, text) for number, text in _RULES[axis.number](situation) if text)
        recs = tuple(axis.recommendation(number) for number, _ in chosen)
        details = tuple(text for _, text in chosen)
        advice.append(AxisAdvice(axis, recs, " ".join(details), details))
    return advice


def _exposure(s: Situation) -> str:
    labels = {STRONG: "en forte transformation", EVOLVING: "en évolution", EMERGENT: "émergent",
              NEGLIGIBLE: "peu ou pas impacté"}
    text = f"Votre métier, « {s.job} »" if s.person else f"Le métier « {s.job} »"
    if s.profile_code:
        text += (", est classé " if s.person else " est classé ") + f"{labels[s.profile_code]} par l'étude"
    else:
        text += " n'a pas de profil d'exposition connu"
    if s.score is not None:
        text += f" (score d'exposition {decimal(s.score)})"
    return text


def _yours(s: Situation) -> str:
    """« votre métier » in a person's report, « ce métier » in a job sheet."""
    return "votre métier" if s.person else "ce métier"


def _strategy(s: Situation) -> list[tuple[int, str]]:
    rules = [(4, "L'entreprise doit encadrer l'usage de l'IA par des garde-fous : la charge de "
                 "travail, les risques psychosociaux et la surveillance automatisée de la "
                 "productivité font partie de ce qu'elle doit surveiller.")]
    if s.is_manager:
        rules.insert(0, (1, "En tant que manager, vous pouvez demander une sensibilisation à ce "
                            "que l'IA générative sait faire et ne sait pas faire, pour en parler "
                            "juste avec votre équipe."))
    if s.is_core_job or s.is_manager:
        rules.append((5, "Les métiers cœur et l'encadrement de proximité ont leur place dans les "
                         "instances qui pilotent les projets d'IA : vos retours de terrain y "
                         "sont attendus."))
    return rules


def _data(s: Situation) -> list[tuple[int, str]]:
    found = (f" L'étude a déjà recensé {s.use_case_count} cas d'usage pour {_yours(s)}."
             if s.use_case_count else "")
    rules = [(5, f"Les activités de {_yours(s)} où l'IA apporte le plus doivent être repérées "
                 "avec les personnes qui l'exercent." + found)]
    if any(word in fold(s.job) for word in ("medecin", "infirmier", "paramedic")):
        rules.append((3, "Vous traitez des données de santé : les règles de confidentialité des "
                         "données doivent être revues avant tout usage d'un outil d'IA."))
    if s.is_core_job and s.use_case_count:
        rules.append((7, f"Les outils seront d'abord essayés dans des équipes pilotes de "
                         f"{_yours(s)} : vous pouvez vous porter volontaire."))
    return rules


def _awareness(s: Situation) -> list[tuple[int, str]]:
    rules = []
    if s.profile_code == STRONG:
        rules.append((1, _exposure(s) + " : l'entreprise doit mesurer ce que cela change pour "
                         "vous et vous proposer un accompagnement du changement à votre mesure."))
    rules += [
        (5, "Vous pouvez essayer les outils dans un espace prévu pour cela, y proposer vos idées "
            "d'usage, et l'erreur y est permise."),
        (7, "Des ateliers et démonstrations doivent vous montrer concrètement ce que l'IA peut "
            "simplifier dans votre travail quotidien."),
    ]
    if s.is_manager:
        rules.append((6, "Vous pouvez animer dans votre équipe des défis ou des temps d'échange "
                         "pour partager les bons usages."))
    return rules


def _training(s: Situation) -> list[tuple[int, str]]:
    rules = [
        (1, "Une charte d'utilisation vous dit ce que vous pouvez confier aux outils et qui est "
            "responsable de quoi."),
        (3, "Une formation de base, courte, précède l'accès aux outils d'IA."),
        (4, _exposure(s) + (" : votre" if s.person else " : le") + " parcours de formation est adapté à ce niveau d'exposition, "
            "avec de la pratique sur les outils."),
    ]
    if s.has_bridge:
        rules.append((6, "Un mentorat par une personne qui exerce déjà le métier visé facilite "
                         "la transition."))
    if s.has_bridge and fold(s.bridge_kind) == fold(ADVANCING_MOVE):
        rules.append((5, "Cette évolution peut être reconnue par une certification, avec ses "
                         "effets sur la rémunération ou la mobilité interne."))
    if s.is_manager:
        rules.append((7, "Un parcours dédié aux managers vous prépare à accompagner votre équipe "
                         "dans ces changements."))
    if not s.person:
        rules.append((8, "Les souhaits d'évolution de chaque personne sont recueillis en "
                         "entretien et servent de point de départ ; un atelier de projection "
                         "professionnelle peut aider à les formuler."))
    else:
        rules.append((8, "Vos souhaits d'évolution ont été recueillis et servent de point de "
                         "départ." if s.has_wishes else
                         "Vos souhaits d'évolution n'ont pas encore été recueillis : un atelier "
                         "de projection professionnelle peut vous aider à les formuler."))
    rules.append(_bridge(s))
    return rules


def _bridge(s: Situation) -> tuple[int, str]:
    if s.has_bridge:
        target = f"« {s.target_job} »" if s.target_job else "le métier proposé"
        kind = f" ({s.bridge_kind})" if s.bridge_kind else ""
        if s.bridge_coverage is not None and s.bridge_coverage < FAR_BRIDGE:
            return (9, f"La passerelle vers {target}{kind} demande d'acquérir l'essentiel des "
                       "compétences clés de ce métier : c'est une reconversion, à construire "
                       "avec les RH ; le plan de formation ci-joint détaille les étapes.")
        held = "que vous avez déjà" if s.person else "que ce métier apporte déjà"
        return (9, f"La passerelle vers {target}{kind} s'appuie sur les compétences {held} ; "
                   "le plan de formation ci-joint détaille celles à acquérir.")
    if s.profile_code == STRONG and not s.person:
        return (9, "Ce métier étant très exposé, une passerelle vers un métier moins exposé "
                   "ou émergent peut être étudiée avec chaque personne, en valorisant son "
                   "expérience.")
    if s.profile_code == STRONG:
        return (9, "Votre métier étant très exposé, une passerelle vers un métier moins exposé "
                   "ou émergent peut être étudiée avec vous, en valorisant votre expérience.")
    return (9, "")


def _responsibility(s: Situation) -> list[tuple[int, str]]:
    rules = []
    if s.is_core_job or s.profile_code in (STRONG, EVOLVING):
        rules.append((1, "Quand une décision est prise avec l'aide d'un outil d'IA, la "
                         "responsabilité est partagée selon des règles écrites : elle ne repose "
                         "pas uniquement sur vous."))
    rules += [
        (3, "Si un outil se trompe, vous pouvez le signaler par une procédure d'alerte, et "
            "l'erreur est analysée avec toutes les parties concernées."),
        (9, "Vos retours sur les outils, positifs ou négatifs, sont recueillis en continu et "
            "servent à les améliorer."),
    ]
    return rules


_RULES: dict[int, Callable[[Situation], list[tuple[int, str]]]] = {
    1: _strategy, 2: _data, 3: _awareness, 4: _training, 5: _responsibility,
}
