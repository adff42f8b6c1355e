"""The one schema of synced data, imported by the client and the server alike."""

from desktop.models.activity import FollowUp, Visit, VisitAttendee, VisitProduct, VisitSample
from desktop.models.base import (
    SYNC_META_FIELDS,
    SYNCED_MODELS,
    LocalBase,
    SyncedBase,
    new_id,
    row_values,
    synced_model,
    utcnow,
)
from desktop.models.complaints import Complaint, ComplaintEvent, ComplaintRoute
from desktop.models.customer import Customer, CustomerMetric
from desktop.models.market import (
    MarketActivity,
    MarketActivityCost,
    MarketActivityEvent,
    MarketActivityInvitee,
    MarketActivityProduct,
    ProductMargin,
)
from desktop.models.organisation import FrequencyTarget, Product, Region, TeamMember, Territory
from desktop.models.plans import CallPlan, PlanDecision, PlanItem
from desktop.models.quotas import AtRiskRule, Quota
from desktop.models.surveys import SurveyQuestion, SurveyResponse
from desktop.models.validation import FieldError, ValidationError, row_errors, validate_row

# Bump when the synced schema changes; the server accepts clients within its supported range.
SCHEMA_VERSION = 6

__all__ = [
    "SCHEMA_VERSION", "SYNC_META_FIELDS", "SYNCED_MODELS", "AtRiskRule", "CallPlan", "Complaint",
    "ComplaintEvent", "ComplaintRoute", "Customer", "CustomerMetric", "FieldError", "FollowUp", "FrequencyTarget",
    "LocalBase", "MarketActivity", "MarketActivityCost", "MarketActivityEvent",
    "MarketActivityInvitee", "MarketActivityProduct", "PlanDecision", "PlanItem", "Product", "ProductMargin", "Quota", "Region", "SurveyQuestion", "SurveyResponse", "SyncedBase", "TeamMember",
    "Territory", "ValidationError", "Visit", "VisitAttendee", "VisitProduct", "VisitSample",
    "new_id", "row_errors", "row_values", "synced_model", "utcnow", "validate_row",
]
