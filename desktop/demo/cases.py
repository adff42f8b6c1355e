"""Complaints of every kind, suspected adverse reactions with their case fields, and the
workflow history (complaint events) that led each one to its current status. Complaints are
taken and moved on in Beijing working hours."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from desktop.demo import vocabulary as V
from desktop.demo.world import BEIJING, Known, World, meta
from desktop.domain.complaint_rules import default_deadline
from desktop.domain.workflows import COMPLAINT_FLOW

KIND_WEIGHTS = (("quality", 25), ("adverse_reaction", 15), ("delivery", 20), ("service", 20),
                ("price", 10), ("other", 10))
CUSTOMER_KINDS = {
    "adverse_reaction": ("doctor",),
    "quality": ("doctor", "department", "pharmacy", "pharmacy_contact"),
    "delivery": ("pharmacy", "distributor", "hospital", "pharmacy_contact"),
    "price": ("pharmacy", "distributor", "hospital"),
    "service": ("doctor", "department", "pharmacy", "pharmacy_contact", "hospital"),
    "other": ("doctor", "pharmacy", "distributor", "hospital"),
}
SEVERITY = {"adverse_reaction": ("high", "critical", "medium"), "quality": ("medium", "high"),
            "delivery": ("medium", "low", "high"), "service": ("low", "medium"),
            "price": ("low", "medium"), "other": ("low",)}
# Pinned cases (kind, hours before now received, target status), so that every demo shows an
# ADR still inside its 24-hour clock, an overdue one, and complaints near their deadline
# (hours before now at 09:00; World.in_working_hours then moves them into a working day).
# Adverse reactions: no PV receipt while captured or assigned (one past its 12-hour notice,
# one past 24), received by the desk while in progress or resolved, reported once answered.
PINNED = (("adverse_reaction", 16, "captured"), ("adverse_reaction", 40, "assigned"),
          ("adverse_reaction", 24 * 40, "closed"), ("quality", 60, "in_progress"),
          ("adverse_reaction", 30, "in_progress"), ("adverse_reaction", 24 * 8, "resolved"),
          ("adverse_reaction", 24 * 12, "reported_to_customer"), ("quality", 30, "captured"),
          ("service", 24 * 3, "resolved"), ("quality", 24 * 15, "satisfaction_recorded"),
          ("delivery", 30, "assigned"), ("service", 24 * 6, "in_progress"),
          ("price", 24 * 20, "reported_to_customer"), ("other", 24 * 50, "closed"),
          ("quality", 24 * 90, "closed"))


#: Complaints whose steps all fall before their committed deadline; the others drag on
#: (late answers for the analysis to show).
PUNCTUAL_SHARE = 0.6
#: Lots of one of our products that draw complaint after complaint (the analysis highlights
#: them): two of every three quality complaints name one of these, in pairs.
REPEATED_LOTS = ("L2509031", "L2510117")


def complaint_count(customers: int) -> int:
    return max(len(PINNED), customers // 40)


class CaseFactory:
    def __init__(self, world: World, count: int):
        self.w = world
        self.count = count
        self.rng = world.rng("complaints")
        by_kind: dict[tuple[int, str], list[Known]] = {}
        for k in world.customers:
            by_kind.setdefault((k.territory, k.kind), []).append(k)
        self.by_kind = by_kind
        self.territories = sorted({t for t, _ in by_kind})
        self.quality_seen = 0
        self.punctual_rng = world.rng("punctual")  # its own: the other draws stay as they were
        self.closed: list[tuple[str, Known, int, datetime]] = []  # for the surveys after them

    def rows(self) -> Iterator[tuple[str, dict]]:
        rng = self.rng
        if not self.territories:
            return
        for i in range(self.count):
            t = self.territories[i % len(self.territories)]
            if i < len(PINNED):
                kind, hours, target = PINNED[i]
            else:
                kind = rng.choices(*zip(*KIND_WEIGHTS, strict=True))[0]
                hours = rng.randint(2, 24 * 180)
                target = _target_status(rng, hours)
            candidates = [k for kk in CUSTOMER_KINDS[kind] for k in self.by_kind.get((t, kk), ())]
            if not candidates:
                candidates = [k for (tt, _), ks in self.by_kind.items() if tt == t for k in ks
                              if k.kind != "patient"]
            if not candidates:
                continue
            yield from self._case(t, rng.choice(candidates), kind, hours, target)

    def _case(self, t: int, k: Known, kind: str, hours: int, target: str):
        rng, w = self.rng, self.w
        territory, rep, manager = w.territory_ids[t], w.rep_ids[t], w.manager_id
        taken = w.now - timedelta(hours=hours, minutes=rng.randint(0, 50))  # before the move
        received = w.in_working_hours(taken)
        products = w.our_products_for(k.classes) or [p for p in w.products if p["is_ours"]]
        product = rng.choice(products)
        row = {**meta(w.ids(), territory, received), "customer_id": k.id,
               "product_id": product["id"], "kind": kind,
               "severity": rng.choice(SEVERITY[kind]),
               "channel": "visit" if kind == "adverse_reaction" else rng.choice(
                   ("visit", "visit", "phone", "fax", "ecommerce", "order_meeting", "email")),
               "description": rng.choice(V.COMPLAINT_TEXTS[kind]), "received_at": received,
               "captured_by_user_id": rep}
        if kind in ("quality", "adverse_reaction"):
            row["lot"] = f"L{(received - timedelta(days=240)).strftime('%y%m')}{rng.randint(1, 999):03d}"
        if kind == "quality":
            n, self.quality_seen = self.quality_seen, self.quality_seen + 1
            if n % 3 != 2:
                row["product_id"] = next(p["id"] for p in w.products if p["is_ours"])
                row["lot"] = REPEATED_LOTS[(n // 3) % len(REPEATED_LOTS)]
        if kind == "adverse_reaction":
            day0 = received - timedelta(minutes=rng.randint(0, 90))
            age = rng.randint(35, 80)
            row.update({
                "day0_at": day0, "patient_identifier": f"{rng.choice(V.SURNAMES)}某",
                "patient_age": age, "patient_sex": rng.choice(("female", "male")),
                "reporter_name": k.name, "reporter_contact": k.mobile,
                "event_description": row["description"] + "，停药后症状缓解",
                "event_onset_date": day0 - timedelta(days=rng.randint(1, 3)),
                "severity": "high" if hours < 48 else row["severity"],
            })
        row["committed_deadline"] = default_deadline(kind, received, row.get("day0_at"),
                                                     BEIJING)
        events = self._walk(row, taken, target, manager, rep)
        for e in events:
            e.update(meta(w.ids(), territory, e["at"]))
        row["updated_at"] = events[-1]["at"]
        if row.get("closed_at"):
            self.closed.append((row["id"], k, t, row["closed_at"]))
        yield "complaint", row
        for e in events:
            e["complaint_id"] = row["id"]
            yield "complaint_event", e

    def _walk(self, row: dict, taken: datetime, target: str, manager: str, rep: str
              ) -> list[dict]:
        """Take the complaint along the flow up to `target`, filling the fields each step
        needs, with timestamps between receipt and now in working hours (spread from
        `taken`, the receipt before its move into working hours, so that they stay in order)."""
        rng, w = self.rng, self.w
        received: datetime = row["received_at"]
        steps = COMPLAINT_FLOW[: COMPLAINT_FLOW.index(target) + 1]
        span = w.now - taken
        if self.punctual_rng.random() < PUNCTUAL_SHARE:  # answered by the committed deadline
            span = max(min(span, row["committed_deadline"] - taken), timedelta(hours=1))
        gaps = sorted(rng.random() for _ in steps[1:])
        events = [{"from_status": None, "to_status": steps[0].value, "at": received,
                   "actor_user_id": rep, "note": "拜访中获悉并录入"}]
        adr = row["kind"] == "adverse_reaction"
        if adr:
            self._pv_desk(row, target)
        handler = w.qa_id or manager
        for before, status, g in zip(steps, steps[1:], gaps, strict=False):
            at = w.in_working_hours(taken + span * (0.05 + 0.9 * g))
            note = None
            actor = manager if status in ("assigned", "closed") else rep
            if status == "assigned":
                row.update(assigned_to_user_id=handler, assigned_by_user_id=manager,
                           assigned_at=at)
                note = "转质量部处理" if adr else "已指派处理人"
            elif status in ("in_progress", "resolved"):
                actor = handler
                if status == "resolved":
                    row.update(resolution=rng.choice(V.RESOLUTIONS), answered_at=at,
                               answered_by_user_id=handler)
                    note = row["resolution"]
            elif status == "reported_to_customer":
                row["reported_to_customer_at"] = at
            elif status == "satisfaction_recorded":
                row["satisfaction"] = rng.choices((5, 4, 3, 2), weights=(40, 35, 15, 10))[0]
            elif status == "closed":
                row["closed_at"] = at
            events.append({"from_status": before.value, "to_status": status.value, "at": at,
                           "actor_user_id": actor, "note": note})
        row["status"] = target
        return events

    def _pv_desk(self, row: dict, target: str) -> None:
        """The desk's receipt and report of a case, by where the complaint stands."""
        rng, w = self.rng, self.w
        if target in ("captured", "assigned"):
            return
        row["pv_received_at"] = row["day0_at"] + timedelta(hours=rng.randint(1, 10),
                                                           minutes=rng.randint(0, 59))
        row["pv_received_by_user_id"] = w.pv_id
        if target in ("in_progress", "resolved"):
            return
        row["pv_reported_at"] = row["pv_received_at"] + timedelta(hours=rng.randint(2, 10))
        row["pv_reported_by_user_id"] = w.pv_id
        row["pv_reference"] = f"ADR-{row['day0_at']:%Y}-{rng.randint(1, 9999):04d}"


def _target_status(rng: random.Random, hours: int) -> str:
    if hours < 24:
        return rng.choice(("captured", "assigned"))
    if hours < 24 * 7:
        return rng.choice(("assigned", "in_progress", "in_progress", "resolved"))
    if hours < 24 * 30:
        return rng.choice(("in_progress", "resolved", "reported_to_customer", "closed"))
    return rng.choices(("closed", "satisfaction_recorded", "reported_to_customer"),
                       weights=(80, 10, 10))[0]
