"""The company's satisfaction questions and the surveys customers answered over the last
months: after each closed complaint, and after the monthly call cycle of a share of each
territory's customers. Scores lean on the tier (A customers, called most, are the most
content) and rise over the months; one territory's pharmacies are less content, so the
results by group show something to act on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from desktop.demo.world import World, local, meta

#: (text, kind, asked, position): the company's survey.
QUESTIONS = (
    ("总体而言，您对我们的服务满意吗？", "scale", "always", 1),
    ("投诉处理的速度", "scale", "complaint_closed", 2),
    ("处理结果是否解决了您的问题", "scale", "complaint_closed", 3),
    ("代表拜访对您的工作有帮助吗？", "scale", "call_cycle", 2),
    ("产品资料与学术信息是否及时", "scale", "call_cycle", 3),
    ("您还有什么建议？", "text", "always", 9),
)
COMMENTS = ("希望多组织科室会", "样品送得及时", "回复还可以再快一点", "资料很实用",
            "希望提前电话预约", "配送偶尔延误")
MONTHS = 8  # months of call-cycle surveys
SHARE = 0.18  # of a territory's customers surveyed after a month's cycle
TIER_BASE = {"A": 4.3, "B": 3.9, "C": 3.5}


class SurveyFactory:
    def __init__(self, world: World):
        self.w = world
        self.rng = world.rng("surveys")
        self.question_ids: dict[str, list[tuple[str, str]]] = {}

    def question_rows(self) -> Iterator[tuple[str, dict]]:
        at = local(self.w.today - timedelta(days=400), 9)
        for text, kind, asked, position in QUESTIONS:
            row = {**meta(self.w.ids(), None, at), "text": text, "kind": kind, "asked": asked,
                   "position": position, "active": True, "region_id": None}
            for occasion in ("complaint_closed", "call_cycle"):
                if asked in ("always", occasion):
                    self.question_ids.setdefault(occasion, []).append((row["id"], kind))
            yield "survey_question", row

    def _score(self, tier: str | None, kind: str, months_ago: int) -> int:
        base = TIER_BASE.get(tier or "", 3.6) + 0.08 * (MONTHS - months_ago)
        if kind == "pharmacy":
            base -= 0.6
        return max(1, min(5, round(self.rng.gauss(base, 0.7))))

    def _answers(self, occasion: str, tier, kind, months_ago: int) -> dict:
        out = {}
        for qid, qkind in self.question_ids.get(occasion, []):
            if qkind == "scale":
                out[qid] = self._score(tier, kind, months_ago)
            elif self.rng.random() < 0.3:
                out[qid] = self.rng.choice(COMMENTS)
        return out

    def response_rows(self, closed_complaints) -> Iterator[tuple[str, dict]]:
        """`closed_complaints`: (complaint id, customer Known, territory index, closed at)."""
        w, rng = self.w, self.rng
        for complaint_id, known, territory, closed_at in closed_complaints:
            taken = w.in_working_hours(closed_at + timedelta(days=rng.randint(1, 6)))
            if taken >= w.now or rng.random() < 0.2:  # not every customer answers
                continue
            months_ago = max(0, (w.now - taken).days // 30)
            yield "survey_response", {
                **meta(w.ids(), w.territory_ids[territory], taken), "customer_id": known.id,
                "occasion": "complaint_closed", "complaint_id": complaint_id, "cycle": None,
                "taken_at": taken, "taken_by_user_id": w.rep_ids[territory],
                "answers": self._answers("complaint_closed", known.tier, known.kind,
                                         months_ago)}
        people = [k for k in w.customers if k.kind not in ("patient",)]
        for months_ago in range(MONTHS, 0, -1):
            first = _month_start(w.today, months_ago)
            cycle = f"{first.year:04d}-{first.month:02d}"
            taken_day = _month_start(w.today, months_ago - 1)
            for known in people:
                if rng.random() >= SHARE:
                    continue
                taken = w.in_working_hours(local(taken_day + timedelta(
                    days=rng.randint(0, 12)), 10, rng.randint(0, 59)))
                if taken >= w.now:
                    continue
                yield "survey_response", {
                    **meta(w.ids(), w.territory_ids[known.territory], taken),
                    "customer_id": known.id, "occasion": "call_cycle", "complaint_id": None,
                    "cycle": cycle, "taken_at": taken,
                    "taken_by_user_id": w.rep_ids[known.territory],
                    "answers": self._answers("call_cycle", known.tier, known.kind, months_ago)}


def _month_start(today: date, months_ago: int) -> date:
    year, month = today.year, today.month - months_ago
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)
