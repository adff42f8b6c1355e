"""Satisfaction surveys (顾客满意度调查): the company's questions, and each survey a customer
answered after a closed complaint or after a call cycle (docs/decisions/0027)."""

from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from desktop.models.base import SyncedBase, synced


@synced
class SurveyQuestion(SyncedBase, table=True):
    """One question of the company's survey: a 1–5 scale or free text, asked after a closed
    complaint, after a call cycle, or both. `region_id` None: company-wide (set by an
    administrator); else a region's own extra question (set by its manager). A question is
    retired (`active` False), never deleted, so past answers keep their question."""

    __tablename__ = "survey_question"
    text: str = Field(max_length=200)
    kind: str = Field(default="scale", max_length=8)
    asked: str = Field(default="always", max_length=20)
    position: int = 0
    active: bool = True
    region_id: str | None = Field(default=None, max_length=36, index=True)


@synced
class SurveyResponse(SyncedBase, table=True):
    """A survey a customer answered: after the complaint `complaint_id` was closed, or after
    the call cycle `cycle` (the month "2026-03" of the rep's calls with them). `answers`
    maps a question id to its score (1–5) or its text."""

    __tablename__ = "survey_response"
    customer_id: str = Field(max_length=36, index=True)
    occasion: str = Field(max_length=20, index=True)
    complaint_id: str | None = Field(default=None, max_length=36, index=True)
    cycle: str | None = Field(default=None, max_length=7)
    taken_at: datetime = Field(index=True)
    taken_by_user_id: str | None = Field(default=None, max_length=36)
    answers: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
