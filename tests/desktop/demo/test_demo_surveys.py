"""The demo gives the complaint analysis and the satisfaction screens something to show:
lots with repeated complaints, answers after the committed deadline, and surveys over the
months in every tier, read on a loaded demo store with the screens' own domain functions."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop.demo.generator import BEIJING, DemoSpec
from desktop.demo.loader import load_into_store
from desktop.domain import complaint_analysis as ca
from desktop.domain import local_time, surveys

TODAY = date(2026, 3, 18)


@pytest.fixture
def demo_store(store):
    with local_time.fixed(now=datetime.combine(TODAY, time(9), BEIJING), zone=BEIJING):
        load_into_store(store, DemoSpec(seed=7, customers=600, today=TODAY))
        yield store


def test_repeated_lots_and_late_answers(demo_store):
    facts = ca.complaint_facts(demo_store, date(2025, 9, 1), TODAY, BEIJING)
    now = local_time.now()
    lots = ca.repeated_lots(facts, now)
    assert len(lots) >= 1 and all(lot.complaints >= ca.REPEATED_LOT for lot in lots)
    total = ca.overall(facts, now)
    assert total.late >= 3 and total.on_time >= 3  # both kinds of answer show
    assert len([m for m in ca.by_month(facts, date(2025, 9, 1), TODAY, now) if m.complaints]) >= 4


def test_surveys_over_the_months_by_tier_and_questions_per_occasion(demo_store):
    results = surveys.survey_results(demo_store, "tier", date(2025, 7, 1), TODAY, BEIJING)
    assert {"A", "B", "C"} <= set(results.groups)
    months_with_answers = {m for (_g, m) in results.cells}
    assert len(months_with_answers) >= 6
    assert results.group_means["A"] > results.group_means["C"]
    assert results.comments
    assert [q.kind for q in surveys.questions_for(demo_store, "complaint_closed")].count(
        "scale") == 3
