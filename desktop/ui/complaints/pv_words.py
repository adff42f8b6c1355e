"""A suspected adverse reaction's pharmacovigilance clock in words, the same wherever a case
shows (the PV desk, the Complaints screen and its capture dialog): the receipt clock, Day 0 +
24 h stopped at the desk's receipt, by the domain's one late rule ("4 h left", "Late by 9 h",
"Received on time"), the case's stage ("Waiting for receipt", "Received", "Reported") and its
Day 0."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.complaint_rules import PvClock
from desktop.ui.common.pills import late_pill, pv_stage_pill
from desktop.ui.common.texts import datetime_text, translate

#: A pill's tone as a banner's level.
BANNER_LEVELS = {"danger": "danger", "warning": "warning", "success": "ok"}


def receipt_pill(clock: PvClock, now: datetime) -> tuple[str, str]:
    """The receipt clock's text and tone at `now` (the PV desk's Clock column)."""
    return late_pill(clock.receipt, now, receipt=True)


def stage_and_day0(clock: PvClock) -> str:
    """Where the case stands at the desk and its Day 0 ("Waiting for receipt · Day 0
    11/5/26 12:00 AM"): the tooltip of Today's receipt clock."""
    return translate("PvDesk", "{stage} · Day 0 {time}").format(
        stage=pv_stage_pill(clock.stage)[0], time=datetime_text(clock.day0_at))


def clock_banner(clock: PvClock, now: datetime) -> tuple[str, str]:
    """The banner over a case: its receipt clock, stage and Day 0, and the banner's level
    (red once late, amber when due soon, green once received on time)."""
    text, tone = receipt_pill(clock, now)
    line = translate("PvDesk", "Pharmacovigilance receipt: {clock} · {stage} · Day 0 {time}")
    return (line.format(clock=text, stage=pv_stage_pill(clock.stage)[0],
                        time=datetime_text(clock.day0_at)),
            BANNER_LEVELS.get(tone, "info"))
