"""A year of field work: call plans with decisions, call reports with their attendees,
products and samples, and follow-ups — generated lazily so that 500,000 visits stream."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.demo import vocabulary as V
from desktop.demo.world import (
    Known,
    World,
    between,
    local,
    meta,
    pick,
    weekday_on_or_before,
)

TIER_WEIGHT = {"A": 8.0, "B": 4.0, "C": 2.0, "D": 0.5, None: 1.0}
KIND_WEIGHT = {"doctor": 1.0, "department": 0.35, "pharmacy": 0.5, "pharmacy_contact": 0.5,
               "hospital": 0.25, "distributor": 0.4}
LIFECYCLE_WEIGHT = {"lost": 0.1, "prospect": 0.4, "at_risk": 0.6}
SLOTS = (("08:30-10:00", 8, 30), ("10:00-11:30", 10, 0), ("12:00-13:00", 12, 0),
         ("13:30-15:00", 13, 30),
         ("15:00-16:30", 15, 0), ("16:30-17:30", 16, 30))
PLAN_WEEKS_BACK = 8
NEXT_WEEK_STATUS = ("submitted", "draft", "returned")  # rep1, rep2, rep3


@dataclass
class Pool:
    """The customers a rep calls on, with cumulative weights for fast weighted draws."""

    customers: list[Known]
    cum: list[float]

    def draw(self, rng: random.Random) -> Known:
        return self.customers[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


def call_pools(world: World) -> list[Pool | None]:
    """One pool per territory (None where a territory has no one to call on)."""
    pools = []
    for t in range(len(world.territory_ids)):
        members = [k for k in world.customers if k.territory == t and k.kind in KIND_WEIGHT]
        weights = [TIER_WEIGHT[k.tier] * KIND_WEIGHT[k.kind] * LIFECYCLE_WEIGHT.get(k.lifecycle, 1.0)
                   for k in members]
        pools.append(Pool(members, list(itertools.accumulate(weights))) if members else None)
    return pools


class ActivityFactory:
    """Plans first (visits point at plan items), then visits and their follow-ups."""

    def __init__(self, world: World, visits: int):
        self.w = world
        self.visit_budget = visits
        self.pools = call_pools(world)
        self.monday = world.today - timedelta(days=world.today.weekday())
        self.past_items: list[tuple[int, dict]] = []  # (territory, plan item) before today

    # ------------------------------------------------------------------ call plans
    def plan_rows(self) -> Iterator[tuple[str, dict]]:
        rng = self.w.rng("plans")
        for t, pool in enumerate(self.pools):
            if pool is None:
                continue
            for week in range(-PLAN_WEEKS_BACK, 2):
                status = "approved" if week <= 0 else NEXT_WEEK_STATUS[t % 3]
                yield from self._plan(rng, t, pool, self.monday + timedelta(weeks=week), status,
                                      reworked=week < 0 and rng.random() < 0.15)

    def _plan(self, rng, t, pool, week_start: date, status: str, reworked: bool):
        w = self.w
        rep, manager, territory = w.rep_ids[t], w.manager_id, w.territory_ids[t]
        plan_id = w.ids()
        before = week_start - timedelta(days=4)  # the Thursday before the week
        if status in ("submitted", "draft", "returned"):
            submitted = w.now - timedelta(hours=between(rng, 14, 30))
        else:
            submitted = local(before, 17, between(rng, 0, 59))
        decisions: list[tuple[str, object, str | None, str | None, int]] = []
        revision = 1
        if status != "draft":
            decisions.append(("submit", submitted, rep, None, 1))
        decided_at = decided_by = comment = None
        if reworked:
            back = submitted + timedelta(hours=16)
            note = pick(rng, V.RETURN_COMMENTS)
            decisions += [("return", back, manager, note, 1),
                          ("revise", back + timedelta(hours=1), rep, None, 2),
                          ("submit", back + timedelta(hours=3), rep, None, 2)]
            submitted, revision = back + timedelta(hours=3), 2
        if status == "approved":
            decided_at = submitted + timedelta(hours=between(rng, 2, 20))
            decided_by, comment = manager, pick(rng, V.APPROVE_COMMENTS)
            decisions.append(("approve", decided_at, manager, comment, revision))
        elif status == "returned":
            decided_at = w.now - timedelta(hours=between(rng, 1, 12))
            decided_by, comment = manager, pick(rng, V.RETURN_COMMENTS)
            decisions.append(("return", decided_at, manager, comment, revision))
        # Reps submit and managers decide in working hours; all times move together, in order.
        working = w.in_working_hours
        submitted = working(submitted)
        decided_at = decided_at and working(decided_at)
        decisions = [(action, working(at), *rest) for action, at, *rest in decisions]
        plan = {**meta(plan_id, territory, submitted if status != "draft"
                       else working(w.now - timedelta(hours=3))),
                "rep_user_id": rep, "week_start": week_start, "cycle_weeks": 1, "status": status,
                "plan_revision": revision,
                "submitted_at": submitted if status != "draft" else None,
                "decided_at": decided_at, "decided_by_user_id": decided_by,
                "manager_comment": comment}
        plan["updated_at"] = decided_at or plan["created_at"]
        yield "call_plan", plan
        for i in range(5):  # Monday to Friday
            day = week_start + timedelta(days=i)
            picked: list[Known] = []
            for _ in range(between(rng, 4, 6)):
                k = pool.draw(rng)
                if all(p.id != k.id for p in picked):
                    picked.append(k)
            slots = sorted(rng.sample(range(len(SLOTS)), len(picked)))
            for pos, (k, slot) in enumerate(zip(picked, slots, strict=True)):
                products = w.our_products_for(k.classes)
                item = {**meta(w.ids(), territory, plan["created_at"]), "plan_id": plan_id,
                        "customer_id": k.id, "day": day, "time_slot": SLOTS[slot][0],
                        "objective": pick(rng, V.OBJECTIVES),
                        "product_ids": [p["id"] for p in rng.sample(products, min(len(products), between(rng, 1, 2)))],
                        "suggestion_reason": _suggestion(rng, k), "position": pos}
                yield "plan_item", item
                if status == "approved" and day < w.today:
                    self.past_items.append((t, item))
        for action, at, actor, note, rev in decisions:
            yield "plan_decision", {**meta(w.ids(), territory, at), "plan_id": plan_id,
                                    "action": action, "actor_user_id": actor, "at": at,
                                    "comment": note, "plan_revision": rev}

    # ------------------------------------------------------------------ visits
    def visit_rows(self) -> Iterator[tuple[str, dict]]:
        """Visits (with children and follow-ups): plan-driven ones in the last weeks, a few
        drafts, and free-standing calls spread over the rest of the year."""
        w, rng = self.w, self.w.rng("visits")
        active = [t for t, p in enumerate(self.pools) if p is not None]
        if not active:
            return
        budget = self.visit_budget
        drafts = min(budget, 2 * len(active))
        budget -= drafts
        by_id = {k.id: k for t in active for k in self.pools[t].customers}
        for t, item in self.past_items:
            if budget <= 0:
                break
            if rng.random() < 0.85:  # some planned calls do not happen
                _, hour, minute = next(s for s in SLOTS if s[0] == item["time_slot"])
                budget -= 1
                yield from self._visit(rng, t, by_id[item["customer_id"]], item["day"], hour,
                                       minute + between(rng, 0, 40), plan_item_id=item["id"])
        span_end = self.monday - timedelta(weeks=PLAN_WEEKS_BACK)
        span_days = max(1, (span_end - (w.today - timedelta(days=365))).days)
        for i in range(budget):
            t = active[i % len(active)]
            day = weekday_on_or_before(span_end - timedelta(days=between(rng, 1, span_days)))
            slot = pick(rng, SLOTS)
            yield from self._visit(rng, t, self.pools[t].draw(rng), day, slot[1],
                                   slot[2] + between(rng, 0, 50))
        for i in range(drafts):
            t = active[i % len(active)]
            day = w.today if i < len(active) else weekday_on_or_before(w.today - timedelta(days=1))
            hour, minute = (8, 40) if day == w.today else (16, 10)  # before now (09:00)
            yield from self._visit(rng, t, self.pools[t].draw(rng), day, hour, minute,
                                   draft=True)
        yield from self._pinned_follow_ups(rng, active)

    def _visit(self, rng, t, k: Known, day: date, hour: int, minute: int, *,
               plan_item_id: str | None = None, draft: bool = False):
        w = self.w
        territory, rep = w.territory_ids[t], w.rep_ids[t]
        started = local(day, hour + minute // 60, minute % 60)
        duration = pick(rng, (10, 15, 15, 20, 30, 45)) if k.kind != "department" else 45
        visit_type = _visit_type(rng, k)
        products = w.our_products_for(k.classes)
        detailed = [(p, pick(rng, p["key_messages"])) for p in
                    rng.sample(products, min(len(products), pick(rng, (1, 1, 2, 3))))]
        visit_id = w.ids()
        follow_up_date = None
        next_step = None
        if not draft and rng.random() < 0.3:
            next_step = pick(rng, V.NEXT_STEPS)
            if rng.random() < 0.8:
                follow_up_date = day + timedelta(days=between(rng, 5, 21))
        done = started + timedelta(minutes=duration)
        submitted_at = None if draft else done + timedelta(minutes=between(rng, 5, 300))
        yield "visit", {
            **meta(visit_id, territory, done), "customer_id": k.id, "rep_user_id": rep,
            "visit_type": visit_type, "started_at": started, "duration_minutes": duration,
            "status": "draft" if draft else "submitted", "submitted_at": submitted_at,
            "key_messages": "；".join(message for _, message in detailed) or None,
            "feedback": pick(rng, V.FEEDBACK) if not draft or rng.random() < 0.5 else None,
            "next_step": next_step, "follow_up_date": follow_up_date,
            "plan_item_id": plan_item_id}
        child = meta(None, territory, done)
        if visit_type in ("department_meeting", "academic_meeting"):
            department = k.id if k.kind == "department" else k.department_id
            colleagues = [d for d in w.doctors_by_department.get(department, ()) if d != k.id]
            for doctor in rng.sample(colleagues, min(len(colleagues), between(rng, 2, 5))):
                yield "visit_attendee", {**child, "id": w.ids(), "visit_id": visit_id,
                                         "customer_id": doctor, "role": "参会医生"}
        for pos, (p, message) in enumerate(detailed):
            yield "visit_product", {**child, "id": w.ids(), "visit_id": visit_id,
                                    "product_id": p["id"], "key_message": message,
                                    "position": pos}
        if detailed and visit_type == "face_to_face" and rng.random() < 0.25:
            p = detailed[0][0]
            yield "visit_sample", {**child, "id": w.ids(), "visit_id": visit_id,
                                   "product_id": p["id"], "quantity": between(rng, 1, 6),
                                   "lot": f"L{(day - timedelta(days=200)).strftime('%y%m')}{between(rng, 1, 999):03d}"}
        if rng.random() < 0.1:
            yield "visit_sample", {**child, "id": w.ids(), "visit_id": visit_id,
                                   "material": pick(rng, V.MATERIALS), "quantity": between(rng, 1, 20)}
        if follow_up_date:
            yield "follow_up", self._follow_up(rng, t, k, follow_up_date, next_step, visit_id, done)

    def _follow_up(self, rng, t, k: Known, due: date, title: str, visit_id: str | None, at):
        w = self.w
        status, done_at = "open", None
        if due < w.today:
            # A rep clears old follow-ups: a few of the last weeks' are still open, none older.
            roll, recent = rng.random(), (w.today - due).days <= 28
            if roll < (0.85 if recent else 0.95):
                status, done_at = "done", local(due, between(rng, 9, 17))
            elif roll < 0.95 or not recent:
                status = "cancelled"
        row = {**meta(w.ids(), w.territory_ids[t], at), "customer_id": k.id, "visit_id": visit_id,
               "assigned_user_id": w.rep_ids[t], "title": title, "due_date": due,
               "remind_at": local(due, 9) if status == "open" else None, "status": status,
               "done_at": done_at}
        if done_at:
            row["updated_at"] = done_at
        return row

    def _pinned_follow_ups(self, rng, active):
        """Per rep: two follow-ups due today and two overdue, so every demo day has work."""
        w = self.w
        for t in active:
            for offset in (0, 0, 3, 10):
                due = w.today - timedelta(days=offset)
                k = self.pools[t].draw(rng)
                yield "follow_up", self._follow_up_open(rng, t, k, due)

    def _follow_up_open(self, rng, t, k, due):
        w = self.w
        return {**meta(w.ids(), w.territory_ids[t], local(due - timedelta(days=7), 18)),
                "customer_id": k.id, "assigned_user_id": w.rep_ids[t],
                "title": pick(rng, V.NEXT_STEPS), "due_date": due, "remind_at": local(due, 9),
                "status": "open"}


def _visit_type(rng: random.Random, k: Known) -> str:
    if k.kind == "department":
        return "department_meeting" if rng.random() < 0.8 else "face_to_face"
    if k.kind in ("pharmacy", "pharmacy_contact"):
        return "pharmacy_visit" if rng.random() < 0.85 else "phone"
    if k.kind == "doctor":
        return rng.choices(("face_to_face", "phone", "academic_meeting"), weights=(75, 18, 7))[0]
    return "face_to_face" if rng.random() < 0.7 else "phone"


def _suggestion(rng: random.Random, k: Known) -> str | None:
    if k.tier == "A" and rng.random() < 0.3:
        return "A级客户，本月拜访次数未达标"
    if k.lifecycle == "at_risk" and rng.random() < 0.5:
        return "处方份额下降，需重点维护"
    return None
