"""The left half of the Fiche métier: how exposed the job is, and the ROME sheets it is mapped to.

The exposure table (:mod:`gui.qualification_table`), a line saying which score the bridges use,
the distribution of the job's competencies over the five impact levels, and each ROME sheet
with its appellation and the reason for the mapping (``data/job_rome.csv``).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.charts import chart_view, level_distribution_chart
from gui.job_table_model import format_score, qualification_short
from gui.qualification_table import QualificationTable, Recomputed


def series_legend(names: list[str]) -> str:
    """The chart's legend as wrapped rich text: a coloured square and each series' name."""
    from gui.charts import SERIES_COLORS

    return " &nbsp; ".join(
        f"<span style='color:{color}'>■</span>&nbsp;{escape(name).replace(' ', '&nbsp;')}"
        for color, name in zip(SERIES_COLORS, names, strict=False))


class JobExposurePanel(QWidget):
    """Exposure table, the score the bridges use, level chart and legend, ROME sheets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qualification_table = QualificationTable(self)
        self.used_score_label = QLabel(self)
        self.used_score_label.setWordWrap(True)
        self.chart_view = chart_view(self)
        self.chart_view.setMinimumHeight(320)
        self.legend_label = QLabel(self)
        self.legend_label.setWordWrap(True)
        self.legend_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.rome_label = QLabel(self)
        self.rome_label.setWordWrap(True)
        self.rome_label.setTextFormat(Qt.TextFormat.RichText)
        self.rome_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title(self.tr("Exposition : les trois qualifications de l'étude "
                                             "et votre requalification")))
        layout.addWidget(self.qualification_table)
        layout.addWidget(self.used_score_label)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.legend_label)
        layout.addWidget(self._title(self.tr("Fiches ROME retenues pour ce métier")))
        layout.addWidget(self.rome_label)

    def _title(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setWordWrap(True)
        return label

    def show_exposure(self, study: Any, job: str, chosen: Any, estimate: Recomputed | None,
                      yours: Recomputed | None) -> None:
        """The table, the line on the score in use and the chart for ``job``."""
        self.qualification_table.show_job(study, job, chosen, estimate, yours)
        used = study.exposure(job, chosen)
        self.used_score_label.setText(self.tr(
            "Les passerelles et le plan utilisent le score publié dans la qualification "
            "choisie (● {q}) : <b>{score}</b>. L'« Estimation (ROME) » et les « Niveaux "
            "retenus » sont des repères pour l'atelier de requalification.").format(
                q=qualification_short(chosen.value), score=format_score(used.score)))
        series = self._distributions(study, job, estimate, yours)
        chart = level_distribution_chart(series, self.tr("Répartition des compétences par "
                                                         "niveau d'impact"))
        chart.legend().hide()  # QtCharts cuts names that do not fit: a label below wraps them
        self.chart_view.set_chart(chart)
        self.legend_label.setText(series_legend(list(series)))

    def _distributions(self, study: Any, job: str, estimate: Recomputed | None,
                       yours: Recomputed | None) -> dict[str, list[int]]:
        from domain.matching.competency_levels import level_counts
        from domain.study import Qualification

        series: dict[str, list[int]] = {}
        for qualification in Qualification:
            counts = study.level_counts(job, qualification)
            if counts is not None:
                series[qualification_short(qualification.value)] = list(counts.counts)
        if estimate is not None and yours is not None:
            series[self.tr("Estimation (ROME)")] = level_counts(list(estimate.levels))
            series[self.tr("Niveaux retenus")] = level_counts(list(yours.levels))
        return series

    def show_sheets(self, mappings: Sequence[Any], release: Any) -> None:
        """Each ROME sheet of the job: code, title, appellation and why it is there."""
        parts = []
        for m in mappings:
            missing = (release is not None and m.code_rome not in release.sheets)
            parts.append(
                f"<p><b>{escape(m.code_rome)}</b> {escape(m.rome_label)} — "
                + self.tr("appellation « {a} »").format(a=escape(m.appellation))
                + (self.tr(" <i>(absente de la version importée)</i>") if missing else "")
                + f"<br><span style='color:#505050'>{escape(m.rationale)}</span></p>")
        self.rome_label.setText("".join(parts) or self.tr("Aucune fiche ROME associée."))
