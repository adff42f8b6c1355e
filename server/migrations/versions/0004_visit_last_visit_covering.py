"""visit last-visit index covers status and deleted too

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

Synced schema step 0004 (desktop/models/migrations), also run by the client's revision 0005.
"""
from desktop.models.migrations import step_0004_visit_last_visit_covering as step

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

upgrade = step.upgrade
downgrade = step.downgrade
