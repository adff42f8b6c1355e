"""What the server answers for one pushed mutation, and its JSON body in POST /sync/push's
results (stored as such in the mutation log, so that a replay answers the same).

A push stages its changes before it numbers them: an outcome about a row changed in this
push knows the change's `slot`, and `stamp` gives it the revision once the batch has its
revisions (the row's, the answer's and its conflict records').
"""

from __future__ import annotations

from dataclasses import dataclass, field

from server.models import Conflict


@dataclass
class Applied:
    """The mutation is on the server (or asked for what was already there). `conflicts`
    are fields where another device's newer value won; the answer is then "merged"."""

    seq: int
    row: dict  # the row as it is after the mutation, encoded
    revision: int | None
    conflicts: list[Conflict] = field(default_factory=list)
    slot: int | None = None

    @property
    def status(self) -> str:
        return "merged" if self.conflicts else "applied"


@dataclass
class Rejected:
    """The mutation broke a rule and changed nothing; `row` is the server's current row if
    the caller may see it, so that the client can show what is there."""

    seq: int
    code: str
    reason: str
    row: dict | None
    slot: int | None = None


Outcome = Applied | Rejected


def stamp(outcome: Outcome, first_revision: int | None) -> None:
    """Give an outcome about a row changed in this push the revision of its slot (its
    conflict records have it from `PendingRevisions.commit`)."""
    if outcome.slot is None or first_revision is None:
        return
    revision = first_revision + outcome.slot
    outcome.row["revision"] = revision
    if isinstance(outcome, Applied):
        outcome.revision = revision


def response_body(outcome: Outcome) -> dict:
    """The outcome as one entry of the push response's `results`."""
    if isinstance(outcome, Rejected):
        return {"seq": outcome.seq, "status": "rejected", "code": outcome.code,
                "reason": outcome.reason, "row": outcome.row}
    body = {"seq": outcome.seq, "status": outcome.status, "revision": outcome.revision,
            "row": outcome.row}
    if outcome.conflicts:
        body["conflicts"] = [{"id": c.id, "field": c.field, "your_value": c.your_value,
                              "server_value": c.server_value, "winner": c.winner}
                             for c in outcome.conflicts]
    return body
