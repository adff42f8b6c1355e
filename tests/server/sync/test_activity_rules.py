"""Market activities on push: the server enforces their workflow like the call plan's. A rep
approving their own activity, a manager of another region, evaluating before it was held,
changing an approved budget without taking it back to draft, and editing after the
evaluation are refused with a reason the client shows; margins are the admin's
(company-wide) and each manager's (their region), never a rep's; the activity and its rows
reach the manager's laptop."""

from __future__ import annotations

import pytest

from server.accounts.users import create_user
from server.core.db import write_session
from server.sync.revisions import lock_revisions
from tests.server.helpers import PASSWORD, a_product, mutation


def _ok(result: dict) -> dict:
    assert result["status"] == "applied", result
    return result["row"]


def _refused(result: dict, code: str, words: str) -> None:
    assert result["status"] == "rejected", result
    assert result["code"] == code and words in result["reason"], result


@pytest.fixture
def planned(world):
    """Rep A's academic meeting with a product, a budget line and an invitee, submitted."""
    rep = world.rep_a
    product = a_product(world)
    customer = world.customer(rep, kind="doctor", name="张伟",
                              organisation_id=world.customer(rep)["id"])
    activity = _ok(rep.push(mutation("market_activity", kind="academic_meeting",
                                     title="学术会", starts_on="2026-03-10",
                                     owner_user_id=rep.user["id"], territory_id=world.t1))[0])
    aid = activity["id"]
    results = rep.push(
        mutation("market_activity_product", activity_id=aid, product_id=product["id"]),
        mutation("market_activity_cost", activity_id=aid, category="venue", budget_amount=5000),
        mutation("market_activity_invitee", activity_id=aid, customer_id=customer["id"]),
        mutation("market_activity", "update", aid, activity["revision"], status="submitted",
                 submitted_at="2026-03-01T09:00:00+08:00"),
        mutation("market_activity_event", activity_id=aid, action="submit",
                 actor_user_id=rep.user["id"], at="2026-03-01T09:00:00+08:00"))
    rows = [_ok(r) for r in results]
    assert all(r["territory_id"] == world.t1 for r in rows)  # children take the activity's
    return {"id": aid, "activity": rows[3], "cost": rows[1], "invitee": rows[2],
            "product": product}


def _update(who, row: dict, **changes) -> dict:
    return who.push(mutation(row.get("_table", "market_activity"), "update", row["id"],
                             row["revision"], **changes))[0]


def test_rep_cannot_approve_own_activity_and_a_return_needs_a_comment(world, planned):
    activity = planned["activity"]
    _refused(_update(world.rep_a, activity, status="approved"), "activity_transition",
             "The activity's owner cannot move it from submitted to approved.")
    [event] = world.rep_a.push(mutation("market_activity_event", activity_id=planned["id"],
                                        action="approve", actor_user_id=world.rep_a.user["id"],
                                        at="2026-03-01T10:00:00+08:00"))
    _refused(event, "forbidden", "cannot record the activity action 'approve'")
    _refused(_update(world.manager, activity, status="returned"), "activity_transition",
             "a comment is required")
    returned = _ok(_update(world.manager, activity, status="returned",
                           manager_comment="预算太高", decided_by_user_id=world.manager.user["id"]))
    assert returned["status"] == "returned" and returned["manager_comment"] == "预算太高"


def test_a_manager_of_another_region_is_refused(world, planned, engine, api):
    name = f"mgr-x-{world.tag}"
    with write_session(engine) as session:
        lock_revisions(session)
        create_user(session, username=name, password=PASSWORD, role="manager",
                    region=f"RX-{world.tag}")
        session.commit()
    stranger = api.login(name)
    _refused(_update(stranger, planned["activity"], status="approved"), "forbidden",
             "territory outside yours")
    rows, *_ = stranger.pull_all()
    assert ("market_activity", planned["id"]) not in rows
    rows, *_ = world.manager.pull_all()
    assert {t for t, _ in rows} >= {"market_activity", "market_activity_product",
                                    "market_activity_cost", "market_activity_invitee",
                                    "market_activity_event"}


def test_evaluating_before_held_and_changing_after_evaluated_are_refused(world, planned):
    manager, rep = world.manager, world.rep_a
    verdict = {"verdict": "successful", "verdict_reasons": "{}",
               "evaluated_at": "2026-07-01T09:00:00+08:00"}
    _refused(_update(manager, planned["activity"], status="evaluated", **verdict),
             "activity_transition", "cannot move it from submitted to evaluated")
    approved = _ok(_update(manager, planned["activity"], status="approved"))
    cost = {**planned["cost"], "_table": "market_activity_cost"}
    cost = _ok(_update(rep, cost, actual_amount=4800))  # on the day
    held = _ok(_update(rep, approved, status="held", held_at="2026-03-10T18:00:00+08:00"))
    _refused(_update(rep, held, status="evaluated", **verdict), "activity_transition",
             "The activity's owner cannot move it from held to evaluated.")
    _refused(_update(manager, held, verdict="failed"), "activity_transition",
             "only then")
    evaluated = _ok(_update(manager, held, status="evaluated", **verdict))
    _refused(_update(rep, evaluated, title="改名"), "activity_transition",
             "only the evaluation comment can change")
    _refused(_update(manager, evaluated, verdict="failed"), "activity_transition",
             "only the evaluation comment can change")
    _refused(_update(rep, {**cost, "_table": "market_activity_cost"}, actual_amount=1),
             "activity_locked", "evaluated; it cannot change any more")
    commented = _ok(_update(manager, evaluated, evaluation_comment="效果明显"))
    assert commented["evaluation_comment"] == "效果明显"


def test_an_approved_budget_changes_only_back_in_draft_with_a_new_revision(world, planned):
    rep = world.rep_a
    approved = _ok(_update(world.manager, planned["activity"], status="approved",
                           manager_comment="同意"))
    cost = {**planned["cost"], "_table": "market_activity_cost"}
    _refused(_update(rep, cost, budget_amount=9000), "activity_locked",
             "The activity is approved; revise it")
    [product] = rep.push(mutation("market_activity_product", activity_id=planned["id"],
                                  product_id=planned["product"]["id"]))
    _refused(product, "activity_locked", "approved; revise it")
    _refused(_update(rep, approved, title="新标题"), "activity_transition", "approved; revise it")
    _refused(_update(rep, approved, status="draft"), "activity_transition",
             "raises its revision by one")
    revised, changed = rep.push(
        mutation("market_activity", "update", approved["id"], approved["revision"],
                 status="draft", activity_revision=2, manager_comment=None, decided_at=None),
        mutation("market_activity_cost", "update", cost["id"], cost["revision"],
                 budget_amount=9000))
    assert _ok(revised)["activity_revision"] == 2 and _ok(changed)["budget_amount"] == 9000
    # actual costs and check-ins wait for the approval
    invitee = {**planned["invitee"], "_table": "market_activity_invitee"}
    _refused(_update(rep, invitee, status="attended"), "activity_locked",
             "recorded once it is approved")


def test_only_the_owner_plans_and_a_rep_writes_no_other_owners_activity(world, planned):
    _refused(world.rep_a.push(mutation("market_activity", kind="salon", title="沙龙",
                                       starts_on="2026-04-01",
                                       owner_user_id=world.rep_b.user["id"],
                                       territory_id=world.t1))[0],
             "forbidden", "Only the activity's owner or the manager")
    cost = {**planned["cost"], "_table": "market_activity_cost"}
    _refused(_update(world.manager, cost, note="改"), "forbidden",
             "Only the activity's owner changes")


def test_a_manager_plans_and_approves_their_own_activity_but_not_a_reps(world):
    manager = world.manager
    [foreign_plan] = manager.push(mutation("market_activity", kind="salon", title="沙龙",
                                           starts_on="2026-04-01",
                                           owner_user_id=world.rep_a.user["id"],
                                           territory_id=world.t1))
    _refused(foreign_plan, "activity_transition", "Only the activity's owner plans it")
    own = _ok(manager.push(mutation("market_activity", kind="trade_fair", title="展会",
                                    starts_on="2026-04-01", owner_user_id=manager.user["id"],
                                    territory_id=world.t1))[0])
    [line] = manager.push(mutation("market_activity_cost", activity_id=own["id"],
                                   category="venue", budget_amount=20000))
    assert _ok(line)["territory_id"] == world.t1
    [removed] = manager.push(mutation("market_activity_cost", "delete", line["row"]["id"],
                                      line["revision"]))
    assert _ok(removed)["deleted"] is True
    submitted = _ok(_update(manager, own, status="submitted"))
    assert _ok(_update(manager, submitted, status="approved"))["status"] == "approved"


def test_margins_admin_company_wide_manager_own_region_rep_none(world):
    product = a_product(world)

    def margin(who, region_id, rate=0.4):
        return who.push(mutation("product_margin", product_id=product["id"],
                                 region_id=region_id, margin_rate=rate))[0]

    _refused(margin(world.rep_a, world.region_id), "forbidden",
             "A rep cannot change product_margin records.")
    _refused(margin(world.manager, None), "forbidden", "margins of your own region")
    company = _ok(margin(world.admin, None, 0.35))
    regional = _ok(margin(world.manager, world.region_id, 0.42))
    _refused(margin(world.manager, world.region_id, 1.2), "validation", "between 0 and 1")
    rows, *_ = world.rep_a.pull_all()
    assert {rows[("product_margin", r["id"])]["margin_rate"] for r in (company, regional)} \
        == {0.35, 0.42}
    rows, *_ = world.foreign_rep.pull_all()
    assert ("product_margin", regional["id"]) not in rows
    assert ("product_margin", company["id"]) in rows


def test_a_call_report_names_the_activity_it_belongs_to(world, planned):
    customer = world.customer(world.rep_a)
    [visit] = world.rep_a.push(mutation("visit", customer_id=customer["id"],
                                        started_at="2026-03-10T15:00:00+08:00",
                                        market_activity_id=planned["id"]))
    assert _ok(visit)["market_activity_id"] == planned["id"]
    [foreign] = world.foreign_rep.push(mutation(
        "visit", customer_id=world.customer(world.foreign_rep)["id"],
        started_at="2026-03-10T15:00:00+08:00", market_activity_id=planned["id"]))
    _refused(foreign, "bad_reference", "market_activity_id")




def test_an_activity_reminder_names_its_activity_and_an_older_clients_one_none(world, planned):
    """The link is stored and pulled back; one outside the pusher's scope, or naming no
    activity, is refused; a follow-up pushed without it (an older client) has none."""
    customer = world.customer(world.rep_a)
    [linked, older] = world.rep_a.push(
        mutation("follow_up", customer_id=customer["id"], title="Invite to 学术会",
                 due_date="2026-03-03", market_activity_id=planned["id"]),
        mutation("follow_up", customer_id=customer["id"], title="Invite to 学术会",
                 due_date="2026-03-03"))
    assert _ok(linked)["market_activity_id"] == planned["id"]
    assert _ok(older)["market_activity_id"] is None
    rows, *_ = world.manager.pull_all()
    assert rows[("follow_up", linked["row"]["id"])]["market_activity_id"] == planned["id"]
    assert rows[("follow_up", older["row"]["id"])]["market_activity_id"] is None
    [foreign, missing] = world.foreign_rep.push(
        mutation("follow_up", customer_id=world.customer(world.foreign_rep)["id"],
                 title="Invite to 学术会", due_date="2026-03-03",
                 market_activity_id=planned["id"]),
        mutation("follow_up", customer_id=world.customer(world.foreign_rep)["id"],
                 title="Invite to 学术会", due_date="2026-03-03",
                 market_activity_id="no-such-activity"))
    _refused(foreign, "bad_reference", "market_activity_id")
    _refused(missing, "bad_reference", "market_activity_id")
