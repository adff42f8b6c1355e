"""A region's yearly quota of a product, split by month (`rounds-server quota set`): loaded
by IT or an administrator; the region's manager then allocates it to reps and hospitals on
their laptop. Quotas are ordinary synced rows (`quota`, level `region`)."""

from __future__ import annotations

from sqlmodel import Session, or_, select

from desktop.domain.quotas import monthly_split, sales_by_level
from desktop.models import Product, Quota, row_values
from desktop.models.base import utcnow
from desktop.models.enums import QuotaLevel, QuotaStatus
from server.accounts.users import AccountError, find_region
from server.sync.changes import SERVER_ACTOR, Actor, save_row
from server.sync.revisions import lock_revisions


class QuotaError(AccountError):
    """A quota that cannot be set, with a message the admin can act on."""


def find_product(session: Session, key: str) -> Product | None:
    return session.exec(select(Product).where(
        or_(Product.id == key, Product.name == key), Product.deleted == False)).first()  # noqa: E712


def set_region_quota(session: Session, *, year: int, product: str, region: str, amount: float,
                     split: str = "even", actor: Actor = SERVER_ACTOR) -> dict[int, float]:
    """Create or change the region's quota of the product for each month of `year`: `amount`
    split evenly or in proportion to the region's sales of the product last year. Returns the
    monthly amounts."""
    lock_revisions(session)
    found_region, found_product = find_region(session, region), find_product(session, product)
    if found_region is None:
        raise QuotaError(f"There is no region {region!r}.")
    if found_product is None:
        raise QuotaError(f"There is no product {product!r}.")
    if amount < 0:
        raise QuotaError("A quota cannot be negative.")
    last = sales_by_level(session, region_id=found_region.id, level=QuotaLevel.REGION,
                          year=year - 1, product_id=found_product.id).get(found_region.id, {})
    try:
        months = monthly_split(amount, split, last)
    except ValueError as exc:
        raise QuotaError(str(exc)) from None
    current = {q.month: q for q in session.exec(select(Quota).where(
        Quota.year == year, Quota.product_id == found_product.id, Quota.level == QuotaLevel.REGION,
        Quota.region_id == found_region.id, Quota.deleted == False))}  # noqa: E712
    for month, value in months.items():
        row = current.get(month)
        if row is None:
            save_row(session, actor, "quota", Quota(
                year=year, month=month, product_id=found_product.id, level=QuotaLevel.REGION.value,
                region_id=found_region.id, amount=value), None)
        elif row.amount != value:
            old = row_values(row)
            row.amount = value
            save_row(session, actor, "quota", row, old)
    return months


def approve_quotas(session: Session, *, year: int, region: str, actor: Actor = SERVER_ACTOR
                   ) -> int:
    """Approve the region's draft rep and hospital quotas of `year` (where the company
    approves allocations); returns how many rows were approved."""
    lock_revisions(session)
    found = find_region(session, region)
    if found is None:
        raise QuotaError(f"There is no region {region!r}.")
    drafts = session.exec(select(Quota).where(
        Quota.year == year, Quota.region_id == found.id, Quota.status == QuotaStatus.DRAFT,
        Quota.deleted == False)).all()  # noqa: E712
    for row in drafts:
        old = row_values(row)
        row.status, row.decided_at = QuotaStatus.APPROVED.value, utcnow()
        row.decided_by_user_id = actor.user_id
        save_row(session, actor, "quota", row, old)
    return len(drafts)
