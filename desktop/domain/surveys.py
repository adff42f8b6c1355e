"""Satisfaction surveys (顾客满意度调查): which surveys are due, recording one, and the results
by customer group over time. Definitions (docs/decisions/0027-satisfaction-surveys.md):

- after a **closed complaint**: one survey per complaint, due from its closing for
  `COMPLAINT_SURVEY_DAYS` days;
- after a **call cycle**: a customer's call cycle is a calendar month of calls on the rep's
  clock, the planning period of the call-frequency targets (A four calls a month…). After a
  month in which the customer had at least one submitted call, one survey of that cycle is
  due during the following month;
- the questions are the company's (`SurveyQuestion`, active, asked always or on that
  occasion; company-wide ones and the region's own), in their order;
- results: the mean of the 1–5 answers, per customer group (tier, kind, city) and month of
  the survey, with the number of surveys behind each mean.
No Qt.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from statistics import mean

from sqlmodel import select

from desktop.domain import local_time
from desktop.domain.complaint_analysis import months_between
from desktop.domain.customer_names import display_name_sql
from desktop.domain.customer_profile import customer_territory
from desktop.domain.identity import signed_in_user
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Complaint, Customer, SurveyQuestion, SurveyResponse, Visit
from desktop.models.enums import SurveyAsked, SurveyOccasion, SurveyQuestionKind
from desktop.store.store import Store

COMPLAINT_SURVEY_DAYS = 30
LIVE = False
MSG_NO_ANSWER = _t("Surveys", "Answer at least one question: a survey without answers is not recorded.")


class SurveyError(ValueError):
    def __init__(self, template: str):
        super().__init__(template)
        self.template = template


class GroupBy(StrEnum):
    TIER = "tier"
    KIND = "kind"
    CITY = "city"


GROUP_LABELS = {GroupBy.TIER: _t("Surveys", "Tier"), GroupBy.KIND: _t("Surveys", "Kind"),
                GroupBy.CITY: _t("Surveys", "City")}


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def previous_month(day: date) -> tuple[date, date]:
    """The first and last day of the month before `day`'s."""
    last = day.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def questions_for(store: Store, occasion: str) -> list[SurveyQuestion]:
    """The active questions asked on `occasion`, company-wide and the user's region's."""
    region = (signed_in_user(store) or {}).get("region_id")
    query = (select(SurveyQuestion)
             .where(SurveyQuestion.deleted == LIVE, SurveyQuestion.active == True,  # noqa: E712
                    SurveyQuestion.asked.in_([SurveyAsked.ALWAYS.value, occasion]))
             .order_by(SurveyQuestion.position, SurveyQuestion.text, SurveyQuestion.id))
    with store.read() as s:
        return [q for q in s.exec(query).all() if q.region_id in (None, region)]


@dataclass(frozen=True)
class DueSurvey:
    customer_id: str
    customer_name: str
    occasion: str
    complaint_id: str | None = None
    cycle: str | None = None
    since: date | None = None  # when it became due


def due_surveys(store: Store, today: date | None = None, tz: tzinfo | None = None
                ) -> list[DueSurvey]:
    """The surveys to take now: closed complaints of the last `COMPLAINT_SURVEY_DAYS` days
    and last month's call cycles, without a survey yet; oldest first."""
    tz = tz or local_time.time_zone()
    today = today or local_time.today(tz)
    since = local_time.day_start(today - timedelta(days=COMPLAINT_SURVEY_DAYS), tz)
    first, last = previous_month(today)
    cycle = month_of(first)
    with store.read() as s:
        surveyed_complaints = set(s.exec(select(SurveyResponse.complaint_id).where(
            SurveyResponse.deleted == LIVE, SurveyResponse.complaint_id != None)).all())  # noqa: E711
        surveyed_cycles = set(s.exec(select(SurveyResponse.customer_id).where(
            SurveyResponse.deleted == LIVE, SurveyResponse.cycle == cycle,
            SurveyResponse.occasion == SurveyOccasion.CALL_CYCLE.value)).all())
        closed = s.exec(
            select(Complaint.id, Complaint.customer_id, Complaint.closed_at, display_name_sql())
            .join(Customer, Customer.id == Complaint.customer_id)
            .where(Complaint.deleted == LIVE, Complaint.status == "closed",
                   Complaint.closed_at >= since)).all()
        called = s.exec(
            select(Visit.customer_id, display_name_sql())
            .join(Customer, Customer.id == Visit.customer_id)
            .where(Visit.deleted == LIVE, Visit.status == "submitted",
                   Visit.started_at >= local_time.day_start(first, tz),
                   Visit.started_at < local_time.day_start(last + timedelta(days=1), tz))
            .distinct()).all()
    out = [DueSurvey(customer_id, name, SurveyOccasion.COMPLAINT_CLOSED.value,
                     complaint_id=cid, since=local_time.local_day(closed_at, tz))
           for cid, customer_id, closed_at, name in closed if cid not in surveyed_complaints]
    out.sort(key=lambda d: (d.since, d.customer_name))
    out += sorted((DueSurvey(customer_id, name, SurveyOccasion.CALL_CYCLE.value, cycle=cycle,
                             since=last + timedelta(days=1))
                   for customer_id, name in called if customer_id not in surveyed_cycles),
                  key=lambda d: d.customer_name)
    return out


def record_survey(store: Store, due: DueSurvey, answers: dict[str, int | str],
                  taken_at: datetime | None = None) -> str:
    """Store the customer's answers (question id → score 1–5 or text; blanks dropped)."""
    kept = {qid: (a.strip() if isinstance(a, str) else a) for qid, a in answers.items()
            if a is not None and not (isinstance(a, str) and not a.strip())}
    if not kept:
        raise SurveyError(MSG_NO_ANSWER)
    row = store.create(SurveyResponse, customer_id=due.customer_id, occasion=due.occasion,
                       complaint_id=due.complaint_id, cycle=due.cycle,
                       taken_at=taken_at or local_time.now(), answers=kept,
                       taken_by_user_id=(signed_in_user(store) or {}).get("id"),
                       territory_id=customer_territory(store, due.customer_id))
    return row.id


@dataclass(frozen=True)
class GroupMonth:
    group: str  # the tier, kind or city ("" when the customer has none)
    month: str
    surveys: int
    mean_score: float | None  # over every 1–5 answer


@dataclass
class SurveyResults:
    months: list[str]
    groups: list[str]
    cells: dict[tuple[str, str], GroupMonth] = field(default_factory=dict)
    question_means: list[tuple[str, float | None, int]] = field(default_factory=list)
    comments: list[tuple[str, str, str]] = field(default_factory=list)  # month, customer, text
    group_means: dict[str, float | None] = field(default_factory=dict)  # over the period

    def cell(self, group: str, month: str) -> GroupMonth | None:
        return self.cells.get((group, month))


def survey_results(store: Store, group_by: GroupBy | str, start: date, end: date,
                   tz: tzinfo | None = None) -> SurveyResults:
    """The surveys taken from `start` to `end` (days on the user's clock), by group × month."""
    group_by, tz = GroupBy(group_by), tz or local_time.time_zone()
    column = {GroupBy.TIER: Customer.tier, GroupBy.KIND: Customer.kind,
              GroupBy.CITY: Customer.city}[group_by]
    with store.read() as s:
        questions = {q.id: q for q in s.exec(select(SurveyQuestion)).all()}
        found = s.exec(
            select(SurveyResponse, column, display_name_sql())
            .join(Customer, Customer.id == SurveyResponse.customer_id)
            .where(SurveyResponse.deleted == LIVE,
                   SurveyResponse.taken_at >= local_time.day_start(start, tz),
                   SurveyResponse.taken_at < local_time.day_start(end + timedelta(days=1), tz))
            .order_by(SurveyResponse.taken_at)).all()
    scores: dict[tuple[str, str], list[int]] = defaultdict(list)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    by_question: dict[str, list[int]] = defaultdict(list)
    comments = []
    for response, group, customer in found:
        key = (group or "", local_time.local(response.taken_at, tz).strftime("%Y-%m"))
        counts[key] += 1
        for qid, answer in (response.answers or {}).items():
            question = questions.get(qid)
            if isinstance(answer, int) and not isinstance(answer, bool):
                scores[key].append(answer)
                by_question[qid].append(answer)
            elif isinstance(answer, str) and question is not None:
                comments.append((key[1], customer or "", answer))
    cells = {key: GroupMonth(key[0], key[1], n, mean(scores[key]) if scores[key] else None)
             for key, n in counts.items()}
    groups = sorted({g for g, _m in cells}, key=lambda g: (g == "", g))
    scale = [q for q in questions.values() if q.kind == SurveyQuestionKind.SCALE]
    scale.sort(key=lambda q: (q.position, q.text))
    means = [(q.text, mean(by_question[q.id]) if by_question[q.id] else None,
              len(by_question[q.id])) for q in scale if q.active or by_question[q.id]]
    group_scores: dict[str, list[int]] = defaultdict(list)
    for (group, _month), values in scores.items():
        group_scores[group] += values
    group_means = {g: mean(group_scores[g]) if group_scores[g] else None for g in groups}
    return SurveyResults(months_between(start, end), groups, cells, means, comments,
                         group_means)
