"""What a user may see and write: territories by role, reference rows by region."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session

from desktop.domain.workflows import ADMIN, MANAGER, PV, QA, REP
from desktop.models import Territory

# Rows every user of a region sees (names to show), keyed by where their region is.
REFERENCE_TABLES = ("region", "territory", "product", "frequency_target", "team_member",
                    "product_margin", "quota", "at_risk_rule", "complaint_route",
                    "survey_question")

# A market activity and the rows that belong to it (written by its owner and its manager).
MARKET_TABLES = ("market_activity", "market_activity_product", "market_activity_invitee",
                 "market_activity_cost", "market_activity_event")

# Tables each role writes through push (admin writes every table).
REP_TABLES = frozenset({
    "customer", "customer_metric", "visit", "visit_attendee", "visit_product", "visit_sample",
    "follow_up", "call_plan", "plan_item", "plan_decision", "complaint", "complaint_event",
    *MARKET_TABLES, "survey_response",
})
MANAGER_TABLES = frozenset({  # customer: adding only (walk-ins at their activities)
    "customer", "call_plan", "plan_decision", "frequency_target", "follow_up", "complaint",
    "complaint_event", *MARKET_TABLES, "product_margin", "quota", "at_risk_rule",
    "survey_question",
})
# The complaint desks (qa, pv) sync the complaints of their region (every region when they
# have none), with the customers they concern, and the reference rows; nothing else.
DESK_ROLES = frozenset({QA, PV})
DESK_READ_TABLES = frozenset({*REFERENCE_TABLES, "customer", "complaint", "complaint_event"})
# They change complaints only (which fields: server/sync/complaint_roles.py); a handler also
# writes the history of the complaints they move.
QA_TABLES = frozenset({"complaint", "complaint_event"})
PV_TABLES = frozenset({"complaint", "complaint_event"})


@dataclass(frozen=True)
class Scope:
    user_id: str
    role: str
    region_id: str | None
    territory_ids: frozenset[str] | None  # None: every territory (admin)
    quotas_need_approval: bool = False  # server setting: managers save quotas as drafts

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    def has_territory(self, territory_id: str | None) -> bool:
        if self.territory_ids is None:
            return True
        return territory_id is not None and territory_id in self.territory_ids

    def sees_region(self, region_id: str | None) -> bool:
        return self.is_admin or region_id is None or region_id == self.region_id

    @property
    def is_desk(self) -> bool:
        """A complaint desk (qa, pv): reads complaints only, not the territories' work."""
        return self.role in DESK_ROLES

    def reads_table(self, table: str) -> bool:
        return not self.is_desk or table in DESK_READ_TABLES

    def can_read(self, table: str, values: dict) -> bool:
        """May this user see the row (current values)? Only the row's `SCOPE_COLUMNS` are
        looked at (a verify reads no others)."""
        if not self.reads_table(table):
            return False
        if table in REFERENCE_TABLES:
            return self.sees_region(reference_region(table, values))
        return self.has_territory(values.get("territory_id"))

    def writable_tables(self) -> frozenset[str] | None:
        if self.role == REP:
            return REP_TABLES
        if self.role == MANAGER:
            return MANAGER_TABLES
        if self.role == QA:
            return QA_TABLES
        if self.role == PV:
            return PV_TABLES
        return None


#: The columns of a row `Scope.can_read` and `reference_region` look at.
SCOPE_COLUMNS = ("id", "territory_id", "region_id")


def reference_region(table: str, values: dict) -> str | None:
    """The region a reference row belongs to (None = company-wide)."""
    if table == "region":
        return values.get("id")
    if table in ("territory", "frequency_target", "team_member", "product_margin", "quota",
                 "at_risk_rule", "complaint_route", "survey_question"):
        return values.get("region_id")
    return None


def log_keys(table: str, values: dict) -> tuple[str | None, str | None, bool]:
    """(territory_id, region_id, is_reference) under which a change of the row is logged."""
    if table in REFERENCE_TABLES:
        return None, reference_region(table, values), True
    return values.get("territory_id"), None, False


def user_scope(session: Session, user) -> Scope:
    """The user's scope now (read at every request: a territory moved or a role changed
    takes effect at the next one)."""
    if user.role == ADMIN:
        return Scope(user.id, user.role, user.region_id, None)
    if user.role == MANAGER and not user.region_id:
        return Scope(user.id, user.role, user.region_id, frozenset())
    if user.role == MANAGER or (user.role in DESK_ROLES and user.region_id):
        kind, value = "region", user.region_id
    elif user.role not in DESK_ROLES:
        kind, value = "owner", user.id
    else:  # a desk without a region works for the whole company
        kind, value = "all", None
    ids = frozenset(session.connection().execute(_territories_query(kind),
                                                 {"value": value}).scalars())
    return Scope(user.id, user.role, user.region_id, ids)


@functools.cache
def _territories_query(kind: str):
    """The ids of live territories of a region, of an owner, or all (built once)."""
    query = sa_select(Territory.id).where(Territory.deleted == False)  # noqa: E712
    if kind == "region":
        return query.where(Territory.region_id == bindparam("value"))
    if kind == "owner":
        return query.where(Territory.owner_user_id == bindparam("value"))
    return query
