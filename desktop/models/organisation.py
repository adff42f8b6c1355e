"""Regions, territories and products: the reference data every other row points at."""

from sqlmodel import Field

from desktop.models.base import SyncedBase, synced


@synced
class Region(SyncedBase, table=True):
    """A manager's region (大区); groups territories."""

    __tablename__ = "region"
    name: str = Field(max_length=100)
    code: str = Field(max_length=32, index=True)
    manager_user_id: str | None = Field(default=None, max_length=36)


@synced
class Territory(SyncedBase, table=True):
    """A rep's territory; `territory_id` of a territory row is its own id."""

    __tablename__ = "territory"
    name: str = Field(max_length=100)
    code: str = Field(max_length=32, index=True)
    region_id: str = Field(max_length=36, index=True)
    owner_user_id: str | None = Field(default=None, max_length=36)


@synced
class Product(SyncedBase, table=True):
    """A drug: ours or a competitor's. `territory_id` is None: products are company-wide."""

    __tablename__ = "product"
    name: str = Field(max_length=120)
    generic_name: str | None = Field(default=None, max_length=120)
    strength: str | None = Field(default=None, max_length=60)
    dosage_form: str | None = Field(default=None, max_length=60)
    drug_class: str = Field(max_length=80, index=True)
    is_ours: bool = Field(default=True)
    manufacturer: str | None = Field(default=None, max_length=120)


@synced
class FrequencyTarget(SyncedBase, table=True):
    """Calls a month expected per tier (optionally for one product); set by a manager or admin.

    `territory_id` None means company-wide; a region-wide target sets `region_id`.
    """

    __tablename__ = "frequency_target"
    tier: str = Field(max_length=2)
    calls_per_month: int
    region_id: str | None = Field(default=None, max_length=36, index=True)
    product_id: str | None = Field(default=None, max_length=36)


@synced
class TeamMember(SyncedBase, table=True):
    """A user as the team sees them (name, role, where they work). Maintained by the server
    from its accounts so that clients can show who planned, approved or visited; `id` is the
    user's id. Carries no credentials."""

    __tablename__ = "team_member"
    username: str = Field(max_length=60)
    display_name: str = Field(max_length=100)
    role: str = Field(max_length=12)
    region_id: str | None = Field(default=None, max_length=36, index=True)
    active: bool = True
