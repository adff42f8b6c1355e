"""visit index on (customer_id, started_at) for last-visit queries

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Synced schema step 0002 (desktop/models/migrations), also run by the server's revision 0002.
"""
from desktop.models.migrations import step_0002_visit_last_visit_index as step

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

upgrade = step.upgrade
downgrade = step.downgrade
