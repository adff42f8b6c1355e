"""The manager's activities: the region's list with whose activity it is, totals and the
count waiting for a decision; a submitted activity offers Approve and Return (which needs
a comment); the chart draws the documents' bands; the evaluation panel waits for a held
activity."""

from __future__ import annotations

from activity_screen_world import TODAY

from desktop.domain.activity_views import ResultPoint
from desktop.ui.activities.region_view import RegionActivitiesView
from desktop.ui.activities.results_chart import ResultsChart


def make_view(qtbot, context, identity):
    view = RegionActivitiesView(context, identity=identity, today_fn=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def cells(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_region_lists_every_reps_activities_with_totals(qtbot, context, world,
                                                            qtmodeltester):
    view = make_view(qtbot, context, world.manager)
    qtmodeltester.check(view.model)
    assert cells(view.model, 1) == ["高血压学术沙龙", "药店店员培训", "心内科科室会",
                                    "心血管学术年会卫星会"]
    assert cells(view.model, 2) == ["李明", "王强", "李明", "李明"]
    assert view.totals_label.text() == ("4 activities, budget ¥21,500, spent ¥12,000 · "
                                        "1 waiting for your decision")
    view.filters.product_combo.setCurrentIndex(view.filters.product_combo.findData(
        world.product2))
    assert view.model.rowCount() == 0 and view.totals_label.text() == ""


def test_a_submitted_activity_is_approved_or_returned_with_a_comment(qtbot, context, world):
    view = make_view(qtbot, context, world.manager)
    view.select_activity(world.submitted)
    panel = view.panel
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.id == world.submitted)
    shown = [a for a, b in panel.action_buttons.items() if b.isVisibleTo(panel)]
    assert shown == ["approve", "return"]
    assert panel.comment_edit.isVisibleTo(panel)
    assert not panel.action_buttons["return"].isEnabled()
    assert not panel.act("return")
    assert panel.message.text() == ("Say why the activity is returned: a comment is "
                                    "required.")
    panel.comment_edit.setPlainText("预算过高")
    assert panel.action_buttons["return"].isEnabled()
    assert not panel.edit_button.isVisibleTo(panel)  # the rep's plan, not the manager's


def test_the_evaluation_waits_until_the_activity_was_held(qtbot, context, world):
    view = make_view(qtbot, context, world.manager)
    view.select_activity(world.draft)
    qtbot.waitUntil(lambda: view.evaluation.detail is not None
                    and view.evaluation.detail.id == world.draft)
    assert view.evaluation.heading.text() == "心内科科室会: evaluated once it has been held."
    assert not view.evaluation.record_button.isEnabled()


def test_the_chart_draws_growth_and_return_with_their_bands(qtbot):
    chart = ResultsChart()
    qtbot.addWidget(chart)
    assert chart.empty_label.text().startswith("No held activity")
    chart.set_points([ResultPoint("a", "心血管学术年会卫星会", 0.081, 2.1),
                      ResultPoint("b", "药店培训", -0.01, None)])
    assert not chart.empty_label.isVisibleTo(chart)
    growth, returns = chart.growth_view.chart(), chart.return_view.chart()
    assert [s.name() for s in growth.series()[1:]] == ["6.83", "3"]
    assert [s.name() for s in returns.series()[1:]] == ["1.5", "1", "0.5"]
    bars = growth.series()[0].barSets()[0]
    assert [round(bars.at(i), 2) for i in range(bars.count())] == [8.1, -1.0]
    assert growth.axes()[0].categories() == ["心血管学术年会…", "药店培训"]
    chart.set_points([ResultPoint("c", "社区讲座", None, None)])
    assert chart.empty_label.text() == ("1 held activity listed, with no sales figures "
                                        "to judge by yet.")
