"""One bridge explained, as a person reads it in ten minutes (issue 9, item 4).

The headline is the coverage: the share of the target's key competencies already held. Then
the kind of move (« mobilité proche » exactly when that share reaches the threshold), whether it
is a promotion, the route (direct, two steps with each step's similarity, or wider), and for a
wish the rules it breaks. Three lists follow: what the person brings (savoir-faire first), at
most eight competencies to learn first, the rest grouped by macro-competency with counts; and
the current job's competencies most exposed to generative AI. Both the Passerelles view and
the person editor show a bridge with this widget; the figures and their order are the
domain's (``domain.matching.bridges``, ``gaps``), the tooltips its descriptions.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.bridge_help import field_tip
from gui.bridges_model import kind_label, percent
from gui.formats import plural
from gui.graph_items import number

COMPETENCY_KINDS = (  # domain.matching.competencies.KIND_LABELS, marked for the translation catalogue
    QT_TRANSLATE_NOOP("BridgesView", "savoir-faire"),
    QT_TRANSLATE_NOOP("BridgesView", "savoir-être"),
    QT_TRANSLATE_NOOP("BridgesView", "savoir"),
)
WARNING_STYLE = ("background: #fde4e1; border: 1px solid #d9826f; border-radius: 4px; "
                 "padding: 4px; color: #1a1a1a;")


def competency_text(ref: Any) -> str:
    """One line per competency: label, kind, key, distinctive, impact level, near-match."""
    from domain.matching.competencies import KIND_LABELS

    marks = [QCoreApplication.translate("BridgesView", KIND_LABELS.get(ref.kind, ref.kind))]
    if ref.core:
        marks.append(QCoreApplication.translate("BridgeDetail", "clé"))
    if getattr(ref, "distinctive", False):
        marks.append(QCoreApplication.translate("BridgeDetail", "distinctive"))
    if ref.level is not None:
        marks.append(QCoreApplication.translate("BridgeDetail", "impact IA {level}/5").format(
            level=ref.level))
    if ref.near:
        marks.append(QCoreApplication.translate("BridgeDetail", "proche d'un acquis"))
    return f"{ref.label}  ({', '.join(marks)})"


def competency_tip(ref: Any) -> str:
    """What the marks of :func:`competency_text` mean, for this competency."""
    lines = [QCoreApplication.translate("BridgeDetail", "Compétence ROME {code} : {label}")
             .format(code=ref.code, label=ref.label)]
    if ref.core:
        lines.append(field_tip("core"))
    if getattr(ref, "distinctive", False):
        lines.append(field_tip("distinctive"))
    if ref.level is not None:
        lines.append(field_tip("level"))
    if ref.near:
        lines.append(field_tip("near"))
    if getattr(ref, "macro_label", ""):
        lines.append(QCoreApplication.translate("BridgeDetail", "Macro-compétence : {macro}")
                     .format(macro=ref.macro_label))
    return "\n".join(lines)


class FittedList(QListWidget):
    """A list as tall as its wrapped items (up to ``most`` pixels), refitted when its width
    changes: in a scrolling page, four short lists read better than four half-empty boxes."""

    most = 260

    def fit(self) -> None:
        self.doItemsLayout()  # wrapped heights for the current width
        rows = sum(self.visualItemRect(self.item(row)).height() for row in range(self.count()))
        self.setFixedHeight(min(max(rows, 24) + 2 * self.frameWidth() + 4, self.most))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


SEPARATOR = "·"  # between the kind, the move and the route of a bridge


class BridgeDetail(QWidget):
    """Headline, route, warnings and the four lists of one bridge (or nothing)."""

    def __init__(self, parent: QWidget | None = None,
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> None:
        super().__init__(parent)
        self.bridge: Any = None
        self.coverage_label = self._label(field_tip("coverage"))
        self.coverage_label.setTextFormat(Qt.TextFormat.RichText)
        self.kind_label = self._label(field_tip("kind"))
        self.move_label = self._label(field_tip("move"))
        self.route_label = self._label(field_tip("route"))
        self.warnings_label = self._label(field_tip("warnings"))
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.explanation = self._label(field_tip("explanation"))
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compact = orientation == Qt.Orientation.Vertical
        self.shared_list, self.key_list, self.groups_list, self.exposed_list = (
            self._list() for _ in range(4))
        self.shared_title, self.key_title, self.groups_title, self.exposed_title = (
            self._label(field_tip(field))
            for field in ("shared", "key_gaps", "gap_groups", "source_exposed"))
        pairs = ((self.shared_title, self.shared_list), (self.key_title, self.key_list),
                 (self.groups_title, self.groups_list), (self.exposed_title, self.exposed_list))
        if self.compact:  # one under the other, each as tall as its items (the page scrolls)
            lists = QWidget(self)
            column = QVBoxLayout(lists)
            column.setContentsMargins(0, 0, 0, 0)
            for title, widget in pairs:
                column.addWidget(self._titled(title, widget))
            column.addStretch(1)
        else:
            lists = QSplitter(orientation, self)
            lists.setChildrenCollapsible(False)
            for title, widget in pairs:
                lists.addWidget(self._titled(title, widget))
        self.lists = lists
        tags = QHBoxLayout()
        tags.setSpacing(6)  # one space's width between the three parts of the line
        for label in (self.kind_label, self.move_label):
            label.setWordWrap(False)
            tags.addWidget(label)
        tags.addWidget(self.route_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.coverage_label)
        layout.addLayout(tags)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.explanation)
        layout.addWidget(lists, 1)
        if self.compact:
            layout.addStretch(0)
        # Narrow (the person editor): the lists say it all; the summary is the headline's tip.
        self.explanation.setVisible(not self.compact)
        self.show_bridge(None)

    def _label(self, tip: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setToolTip(tip)
        return label

    def _list(self) -> QListWidget:
        widget = FittedList(self) if self.compact else QListWidget(self)
        widget.setWordWrap(True)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setAlternatingRowColors(True)
        if not self.compact:
            widget.setMinimumHeight(80)
        return widget

    def _titled(self, title: QLabel, widget: QWidget) -> QWidget:
        """A list under its title; the title wraps (a group box would not shrink below it)."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(title)
        layout.addWidget(widget, 0 if self.compact else 1)
        return box

    # Showing ----------------------------------------------------------------------------
    def show_bridge(self, bridge: Any) -> None:
        """Lay out ``bridge`` (a ``domain.matching.bridges.Bridge``), or clear with None."""
        self.bridge = bridge
        for widget in (self.shared_list, self.key_list, self.groups_list, self.exposed_list):
            widget.clear()
        self.warnings_label.setVisible(bool(bridge and bridge.warnings))
        if bridge is None:
            for label in (self.coverage_label, self.kind_label, self.move_label,
                          self.route_label, self.explanation):
                label.clear()
            self._titles(0, 0, 0, 0, 0)
            return
        near = sum(1 for ref in bridge.gap if ref.core and ref.near)
        self.coverage_label.setText(self.tr(
            "<span style='font-size:18pt; font-weight:bold'>{cov}</span> &nbsp;des compétences "
            "clés de « {job} » déjà détenues ({held} sur {total} telles quelles, {near})").format(
                cov=percent(bridge.coverage), job=html.escape(bridge.target, quote=False),
                held=bridge.core_held, total=bridge.core_total,
                near=plural(near, self.tr("{n} proche d'un acquis"),
                            self.tr("{n} proches d'un acquis"))))
        # One line, three labels (each its own tooltip): « Mobilité d'évolution · redéploiement
        # · passerelle directe (similarité 0,99) ».
        kind = kind_label(bridge.kind)
        self.kind_label.setText(f"<b>{html.escape(kind[:1].upper() + kind[1:], quote=False)}"
                                f"</b> {SEPARATOR}")
        self.move_label.setText((self.tr("<b>promotion</b> (poste d'encadrement)")
                                 if bridge.promotion else self.tr("redéploiement"))
                                + f" {SEPARATOR}")
        self.route_label.setText(self._route(bridge))
        self.warnings_label.setText(self.tr("Attention : {rules}.").format(
            rules=" ; ".join(bridge.warnings)))
        self.explanation.setText(bridge.explanation)
        self.coverage_label.setToolTip(field_tip("coverage") + "\n\n" + bridge.explanation)
        self._fill(self.shared_list, bridge.shared)
        self._fill(self.key_list, bridge.key_gaps)
        for group in bridge.gap_groups:
            item = QListWidgetItem(f"{group.label} ({group.count})")
            item.setToolTip("\n".join(f"• {label}" for label in group.items))
            self.groups_list.addItem(item)
        self._fill(self.exposed_list, bridge.source_exposed)
        if self.compact:
            for widget in (self.shared_list, self.key_list, self.groups_list,
                           self.exposed_list):
                widget.fit()
        rest = bridge.gap_count - len(bridge.key_gaps)
        self._titles(len(bridge.shared), len(bridge.key_gaps), bridge.gap_count, rest,
                     len(bridge.source_exposed))

    def _route(self, bridge: Any) -> str:
        from domain.matching.bridges import TWO_STEP, WIDER

        link = self.tr(" — citée par France Travail") if bridge.rome_link else ""
        if bridge.route == TWO_STEP and bridge.steps:
            hops = " ; ".join(self.tr("« {a} » → « {b} » (similarité {s})").format(
                a=html.escape(step.source, quote=False), b=html.escape(step.target, quote=False),
                s=number(step.similarity)) for step in bridge.steps)
            return self.tr("passerelle en deux étapes : {hops}").format(hops=hops) + link
        if bridge.route == WIDER:
            return self.tr("passerelle élargie : métier moins proche (similarité {s}), proposé "
                           "faute de passerelle plus proche").format(
                               s=number(bridge.similarity)) + link
        return self.tr("passerelle directe (similarité {s})").format(
            s=number(bridge.similarity)) + link

    def _fill(self, widget: QListWidget, refs: Any) -> None:
        for ref in refs:
            item = QListWidgetItem(competency_text(ref))
            item.setToolTip(competency_tip(ref))
            if ref.core:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            widget.addItem(item)

    def _titles(self, shared: int, key: int, gaps: int, rest: int, exposed: int) -> None:
        self.shared_title.setText("<b>" + self.tr("Vous apportez ({n}), savoir-faire "
                                                  "d'abord").format(n=shared) + "</b>")
        self.key_title.setText("<b>" + self.tr("À acquérir en priorité ({k} sur {n})").format(
            k=key, n=gaps) + "</b>")
        self.groups_title.setText("<b>" + self.tr("Ensuite, par famille de compétences ({n})")
                                  .format(n=rest) + "</b>")
        self.exposed_title.setText("<b>" + self.tr("Les {n} compétences du métier actuel les "
                                                   "plus exposées (niveau 4 ou 5)").format(
            n=exposed) + "</b>")
