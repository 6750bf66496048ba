"""Bar chart of a job's competencies over the study's five impact levels.

Bars show the *share* of the job's competencies at each level, so that the study's count (19 to
25 competencies retained by the experts) and our estimate over the job's full ROME sheets (often
40 to 90 items) can stand side by side; the count is printed above each bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.reports import styles as st
from domain.reports.model import LevelSeries

SERIES_COLOURS = (st.ACCENT, "#8fb3de")


def level_chart(labels: Sequence[str], series: Sequence[LevelSeries], width: float,
                height: float = 130) -> Any:
    """A reportlab Drawing (a flowable) with one bar group per impact level."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    st.register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 44
    chart.width, chart.height = width - 60, height - 70
    shares = [[_share(count, sum(s.counts)) for count in s.counts] for s in series]
    chart.data = shares
    chart.barSpacing = 2
    chart.groupSpacing = 12
    chart.valueAxis.valueMin = 0
    top = max((v for row in shares for v in row), default=0)
    chart.valueAxis.valueMax = max(20, min(100, (int(top) // 10 + 1) * 10 + 5))
    chart.valueAxis.valueStep = 10 if chart.valueAxis.valueMax <= 60 else 20
    chart.valueAxis.labels.fontName = st.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d\u202f%%"
    chart.valueAxis.strokeColor = colors.HexColor(st.RULE)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ef")
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = st.FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = colors.HexColor(st.RULE)
    for index in range(len(series)):
        chart.bars[index].fillColor = colors.HexColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
        chart.bars[index].strokeColor = None
    if len(series) == 1:  # one series: colour each bar by its level, as the study does
        for level, colour in enumerate(st.LEVEL_COLOURS):
            chart.bars[(0, level)].fillColor = colors.HexColor(colour)
    chart.barLabels.fontName = st.FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[str(count) for count in s.counts] for s in series]
    drawing.add(chart)
    drawing.add(String(4, height - 10, "Part des compétences", fontName=st.FONT, fontSize=7,
                       fillColor=colors.HexColor(st.MUTED)))
    if len(series) == 1:  # bars already coloured by level: a caption says what they count
        drawing.add(String(chart.x + chart.width / 2, 12, series[0].legend, fontName=st.FONT,
                           fontSize=7.5, textAnchor="middle", fillColor=colors.HexColor(st.INK)))
    elif series:
        legend = Legend()
        legend.x, legend.y = 42, 10
        legend.fontName = st.FONT
        legend.fontSize = 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = (width - 60) / 2
        legend.dx = legend.dy = 7
        legend.colorNamePairs = [(colors.HexColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]), s.legend)
                                 for i, s in enumerate(series)]
        drawing.add(legend)
    return drawing


def _share(count: int, total: int) -> float:
    return 100.0 * count / total if total else 0.0
