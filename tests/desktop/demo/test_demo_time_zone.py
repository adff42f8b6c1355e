"""The demo is generated in the zone it claims: its reps work in Beijing, so calls, plan
decisions, complaints and reminders fall in Beijing working hours and are stored as the UTC
instants they are (08:30 Beijing = 00:30 UTC) — the same rows whatever this machine's zone."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.demo.generator import TIME_ZONE, DemoSpec, generate
from desktop.domain import local_time

BEIJING = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 3, 18)  # a Wednesday
OPEN, CLOSE = time(8, 30), time(17, 30)
ROOT = Path(__file__).resolve().parents[3]


def _in_working_hours(moment: datetime) -> bool:
    wall = moment.astimezone(BEIJING)
    return OPEN <= wall.time() <= CLOSE


@pytest.fixture(scope="module")
def demo() -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = defaultdict(list)
    for table, rows in generate(DemoSpec(seed=7, customers=600, today=TODAY)):
        tables[table].extend(rows)
    return tables


def test_the_demo_says_which_zone_it_is_in():
    assert TIME_ZONE == "Asia/Shanghai"


def test_calls_fall_within_beijing_working_hours_on_weekdays(demo):
    visits = demo["visit"]
    assert all(v["started_at"].tzinfo is not None for v in visits)
    outside = [v["started_at"] for v in visits if not _in_working_hours(v["started_at"])]
    assert outside == []
    assert all(v["started_at"].astimezone(BEIJING).weekday() < 5 for v in visits)
    earliest = min(v["started_at"].astimezone(BEIJING).time() for v in visits)
    assert earliest == OPEN  # the first slot of the day, 08:30 — stored as 00:30 UTC
    assert any(v["started_at"].astimezone(UTC).time() == time(0, 30) for v in visits)


def test_planned_calls_are_made_in_their_slot(demo):
    """A call made for a plan item starts within its slot, on the item's (Beijing) day."""
    items = {i["id"]: i for i in demo["plan_item"]}
    planned = [v for v in demo["visit"] if v["plan_item_id"]]
    assert planned
    for v in planned:
        item = items[v["plan_item_id"]]
        wall = v["started_at"].astimezone(BEIJING)
        start = time.fromisoformat(item["time_slot"][:5])
        assert wall.date() == item["day"] and wall.time() >= start, (item["time_slot"], wall)


def test_complaints_and_plan_decisions_happen_in_working_hours(demo):
    for c in demo["complaint"]:
        assert _in_working_hours(c["received_at"]), c["received_at"]
    for e in demo["complaint_event"]:
        assert _in_working_hours(e["at"]), e["at"]
    for d in demo["plan_decision"]:
        assert _in_working_hours(d["at"]), d["at"]
    for f in demo["follow_up"]:
        if f.get("remind_at"):
            assert f["remind_at"].astimezone(BEIJING).time() == time(9, 0)
        if f.get("done_at"):
            assert _in_working_hours(f["done_at"])


def test_the_demo_has_beijing_s_today_when_none_is_given():
    sunday_evening_utc = datetime(2026, 3, 22, 17, 30, tzinfo=UTC)  # Monday 01:30 in Beijing
    with local_time.fixed(now=sunday_evening_utc, zone="UTC"):
        plans = [r for t, rows in generate(DemoSpec(customers=30, visits=20))
                 if t == "call_plan" for r in rows]
    upcoming = {p["week_start"] for p in plans if p["status"] != "approved"}
    assert upcoming == {date(2026, 3, 30)}  # the week after Beijing's Monday the 23rd


DIGEST = """
import hashlib, json
from datetime import date
from desktop.demo.generator import DemoSpec, generate
h = hashlib.sha256()
for table, rows in generate(DemoSpec(seed=5, customers=60, visits=300, today=date(2026, 3, 18))):
    h.update(json.dumps([table, rows], default=str, sort_keys=True).encode())
print(h.hexdigest())
"""


def test_the_same_rows_whatever_the_machine_s_zone():
    digests = set()
    for tz in ("UTC", "Asia/Shanghai", "America/New_York"):
        env = {**os.environ, "TZ": tz, "PYTHONPATH": str(ROOT)}
        digests.add(subprocess.run([sys.executable, "-c", DIGEST], env=env, cwd=ROOT,
                                   check=True, capture_output=True, text=True,
                                   timeout=300).stdout.strip())
    assert len(digests) == 1  # every column of every row, ids included
