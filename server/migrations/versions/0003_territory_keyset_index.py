"""(territory_id, id) index on every synced table instead of territory_id alone

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Synced schema step 0003 (desktop/models/migrations), also run by the client's revision 0004.
"""
from desktop.models.migrations import step_0003_territory_keyset_index as step

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

upgrade = step.upgrade
downgrade = step.downgrade
