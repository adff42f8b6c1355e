"""A market activity from plan to verdict against a live server, the rep and their manager
each working offline between syncs: the rep plans a department meeting with a product,
invitees and a budget → the manager returns it with a comment → the rep revises and
resubmits → the manager approves (a rep approving it is refused) → on the day the rep checks
two doctors in, adds a walk-in and records the actual cost, and marks it held → the server
imports the months before and after with `rounds-server import metrics` → the manager's
laptop evaluates it: +6.83 % sales at the attendees' hospital and a profit of exactly 1.5×
the cost, both successful, the attendees' share up 8 points more than the invitee who did
not come → the rep's laptop shows the verdict with its reasons after its sync, the
activity's reminders closed on both laptops (invitations when held, the evaluation when
evaluated). A cancelled activity's reminders leave the manager's laptop after a sync; each
names its activity on both laptops, so one the rep wrote by hand with the same title stays."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from desktop.domain import activities, activity_day
from desktop.domain.activity_evaluation import evaluate, record_verdict, stored_reasons
from desktop.domain.activity_figures import spans
from desktop.domain.follow_ups import follow_ups_due
from desktop.domain.identity import current_identity
from desktop.models import FollowUp, MarketActivity, ProductMargin
from desktop.models.enums import Verdict
from tests.e2e.conftest import rows_of

CHINESE = {"Invite to {title}": "邀请参加{title}", "Evaluate {title}": "评估{title}"}


def _month_back(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, 15)


def _rep_and_manager(server, make_client):
    """rep1's and the manager's laptops, each synced once, with who is signed in on each."""
    rep, manager = make_client(server, "rep1"), make_client(server, "manager")
    rep.sync()
    manager.sync()
    return rep, manager, current_identity(rep.store), current_identity(manager.store)


def _people(store, territory_id: str) -> tuple[str, list[str], str]:
    """(hospital, two of its doctors, a third doctor of the territory)."""
    doctors = defaultdict(list)
    for row in rows_of(store, "customer", territory_id=territory_id).values():
        if row["kind"] == "doctor" and row["organisation_id"]:
            doctors[row["organisation_id"]].append(row["id"])
    hospital = max(sorted(doctors), key=lambda h: len(doctors[h]))
    attendees = sorted(doctors[hospital])[:2]
    other = sorted(d for ids in doctors.values() for d in ids if d not in attendees)[0]
    return hospital, attendees, other


def _figures_file(path, activity, hospital, product, attendees, control) -> None:
    """Sales of the product at the hospital: 100,000 a month before, 106,830 after (+6.83 %);
    the attendees' share 20 % → 30 %, the control's 10 % → 12 %, in the product's class."""
    before, after = spans(activity)
    lines = ["customer id,month,product,drug class,sales,prescriptions,our prescriptions"]
    for months, sales, ours, theirs in ((before, 100_000, 20, 10), (after, 106_830, 30, 12)):
        for month in months:
            lines.append(f"{hospital},{month},{product['name']},,{sales},,")
            for doctor in attendees:
                lines.append(f"{doctor},{month},,{product['drug_class']},,100,{ours}")
            lines.append(f"{control},{month},,{product['drug_class']},,100,{theirs}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_activity_planned_approved_held_and_evaluated_across_offline_clients(
        server, make_client, tmp_path):
    rep, manager, me, boss = _rep_and_manager(server, make_client)
    territory = me.territory_ids[0]
    hospital, attendees, control = _people(rep.store, territory)
    product = next(p for p in rows_of(rep.store, "product").values() if p["is_ours"])
    day = _month_back(date.today(), 5)  # three complete months after it have passed
    moment = datetime(day.year, day.month, day.day, 6, tzinfo=UTC)

    # --- the rep plans offline and submits
    activity_id = activities.create_activity(
        rep.store, {"kind": "department_meeting", "title": "心内科科室会", "place": "示教室",
                    "starts_on": day, "owner_user_id": me.user_id, "territory_id": territory,
                    "expected_attendance": 3, "evaluation_months": 3},
        [product["id"]], [{"category": "venue", "budget_amount": 6000},
                          {"category": "meals", "budget_amount": 4000}])
    assert activities.invite(rep.store, activity_id, [*attendees, control]) == 3
    activities.act(rep.store, activity_id, "submit", me.user_id, None, moment)
    assert rep.sync().rejected == 0

    # --- the manager returns it; the rep hears of it, revises and resubmits
    manager.sync()
    assert manager.store.get(MarketActivity, activity_id).status == "submitted"
    activities.act(manager.store, activity_id, "return", boss.user_id, "餐费请控制在三千以内",
                   moment)
    assert manager.sync().rejected == 0
    rep.sync()
    returned = rep.store.get(MarketActivity, activity_id)
    assert (returned.status, returned.manager_comment) == ("returned", "餐费请控制在三千以内")
    lines = {c["category"]: c for c in rows_of(rep.store, "market_activity_cost").values()
             if c["activity_id"] == activity_id}
    activities.set_cost_lines(rep.store, activity_id, [
        {"id": lines["venue"]["id"], "category": "venue", "budget_amount": 6000},
        {"id": lines["meals"]["id"], "category": "meals", "budget_amount": 3000}], moment)
    activities.act(rep.store, activity_id, "submit", me.user_id, None, moment)
    assert rep.sync().rejected == 0

    # a rep approving their own activity (a tampered client) is refused by the server
    rep.store.update(MarketActivity, activity_id, status="approved")
    assert rep.sync().rejected == 1
    [refused] = [r for r in rep.store.rejections() if r.row_id == activity_id]
    assert refused.code == "activity_transition"
    assert refused.reason == "The activity's owner cannot move it from submitted to approved."
    assert rep.store.get(MarketActivity, activity_id).status == "submitted"

    manager.sync()
    assert manager.store.get(MarketActivity, activity_id).activity_revision == 2
    activities.act(manager.store, activity_id, "approve", boss.user_id, "同意", moment)
    manager.store.create(ProductMargin, product_id=product["id"], region_id=boss.region_id,
                         margin_rate=0.5)
    assert manager.sync().rejected == 0

    # --- the day: two doctors come, a walk-in, the actual cost; held
    rep.sync()
    assert rep.store.get(MarketActivity, activity_id).status == "approved"
    reminders = {(f["customer_id"], f["title"]) for f in rows_of(rep.store, "follow_up").values()
                 if "心内科科室会" in f["title"]}
    assert {(c, "Invite to 心内科科室会") for c in [*attendees, control]} <= reminders
    invitees = {i["customer_id"]: i["id"] for i in rows_of(
        rep.store, "market_activity_invitee").values() if i["activity_id"] == activity_id}
    for doctor in attendees:
        activity_day.check_in(rep.store, invitees[doctor], moment)
    walk_in = activity_day.add_walk_in(rep.store, activity_id, {
        "kind": "doctor", "name": "临时来宾", "organisation_id": hospital}, moment)
    activity_day.record_actual_costs(rep.store, activity_id, {"venue": 4830, "meals": 2000})
    activities.act(rep.store, activity_id, "hold", me.user_id, None, moment)
    assert rep.sync().rejected == 0

    # --- the figures of the months before and after arrive on the server
    path = tmp_path / "figures.csv"
    _figures_file(path, rep.store.get(MarketActivity, activity_id), hospital, product,
                  attendees, control)
    out = server.cli("import", "metrics", str(path))
    assert "rejected 0" in out

    # --- the manager evaluates offline after a sync
    manager.sync()
    with manager.store.read() as s:
        result = evaluate(s, activity_id, today=date.today())
    assert (result.sales_before, result.sales_after, result.added_sales) == \
        (300_000, 320_490, 20_490)
    assert round(result.growth, 6) == 0.0683
    assert (result.margin_rate, result.profit, result.actual_cost, result.budget) == \
        (0.5, 10_245, 6_830, 9_000)
    assert round(result.profit_multiple, 6) == 1.5
    assert (result.attendance, result.invited) == (3, 3)
    assert round(result.attendees_share_change, 6) == 0.1
    assert round(result.control_share_change, 6) == 0.02
    assert [r.verdict for r in result.rules] == [Verdict.SUCCESSFUL, Verdict.SUCCESSFUL,
                                                 Verdict.NOT_JUDGED, Verdict.SUCCESSFUL]
    assert result.overall == Verdict.SUCCESSFUL
    record_verdict(manager.store, activity_id, result, "效果显著", boss.user_id, moment)
    assert manager.sync().rejected == 0

    # --- the rep's laptop shows the verdict and the reasons after its sync
    rep.sync()
    judged = rep.store.get(MarketActivity, activity_id)
    assert (judged.status, judged.verdict, judged.evaluation_comment) == \
        ("evaluated", "successful", "效果显著")
    assert judged.evaluated_by_user_id == boss.user_id
    assert [r.reason for r in stored_reasons(judged.verdict_reasons)] == \
        [r.reason for r in result.rules]
    with rep.store.read() as s:
        assert [e.action for e in activities.activity_history(s, activity_id)] == \
            ["submit", "return", "revise", "submit", "approve", "hold", "evaluate"]
        assert s.get(FollowUp, next(iter(
            f for f, v in rows_of(rep.store, "follow_up").items()
            if v["title"] == "Evaluate 心内科科室会"))).assigned_user_id == boss.user_id
    assert walk_in in {i["customer_id"] for i in rows_of(
        rep.store, "market_activity_invitee").values() if i["walk_in"]}
    # held, the rep's laptop closed the invitations; evaluated, the manager's the evaluation
    assert {(v["title"], v["status"]) for v in rows_of(rep.store, "follow_up").values()
            if "心内科科室会" in v["title"]} == {("Invite to 心内科科室会", "cancelled"),
                                            ("Evaluate 心内科科室会", "done")}
    assert rep.store.pending_count() == manager.store.pending_count() == 0


def test_a_cancelled_activity_leaves_the_managers_today_after_a_sync(server, make_client):
    """The manager approves on a Chinese screen; the rep, on an English one, cancels: after
    both sync, the manager's laptop no longer lists "评估…" and the rep's no "邀请参加…"."""
    rep, manager, me, boss = _rep_and_manager(server, make_client)
    territory = me.territory_ids[0]
    _hospital, doctors, _other = _people(rep.store, territory)
    day = date.today() + timedelta(days=30)
    activity_id = activities.create_activity(
        rep.store, {"kind": "salon", "title": "高血压沙龙", "starts_on": day,
                    "owner_user_id": me.user_id, "territory_id": territory,
                    "evaluation_months": 3})
    activities.invite(rep.store, activity_id, doctors)
    activities.act(rep.store, activity_id, "submit", me.user_id, None, datetime.now(UTC))
    assert rep.sync().rejected == 0
    manager.sync()
    activities.act(manager.store, activity_id, "approve", boss.user_id, None,
                   datetime.now(UTC), translate=CHINESE.get)
    assert manager.sync().rejected == 0
    rep.sync()
    with manager.store.read() as s:
        due_on = s.get(MarketActivity, activity_id).evaluation_due
        listed = follow_ups_due(s, due_on, assigned_user_id=boss.user_id)
    assert [f.title for f in listed if "高血压沙龙" in f.title] == ["评估高血压沙龙"]
    # the link travelled through the server to the rep's laptop
    assert {(v["title"], v["market_activity_id"]) for v in rows_of(rep.store, "follow_up")
            .values() if "高血压沙龙" in v["title"]} == {("评估高血压沙龙", activity_id),
                                                     ("邀请参加高血压沙龙", activity_id)}
    mine = rep.store.create(FollowUp, customer_id=doctors[0], title="邀请参加高血压沙龙",
                            due_date=day, assigned_user_id=me.user_id,
                            territory_id=territory).id

    activities.act(rep.store, activity_id, "cancel", me.user_id, None, datetime.now(UTC),
                   languages=[CHINESE.get])
    assert rep.sync().rejected == 0
    manager.sync()
    for store, user_id, left in ((manager.store, boss.user_id, []),
                                 (rep.store, me.user_id, [mine])):  # only the rep's own
        with store.read() as s:
            due = follow_ups_due(s, date.today() + timedelta(days=400), assigned_user_id=user_id)
        assert [f.follow_up_id for f in due if "高血压沙龙" in f.title] == left
    assert {v["status"] for v in rows_of(manager.store, "follow_up").values()
            if v["market_activity_id"] == activity_id} == {"cancelled"}
    for store in (manager.store, rep.store):  # the rep's own stays open on both laptops
        assert (store.get(FollowUp, mine).status, store.get(FollowUp, mine).market_activity_id)\
            == ("open", None)
