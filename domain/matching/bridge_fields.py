"""What each field of a bridge means, in French, for tooltips, column headers and the JSON help.

The views, the report and the command line show the same figures; each says what it measures
here, once. Keys are the names used by ``Bridge.to_json`` (and the competency entries of its
lists); a test checks every JSON key has its description.
"""

from __future__ import annotations

FIELD_HELP: dict[str, str] = {
    "target": "Métier visé par la passerelle.",
    "kind": "« Mobilité proche » quand la personne détient déjà au moins la moitié (pondérée) "
            "des compétences clés du métier visé : le changement relève de l'adaptation. "
            "Sinon « mobilité d'évolution » : un nouveau métier à apprendre.",
    "coverage": "Couverture : part des compétences clés (cœur de métier) du métier visé que la "
                "personne détient déjà, pondérée par leur rareté dans le ROME ; une compétence "
                "voisine d'un acquis (même macro-compétence) compte pour moitié. C'est le "
                "chiffre principal d'une passerelle.",
    "overall_coverage": "La même part, calculée sur toutes les compétences du métier visé "
                        "(clés ou non).",
    "core_total": "Nombre de compétences clés du métier visé.",
    "core_held": "Nombre de ces compétences clés que la personne détient déjà telles quelles.",
    "similarity": "Similarité des deux métiers (compétences, intitulés, textes et mobilités du "
                  "ROME), exprimée en rang parmi toutes les paires de métiers de la branche : "
                  "0,90 se lit « plus proches que 90 % des paires ». Même sens pour une passerelle "
                  "directe ou en deux étapes (chaque étape a la sienne).",
    "exposure": "Score d'exposition du métier visé à l'IA générative (0 à 1) dans la "
                "qualification choisie.",
    "exposure_drop": "Baisse d'exposition : score du métier actuel moins celui du métier visé "
                     "(jamais négative : une cible n'est jamais plus exposée).",
    "classification": "Profil d'impact du métier visé selon l'étude (Emergent, En évolution…).",
    "promotion": "Vrai quand le métier visé est un poste d'encadrement et le métier actuel non.",
    "move": "« Promotion (poste d'encadrement) » ou « redéploiement » vers un métier de même "
            "niveau de responsabilité.",
    "route": "« Directe » ; « en deux étapes » par un métier intermédiaire plausible ; "
             "« élargie » : métier moins proche, proposé pour qu'un métier exposé ait au moins "
             "trois pistes.",
    "path": "Les métiers du parcours, du métier actuel au métier visé.",
    "steps": "Chaque étape d'un parcours avec sa propre similarité.",
    "rome_link": "Vrai quand France Travail cite ce changement (ou le changement inverse) parmi "
                 "les mobilités de ses fiches ROME.",
    "score": "Valeur de classement : 0,30 × similarité + 0,20 × baisse d'exposition + "
             "0,15 × appui France Travail + 0,35 × couverture.",
    "shared": "Ce que la personne apporte : les compétences du métier visé qu'elle détient "
              "déjà, savoir-faire d'abord.",
    "key_gaps": "À acquérir en priorité (8 au plus) : les compétences manquantes les plus "
                "importantes dans le métier visé (clés, distinctives), les moins exposées à "
                "l'IA générative d'abord.",
    "gap_count": "Nombre total de compétences à acquérir.",
    "gap_groups": "Les autres compétences à acquérir, regroupées par macro-compétence, avec "
                  "leur nombre.",
    "gap": "Toutes les compétences à acquérir, les plus importantes d'abord.",
    "source_exposed": "Les compétences du métier actuel les plus exposées à l'IA générative "
                      "(niveaux 4 et 5).",
    "wish": "Vrai pour un métier demandé comme souhait, examiné même s'il n'est pas une cible.",
    "warnings": "Les règles qu'un souhait ne respecte pas (cible plus exposée, profession "
                "réglementée…).",
    "explanation": "Résumé de la passerelle en quelques phrases.",
}

COMPETENCY_HELP: dict[str, str] = {
    "code": "Code de la compétence dans le ROME.",
    "label": "Libellé de la compétence dans le ROME.",
    "kind": "Savoir-faire, savoir-être ou savoir.",
    "core": "Compétence clé : principale ou émergente dans la fiche ROME, ou retenue comme "
            "telle dans le profil du métier.",
    "level": "Niveau d'impact de l'IA générative sur la compétence, de 1 (négligeable) à "
             "5 (majeur) ; estimé par règles sauf correction de l'utilisateur.",
    "near": "Proche d'un acquis : la personne pratique déjà une compétence de la même "
            "macro-compétence ; compte pour moitié dans la couverture.",
    "distinctive": "Distinctive : citée par au plus 2 % des fiches du ROME, elle distingue le "
                   "métier.",
    "macro": "Macro-compétence (famille de compétences) du ROME.",
    "group": "Macro-compétence qui regroupe des compétences à acquérir.",
    "count": "Nombre de compétences à acquérir dans ce groupe.",
    "items": "Leurs libellés.",
    "from": "Métier de départ de l'étape.",
    "to": "Métier d'arrivée de l'étape.",
}

VIEW_COLUMNS: dict[str, str] = {  # header of the Passerelles table (gui/bridges_model.py) → field
    "Métier cible": "target", "Type de mobilité": "kind", "Via": "path",
    "Similarité": "similarity", "Exposition cible": "exposure", "Déjà maîtrisé": "coverage",
    "Couverture": "coverage", "Score": "score", "France Travail": "rome_link",
    "Promotion": "move", "À acquérir": "gap_count", "Compétences clés à acquérir": "key_gaps",
}


def column_help(header: str) -> str:
    """The tooltip of a column of the Passerelles table, by its French header ("" if unknown)."""
    field = VIEW_COLUMNS.get(header)
    return describe(field) if field else ""


def describe(field: str) -> str:
    """The French description of a bridge field or competency field ("" when unknown)."""
    return FIELD_HELP.get(field) or COMPETENCY_HELP.get(field, "")
