"""Synced schema step 0001: the 17 synced tables as they were first released.

Every synced table starts with the columns of `SyncedBase` and is indexed on `revision`,
`territory_id` and some columns of its own, each index named `ix_<table>_<column>` as SQLModel
names it. Run by the client's revision 0001 and the server's revision 0001.
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

# In creation order; step 0003 (territory keyset indexes) changes every one of them.
TABLES = (
    "call_plan", "complaint", "complaint_event", "customer", "customer_metric", "follow_up",
    "frequency_target", "plan_decision", "plan_item", "product", "region", "team_member",
    "territory", "visit", "visit_attendee", "visit_product", "visit_sample",
)


def _synced_table(name: str, *columns: sa.Column, indexed: tuple[str, ...]) -> None:
    op.create_table(
        name,
        sa.Column("id", AutoString(36), nullable=False),
        sa.Column("territory_id", AutoString(36)),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("id"),
    )
    for column in sorted(("revision", "territory_id", *indexed)):
        op.create_index(op.f(f"ix_{name}_{column}"), name, [column])


def upgrade() -> None:
    _synced_table(
        "call_plan",
        sa.Column("rep_user_id", AutoString(36), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("cycle_weeks", sa.Integer(), nullable=False),
        sa.Column("status", AutoString(12), nullable=False),
        sa.Column("plan_revision", sa.Integer(), nullable=False),
        sa.Column("submitted_at", UTCDateTime()),
        sa.Column("decided_at", UTCDateTime()),
        sa.Column("decided_by_user_id", AutoString(36)),
        sa.Column("manager_comment", AutoString()),
        indexed=("rep_user_id", "week_start"),
    )
    _synced_table(
        "complaint",
        sa.Column("customer_id", AutoString(36), nullable=False),
        sa.Column("product_id", AutoString(36)),
        sa.Column("lot", AutoString(40)),
        sa.Column("kind", AutoString(24), nullable=False),
        sa.Column("severity", AutoString(12), nullable=False),
        sa.Column("channel", AutoString(16), nullable=False),
        sa.Column("description", AutoString(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("committed_deadline", UTCDateTime(), nullable=False),
        sa.Column("status", AutoString(24), nullable=False),
        sa.Column("captured_by_user_id", AutoString(36)),
        sa.Column("assigned_to_user_id", AutoString(36)),
        sa.Column("day0_at", UTCDateTime()),
        sa.Column("patient_identifier", AutoString(40)),
        sa.Column("reporter_name", AutoString(60)),
        sa.Column("reporter_contact", AutoString(60)),
        sa.Column("event_description", AutoString()),
        sa.Column("event_onset_date", UTCDateTime()),
        sa.Column("pv_reported_at", UTCDateTime()),
        sa.Column("resolution", AutoString()),
        sa.Column("reported_to_customer_at", UTCDateTime()),
        sa.Column("satisfaction", sa.Integer()),
        sa.Column("satisfaction_note", AutoString()),
        sa.Column("closed_at", UTCDateTime()),
        indexed=("committed_deadline", "customer_id", "kind", "status"),
    )
    _synced_table(
        "complaint_event",
        sa.Column("complaint_id", AutoString(36), nullable=False),
        sa.Column("from_status", AutoString(24)),
        sa.Column("to_status", AutoString(24), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor_user_id", AutoString(36)),
        sa.Column("note", AutoString()),
        indexed=("complaint_id",),
    )
    _synced_table(
        "customer",
        sa.Column("kind", AutoString(24), nullable=False),
        sa.Column("name", AutoString(120), nullable=False),
        sa.Column("tier", AutoString(2)),
        sa.Column("lifecycle_stage", AutoString(16), nullable=False),
        sa.Column("organisation_id", AutoString(36)),
        sa.Column("department_id", AutoString(36)),
        sa.Column("province", AutoString(40)),
        sa.Column("city", AutoString(40)),
        sa.Column("district", AutoString(40)),
        sa.Column("address", AutoString(200)),
        sa.Column("postal_code", AutoString(6)),
        sa.Column("phone", AutoString(40)),
        sa.Column("mobile", AutoString(20)),
        sa.Column("fax", AutoString(40)),
        sa.Column("email", AutoString(120)),
        sa.Column("website", AutoString(200)),
        sa.Column("customer_since", sa.Date()),
        sa.Column("ownership", AutoString(16)),
        sa.Column("notes", AutoString()),
        sa.Column("legal_representative", AutoString(60)),
        sa.Column("staff_count", sa.Integer()),
        sa.Column("doctor_count", sa.Integer()),
        sa.Column("bed_count", sa.Integer()),
        sa.Column("credit_rating", AutoString(4)),
        sa.Column("bank_name", AutoString(120)),
        sa.Column("bank_account", AutoString(40)),
        sa.Column("purchase_process", AutoString()),
        sa.Column("grade", AutoString(8)),
        sa.Column("chief_physician_count", sa.Integer()),
        sa.Column("associate_chief_physician_count", sa.Integer()),
        sa.Column("attending_physician_count", sa.Integer()),
        sa.Column("resident_physician_count", sa.Integer()),
        sa.Column("drug_admission_process", AutoString()),
        sa.Column("licensing_authority", AutoString(120)),
        sa.Column("floor_area_m2", sa.Integer()),
        sa.Column("opening_hours", AutoString(60)),
        sa.Column("parent_company", AutoString(120)),
        sa.Column("categories_sold", AutoString()),
        sa.Column("dedicated_counter", sa.Boolean()),
        sa.Column("registered_capital_wan", sa.Integer()),
        sa.Column("business_scope", AutoString()),
        sa.Column("gsp_certified", sa.Boolean()),
        sa.Column("gsp_certificate_no", AutoString(40)),
        sa.Column("local_ranking", sa.Integer()),
        sa.Column("hospitals_covered", sa.Integer()),
        sa.Column("pharmacies_covered", sa.Integer()),
        sa.Column("gender", AutoString(12)),
        sa.Column("birth_month", sa.Integer()),
        sa.Column("marital_status", AutoString(20)),
        sa.Column("education", AutoString(40)),
        sa.Column("university", AutoString(80)),
        sa.Column("hometown", AutoString(60)),
        sa.Column("position", AutoString(60)),
        sa.Column("title", AutoString(60)),
        sa.Column("specialty", AutoString()),
        sa.Column("personality", AutoString()),
        sa.Column("hobbies", AutoString()),
        sa.Column("social_roles", AutoString()),
        sa.Column("committee_roles", AutoString()),
        sa.Column("best_time_to_call", AutoString(80)),
        sa.Column("patient_code", AutoString(40)),
        sa.Column("birth_year", sa.Integer()),
        sa.Column("consent_recorded", sa.Boolean()),
        indexed=("city", "department_id", "kind", "organisation_id", "tier"),
    )
    _synced_table(
        "customer_metric",
        sa.Column("customer_id", AutoString(36), nullable=False),
        sa.Column("period", AutoString(7), nullable=False),
        sa.Column("drug_class", AutoString(80)),
        sa.Column("outpatient_volume", sa.Integer()),
        sa.Column("total_prescriptions", sa.Integer()),
        sa.Column("our_prescriptions", sa.Integer()),
        sa.Column("sales_volume", sa.Integer()),
        sa.Column("sales_amount", sa.Float()),
        sa.Column("purchase_amount", sa.Float()),
        sa.Column("clinic_days", sa.Integer()),
        indexed=("customer_id",),
    )
    _synced_table(
        "follow_up",
        sa.Column("customer_id", AutoString(36), nullable=False),
        sa.Column("visit_id", AutoString(36)),
        sa.Column("complaint_id", AutoString(36)),
        sa.Column("assigned_user_id", AutoString(36)),
        sa.Column("title", AutoString(200), nullable=False),
        sa.Column("notes", AutoString()),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("remind_at", UTCDateTime()),
        sa.Column("snoozed_until", UTCDateTime()),
        sa.Column("status", AutoString(12), nullable=False),
        sa.Column("done_at", UTCDateTime()),
        indexed=("customer_id", "due_date", "status", "visit_id"),
    )
    _synced_table(
        "frequency_target",
        sa.Column("tier", AutoString(2), nullable=False),
        sa.Column("calls_per_month", sa.Integer(), nullable=False),
        sa.Column("region_id", AutoString(36)),
        sa.Column("product_id", AutoString(36)),
        indexed=("region_id",),
    )
    _synced_table(
        "plan_decision",
        sa.Column("plan_id", AutoString(36), nullable=False),
        sa.Column("action", AutoString(12), nullable=False),
        sa.Column("actor_user_id", AutoString(36)),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("comment", AutoString()),
        sa.Column("plan_revision", sa.Integer(), nullable=False),
        indexed=("plan_id",),
    )
    _synced_table(
        "plan_item",
        sa.Column("plan_id", AutoString(36), nullable=False),
        sa.Column("customer_id", AutoString(36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("time_slot", AutoString(20)),
        sa.Column("objective", AutoString()),
        sa.Column("product_ids", sa.JSON(), nullable=False),
        sa.Column("suggestion_reason", AutoString()),
        sa.Column("position", sa.Integer(), nullable=False),
        indexed=("customer_id", "plan_id"),
    )
    _synced_table(
        "product",
        sa.Column("name", AutoString(120), nullable=False),
        sa.Column("generic_name", AutoString(120)),
        sa.Column("strength", AutoString(60)),
        sa.Column("dosage_form", AutoString(60)),
        sa.Column("drug_class", AutoString(80), nullable=False),
        sa.Column("is_ours", sa.Boolean(), nullable=False),
        sa.Column("manufacturer", AutoString(120)),
        indexed=("drug_class",),
    )
    _synced_table(
        "region",
        sa.Column("name", AutoString(100), nullable=False),
        sa.Column("code", AutoString(32), nullable=False),
        sa.Column("manager_user_id", AutoString(36)),
        indexed=("code",),
    )
    _synced_table(
        "team_member",
        sa.Column("username", AutoString(60), nullable=False),
        sa.Column("display_name", AutoString(100), nullable=False),
        sa.Column("role", AutoString(12), nullable=False),
        sa.Column("region_id", AutoString(36)),
        sa.Column("active", sa.Boolean(), nullable=False),
        indexed=("region_id",),
    )
    _synced_table(
        "territory",
        sa.Column("name", AutoString(100), nullable=False),
        sa.Column("code", AutoString(32), nullable=False),
        sa.Column("region_id", AutoString(36), nullable=False),
        sa.Column("owner_user_id", AutoString(36)),
        indexed=("code", "region_id"),
    )
    _synced_table(
        "visit",
        sa.Column("customer_id", AutoString(36), nullable=False),
        sa.Column("rep_user_id", AutoString(36)),
        sa.Column("visit_type", AutoString(24), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer()),
        sa.Column("status", AutoString(12), nullable=False),
        sa.Column("submitted_at", UTCDateTime()),
        sa.Column("key_messages", AutoString()),
        sa.Column("feedback", AutoString()),
        sa.Column("next_step", AutoString()),
        sa.Column("follow_up_date", sa.Date()),
        sa.Column("plan_item_id", AutoString(36)),
        sa.Column("corrects_visit_id", AutoString(36)),
        indexed=("customer_id", "plan_item_id", "rep_user_id", "started_at"),
    )
    _synced_table(
        "visit_attendee",
        sa.Column("visit_id", AutoString(36), nullable=False),
        sa.Column("customer_id", AutoString(36), nullable=False),
        sa.Column("role", AutoString(60)),
        indexed=("customer_id", "visit_id"),
    )
    _synced_table(
        "visit_product",
        sa.Column("visit_id", AutoString(36), nullable=False),
        sa.Column("product_id", AutoString(36), nullable=False),
        sa.Column("key_message", AutoString()),
        sa.Column("position", sa.Integer(), nullable=False),
        indexed=("product_id", "visit_id"),
    )
    _synced_table(
        "visit_sample",
        sa.Column("visit_id", AutoString(36), nullable=False),
        sa.Column("product_id", AutoString(36)),
        sa.Column("material", AutoString(120)),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("lot", AutoString(40)),
        indexed=("visit_id",),
    )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)  # its indexes go with it
