"""`rounds-server seed-demo` stores the demo's Beijing times as the UTC instants they are, on
SQLite and on PostgreSQL (timestamptz): a call at 08:30 in Beijing is 00:30 UTC on the server
and reaches every client as that instant."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from desktop.models import Complaint, PlanItem, Visit
from server.cli import main
from server.core.db import create_server_engine

BEIJING = ZoneInfo("Asia/Shanghai")


def test_seeded_calls_and_complaints_are_beijing_working_hours_in_utc(new_empty_database,
                                                                     capsys):
    url = new_empty_database()
    assert main(["seed-demo", "--customers", "60", "--visits", "300", "--db", url]) == 0
    capsys.readouterr()
    engine = create_server_engine(url)
    try:
        with Session(engine) as s:
            starts = s.exec(select(Visit.started_at)).all()
            received = s.exec(select(Complaint.received_at)).all()
            slots = set(s.exec(select(PlanItem.time_slot)).all())
    finally:
        engine.dispose()
    assert len(starts) == 300 and received
    assert all(m.utcoffset() is not None for m in starts)
    for moment in starts + received:
        assert time(8, 30) <= moment.astimezone(BEIJING).time() <= time(17, 30), moment
    assert min(slots) == "08:30-10:00"  # the slots are Beijing wall-clock times, as stored
    assert min(m.astimezone(BEIJING).hour for m in starts) == 8
    assert min(m.hour for m in starts) == 0  # as UTC: 08:30 Beijing is 00:30 UTC
