"""Satisfaction surveys on the server (SQLite and PostgreSQL): a manager sets their region's
questions (not another region's, and a rep none), a rep records a customer's survey, which
the manager pulls and the other territory's rep does not; a complaint's survey waits for the
complaint to be closed; a survey is changed only by whoever took it; bad answers are refused."""

from datetime import UTC, datetime

from desktop.models import Complaint
from server.core.db import write_session
from tests.server.helpers import mutation


def _complaint(engine, world, customer_id, status):
    """A complaint as the complaint desks leave it (its workflow is tested elsewhere)."""
    with write_session(engine) as session:
        row = Complaint(customer_id=customer_id, kind="service", description="-",
                        received_at=datetime(2026, 3, 1, tzinfo=UTC),
                        committed_deadline=datetime(2026, 3, 6, tzinfo=UTC), status=status,
                        territory_id=world.t1, revision=1)
        session.add(row)
        session.commit()
        return row.id


def test_questions_are_the_managers_of_their_region(world):
    [own] = world.manager.push(mutation("survey_question", text="总体满意度", kind="scale",
                                        region_id=world.region_id))
    assert own["status"] == "applied"
    [company] = world.admin.push(mutation("survey_question", text="其他建议", kind="text"))
    assert company["status"] == "applied"
    [wide] = world.manager.push(mutation("survey_question", text="全公司", kind="scale"))
    assert wide["status"] == "rejected" and "own region" in wide["reason"]
    [rep] = world.rep_a.push(mutation("survey_question", text="代表自己的", kind="scale",
                                      region_id=world.region_id))
    assert rep["status"] == "rejected" and rep["code"] == "forbidden"
    rows, _, _, _ = world.rep_a.pull_all()
    texts = {r["text"] for (table, _id), r in rows.items() if table == "survey_question"}
    assert {"总体满意度", "其他建议"} <= texts
    foreign, _, _, _ = world.foreign_rep.pull_all()
    assert ("survey_question", own["row"]["id"]) not in foreign


def test_a_reps_survey_reaches_the_manager_and_not_the_other_territory(world):
    customer = world.customer(world.rep_a)
    [survey] = world.rep_a.push(mutation(
        "survey_response", customer_id=customer["id"], occasion="call_cycle", cycle="2026-03",
        taken_at="2026-04-02T02:00:00+00:00", answers={"q1": 4, "q2": "送资料及时"},
        taken_by_user_id=world.rep_a.user["id"]))
    assert survey["status"] == "applied" and survey["row"]["territory_id"] == world.t1
    manager_rows, _, _, _ = world.manager.pull_all()
    pulled = manager_rows[("survey_response", survey["row"]["id"])]
    assert pulled["answers"] == {"q1": 4, "q2": "送资料及时"}
    other, _, _, _ = world.rep_b.pull_all()
    assert ("survey_response", survey["row"]["id"]) not in other
    [edit] = world.manager.push(mutation("survey_response", "update", survey["row"]["id"],
                                         survey["revision"], answers={"q1": 5}))
    assert edit["status"] == "rejected"


def test_a_complaints_survey_waits_for_it_to_be_closed(world, engine):
    customer = world.customer(world.rep_a)
    open_one = _complaint(engine, world, customer["id"], "resolved")
    closed = _complaint(engine, world, customer["id"], "closed")

    def survey(complaint_id):
        return mutation("survey_response", customer_id=customer["id"],
                        occasion="complaint_closed", complaint_id=complaint_id,
                        taken_at="2026-03-10T02:00:00+00:00", answers={"q1": 3})

    [early] = world.rep_a.push(survey(open_one))
    assert early["status"] == "rejected" and early["code"] == "survey_too_early"
    [taken] = world.rep_a.push(survey(closed))
    assert taken["status"] == "applied"


def test_answers_out_of_range_or_without_a_month_are_refused(world):
    customer = world.customer(world.rep_a)
    [bad_score] = world.rep_a.push(mutation(
        "survey_response", customer_id=customer["id"], occasion="call_cycle", cycle="2026-03",
        taken_at="2026-04-02T02:00:00+00:00", answers={"q1": 9}))
    [no_cycle] = world.rep_a.push(mutation(
        "survey_response", customer_id=customer["id"], occasion="call_cycle",
        taken_at="2026-04-02T02:00:00+00:00", answers={"q1": 3}))
    assert bad_score["status"] == no_cycle["status"] == "rejected"
    assert "1 to 5" in bad_score["reason"] and "cycle" in no_cycle["reason"].lower()
