"""The manager's quota tab: the suggested split equals last year's proportions, an edited
split saves offline into the outbox (as drafts where quotas need approval), a typed
non-amount is refused, achievement and forecast shown equal the data, and a product
without a quota says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from quotahelpers import REGION, REP, REP2, YEAR, outbox

from desktop.domain import quotas
from desktop.models import CustomerMetric, Quota
from desktop.ui.desk.quota_split import FIRST_MONTH, NAME
from desktop.ui.desk.quota_split import YEAR as YEAR_COLUMN


def open_tab(qtbot, context, identity, **options):
    from desktop.ui.desk.quotas_tab import QuotasTab

    tab = QuotasTab(context, identity=identity, **options)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def cell(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def table(model):
    """Name → the twelve months and the year as shown."""
    return {cell(model, r, NAME): [cell(model, r, c) for c in range(FIRST_MONTH, YEAR_COLUMN + 1)]
            for r in range(model.rowCount())}


def test_the_suggested_split_follows_last_years_sales(qtbot, context, region, qtmodeltester):
    tab = open_tab(qtbot, context, region.manager)
    qtmodeltester.check(tab.model)
    shown = table(tab.model)
    # 李明 sold 300,000 last year, 王强 100,000: 3 to 1 of 10,000 a month.
    assert shown["李明"] == ["7,500"] * 12 + ["90,000"]
    assert shown["王强"] == ["2,500"] * 12 + ["30,000"]
    assert shown["Allocated"] == shown["Quota to split"] == ["10,000"] * 12 + ["120,000"]
    assert "not saved yet" in tab.state_label.text()

    assert tab.save()  # the reps' shares saved, 李明's can be split in turn
    tab.choose(rep_user_id=REP)  # 李明's share over his hospitals: 协和 (with 张伟) 4 : 第一医院 1
    shown = table(tab.model)
    assert shown["协和医院"][0] == "6,000" and shown["第一医院"][0] == "1,500"


def test_an_edited_split_is_saved_offline_and_queued_for_the_server(qtbot, context, region,
                                                                    store):
    tab = open_tab(qtbot, context, region.manager)
    model = tab.model
    assert model.setData(model.index(0, FIRST_MONTH), "8,000")  # 李明, January
    assert model.setData(model.index(1, FIRST_MONTH), "2000")  # 王强, January
    assert model.setData(model.index(1, YEAR_COLUMN), "36000")  # 王强's year, spread
    assert "Edited, not saved yet." in tab.state_label.text()

    assert tab.save()
    assert "Saved" in tab.message.text() and "Saved and approved." in tab.state_label.text()
    with store.read() as s:
        from sqlmodel import select

        rows = {(q.rep_user_id, q.month): q.amount for q in s.exec(
            select(Quota).where(Quota.level == "rep", Quota.year == YEAR))}
    assert rows[REP, 1] == 8_000 and rows[REP, 2] == 7_500
    assert round(sum(v for (rep, _m), v in rows.items() if rep == REP2), 2) == 36_000
    queued = [e for e in outbox(store, "quota") if e.changes.get("level") == "rep"]
    assert len(queued) == 24  # every month of both reps waits for the sync

    # Read again, the screen shows the split saved, not the suggestion.
    tab.refresh()
    assert table(tab.model)["李明"][0] == "8,000"


def test_a_split_needing_approval_is_saved_as_drafts(qtbot, context, region, store):
    tab = open_tab(qtbot, context, region.manager, needs_approval=True)
    assert tab.save()
    assert "waits for approval" in tab.message.text()
    assert "waiting for approval" in tab.state_label.text()
    with store.read() as s:
        from sqlmodel import select

        statuses = set(s.exec(select(Quota.status).where(Quota.level == "rep")))
    assert statuses == {"draft"}


def test_the_servers_approval_setting_decides_once_a_sync_brings_it(qtbot, context, region,
                                                                    store):
    """The laptop's own config says nothing of approval; the server's setting, arriving
    with a sync after the tab opened, makes Save write drafts as the server will judge."""
    from sqlmodel import select

    from desktop.domain import server_settings

    tab = open_tab(qtbot, context, region.manager)
    server_settings.remember(store, {"quotas_need_approval": True})
    assert tab.save()
    assert "waits for approval" in tab.message.text()
    with store.read() as s:
        assert set(s.exec(select(Quota.status).where(Quota.level == "rep"))) == {"draft"}


def test_a_typed_value_that_is_not_an_amount_is_refused_and_changes_nothing(qtbot, context,
                                                                           region):
    tab = open_tab(qtbot, context, region.manager)
    model = tab.model
    assert not model.setData(model.index(0, FIRST_MONTH), "abc")
    assert "“abc” is not an amount" in tab.message.text()
    assert not model.setData(model.index(0, FIRST_MONTH), "-5")
    assert "cannot be negative" in tab.message.text()
    assert table(model)["李明"][0] == "7,500" and not tab.dirty


def this_years_sales(store, region):
    with store.write() as w:
        for month in (1, 2, 3):
            for customer, territory, amount in ((region.xiehe, "t1", 9_000),
                                                (region.xiangya, "t2", 2_000)):
                w.create(CustomerMetric, customer_id=customer, period=f"{YEAR}-{month:02d}",
                         product_id=region.product, sales_amount=amount, territory_id=territory)


def test_achievement_and_forecast_shown_equal_the_data(qtbot, context, region, store):
    this_years_sales(store, region)
    tab = open_tab(qtbot, context, region.manager)
    assert tab.save()  # the suggested split: 李明 7,500 a month, 王强 2,500
    tab.pages.setCurrentIndex(1)
    panel = tab.achievement
    rows = {r.name: r for r in panel.model.rows()}
    shown = {name: [panel.model.data(panel.model.index(i, c)) for c in range(7)]
             for i, name in enumerate(r.name for r in panel.model.rows())}
    # The region, January to March: quota 30,000, sales 33,000; last year's same months
    # 100,000 (400,000 a year); run rate 33,000 / 3 × 12; last year × 0.33.
    assert shown["华中大区"] == ["华中大区", "30,000", "33,000", "110%", "100,000", "132,000",
                             "132,000"]
    assert shown["李明"][1:4] == ["22,500", "27,000", "120%"]
    assert shown["王强"][1:4] == ["7,500", "6,000", "80%"]
    li = rows["李明"].achievement
    assert li.forecast.run_rate == 108_000 == quotas.forecast(27_000, 3, 75_000, 300_000).run_rate

    # The region's line is drawn month by month, and explained under the chart.
    assert panel.current_row().name == "华中大区"
    drawn = panel.chart.series_values()
    assert drawn["Quota"] == [10_000] * 12
    assert drawn["Sales"] == [11_000] * 3 + [0] * 9
    assert [round(v, 2) for v in drawn["Last year"]] == [33_333.33] * 12
    assert panel.explanation_lines()[0] == \
        "Sales 33,000 CNY against a quota of 30,000 CNY (2026-01…2026-03)."
    assert "Run rate: 33,000 CNY in 3 months" in panel.explanation.text()

    panel.period_combo.setCurrentIndex(panel.period_combo.findData(2))  # February alone
    february = {r.name: r.achievement for r in panel.model.rows()}
    assert (february["华中大区"].quota, february["华中大区"].sales) == (10_000, 11_000)


def test_no_quota_and_no_figures_are_said_plainly(qtbot, context, region, store):
    from desktop.models import Product

    store.create(Product, name="立普妥", drug_class="降脂药", is_ours=True)
    tab = open_tab(qtbot, context, region.manager)
    tab.choose(product_id=next(tab.product_combo.itemData(i)
                               for i in range(tab.product_combo.count())
                               if tab.product_combo.itemText(i) == "立普妥"))
    assert tab.message.isVisible()
    assert "No quota for 立普妥 in 2026 yet" in tab.message.text()

    tab.choose(product_id=region.product)
    tab.pages.setCurrentIndex(1)
    assert "No sales figures for this product and period yet" in \
        tab.achievement.explanation.text()
    assert REGION  # the region's own line is listed with its quota
    assert tab.achievement.model.rows()[0].achievement.quota == 120_000


def test_a_reps_hospitals_may_take_less_than_the_reps_share_never_more(qtbot, context, region):
    tab = open_tab(qtbot, context, region.manager)
    assert tab.save()
    tab.choose(rep_user_id=REP)  # 李明's 7,500 a month: 协和 6,000, 第一医院 1,500
    hospitals = {cell(tab.model, r, NAME): r for r in range(tab.model.rowCount())}
    assert tab.model.setData(tab.model.index(hospitals["协和医院"], FIRST_MONTH), "1000")
    assert "李明 keeps 5,000 CNY for customers beyond these hospitals." in tab.state_label.text()
    assert tab.model.setData(tab.model.index(hospitals["协和医院"], FIRST_MONTH), "9000")
    assert "Shares differ from the quota in: M1." in tab.state_label.text()
    allocated = tab.model.index(hospitals["Allocated"], FIRST_MONTH)
    assert allocated.data() == "10,500" and allocated.data(Qt.ItemDataRole.ForegroundRole)


def test_a_reps_achievement_lists_their_hospitals_only(qtbot, context, region, store):
    this_years_sales(store, region)
    tab = open_tab(qtbot, context, region.manager)
    assert tab.save()
    tab.choose(rep_user_id=REP2)
    assert tab.save()  # 王强's share over 湘雅
    tab.choose(rep_user_id=REP)
    tab.pages.setCurrentIndex(1)
    # 湘雅 has a quota and sales, but is 王强's; 第一医院 has neither yet.
    assert [r.name for r in tab.achievement.model.rows()] == ["李明", "协和医院"]


def test_a_large_quota_is_shown_and_typed_in_10k_cny(qtbot):
    from desktop.domain.quota_desk import QuotaSheet, SheetLine
    from desktop.ui.desk.quota_split import SplitModel

    months = {m: 12_000_000.0 for m in range(1, 13)}
    model = SplitModel()
    model.set_sheet(QuotaSheet("rep", dict(months), [
        SheetLine("u1", "李明", 0.0, dict(months), dict(months))]))
    assert model.index(0, FIRST_MONTH).data() == "1,200.0"
    assert model.index(0, FIRST_MONTH).data(Qt.ItemDataRole.EditRole) == "1200"
    assert model.setData(model.index(0, FIRST_MONTH), "1,250.5")
    assert model.sheet.lines[0].months[1] == 12_505_000
