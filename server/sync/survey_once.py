"""One survey per customer and occasion (docs/decisions/0027): a customer answers one survey
of a call cycle and one of a closed complaint. Two laptops offline can each take it; the
server keeps the first to arrive and refuses the second with `taken_already`'s reason. Two
pushes at the same moment cannot both pass the check: a push locks the rows it reads (the
survey's customer, and its complaint) until it commits, so the second waits and then sees
the first's survey (tests/server/sync/test_survey_push_race.py). The partial unique indexes
of server migration 0016 are the last guard should another path ever write surveys."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import object_session
from sqlmodel import select

from desktop.domain.workflows import MSG_SURVEY_COMPLAINT_TAKEN, MSG_SURVEY_CYCLE_TAKEN
from desktop.models import SurveyResponse
from desktop.models.enums import SurveyOccasion
from server.sync.changes import created_in_push


def _same_occasion(new: dict):
    """The columns that name the survey's occasion, or None when it names none."""
    if new.get("occasion") == SurveyOccasion.CALL_CYCLE and new.get("cycle"):
        return MSG_SURVEY_CYCLE_TAKEN, {"customer_id": new.get("customer_id"),
                                        "occasion": new["occasion"], "cycle": new["cycle"]}
    if new.get("occasion") == SurveyOccasion.COMPLAINT_CLOSED and new.get("complaint_id"):
        return MSG_SURVEY_COMPLAINT_TAKEN, {"occasion": new["occasion"],
                                            "complaint_id": new["complaint_id"]}
    return None


def _staged(session) -> tuple[dict, set]:
    """The surveys this push has created or changed so far ({id: row}: their values in the
    session count, not the database's, which the push has not written yet) and the ids of
    those it removed from the session."""
    staged = {row.id: row for row in (*session.new, *session.dirty,
                                      *created_in_push(session).values())
              if isinstance(row, SurveyResponse)}
    gone = {row.id for row in session.deleted if isinstance(row, SurveyResponse)}
    return staged, gone


def taken_already(lookup: Callable[[str, str], object], new: dict,
                  session=None) -> str | None:
    """The reason to refuse `new` (a survey response as it would be stored) when another
    live survey of the same customer and occasion is on the server or earlier in the same
    push; None when it is the first. A survey the push changed or removed earlier is judged
    by its values in the push (the session does not flush before the query). `session`:
    the push's (else the customer's)."""
    occasion = _same_occasion(new)
    customer = lookup("customer", new["customer_id"]) if new.get("customer_id") else None
    if session is None and customer is not None:
        session = object_session(customer)
    if new.get("deleted") or occasion is None or customer is None or session is None:
        return None
    reason, columns = occasion
    own = new.get("id")
    staged, gone = _staged(session)
    query = select(SurveyResponse.id).where(
        SurveyResponse.deleted == False, SurveyResponse.id != own,  # noqa: E712
        *(getattr(SurveyResponse, name) == value for name, value in columns.items()))
    if any(row_id not in staged and row_id not in gone for row_id in session.exec(query)):
        return reason
    if any(row.id != own and row.id not in gone and not row.deleted
           and all(getattr(row, name) == value for name, value in columns.items())
           for row in staged.values()):
        return reason
    return None
