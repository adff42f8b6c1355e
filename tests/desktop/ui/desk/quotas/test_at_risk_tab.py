"""The manager's customers at risk: a customer shows with its stated reason and its rep,
the list filters by rep, switching a rule off (saved offline, queued for the server)
takes its customers off the list, a customer marked lost leaves it and is counted by
reason."""

from __future__ import annotations

from quotahelpers import REP, REP2, outbox
from sqlmodel import select

from desktop.models import Customer, CustomerMetric

SHARE_REASON = "Prescription share fell 3 months in a row, from 40% to 28%."


def falling_share(store, customer_id, territory):
    with store.write() as w:
        for period, ours in (("2026-07", 40), ("2026-08", 36), ("2026-09", 31),
                             ("2026-10", 28)):
            w.create(CustomerMetric, customer_id=customer_id, period=period, drug_class="降压药",
                     our_prescriptions=ours, total_prescriptions=100, territory_id=territory)


def moved_down(store, customer_id):
    with store.write() as w:
        w.update(Customer, customer_id, {"tier": "B"})  # the store keeps the move: today


def open_tab(qtbot, context, identity):
    from desktop.ui.desk.at_risk_tab import AtRiskTab

    tab = AtRiskTab(context, identity=identity)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def listed(tab):
    return {r.customer.name: (r.rep_name, tab.model.index(i, 3).data())
            for i, r in enumerate(tab.model.rows())}


def test_the_regions_customers_at_risk_show_with_their_reason_and_rep(qtbot, context, region,
                                                                      store):
    falling_share(store, region.doctor, "t1")
    moved_down(store, region.xiangya)
    tab = open_tab(qtbot, context, region.manager)
    assert listed(tab) == {
        "张伟": ("李明", SHARE_REASON),
        "湘雅医院": ("王强", "Moved down from tier A to tier B on 2026-11-05.")}
    assert tab.count_label.text().startswith("2 customer")

    tab.show_rep(REP2)
    assert list(listed(tab)) == ["湘雅医院"]
    tab.show_rep(REP)
    assert list(listed(tab)) == ["张伟"]

    with qtbot.waitSignal(context.customer_opened) as opened:
        tab.table.activated.emit(tab.model.index(0, 0))
    assert opened.args == [region.doctor]


def test_a_rule_switched_off_takes_its_customers_off_the_list(qtbot, context, region, store):
    falling_share(store, region.doctor, "t1")
    moved_down(store, region.xiangya)
    tab = open_tab(qtbot, context, region.manager)
    tab.rules.checks["share_falling"].setChecked(False)
    assert tab.rules.save() == 1
    assert list(listed(tab)) == ["湘雅医院"]
    assert tab.rules.message.text().startswith("Saved: 1 rule")
    assert [e.changes["code"] for e in outbox(store, "at_risk_rule")] == ["share_falling"]

    # A threshold moved: four falls in a row are needed now, 张伟 has three.
    tab.rules.checks["share_falling"].setChecked(True)
    tab.rules.spins["share_falling"].setValue(4)
    tab.rules.save()
    assert list(listed(tab)) == ["湘雅医院"]
    tab.rules.spins["share_falling"].setValue(3)
    tab.rules.save()
    assert "张伟" in listed(tab)


def test_marking_a_listed_customer_lost_counts_its_reason(qtbot, context, region, store):
    moved_down(store, region.xiangya)
    tab = open_tab(qtbot, context, region.manager)
    assert dict(tab.lost_model.rows())["competitor"] == 0
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.mark_lost()
    dialog = tab.dialog
    dialog.reason_combo.set_value("competitor")
    dialog.note_edit.setPlainText("改用了竞品")
    assert dialog.save()
    assert listed(tab) == {}
    assert dict(tab.lost_model.rows())["competitor"] == 1
    with store.read() as s:
        lost = s.exec(select(Customer).where(Customer.id == region.xiangya)).one()
    assert (lost.lifecycle_stage, lost.lost_reason) == ("lost", "competitor")
