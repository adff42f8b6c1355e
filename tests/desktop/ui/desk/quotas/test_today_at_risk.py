"""Today lists the signed-in rep's customers at risk, each with its reason, and opens the
customer on activation; another rep's customers at risk are not listed."""

from __future__ import annotations

import json

from quotahelpers import REGION, REP

from desktop.domain.identity import USER_STATE_KEY
from desktop.models import Customer


def test_today_lists_the_reps_customers_at_risk_with_the_reason(qtbot, context, region,
                                                                store):
    from desktop.ui.today.view import TodayView

    store.set_state(USER_STATE_KEY, json.dumps({
        "id": REP, "role": "rep", "region_id": REGION, "territory_ids": ["t1"],
        "display_name": "李明"}))
    with store.write() as w:
        for customer_id in (region.xiehe, region.xiangya):  # 李明's, and 王强's
            w.update(Customer, customer_id, {"tier": "B"})  # moved down today
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    model = view.at_risk_model
    assert [(model.index(r, 0).data(), model.index(r, 2).data())
            for r in range(model.rowCount())] == [
        ("协和医院", "Moved down from tier A to tier B on 2026-11-05.")]
    assert view.groups[4].title() == "Customers at risk (1)"

    with qtbot.waitSignal(context.customer_opened) as opened:
        view.tables["at_risk"].activated.emit(model.index(0, 0))
    assert opened.args == [region.xiehe]
