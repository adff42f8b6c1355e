"""Satisfaction surveys end to end against a live server: the manager adds a question of the
region on their laptop, the rep's laptop receives it, the rep takes a customer's survey after
last month's calls offline and syncs, and the manager's laptop shows it in the results by
tier; the other territory's rep never receives it."""

from __future__ import annotations

from desktop.domain import local_time, surveys
from desktop.domain.identity import current_identity
from desktop.models import SurveyQuestion
from tests.e2e.conftest import rows_of


def test_a_survey_taken_on_a_laptop_reaches_the_managers_results(server, make_client):
    rep1, rep2, manager = (make_client(server, u) for u in ("rep1", "rep2", "manager"))
    boss = current_identity(manager.store)
    for client in (rep1, rep2, manager):
        client.sync()
    me = current_identity(rep1.store)
    question = manager.store.create(SurveyQuestion, text="代表的专业程度", kind="scale",
                                    position=0, region_id=boss.region_id).id
    assert manager.sync().rejected == 0
    rep1.sync()
    asked = surveys.questions_for(rep1.store, "call_cycle")
    assert question in [q.id for q in asked]

    customer = next(r for r in rows_of(rep1.store, "customer",
                                       territory_id=me.territory_ids[0]).values()
                    if r["tier"] == "A" and r["kind"] == "doctor")
    today = local_time.today()
    cycle = surveys.month_of(surveys.previous_month(today)[0])
    due = surveys.DueSurvey(customer["id"], customer["name"], "call_cycle", cycle=cycle)
    survey_id = surveys.record_survey(rep1.store, due, {question: 5})  # offline
    assert rep1.sync().rejected == 0

    manager.sync()
    results = surveys.survey_results(manager.store, "tier", today.replace(day=1), today)
    cell = results.cell("A", surveys.month_of(today))
    assert cell is not None and cell.surveys >= 1
    assert ("代表的专业程度", 5, 1) in results.question_means  # this survey's answer alone
    assert survey_id in rows_of(manager.store, "survey_response")
    rep2.sync()
    assert survey_id not in rows_of(rep2.store, "survey_response")


def test_a_customers_cycle_survey_is_taken_once_across_two_laptops(server, make_client):
    """The rep's two laptops, both offline, each take the same customer's survey of last
    month's calls: the server keeps the first to arrive and refuses the second with a reason
    the rep reads in the sync's refused changes; both laptops end with the one survey."""
    from desktop.domain.sync_outcomes import rejection_rows
    from desktop.domain.workflows import MSG_SURVEY_CYCLE_TAKEN

    laptop, desktop_pc = make_client(server, "rep1"), make_client(server, "rep1")
    laptop.sync()
    desktop_pc.sync()
    me = current_identity(laptop.store)
    customer = next(r for r in rows_of(laptop.store, "customer",
                                       territory_id=me.territory_ids[0]).values()
                    if r["kind"] == "hospital")
    question = surveys.questions_for(laptop.store, "call_cycle")[0].id
    cycle = surveys.month_of(surveys.previous_month(local_time.today())[0])
    due = surveys.DueSurvey(customer["id"], customer["name"], "call_cycle", cycle=cycle)
    first = surveys.record_survey(laptop.store, due, {question: 4})  # both offline
    second = surveys.record_survey(desktop_pc.store, due, {question: 2})
    assert laptop.sync().rejected == 0
    assert desktop_pc.sync().rejected == 1
    refused = [r for r in rejection_rows(desktop_pc.store) if r.row_id == second]
    assert [(r.code, r.reason) for r in refused] == [("survey_taken", MSG_SURVEY_CYCLE_TAKEN)]
    desktop_pc.sync()
    laptop.sync()
    for client in (laptop, desktop_pc):
        taken = [r for r in rows_of(client.store, "survey_response").values()
                 if r["customer_id"] == customer["id"] and r["cycle"] == cycle]
        assert first in {r["id"] for r in taken}
    assert second not in rows_of(laptop.store, "survey_response")
