"""Profile colours and the charts of the Cartographie and the Fiche métier.

Colours come from the Okabe–Ito palette, which stays distinguishable with the common forms of
colour blindness; the profile's name is always written next to its colour, so nothing relies
on colour alone. Chart builders take plain records and return a ``QChart`` (or bars for
:class:`BarList`); they never read the study or the store themselves. QtCharts is imported
when the first such chart is built, not at start-up.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QMargins,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

PROFILE_ORDER: tuple[str, ...] = (
    "Emergent", "En forte transformation", "En évolution", "Non impacté ou de manière négligeable",
)
_PROFILE_COLORS: dict[str, str] = {
    "Emergent": "#0072B2",  # blue
    "En forte transformation": "#D55E00",  # vermillion
    "En évolution": "#E69F00",  # orange
    "Non impacté ou de manière négligeable": "#8C8C8C",  # grey
}
_PROFILE_LABELS: dict[str, str] = {
    "Emergent": QT_TRANSLATE_NOOP("Profile", "Emergent"),
    "En forte transformation": QT_TRANSLATE_NOOP("Profile", "En forte transformation"),
    "En évolution": QT_TRANSLATE_NOOP("Profile", "En évolution"),
    "Non impacté ou de manière négligeable":
        QT_TRANSLATE_NOOP("Profile", "Non impacté ou de manière négligeable"),
}
LEVEL_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Level", "1 Négligeable"),
    QT_TRANSLATE_NOOP("Level", "2 Léger"),
    QT_TRANSLATE_NOOP("Level", "3 Modéré"),
    QT_TRANSLATE_NOOP("Level", "4 Important"),
    QT_TRANSLATE_NOOP("Level", "5 Majeur"),
)
SERIES_COLORS: tuple[str, ...] = ("#56B4E9", "#0072B2", "#009E73", "#CC79A7", "#D55E00")
FAMILY_COLOR = "#0072B2"


def _value(profile: Any) -> str:
    return getattr(profile, "value", profile)


def profile_color(profile: Any) -> QColor:
    return QColor(_PROFILE_COLORS.get(_value(profile), "#8C8C8C"))


def profile_tint(profile: Any) -> QColor:
    """A pale version of the profile colour for row backgrounds (dark text stays readable)."""
    base = profile_color(profile)
    share = 0.22
    return QColor(
        round(255 - (255 - base.red()) * share),
        round(255 - (255 - base.green()) * share),
        round(255 - (255 - base.blue()) * share),
    )


def profile_label(profile: Any) -> str:
    value = _value(profile)
    return QCoreApplication.translate("Profile", _PROFILE_LABELS.get(value, value))


def level_label(level: int) -> str:
    return QCoreApplication.translate("Level", LEVEL_LABELS[level - 1])


def _new_chart(title: str) -> Any:
    from PySide6.QtCharts import QChart

    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _profile_sets(profiles: Sequence[str], values: Sequence[float]) -> list[Any]:
    """One set per profile holding only its own bars: one colour per profile, one legend."""
    from PySide6.QtCharts import QBarSet

    sets = []
    for profile in PROFILE_ORDER:
        if profile not in profiles:
            continue
        bar_set = QBarSet(profile_label(profile))
        bar_set.setColor(profile_color(profile))
        bar_set.setBorderColor(profile_color(profile))
        for own, value in zip(profiles, values, strict=True):
            bar_set.append(value if own == profile else 0.0)
        sets.append(bar_set)
    return sets


def profile_counts_chart(records: Sequence[Any], qualification: str, title: str) -> Any:
    """How many of the shown jobs fall in each profile, with the count on each bar."""
    from PySide6.QtCharts import QStackedBarSeries, QValueAxis

    counts = {p: 0 for p in PROFILE_ORDER}
    for record in records:
        counts[_value(record.exposures[qualification].profile)] += 1
    labels = [_wrap(profile_label(p)) for p in PROFILE_ORDER]
    chart = _new_chart(title)
    series = QStackedBarSeries()
    for bar_set in _profile_sets(list(PROFILE_ORDER), [counts[p] for p in PROFILE_ORDER]):
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    axis = QValueAxis()
    axis.setRange(0, max([1, *counts.values()]) * 1.15)
    axis.setLabelFormat("%.0f")
    axis.setTitleText(QCoreApplication.translate("Charts", "Nombre de métiers"))
    axis.applyNiceNumbers()
    _attach_axes(chart, series, labels, axis, horizontal=False)
    chart.legend().hide()
    return chart


def level_distribution_chart(distributions: Mapping[str, Sequence[float]], title: str,
                             as_share: bool = True) -> Any:
    """Grouped bars: for each impact level, the share of competencies of each source."""
    from PySide6.QtCharts import QBarSeries, QBarSet, QValueAxis

    chart = _new_chart(title)
    series = QBarSeries()
    peak = 0.0
    for color, (name, counts) in zip(SERIES_COLORS, distributions.items(), strict=False):
        total = sum(counts) or 1
        values = [100.0 * c / total if as_share else float(c) for c in counts]
        peak = max([peak, *values])
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(color))
        bar_set.append(values)
        series.append(bar_set)
    chart.addSeries(series)
    axis = QValueAxis()
    axis.setRange(0, max(10.0, peak * 1.05))
    axis.setLabelFormat("%.0f")
    axis.applyNiceNumbers()
    axis.setTitleText(QCoreApplication.translate("Charts", "% des compétences") if as_share
                      else QCoreApplication.translate("Charts", "Compétences"))
    labels = [level_label(i).replace(" ", "<br>", 1) for i in range(1, 6)]
    _attach_axes(chart, series, labels, axis, horizontal=False)
    # Five names on one line under the bars: a slightly smaller font gives each its room at
    # the width the Fiche métier gives the chart (QtCharts cuts them otherwise: « Experts
    # mét… »); a name cut in a narrower view still shows whole in its tooltip.
    legend = chart.legend()
    font = QFont(legend.font())
    font.setPointSizeF(max(7.5, font.pointSizeF() - 1.5))
    legend.setFont(font)
    legend.setShowToolTips(True)
    return chart


def _attach_axes(chart: Any, series: Any, categories: Sequence[str], values: Any,
                 horizontal: bool) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    category_axis.setGridLineVisible(False)
    category_axis.setTruncateLabels(False)  # labels are short or wrapped on purpose
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(values)


def _wrap(text: str, width: int = 12) -> str:
    """Break long category labels on spaces (QtCharts elides them otherwise)."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(lines)


def chart_view(parent: QWidget | None = None) -> Any:
    """A QChartView with antialiasing and ``set_chart`` (replaces and frees the old chart)."""
    return _chart_view_class()(parent)


@functools.cache
def _chart_view_class() -> type:
    from PySide6.QtCharts import QChartView

    class ChartView(QChartView):
        def __init__(self, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.setRenderHint(QPainter.RenderHint.Antialiasing)

        def set_chart(self, chart: Any) -> None:
            old = self.chart()
            self.setChart(chart)
            if old is not None:
                old.deleteLater()

    return ChartView


# Horizontal bar lists ---------------------------------------------------------------------
# QtCharts reserves a fixed share of the width for left-hand category labels and truncates or
# clips long job names; a painted list gives every name its room and stays readable at any
# width, which matters more here than QtCharts' features.


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    color: QColor
    tooltip: str = ""


class BarList(QWidget):
    """Labelled horizontal bars with a value scale, a legend and clickable rows."""

    bar_clicked = Signal(str)  # the bar's label

    ROW = 20
    TOP = 30
    BOTTOM = 44

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.bars: list[Bar] = []
        self.legend: list[tuple[str, QColor]] = []
        self.maximum = 1.0
        self.axis_title = ""
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)

    def set_bars(self, title: str, bars: Sequence[Bar], legend: Sequence[tuple[str, QColor]] = (),
                 axis_title: str = "", maximum: float = 1.0) -> None:
        self.title, self.bars, self.legend = title, list(bars), list(legend)
        self.axis_title, self.maximum = axis_title, maximum or 1.0
        self.setMinimumHeight(self._height())
        self.update()

    def _legend_lines(self) -> list[list[tuple[str, QColor]]]:
        """The legend's entries, in as many lines as the width needs (never cut)."""
        metrics = self.fontMetrics()
        lines: list[list[tuple[str, QColor]]] = []
        x, room = 8, max(120, self.width() - 8)
        for label, color in self.legend:
            width = 16 + metrics.horizontalAdvance(label) + 16
            if not lines or x + width > room:
                lines.append([])
                x = 8
            lines[-1].append((label, color))
            x += width
        return lines

    def _legend_rows(self) -> int:
        return len(self._legend_lines())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.legend and self.minimumHeight() != self._height():
            self.setMinimumHeight(self._height())

    def _height(self) -> int:
        return self.TOP + self.ROW * max(1, len(self.bars)) + self.BOTTOM + 22 * self._legend_rows()

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 10, int(self.width() * 0.55))

    def _bar_geometry(self) -> tuple[int, int]:
        left = self._label_width() + 6
        value_room = self.fontMetrics().horizontalAdvance("0,00") + 14
        return left, max(40, self.width() - left - value_room)

    def row_at(self, y: float) -> int:
        row = int((y - self.TOP) // self.ROW)
        return row if 0 <= row < len(self.bars) else -1

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = self.fontMetrics()
        text_color = QColor("#1a1a1a")
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(QRectF(0, 4, self.width(), self.TOP - 6),
                         int(Qt.AlignmentFlag.AlignCenter), self.title)
        painter.setFont(self.font())
        left, width = self._bar_geometry()
        bottom = self.TOP + self.ROW * len(self.bars)
        self._paint_scale(painter, left, width, bottom)
        label_width = self._label_width()
        for row, bar in enumerate(self.bars):
            y = self.TOP + row * self.ROW
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y, label_width, self.ROW),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                label_width - 4))
            length = width * max(0.0, min(bar.value, self.maximum)) / self.maximum
            painter.fillRect(QRectF(left, y + 3, length, self.ROW - 6), bar.color)
            painter.drawText(QRectF(left + length + 4, y, 60, self.ROW),
                             int(Qt.AlignmentFlag.AlignVCenter), format_number(bar.value))
        self._paint_legend(painter, bottom + self.BOTTOM)
        painter.end()

    def _paint_scale(self, painter: QPainter, left: int, width: int, bottom: int) -> None:
        painter.setPen(QPen(QColor("#d0d0d0"), 1))
        for tick in range(6):
            x = left + width * tick / 5
            painter.drawLine(QPointF(x, self.TOP), QPointF(x, bottom))
        painter.setPen(QColor("#404040"))
        for tick in range(6):
            x = left + width * tick / 5
            painter.drawText(QRectF(x - 20, bottom + 2, 40, 16), int(Qt.AlignmentFlag.AlignCenter),
                             format_number(self.maximum * tick / 5, 1))
        painter.drawText(QRectF(0, bottom + 20, self.width(), 18),
                         int(Qt.AlignmentFlag.AlignCenter), self.axis_title)

    def _paint_legend(self, painter: QPainter, top: int) -> None:
        metrics = self.fontMetrics()
        for line in self._legend_lines():
            x = 8
            for label, color in line:
                painter.fillRect(QRectF(x, top + 4, 12, 12), color)
                painter.setPen(QColor("#1a1a1a"))
                painter.drawText(QPointF(x + 16, top + 15), label)
                x += 16 + metrics.horizontalAdvance(label) + 16
            top += 22

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row = self.row_at(event.pos().y())  # type: ignore[attr-defined]
            if row >= 0:
                bar = self.bars[row]
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  bar.tooltip or f"{bar.label} : {format_number(bar.value)}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        row = self.row_at(event.position().y())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.bar_clicked.emit(self.bars[row].label)
        super().mouseReleaseEvent(event)


def format_number(value: float, digits: int = 2) -> str:
    """Decimal separator of the interface language (QLocale default set at start-up)."""
    return QLocale().toString(float(value), "f", digits)


def profile_legend(profiles: Sequence[Any] = PROFILE_ORDER) -> list[tuple[str, QColor]]:
    return [(profile_label(p), profile_color(p)) for p in profiles]


def job_bars(records: Sequence[Any], qualification: str) -> list[Bar]:
    """One bar per job, most exposed first, in its profile's colour."""
    ordered = sorted(records, key=lambda r: r.exposures[qualification].rank)
    return [
        Bar(r.name, r.exposures[qualification].score, profile_color(r.exposures[qualification].profile),
            f"{r.name} : {format_number(r.exposures[qualification].score)} — "
            f"{profile_label(r.exposures[qualification].profile)}")
        for r in ordered
    ]


def family_bars(records: Sequence[Any], qualification: str) -> list[Bar]:
    """Mean score of each family's jobs (among ``records``), most exposed family first."""
    by_family: dict[str, list[float]] = {}
    for record in records:
        by_family.setdefault(record.family_label, []).append(
            record.exposures[qualification].score)
    means = sorted(((sum(v) / len(v), k, len(v)) for k, v in by_family.items()), reverse=True)
    return [
        Bar(family, mean, QColor(FAMILY_COLOR),
            (QCoreApplication.translate("Charts", "{family} : score moyen {score} sur {n} métier")
             if count < 2 else QCoreApplication.translate(
                 "Charts", "{family} : score moyen {score} sur {n} métiers")).format(
                family=family, score=format_number(mean), n=count))
        for mean, family, count in means
    ]
