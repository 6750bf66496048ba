"""Passerelles view and collective plan driven through their widgets, on the real release."""

from __future__ import annotations

from dataclasses import replace

import pytest
from gui_support import Dialogs, click_cell, loaded_context, type_in_cell, type_text
from PySide6.QtCore import QPoint, Qt

from domain.matching.bridges import BridgeSettings
from domain.matching.plan import Headcount
from gui.bridges_model import BridgesModel, MovesModel, PlanInputModel
from gui.bridges_view import BridgesView
from gui.engine_holder import engine_holder
from gui.graph_items import number

pytestmark = pytest.mark.rome

SOURCE = "Gestionnaire de réseau prestataires"  # exposed, 5 bridges on v4.60


@pytest.fixture
def view(real_rome, qtbot):
    context = loaded_context(real_rome)
    widget = BridgesView(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    context.close()


def choose_job(qtbot, view, name: str) -> None:
    """Type the job's name in the editable combo and accept it, as a user would."""
    edit = view.job_combo.lineEdit()
    edit.selectAll()
    type_text(qtbot, edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def targets(view) -> list[str]:
    return [bridge.target for bridge in view.model.rows()]


def test_typing_a_job_lists_its_ranked_bridges(view, qtbot):
    choose_job(qtbot, view, SOURCE)
    assert view.current_job() == SOURCE
    assert view.context.selected_job == SOURCE
    expected = view.engine.bridges(SOURCE, BridgeSettings(qualification="experts"))
    assert expected
    assert targets(view) == [b.target for b in expected]
    column = BridgesModel.SCORE
    shown = [view.model.index(r, column).data() for r in range(view.model.rowCount())]
    assert shown == [f"{b.score:.2f}".replace(".", ",") for b in expected]
    assert view.status_label.text().startswith(f"{len(expected)} passerelles, les liens")


def test_selecting_a_bridge_explains_it(view, qtbot):
    choose_job(qtbot, view, SOURCE)
    click_cell(qtbot, view.table, 1, BridgesModel.TARGET)
    bridge = view.model.row(1)
    detail = view.detail
    assert view.selected_bridge() is bridge and detail.bridge is bridge
    assert detail.shared_list.count() == len(bridge.shared)
    assert detail.key_list.count() == len(bridge.key_gaps) <= 8
    assert detail.exposed_list.count() == len(bridge.source_exposed)
    if bridge.key_gaps:
        assert detail.key_list.item(0).text().startswith(bridge.key_gaps[0].label)
    assert bridge.explanation == detail.explanation.text()
    assert f"{round(100 * bridge.coverage)} %" in detail.coverage_label.text()
    # The kind, the move and the route read as one line, parts separated, no double space.
    from PySide6.QtGui import QTextDocumentFragment

    line = " ".join(QTextDocumentFragment.fromHtml(label.text()).toPlainText()
                    for label in (detail.kind_label, detail.move_label, detail.route_label))
    move = "promotion (poste d'encadrement)" if bridge.promotion else "redéploiement"
    route = f"passerelle directe (similarité {number(bridge.similarity)})" \
        if len(bridge.path) == 2 else "passerelle "
    kind = bridge.kind[:1].upper() + bridge.kind[1:]
    assert line.startswith(f"{kind} · {move} · {route}"), line
    assert "  " not in line
    assert f"({len(bridge.key_gaps)} sur {bridge.gap_count})" in detail.key_title.text()


def test_target_settings_change_the_list(view, qtbot):
    choose_job(qtbot, view, SOURCE)
    panel = view.settings_panel
    for key in ("emergent", "non_impacte"):
        panel.profile_boxes[key].setChecked(False)
    panel.max_score.setValue(0.10)
    panel.top.setValue(3)
    settings = engine_holder(view.context).settings
    assert settings.target_profiles == frozenset()
    assert settings.max_target_score == pytest.approx(0.10)
    expected = view.engine.bridges(SOURCE, settings)
    assert targets(view) == [b.target for b in expected]
    assert len(targets(view)) <= 3
    facts = view.engine.facts("experts")
    assert all(facts[name].score <= 0.10 for name in targets(view))


def test_reset_restores_the_default_settings(view, qtbot):
    from PySide6.QtWidgets import QPushButton

    panel = view.settings_panel
    panel.top.setValue(2)
    reset = next(b for b in panel.findChildren(QPushButton) if "défaut" in b.text())
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert engine_holder(view.context).settings == BridgeSettings(qualification="experts")
    assert panel.top.value() == 5


def test_two_step_paths_name_their_intermediate_job(view, qtbot):
    holder = engine_holder(view.context)
    holder.set_settings(replace(holder.settings, min_similarity=0.99, hop_similarity=0.80, top=20,
                                shown=20))
    # an exposed job: from Chargé d'assistance (0,17) no intermediate is less exposed (issue 9)
    choose_job(qtbot, view, "Chargé d'accueil d'assistance")
    rows = view.model.rows()
    two_step = [r for r, bridge in enumerate(rows) if len(bridge.path) == 3]
    assert two_step, "with a 0.99 direct floor, bridges go through an intermediate job"
    row = two_step[0]
    assert view.model.index(row, BridgesModel.VIA).data() == rows[row].path[1]
    click_cell(qtbot, view.table, row, BridgesModel.TARGET)
    route = view.detail.route_label.text()
    assert route.startswith("passerelle en deux étapes")
    for step in rows[row].steps:
        assert f"« {step.source} » → « {step.target} » (similarité {number(step.similarity)})" \
            in route


def test_engine_built_later_fills_the_table(real_rome, qtbot):
    context = loaded_context(real_rome)
    holder = engine_holder(context)
    engine = holder.engine
    holder.engine = None
    widget = BridgesView(context)
    qtbot.addWidget(widget)
    widget.select_job(SOURCE)
    assert widget.model.rowCount() == 0
    assert "Construction" in widget.status_label.text()
    holder.set_engine(engine)
    assert widget.model.rowCount() > 0
    context.close()


# Collective plan -------------------------------------------------------------------------

def plan_row(plan, job: str) -> int:
    return next(r for r in range(plan.inputs.rowCount()) if plan.inputs.job(r) == job)


def test_plan_from_typed_headcounts_and_places(view, qtbot):
    view.tabs.setCurrentIndex(1)
    plan = view.plan_view
    engine = view.engine
    settings = engine_holder(view.context).settings
    goals = set(engine.targets(settings))
    exposed = [j.name for j in engine.study.jobs if j.name not in goals][:2]
    places = [b.target for b in engine.bridges(exposed[0], settings)][:2]
    typed = {exposed[0]: ("headcount", 7), exposed[1]: ("headcount", 3),
             places[0]: ("capacity", 2), places[1]: ("capacity", 1)}
    for job, (kind, count) in typed.items():
        column = PlanInputModel.HEADCOUNT if kind == "headcount" else PlanInputModel.CAPACITY
        type_in_cell(qtbot, plan.input_table, plan_row(plan, job), column, str(count))
    assert plan.inputs.headcount == {exposed[0]: 7, exposed[1]: 3}
    assert plan.inputs.capacity == {places[0]: 2, places[1]: 1}
    qtbot.mouseClick(plan.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.result is not None, timeout=10000)
    expected = engine.plan([Headcount(exposed[0], 7, 0), Headcount(exposed[1], 3, 0),
                            Headcount(places[0], 0, 2), Headcount(places[1], 0, 1)], settings)
    shown = {(plan.moves.index(r, MovesModel.SOURCE).data(),
              plan.moves.index(r, MovesModel.TARGET).data(),
              int(plan.moves.index(r, MovesModel.PEOPLE).data()))
             for r in range(plan.moves.rowCount())}
    assert shown == {(m.source, m.target, m.people) for m in expected.moves}
    assert expected.moved == 3  # both targets filled: they are bridges of the first job
    assert f"{expected.moved} personnes sur 10" in plan.summary.text()
    uncovered = {plan.uncovered_table.item(r, 0).text(): int(plan.uncovered_table.item(r, 1).text())
                 for r in range(plan.uncovered_table.rowCount())}
    assert uncovered == dict(expected.uncovered)
    assert sum(uncovered.values()) == 7


def test_plan_starts_from_the_register_headcounts(real_rome, qtbot):
    context = loaded_context(real_rome, {SOURCE: 12})
    widget = BridgesView(context)
    qtbot.addWidget(widget)
    assert widget.plan_view.inputs.headcount == {SOURCE: 12}
    context.close()


def test_headcount_file_with_a_bad_line_is_refused_with_its_line(view, tmp_path, monkeypatch):
    dialogs = Dialogs(monkeypatch)
    plan = view.plan_view
    path = tmp_path / "effectifs.csv"
    path.write_text(f"métier;effectif;capacité\n{SOURCE};4;\nMétier inventé;3;0\n",
                    encoding="utf-8")
    assert not plan.load_file(str(path))
    assert "effectifs.csv" in dialogs.texts() and "3" in dialogs.texts()
    assert "Métier inventé" in dialogs.texts()
    path.write_text(f"métier;effectif;capacité\n{SOURCE};4;\nMédecin d'assistance;0;2\n",
                    encoding="utf-8")
    assert plan.load_file(str(path))
    assert plan.inputs.headcount == {SOURCE: 4}
    assert plan.inputs.capacity == {"Médecin d'assistance": 2}


def test_changing_the_qualification_updates_bridges_and_plan(view, qtbot):
    from domain.study import Qualification
    from gui.charts import profile_label

    choose_job(qtbot, view, SOURCE)
    view.context.set_qualification(Qualification.INITIAL)
    settings = engine_holder(view.context).settings
    assert settings.qualification == "initial"
    assert targets(view) == [b.target for b in view.engine.bridges(SOURCE, settings)]
    facts = view.engine.facts("initial")
    plan = view.plan_view
    changed = [job for job, f in facts.items()
               if f.profile_label != view.engine.facts("experts")[job].profile_label]
    assert changed, "some jobs change profile between the two qualifications"
    row = plan_row(plan, changed[0])
    shown = plan.inputs.index(row, PlanInputModel.PROFILE).data()
    assert shown == profile_label(facts[changed[0]].profile_label)


# Coverage first, explained columns, sorting, how many bridges ------------------------------

EXPOSED = "Gestionnaire de dossiers d'assistance"


def shown_column(view, column: int) -> list:
    """What the table shows in ``column``, top to bottom (after any sort)."""
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def test_coverage_leads_and_every_column_says_what_it_measures(view, qtbot):
    from domain.matching.bridge_fields import column_help

    choose_job(qtbot, view, SOURCE)
    header = view.table.horizontalHeader()
    titles = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    assert titles[:3] == ["Rang", "Métier cible", "Couverture"]
    for column, title in enumerate(BridgesModel.headers):
        tip = view.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip, title
        if column != BridgesModel.RANK:
            assert tip == column_help(title)  # the domain's own words
    bridge = view.model.row(0)
    assert shown_column(view, BridgesModel.COVERAGE)[0] == f"{round(100 * bridge.coverage)} %"
    tip = view.model.index(0, BridgesModel.COVERAGE).data(Qt.ItemDataRole.ToolTipRole)
    assert f"{bridge.core_held} des {bridge.core_total} compétences clés" in tip


def test_kinds_follow_coverage_and_promotions_are_marked(view, qtbot):
    holder = engine_holder(view.context)
    holder.set_settings(replace(holder.settings, top=12, shown=12))
    for job in (SOURCE, EXPOSED):
        choose_job(qtbot, view, job)
        settings = view.settings()
        for row, bridge in enumerate(view.model.rows()):
            close = bridge.coverage >= settings.close_coverage
            assert view.model.index(row, BridgesModel.KIND).data() == (
                "mobilité proche" if close else "mobilité d'évolution")
            assert view.model.index(row, BridgesModel.PROMOTION).data() == (
                "promotion" if bridge.promotion else "")
    promoted = [r for r, b in enumerate(view.model.rows()) if b.promotion]
    if promoted:
        click_cell(qtbot, view.table, promoted[0], BridgesModel.TARGET)
        assert "promotion" in view.detail.move_label.text()


def test_sorting_a_number_column_sorts_by_value_and_keeps_the_explanation(view, qtbot):
    holder = engine_holder(view.context)
    holder.set_settings(replace(holder.settings, top=12, shown=12))
    choose_job(qtbot, view, EXPOSED)
    bridges = view.model.rows()
    assert len(bridges) >= 3 and len({b.gap_count for b in bridges}) > 1
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + QPoint(
                         header.sectionViewportPosition(BridgesModel.GAPS) + 5, 5))
    counts = [int(text) for text in shown_column(view, BridgesModel.GAPS)]
    assert counts == sorted(b.gap_count for b in bridges)  # 9 before 10, as numbers
    assert shown_column(view, BridgesModel.RANK) != [str(n) for n in range(1, len(bridges) + 1)] \
        or counts == [b.gap_count for b in bridges]
    click_cell(qtbot, view.table, 0, BridgesModel.TARGET)
    first = min(bridges, key=lambda b: (b.gap_count, bridges.index(b)))
    assert view.selected_bridge().target == shown_column(view, BridgesModel.TARGET)[0]
    assert view.detail.bridge.gap_count == first.gap_count


def test_as_many_bridges_as_the_setting_says(view, qtbot):
    holder = engine_holder(view.context)
    assert holder.settings.shown == BridgeSettings().shown
    choose_job(qtbot, view, EXPOSED)
    every = view.engine.bridges(EXPOSED, replace(holder.settings, top=None))
    assert view.model.rowCount() == min(BridgeSettings().shown, len(every))
    view.settings_panel.top.setValue(3)
    assert holder.settings.shown == 3 and view.model.rowCount() == min(3, len(every))
    assert targets(view) == [b.target for b in every[:3]]


def test_the_rest_to_learn_is_grouped_with_counts(view, qtbot):
    choose_job(qtbot, view, EXPOSED)
    for row, bridge in enumerate(view.model.rows()):
        click_cell(qtbot, view.table, row, BridgesModel.TARGET)
        groups = [view.detail.groups_list.item(i).text()
                  for i in range(view.detail.groups_list.count())]
        assert groups == [f"{g.label} ({g.count})" for g in bridge.gap_groups]
        assert sum(g.count for g in bridge.gap_groups) == bridge.gap_count - len(bridge.key_gaps)
        kinds = [ref.kind for ref in bridge.shared]
        if "savoir_faire" in kinds:
            assert kinds[0] == "savoir_faire"  # what you bring: savoir-faire first


def test_every_description_of_a_bridge_field_is_in_the_english_catalogue():
    """The tooltips are the domain's texts; the English window finds each in the catalogue."""
    import xml.etree.ElementTree as ET

    from domain.matching.bridge_fields import COMPETENCY_HELP, FIELD_HELP
    from domain.paths import RESOURCES

    path = RESOURCES / "translations" / "passerelles_en.ts"
    catalogue = {(ctx.findtext("name"), m.findtext("source")): m.findtext("translation")
                 for ctx in ET.parse(path).getroot().iter("context") for m in ctx.iter("message")}
    for text in [*FIELD_HELP.values(), *COMPETENCY_HELP.values()]:
        assert catalogue.get(("BridgeFields", text)), text


def test_the_job_picker_finds_a_job_without_accents(view, qtbot):
    edit = view.job_combo.lineEdit()
    edit.selectAll()
    type_text(qtbot, edit, "charge d'accueil")
    completer = view.job_combo.completer()
    shown = [completer.completionModel().index(r, 0).data()
             for r in range(completer.completionModel().rowCount())]
    assert "Chargé d'accueil d'assistance" in shown  # the popup offers it as the user types
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert view.current_job() == "Chargé d'accueil d'assistance"
    assert view.model.rowCount() > 0


def test_columns_fit_at_1280_the_target_job_takes_the_spare_width(real_rome, qtbot):
    from gui_support import main_window_at

    main = main_window_at(real_rome, qtbot, "bridges")
    context = main.context
    view = main.view("bridges")
    choose_job(qtbot, view, SOURCE)
    table, header = view.table, view.table.horizontalHeader()
    header.setSortIndicator(BridgesModel.SCORE, Qt.SortOrder.DescendingOrder)  # arrow shown
    qtbot.wait(50)
    widths = {c: table.columnWidth(c) for c in range(header.count())}
    metrics = header.fontMetrics()
    score_title = view.model.headerData(BridgesModel.SCORE, Qt.Orientation.Horizontal)
    assert widths[BridgesModel.SCORE] >= metrics.horizontalAdvance(score_title) + 20
    rome_title = view.model.headerData(BridgesModel.ROME, Qt.Orientation.Horizontal)
    rome_natural = max(metrics.horizontalAdvance(line) for line in rome_title.split("\n")) + 60
    assert widths[BridgesModel.ROME] <= rome_natural  # no longer all the spare width
    assert widths[BridgesModel.TARGET] == max(widths.values())
    assert sum(widths.values()) <= table.viewport().width() + 1  # everything seen, no scrolling
    main.close()
    context.close()


def test_a_typed_title_is_read_like_the_roster_and_no_match_never_shows_another_job(view, qtbot):
    choose_job(qtbot, view, "Chargé d'accueil d'assistance")
    shown = targets(view)
    choose_job(qtbot, view, "zzz")  # nothing matches: the box shows the job of the table again
    assert view.job_combo.currentText() == "Chargé d'accueil d'assistance"
    assert view.current_job() == "Chargé d'accueil d'assistance" and targets(view) == shown
    choose_job(qtbot, view, "chargee de reclamations clients")  # feminine, no accents
    assert view.current_job() == "Chargé de réclamations clients"
    assert view.job_combo.currentText() == "Chargé de réclamations clients"
