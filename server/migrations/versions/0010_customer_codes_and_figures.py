"""customer code, alias and the remaining profile fields; figures per product

Synced schema step 0005 (desktop/models/migrations), also run by the client's revision 0011.
Create Date: 2026-12-01
"""
from desktop.models.migrations import step_0005_customer_codes_and_figures as step

revision, down_revision = "0010", "0009"
upgrade, downgrade = step.upgrade, step.downgrade
