"""The one schema of synced data, imported by the client and the server alike.

The package itself is light: `desktop.models.enums` and `desktop.models.validation` import
without SQLModel, so the start can show Today before the database layer loads (decision
0030). The first name taken from the package (`from desktop.models import Customer`, any
attribute) imports every table class at once, so the SQLModel registry, `SYNCED_MODELS` and
the mappers always see the whole schema, as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Bump when the synced schema changes; the server accepts clients within its supported range.
SCHEMA_VERSION = 7

# Where each public name lives (all of them load together: see `_load_all`).
_HOMES = {
    "activity": ("FollowUp", "Visit", "VisitAttendee", "VisitProduct", "VisitSample"),
    "base": ("SYNC_META_FIELDS", "SYNCED_MODELS", "LocalBase", "SyncedBase", "new_id",
             "row_values", "synced_model", "utcnow"),
    "complaints": ("Complaint", "ComplaintEvent", "ComplaintRoute"),
    "customer": ("Customer", "CustomerMetric"),
    "market": ("MarketActivity", "MarketActivityCost", "MarketActivityEvent",
               "MarketActivityInvitee", "MarketActivityProduct", "ProductMargin"),
    "organisation": ("FrequencyTarget", "Product", "Region", "TeamMember", "Territory"),
    "plans": ("CallPlan", "PlanDecision", "PlanItem"),
    "quotas": ("AtRiskRule", "Quota"),
    "surveys": ("SurveyQuestion", "SurveyResponse"),
    "validation": ("FieldError", "ValidationError", "row_errors", "validate_row"),
}

__all__ = ["SCHEMA_VERSION", *sorted(n for names in _HOMES.values() for n in names)]


def _load_all() -> None:
    """Import every table module and bind its public names here."""
    for module, names in _HOMES.items():
        loaded = importlib.import_module(f"{__name__}.{module}")
        for name in names:
            globals()[name] = getattr(loaded, name)


def __getattr__(name: str):
    if name in __all__:
        _load_all()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:  # for type checkers and editors: the names as the package gives them
    from desktop.models.activity import (  # noqa: F401
        FollowUp,
        Visit,
        VisitAttendee,
        VisitProduct,
        VisitSample,
    )
    from desktop.models.base import (  # noqa: F401
        SYNC_META_FIELDS,
        SYNCED_MODELS,
        LocalBase,
        SyncedBase,
        new_id,
        row_values,
        synced_model,
        utcnow,
    )
    from desktop.models.complaints import Complaint, ComplaintEvent, ComplaintRoute  # noqa: F401
    from desktop.models.customer import Customer, CustomerMetric  # noqa: F401
    from desktop.models.market import (  # noqa: F401
        MarketActivity,
        MarketActivityCost,
        MarketActivityEvent,
        MarketActivityInvitee,
        MarketActivityProduct,
        ProductMargin,
    )
    from desktop.models.organisation import (  # noqa: F401
        FrequencyTarget,
        Product,
        Region,
        TeamMember,
        Territory,
    )
    from desktop.models.plans import CallPlan, PlanDecision, PlanItem  # noqa: F401
    from desktop.models.quotas import AtRiskRule, Quota  # noqa: F401
    from desktop.models.surveys import SurveyQuestion, SurveyResponse  # noqa: F401
    from desktop.models.validation import (  # noqa: F401
        FieldError,
        ValidationError,
        row_errors,
        validate_row,
    )
