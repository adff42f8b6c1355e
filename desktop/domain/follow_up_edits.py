"""Follow-ups on their own: create one (not only from a call's next step), edit it, move it
to another date, cancel it. The rules are desktop.domain.workflows' (the server applies the
same ones): a cancelled follow-up is final and never reminds again (the reminders read open
follow-ups only); moving one restarts its reminder on the new date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import local_time
from desktop.domain.customer_profile import customer_territory
from desktop.domain.identity import signed_in_user_id
from desktop.domain.workflows import follow_up_change_error
from desktop.models import FollowUp
from desktop.models.base import row_values
from desktop.models.enums import FollowUpStatus
from desktop.models.validation import row_errors
from desktop.store.store import Store


class FollowUpRefused(ValueError):
    """A change the follow-up rules refuse, with its message template and params."""

    def __init__(self, template: str, params: dict):
        super().__init__(template.format(**params))
        self.template, self.params = template, params


@dataclass
class FollowUpDraft:
    """What the follow-up editor edits."""

    customer_id: str
    title: str = ""
    due_date: date | None = None
    notes: str = ""
    remind_at: datetime | None = None  # aware UTC; None: the due date's default hour
    id: str | None = None  # None: a new follow-up
    customer_name: str = ""

    def values(self) -> dict:
        return {"customer_id": self.customer_id, "title": self.title.strip(),
                "due_date": self.due_date, "notes": self.notes.strip() or None,
                "remind_at": self.remind_at}

    def errors(self):
        """The rules the draft breaks (desktop.models.validation), for the editor."""
        return row_errors("follow_up", {**self.values(), "status": FollowUpStatus.OPEN.value})


def load_draft(store: Store, follow_up_id: str, customer_name: str = "") -> FollowUpDraft:
    row = store.get(FollowUp, follow_up_id)
    return FollowUpDraft(row.customer_id, row.title, row.due_date, row.notes or "",
                         local_time.aware_utc(row.remind_at), row.id, customer_name)


def save_follow_up(store: Store, draft: FollowUpDraft) -> str:
    """Create the follow-up (in the customer's territory, assigned to the signed-in user) or
    save the edits of an existing one; a changed date or reminder clears a snooze."""
    values = draft.values()
    if draft.id is None:
        row = store.create(FollowUp, values, territory_id=customer_territory(
            store, draft.customer_id), assigned_user_id=signed_in_user_id(store),
            status=FollowUpStatus.OPEN.value)
        return row.id
    _change(store, draft.id, values)
    return draft.id


def move_follow_up(store: Store, follow_up_id: str, new_date: date) -> None:
    """Move the follow-up to `new_date`: its reminder comes on the new date (a reminder time
    of its own and a snooze belonged to the old one and are dropped)."""
    _change(store, follow_up_id, {"due_date": new_date, "remind_at": None})


def cancel_follow_up(store: Store, follow_up_id: str) -> None:
    """Cancel the follow-up: it stays in the list as cancelled and never reminds again."""
    _change(store, follow_up_id, {"status": FollowUpStatus.CANCELLED.value})


def _change(store: Store, follow_up_id: str, changes: dict) -> None:
    with store.write() as w:
        current = w.get(FollowUp, follow_up_id)
        old = row_values(current)
        if any(old.get(k) != v for k, v in changes.items() if k in ("due_date", "remind_at")):
            changes = {**changes, "snoozed_until": None}
        refused = follow_up_change_error(old, {**old, **changes})
        if refused:
            raise FollowUpRefused(*refused)
        w.update(FollowUp, follow_up_id, changes)
