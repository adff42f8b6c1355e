"""visit index on (customer_id, started_at) for last-visit queries

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Synced schema step 0002 (desktop/models/migrations), also run by the client's revision 0003.
"""
from desktop.models.migrations import step_0002_visit_last_visit_index as step

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

upgrade = step.upgrade
downgrade = step.downgrade
