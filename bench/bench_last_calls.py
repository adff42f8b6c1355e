"""Each customer's last call day (`visit_cadence.last_visit_days`: Today's overdue list, the
at-risk rule `not_called`; `plans.customer_facts`: next week's suggested calls) on the demo store of the start benchmark (5,000 customers,
100,000 visits): read from the table the store keeps (`customer_last_call`) against the scan
of every visit it replaced, and the scan it falls back to while the table cannot be trusted.

    python -m bench last_calls

Figures are medians of a few runs, in ms, for the whole store (the suggestions: every
territory) and for one rep's territory, with the rep's zone set to Asia/Shanghai as the
reps' machines have it. The suggestions' facts are timed whole (their other reads too), with
the last calls scanned as before (`plan_facts_scan`), kept (`_table`) and the fallback.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

from bench import copy_store
from bench.bench_ui import START_CUSTOMERS, START_VISITS, cached_store

RUNS = 7


def _median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return round(statistics.median(times), 2)


def _old_rows(session, territory_ids):
    """The scan of every visit the table replaced: (customer, latest submitted call) of the
    calls made in `territory_ids` (all when None)."""
    from sqlalchemy import func
    from sqlmodel import select

    from desktop.models import Visit

    query = select(Visit.customer_id, func.max(Visit.started_at)).where(
        Visit.deleted == False, Visit.status == "submitted").group_by(Visit.customer_id)  # noqa: E712
    if territory_ids is not None:
        query = query.where(Visit.territory_id.in_(list(territory_ids)))
    return session.exec(query).all()


def _old_scan(session, territory_ids):
    """What `last_visit_days` did before the table."""
    from desktop.domain.local_time import local_day

    return {c: local_day(latest) for c, latest in _old_rows(session, territory_ids)}


def run(emit) -> None:
    from desktop.demo.generator import TERRITORY_IDS
    from desktop.domain import local_time
    from desktop.domain.plans import customer_facts, monday_of
    from desktop.domain.visit_cadence import last_visit_days
    from desktop.store import last_calls
    from desktop.store.store import Store

    size = {"customers": START_CUSTOMERS, "visits": START_VISITS, "runs": RUNS}
    week = monday_of(local_time.today())
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(copy_store(cached_store(START_CUSTOMERS, START_VISITS),
                                      Path(tmp) / "store.sqlite3"))
        try:
            with local_time.fixed(zone=ZoneInfo("Asia/Shanghai")), store.read() as s:
                for scope, territories in (("all", None), ("territory", TERRITORY_IDS[:1])):
                    planned = territories or TERRITORY_IDS
                    figures = {
                        "last_visit_days_scan": lambda t=territories: _old_scan(s, t),
                        "last_visit_days_table": lambda t=territories: last_visit_days(s, t),
                        "plan_facts_table": lambda t=planned: customer_facts(s, t, week),
                    }
                    with mock.patch.object(last_calls, "latest_calls", _old_rows):
                        figures["plan_facts_scan"] = _median_ms(
                            lambda t=planned: customer_facts(s, t, week))
                    with mock.patch.object(last_calls, "kept", return_value=False):
                        figures["last_visit_days_fallback"] = _median_ms(
                            lambda t=territories: last_visit_days(s, t))
                        figures["plan_facts_fallback"] = _median_ms(
                            lambda t=planned: customer_facts(s, t, week))
                    for name, fn in figures.items():
                        emit({"metric": f"{name}_{scope}", "unit": "ms", **size,
                              "value": fn if isinstance(fn, float) else _median_ms(fn)})
        finally:
            store.close()
