"""Call-frequency targets per customer tier (A four calls a month, B two, C one…): set by an
administrator company-wide or for a region, by a manager for their own region. Targets are
ordinary synced rows (`frequency_target`), so every client of the region receives them."""

from __future__ import annotations

from sqlmodel import Session, select

from desktop.domain.workflows import ADMIN, MANAGER
from desktop.models import FrequencyTarget, row_values
from desktop.models.enums import Tier
from server.accounts.users import AccountError, optional_region_id
from server.sync.changes import SERVER_ACTOR, Actor, save_row
from server.sync.revisions import lock_revisions

MAX_CALLS_PER_MONTH = 31


class TargetError(AccountError):
    """A target that cannot be set, with a message the admin can act on."""


class TargetForbidden(TargetError):
    """The caller may not set targets there (a rep, or a manager outside their region)."""


def check_target_right(role: str, own_region_id: str | None, region_id: str | None) -> None:
    """Admins set any target; managers only their own region's; nobody else."""
    if role == ADMIN:
        return
    if role != MANAGER:
        raise TargetForbidden("Only a manager or an administrator sets call-frequency targets.")
    if region_id is None or region_id != own_region_id:
        raise TargetForbidden("A manager sets targets for their own region only; company-wide "
                              "targets are set by an administrator.")


def set_target(session: Session, *, tier: str, calls_per_month: int, region: str | None = None,
               product_id: str | None = None, actor: Actor = SERVER_ACTOR) -> dict:
    """Create or change the target of `tier` (company-wide when `region` is None; `region`
    is an id, code or name). Returns the row's values and whether it changed."""
    lock_revisions(session)
    if tier not in {t.value for t in Tier}:
        raise TargetError(f"Unknown tier {tier!r}; use one of {', '.join(t.value for t in Tier)}.")
    if not 0 <= calls_per_month <= MAX_CALLS_PER_MONTH:
        raise TargetError(f"Calls a month must be between 0 and {MAX_CALLS_PER_MONTH}.")
    region_id = optional_region_id(session, region, TargetError)
    row = session.exec(select(FrequencyTarget).where(
        FrequencyTarget.tier == tier, FrequencyTarget.region_id == region_id,
        FrequencyTarget.product_id == product_id,
        FrequencyTarget.deleted == False)).first()  # noqa: E712
    if row is None:
        row = FrequencyTarget(tier=tier, calls_per_month=calls_per_month, region_id=region_id,
                              product_id=product_id)
        revision, _ = save_row(session, actor, "frequency_target", row, None)
        return {**target_public(row), "changed": True, "revision": revision}
    if row.calls_per_month == calls_per_month:
        return {**target_public(row), "changed": False, "revision": row.revision}
    old = row_values(row)
    row.calls_per_month = calls_per_month
    revision, _ = save_row(session, actor, "frequency_target", row, old)
    return {**target_public(row), "changed": True, "revision": revision}


def list_targets(session: Session, region_id: str | None = None, *,
                 every_region: bool = False) -> list[dict]:
    """Company-wide targets and those of `region_id` (all regions with `every_region`)."""
    query = select(FrequencyTarget).where(FrequencyTarget.deleted == False)  # noqa: E712
    rows = [r for r in session.exec(query)
            if every_region or r.region_id is None or r.region_id == region_id]
    return [target_public(r) for r in sorted(
        rows, key=lambda r: (r.region_id or "", r.product_id or "", r.tier))]


def target_public(row: FrequencyTarget) -> dict:
    return {"id": row.id, "tier": row.tier, "calls_per_month": row.calls_per_month,
            "region_id": row.region_id, "product_id": row.product_id}
