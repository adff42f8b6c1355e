"""One survey per customer and occasion within one push (SQLite and PostgreSQL): a survey
the push moved to a cycle, moved away from it, or removed earlier in the same batch counts
as the push left it, not as the server stored it before the push."""

from datetime import UTC, datetime

from desktop.models import Complaint
from server.core.db import write_session
from tests.server.helpers import mutation

HOSPITAL = "首都医科大学附属北京天坛医院（丰台院区）"


def _survey(world, customer_id: str, cycle: str, score: int, **changes) -> dict:
    changes.setdefault("occasion", "call_cycle")
    if changes["occasion"] == "call_cycle":
        changes["cycle"] = cycle
    return mutation("survey_response", customer_id=customer_id,
                    taken_at="2026-12-01T10:00:00+08:00",  # a Beijing morning
                    answers={"q1": score, "q2": "拜访及时，资料齐全"},
                    taken_by_user_id=world.rep_a.user["id"], **changes)


def _taken(world, customer_id: str, cycle: str) -> dict:
    [taken] = world.rep_a.push(_survey(world, customer_id, cycle, 4))
    assert taken["status"] == "applied", taken
    return taken


def _live_surveys(world, customer_id: str) -> dict[str, dict]:
    rows, _, _, _ = world.rep_a.pull_all()
    return {row["id"]: row for (table, _id), row in rows.items()
            if table == "survey_response" and row["customer_id"] == customer_id
            and not row["deleted"]}


def _move_then_take(world, stored: str, moved_to: str) -> tuple[str, dict, dict]:
    """One push: the customer's survey of `stored` moves to `moved_to`, then a second
    survey of 2026-11 is taken. Returns (customer id, the move's answer, the second's)."""
    customer = world.customer(world.rep_a, name=HOSPITAL, phone=None)
    first = _taken(world, customer["id"], stored)
    moved, second = world.rep_a.push(
        mutation("survey_response", "update", first["row"]["id"], first["revision"],
                 cycle=moved_to),
        _survey(world, customer["id"], "2026-11", 2))
    assert moved["status"] == "applied", moved
    return customer["id"], moved, second


def test_a_survey_moved_into_the_cycle_earlier_in_the_push_refuses_the_second(world):
    customer_id, _moved, second = _move_then_take(world, "2026-10", "2026-11")
    assert second["status"] == "rejected" and second["code"] == "survey_taken"
    assert "already answered the survey of this call cycle" in second["reason"]
    surveys = _live_surveys(world, customer_id)
    assert [row["cycle"] for row in surveys.values()] == ["2026-11"]


def test_a_survey_moved_out_of_the_cycle_earlier_in_the_push_lets_the_second_in(world):
    customer_id, _moved, second = _move_then_take(world, "2026-11", "2026-10")
    assert second["status"] == "applied", second
    surveys = _live_surveys(world, customer_id)
    assert sorted(row["cycle"] for row in surveys.values()) == ["2026-10", "2026-11"]


def test_a_survey_removed_earlier_in_the_push_lets_it_be_taken_again(world):
    customer = world.customer(world.rep_a, name=HOSPITAL, phone=None)
    first = _taken(world, customer["id"], "2026-11")
    removed, again = world.rep_a.push(
        mutation("survey_response", "delete", first["row"]["id"], first["revision"]),
        _survey(world, customer["id"], "2026-11", 3))
    assert removed["status"] == again["status"] == "applied", (removed, again)
    assert list(_live_surveys(world, customer["id"])) == [again["row"]["id"]]


def test_a_closed_complaints_survey_removed_earlier_in_the_push_can_be_taken_again(world,
                                                                                     engine):
    customer = world.customer(world.rep_a, name="北京积水潭医院（回龙观院区）")
    with write_session(engine) as session:
        complaint = Complaint(customer_id=customer["id"], kind="service", description="-",
                              received_at=datetime(2026, 11, 2, tzinfo=UTC),
                              committed_deadline=datetime(2026, 11, 7, tzinfo=UTC),
                              status="closed", territory_id=world.t1, revision=1)
        session.add(complaint)
        session.commit()
        complaint_id = complaint.id
    about = {"occasion": "complaint_closed", "complaint_id": complaint_id}
    [first] = world.rep_a.push(_survey(world, customer["id"], "", 2, **about))
    assert first["status"] == "applied", first
    removed, again = world.rep_a.push(
        mutation("survey_response", "delete", first["row"]["id"], first["revision"]),
        _survey(world, customer["id"], "", 4, **about))
    assert removed["status"] == again["status"] == "applied", (removed, again)
    assert list(_live_surveys(world, customer["id"])) == [again["row"]["id"]]


def test_two_surveys_of_a_customer_created_in_the_same_push_take_one(world):
    """A customer new in the push (added on a laptop offline) and two surveys of one cycle
    for it: the second is refused, the push goes through."""
    customer = mutation("customer", kind="hospital", name=HOSPITAL, territory_id=world.t1)
    created, first, second = world.rep_a.push(
        customer, _survey(world, customer["row_id"], "2026-11", 4),
        _survey(world, customer["row_id"], "2026-11", 2))
    assert created["status"] == first["status"] == "applied", (created, first)
    assert second["status"] == "rejected" and second["code"] == "survey_taken", second
    assert list(_live_surveys(world, customer["row_id"])) == [first["row"]["id"]]
