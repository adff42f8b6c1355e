"""The small region the Desk tests look at, with the figures each KPI should show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

TODAY = date(2026, 11, 5)  # the UI tests' clock: Thursday 5 November 2026
MONDAY = date(2026, 11, 2)
OCT, NOV = date(2026, 10, 1), date(2026, 11, 1)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass
class DeskWorld:
    hospital: str
    a1: str  # rep1's A-tier doctor
    b1: str  # rep1's B-tier doctor
    a3: str  # rep2's A-tier doctor
    call_mon: str  # rep1's submitted call to a1 on Monday 2 November
    rep: object  # Identity of rep1 (李明)
    manager: object  # Identity of the region's manager
    other_rep: object  # Identity of rep2 (王强)


def cell_texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def make_desk(qtbot, context, identity):
    """The Desk as `identity` sees it, on the tests' day, shown at the room it has beside
    the navigation."""
    from desktop.ui.desk.hub import DeskHub

    desk = DeskHub(context, identity=identity, today_fn=lambda: TODAY)
    qtbot.addWidget(desk)
    desk.resize(1100, 700)
    desk.show()
    return desk
