"""The company's satisfaction survey questions (`rounds-server survey`): added company-wide
or for one region, listed, retired. A question is never deleted (past answers keep it);
retiring it stops it being asked. Laptops learn of every change at their next sync, like
any reference row (docs/decisions/0027)."""

from __future__ import annotations

from sqlmodel import Session, func, select

from desktop.models import Region, SurveyQuestion, row_values
from desktop.models.enums import SurveyAsked, SurveyQuestionKind
from server.accounts.users import AccountError, optional_region_id
from server.sync.changes import SERVER_ACTOR, Actor, save_row
from server.sync.revisions import lock_revisions

LIVE = False
MAX_TEXT = 200


def add_question(session: Session, *, text: str, kind: str = SurveyQuestionKind.SCALE,
                 asked: str = SurveyAsked.ALWAYS, region: str | None = None,
                 actor: Actor = SERVER_ACTOR) -> SurveyQuestion:
    """A new question, asked after the questions already there (of its region or the
    company)."""
    text = " ".join(text.split())
    if not text:
        raise AccountError("A question needs its text.")
    if len(text) > MAX_TEXT:
        raise AccountError(f"A question has at most {MAX_TEXT} characters ({len(text)} given).")
    if kind not in {k.value for k in SurveyQuestionKind}:
        raise AccountError(f"Unknown kind {kind!r}; use scale (1–5) or text.")
    if asked not in {a.value for a in SurveyAsked}:
        raise AccountError(f"Unknown occasion {asked!r}; use one of: "
                           f"{', '.join(a.value for a in SurveyAsked)}.")
    lock_revisions(session)
    region_id = optional_region_id(session, region)
    last = session.exec(select(func.max(SurveyQuestion.position)).where(
        SurveyQuestion.deleted == LIVE,
        SurveyQuestion.region_id == region_id if region_id
        else SurveyQuestion.region_id.is_(None))).one()
    question = SurveyQuestion(text=text, kind=kind, asked=asked, region_id=region_id,
                              position=(last or 0) + 1)
    save_row(session, actor, "survey_question", question, None)
    return question


def question_lines(session: Session) -> list[tuple[str, ...]]:
    """Every question: id, region (or company), kind, occasion, active, text."""
    regions = dict(session.exec(select(Region.id, Region.name)).all())
    rows = session.exec(select(SurveyQuestion).where(SurveyQuestion.deleted == LIVE).order_by(
        SurveyQuestion.region_id, SurveyQuestion.position, SurveyQuestion.id))
    return [(q.id, regions.get(q.region_id, q.region_id) if q.region_id else "company",
             q.kind, q.asked, "active" if q.active else "retired", q.text) for q in rows]


def retire_question(session: Session, question_id: str,
                    actor: Actor = SERVER_ACTOR) -> SurveyQuestion:
    """Stop asking the question (its answers stay)."""
    lock_revisions(session)
    question = session.get(SurveyQuestion, question_id.strip())
    if question is None or question.deleted:
        raise AccountError(f"There is no survey question {question_id!r}; "
                           "'rounds-server survey list' shows them.")
    if question.active:
        old = row_values(question)
        question.active = False
        save_row(session, actor, "survey_question", question, old)
    return question
