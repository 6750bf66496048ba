"""The Fiche métier's exposure table: the study's three qualifications and the two recomputations.

Each column is one way of measuring the job's exposure to generative AI: the three scores the
study published (PwC initial, PwC revu, experts métier) and two recomputations made by
Passerelles from the estimated impact levels of the job's ROME competencies (« Estimation
(ROME) ») and from the levels the user retained. Only the published score of the chosen
qualification (●) feeds the bridges and the plan; every cell says so in its tooltip, and every
number says what it counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.charts import level_label, profile_label, profile_tint
from gui.job_table_model import format_score, qualification_short

ROWS = (
    QT_TRANSLATE_NOOP("QualificationTable", "Score"),
    QT_TRANSLATE_NOOP("QualificationTable", "Rang"),
    QT_TRANSLATE_NOOP("QualificationTable", "Profil"),
    QT_TRANSLATE_NOOP("QualificationTable", "Compétences"),
    QT_TRANSLATE_NOOP("QualificationTable", "Niveaux 1 à 5"),
)
ROW_TIPS = (
    QT_TRANSLATE_NOOP("QualificationTable", "Score d'exposition à l'IA générative, de 0 (aucune) "
                      "à 1 (le métier le plus exposé de la branche)."),
    QT_TRANSLATE_NOOP("QualificationTable", "Rang parmi les 58 métiers, du plus exposé (1) au "
                      "moins exposé (58)."),
    QT_TRANSLATE_NOOP("QualificationTable", "Profil d'impact que l'étude déduit du score."),
    QT_TRANSLATE_NOOP("QualificationTable", "Nombre de compétences dont le niveau d'impact a "
                      "été évalué."),
    QT_TRANSLATE_NOOP("QualificationTable", "Nombre de compétences à chaque niveau d'impact, du "
                      "niveau 1 (négligeable) au niveau 5 (majeur)."),
)


@dataclass(frozen=True)
class Recomputed:
    """A score recomputed by Passerelles, its profile and the levels it counts."""

    score: float
    profile: Any
    levels: Sequence[int]


def counts_tip(counts: Sequence[int]) -> str:
    """« 7 au niveau 1 (Négligeable), 23 au niveau 2 (Léger)… » for a « 7-23-… » cell."""
    parts = [QCoreApplication.translate("QualificationTable", "{n} au niveau {label}")
             .format(n=n, label=level_label(level)) for level, n in enumerate(counts, start=1)]
    return QCoreApplication.translate("QualificationTable", "Compétences par niveau d'impact : "
                                      "{parts}.").format(parts=", ".join(parts))


class QualificationTable(QTableWidget):
    """Rows: score, rank, profile, competencies, level counts; one column per measure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)  # « En forte transformation » on two lines rather than cut
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)  # five measures side by side in half a window
        self.setFont(font)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_height())

    def show_job(self, study: Any, job: str, chosen: Any, estimate: Recomputed | None,
                 retained: Recomputed | None) -> None:
        """Fill the table for ``job``; ``chosen`` is the qualification the bridges use."""
        from domain.study import Qualification

        columns: list[tuple[str, str, list[tuple[str, str]], Any]] = []
        for q in Qualification:
            exposure, counts = study.exposure(job, q), study.level_counts(job, q)
            title = qualification_short(q.value).replace(" ", "\n", 1) + (" ●" if q is chosen else "")
            tip = self.tr("Score publié par l'étude, qualification « {q} ».").format(
                q=qualification_short(q.value))
            tip += " " + (self.tr("● Qualification choisie : c'est ce score que les passerelles et "
                              "le plan collectif utilisent.") if q is chosen else
                          self.tr("Choisissez-la dans le menu Affichage pour que les passerelles "
                              "l'utilisent."))
            score_tip = tip + (" " + self.tr("L'étude se contredit : {r}").format(r=exposure.flag_reason)
                               if exposure.flag_reason else "")
            columns.append((title, tip, [
                (format_score(exposure.score) + (" ⚠" if exposure.flagged else ""), score_tip),
                (str(exposure.rank), ""),
                (profile_label(exposure.profile), self._profile_tip(exposure.profile)),
                (str(counts.competencies) if counts else "—", ""),
                ("-".join(map(str, counts.counts)) if counts else "—",
                 counts_tip(counts.counts) if counts else ""),
            ], exposure.profile))
        for title, tip, result in (
            (self.tr("Estimation\n(ROME)"), self.tr(
                "Recalcul de Passerelles à partir des niveaux d'impact estimés des compétences "
                "des fiches ROME du métier : un repère pour l'atelier de requalification. Les "
                "passerelles ne l'utilisent pas."), estimate),
            (self.tr("Niveaux\nretenus"), self.tr(
                "Le même recalcul avec les niveaux que vous avez retenus (colonne « Niveau "
                "retenu ») : un repère. Les passerelles ne l'utilisent pas."), retained),
        ):
            columns.append(self._recomputed_column(title, tip, result))
        self._fill(columns)
        from gui.competency_model import explain_qualification_table

        explain_qualification_table(self)  # each row's meaning; whole texts of narrow cells

    def _recomputed_column(self, title: str, tip: str, result: Recomputed | None):
        from domain.matching.competency_levels import level_counts

        if result is None:
            return (title, tip, [("—", "")] * len(ROWS), None)
        counts = level_counts(list(result.levels))
        return (title, tip, [
            (format_score(result.score), tip), ("—", self.tr("Pas de rang : recalcul d'un seul "
                                                           "métier.")),
            (profile_label(result.profile), self._profile_tip(result.profile)),
            (str(len(result.levels)), ""),
            ("-".join(map(str, counts)), counts_tip(counts)),
        ], result.profile)

    def _profile_tip(self, profile: Any) -> str:
        return self.tr("Profil d'impact : {profile}.").format(profile=profile_label(profile))

    def _fill(self, columns) -> None:
        self.clear()
        self.setRowCount(len(ROWS))
        self.setColumnCount(len(columns))
        for row, (name, tip) in enumerate(zip(ROWS, ROW_TIPS, strict=True)):
            header = QTableWidgetItem(self.tr(name))
            header.setToolTip(self.tr(tip))
            self.setVerticalHeaderItem(row, header)
        for column, (title, tip, values, profile) in enumerate(columns):
            header = QTableWidgetItem(title)
            header.setToolTip(tip)
            self.setHorizontalHeaderItem(column, header)
            for row, (value, cell_tip) in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(cell_tip or self.tr(ROW_TIPS[row]))
                if profile is not None:
                    item.setBackground(profile_tint(profile))
                    item.setForeground(QColor("#1a1a1a"))
                self.setItem(row, column, item)
        header_height = 2 * self.fontMetrics().height() + 10  # two-line column titles
        self.horizontalHeader().setFixedHeight(header_height)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (which wrap to the columns' width): no inner scroll bar."""
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth())
