"""What each figure of a bridge means, in the interface's language (tooltips of the bridge views).

The French descriptions are the domain's (``domain.matching.bridge_fields``: one text per field,
shared with the report and the command line). They are repeated below only so that the
translation tools see them; at run time the domain's text is looked up in the catalogue, so a
changed domain text shows in French until the catalogue follows (a test checks they agree).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "BridgeFields"

FIELD_TEXTS = (
    QT_TRANSLATE_NOOP("BridgeFields",  # target
        "Métier visé par la passerelle."),
    QT_TRANSLATE_NOOP("BridgeFields",  # kind
        "« Mobilité proche » quand la personne détient déjà au moins la moitié "
        "(pondérée) des compétences clés du métier visé : le changement relève de "
        "l'adaptation. Sinon « mobilité d'évolution » : un nouveau métier à apprendre."),
    QT_TRANSLATE_NOOP("BridgeFields",  # coverage
        "Couverture : part des compétences clés (cœur de métier) du métier visé que la "
        "personne détient déjà, pondérée par leur rareté dans le ROME ; une compétence "
        "voisine d'un acquis (même macro-compétence) compte pour moitié. C'est le "
        "chiffre principal d'une passerelle."),
    QT_TRANSLATE_NOOP("BridgeFields",  # overall_coverage
        "La même part, calculée sur toutes les compétences du métier visé (clés ou "
        "non)."),
    QT_TRANSLATE_NOOP("BridgeFields",  # core_total
        "Nombre de compétences clés du métier visé."),
    QT_TRANSLATE_NOOP("BridgeFields",  # core_held
        "Nombre de ces compétences clés que la personne détient déjà telles quelles."),
    QT_TRANSLATE_NOOP("BridgeFields",  # similarity
        "Similarité des deux métiers (compétences, intitulés, textes et mobilités du "
        "ROME), exprimée en rang parmi toutes les paires de métiers de la branche : "
        "0,90 se lit « plus proches que 90 % des paires ». Même sens pour une "
        "passerelle directe ou en deux étapes (chaque étape a la sienne)."),
    QT_TRANSLATE_NOOP("BridgeFields",  # exposure
        "Score d'exposition du métier visé à l'IA générative (0 à 1) dans la "
        "qualification choisie."),
    QT_TRANSLATE_NOOP("BridgeFields",  # exposure_drop
        "Baisse d'exposition : score du métier actuel moins celui du métier visé "
        "(jamais négative : une cible n'est jamais plus exposée)."),
    QT_TRANSLATE_NOOP("BridgeFields",  # classification
        "Profil d'impact du métier visé selon l'étude (Emergent, En évolution…)."),
    QT_TRANSLATE_NOOP("BridgeFields",  # promotion
        "Vrai quand le métier visé est un poste d'encadrement et le métier actuel non."),
    QT_TRANSLATE_NOOP("BridgeFields",  # move
        "« Promotion (poste d'encadrement) » ou « redéploiement » vers un métier de "
        "même niveau de responsabilité."),
    QT_TRANSLATE_NOOP("BridgeFields",  # route
        "« Directe » ; « en deux étapes » par un métier intermédiaire plausible ; « "
        "élargie » : métier moins proche, proposé pour qu'un métier exposé ait au moins"
        " trois pistes."),
    QT_TRANSLATE_NOOP("BridgeFields",  # path
        "Les métiers du parcours, du métier actuel au métier visé."),
    QT_TRANSLATE_NOOP("BridgeFields",  # steps
        "Chaque étape d'un parcours avec sa propre similarité."),
    QT_TRANSLATE_NOOP("BridgeFields",  # rome_link
        "Vrai quand France Travail cite ce changement (ou le changement inverse) parmi "
        "les mobilités de ses fiches ROME."),
    QT_TRANSLATE_NOOP("BridgeFields",  # score
        "Valeur de classement : 0,30 × similarité + 0,20 × baisse d'exposition + 0,15 ×"
        " appui France Travail + 0,35 × couverture."),
    QT_TRANSLATE_NOOP("BridgeFields",  # shared
        "Ce que la personne apporte : les compétences du métier visé qu'elle détient "
        "déjà, savoir-faire d'abord."),
    QT_TRANSLATE_NOOP("BridgeFields",  # key_gaps
        "À acquérir en priorité (8 au plus) : les compétences manquantes les plus "
        "importantes dans le métier visé (clés, distinctives), les moins exposées à "
        "l'IA générative d'abord."),
    QT_TRANSLATE_NOOP("BridgeFields",  # gap_count
        "Nombre total de compétences à acquérir."),
    QT_TRANSLATE_NOOP("BridgeFields",  # gap_groups
        "Les autres compétences à acquérir, regroupées par macro-compétence, avec leur "
        "nombre."),
    QT_TRANSLATE_NOOP("BridgeFields",  # gap
        "Toutes les compétences à acquérir, les plus importantes d'abord."),
    QT_TRANSLATE_NOOP("BridgeFields",  # source_exposed
        "Les compétences du métier actuel les plus exposées à l'IA générative (niveaux "
        "4 et 5)."),
    QT_TRANSLATE_NOOP("BridgeFields",  # wish
        "Vrai pour un métier demandé comme souhait, examiné même s'il n'est pas une "
        "cible."),
    QT_TRANSLATE_NOOP("BridgeFields",  # warnings
        "Les règles qu'un souhait ne respecte pas (cible plus exposée, profession "
        "réglementée…)."),
    QT_TRANSLATE_NOOP("BridgeFields",  # explanation
        "Résumé de la passerelle en quelques phrases."),
)
COMPETENCY_TEXTS = (
    QT_TRANSLATE_NOOP("BridgeFields",  # code
        "Code de la compétence dans le ROME."),
    QT_TRANSLATE_NOOP("BridgeFields",  # label
        "Libellé de la compétence dans le ROME."),
    QT_TRANSLATE_NOOP("BridgeFields",  # kind
        "Savoir-faire, savoir-être ou savoir."),
    QT_TRANSLATE_NOOP("BridgeFields",  # core
        "Compétence clé : principale ou émergente dans la fiche ROME, ou retenue comme "
        "telle dans le profil du métier."),
    QT_TRANSLATE_NOOP("BridgeFields",  # level
        "Niveau d'impact de l'IA générative sur la compétence, de 1 (négligeable) à 5 "
        "(majeur) ; estimé par règles sauf correction de l'utilisateur."),
    QT_TRANSLATE_NOOP("BridgeFields",  # near
        "Proche d'un acquis : la personne pratique déjà une compétence de la même "
        "macro-compétence ; compte pour moitié dans la couverture."),
    QT_TRANSLATE_NOOP("BridgeFields",  # distinctive
        "Distinctive : citée par au plus 2 % des fiches du ROME, elle distingue le "
        "métier."),
    QT_TRANSLATE_NOOP("BridgeFields",  # macro
        "Macro-compétence (famille de compétences) du ROME."),
    QT_TRANSLATE_NOOP("BridgeFields",  # group
        "Macro-compétence qui regroupe des compétences à acquérir."),
    QT_TRANSLATE_NOOP("BridgeFields",  # count
        "Nombre de compétences à acquérir dans ce groupe."),
    QT_TRANSLATE_NOOP("BridgeFields",  # items
        "Leurs libellés."),
    QT_TRANSLATE_NOOP("BridgeFields",  # from
        "Métier de départ de l'étape."),
    QT_TRANSLATE_NOOP("BridgeFields",  # to
        "Métier d'arrivée de l'étape."),
)


def field_tip(field: str) -> str:
    """The description of a bridge field (``Bridge.to_json`` key) or competency field."""
    from domain.matching.bridge_fields import describe

    text = describe(field)
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def column_tip(header: str) -> str:
    """The tooltip of a column of a bridges table, by its French header ("" when unknown)."""
    from domain.matching.bridge_fields import VIEW_COLUMNS

    field = VIEW_COLUMNS.get(header)
    return field_tip(field) if field else ""
