"""Sales quotas (销售指标) and the manager's at-risk settings.

The business documents' process: a yearly quota per product split by month, allocated by
region, then to reps, then to hospitals. One `Quota` row is one month of one product at one
level: `region` (the region's own quota, written by an admin), `rep` (the share a manager
gives one representative) or `hospital` (the share of one customer, usually a hospital).
Quotas and at-risk rules are reference rows of a region (`region_id`): everyone in the
region reads them, the region's manager writes the rep and hospital rows and the rules, an
admin writes the region rows. `territory_id` stays None.

`status` is `approved` unless the company asks for approval of allocations (server setting
`quotas_need_approval`, off by default; see docs/manager-desk.md): then a manager's rows are
`draft` until an admin approves them.
"""

from datetime import datetime

from sqlmodel import Field

from desktop.models.base import SyncedBase, synced


@synced
class Quota(SyncedBase, table=True):
    __tablename__ = "quota"
    year: int = Field(index=True)
    month: int  # 1–12
    product_id: str = Field(max_length=36, index=True)
    level: str = Field(max_length=12, index=True)  # QuotaLevel
    region_id: str = Field(max_length=36, index=True)
    rep_user_id: str | None = Field(default=None, max_length=36, index=True)
    customer_id: str | None = Field(default=None, max_length=36, index=True)
    amount: float  # CNY
    status: str = Field(default="approved", max_length=12)  # QuotaStatus
    decided_by_user_id: str | None = Field(default=None, max_length=36)
    decided_at: datetime | None = None


@synced
class AtRiskRule(SyncedBase, table=True):
    """One at-risk rule as a region's manager set it (a region without a row uses the rule's
    default): whether it is on and its threshold (months, a multiple, a percentage)."""

    __tablename__ = "at_risk_rule"
    region_id: str = Field(max_length=36, index=True)
    code: str = Field(max_length=24)  # AtRiskCode
    enabled: bool = True
    threshold: float | None = None
