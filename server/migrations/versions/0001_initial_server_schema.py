"""initial server schema

Revision ID: 0001
Revises: 
Reviewed: server-only tables + the shared synced tables; seeds the revision counter.
Create Date: 2026-11-26 01:00:57.640773

The synced tables are synced schema step 0001 (desktop/models/migrations, the client's
revision 0001 runs it too); this revision adds the server's own tables.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - column types used by generated migrations

from desktop.models.migrations import step_0001_synced_tables as step

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    step.upgrade()
    op.create_table('srv_audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('old_value', sa.JSON(), nullable=True),
    sa.Column('new_value', sa.JSON(), nullable=True),
    sa.Column('revision', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('srv_audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_srv_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_srv_audit_log_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_srv_audit_log_user_id'), ['user_id'], unique=False)

    op.create_table('srv_change_log',
    sa.Column('revision', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('territory_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('prev_territory_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('region_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('ref', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('revision')
    )
    with op.batch_alter_table('srv_change_log', schema=None) as batch_op:
        batch_op.create_index('ix_srv_change_log_territory_rev', ['territory_id', 'revision'], unique=False)

    op.create_table('srv_conflict',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('your_value', sa.JSON(), nullable=True),
    sa.Column('server_value', sa.JSON(), nullable=True),
    sa.Column('winner', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('revision', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('srv_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_srv_conflict_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_srv_conflict_user_id'), ['user_id'], unique=False)

    op.create_table('srv_device',
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('user_id', 'device_id')
    )
    op.create_table('srv_field_version',
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('revision', sa.BigInteger(), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'row_id', 'field')
    )
    op.create_table('srv_login_throttle',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('first_failure_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('blocked_until', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('srv_mutation_log',
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('outcome', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'seq')
    )
    op.create_table('srv_refresh_token',
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('token_hash')
    )
    with op.batch_alter_table('srv_refresh_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_srv_refresh_token_user_id'), ['user_id'], unique=False)

    op.create_table('srv_revision_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    # The single counter row every writer locks while it allocates revisions.
    op.bulk_insert(sa.table('srv_revision_counter', sa.column('id', sa.Integer()),
                            sa.column('value', sa.BigInteger())), [{'id': 1, 'value': 0}])
    op.create_table('srv_scope_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('territory_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('srv_scope_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_srv_scope_change_revision'), ['revision'], unique=False)
        batch_op.create_index(batch_op.f('ix_srv_scope_change_user_id'), ['user_id'], unique=False)

    op.create_table('srv_user',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('region_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('srv_user', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_srv_user_region_id'), ['region_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_srv_user_username'), ['username'], unique=True)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('srv_user', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_srv_user_username'))
        batch_op.drop_index(batch_op.f('ix_srv_user_region_id'))

    op.drop_table('srv_user')
    with op.batch_alter_table('srv_scope_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_srv_scope_change_user_id'))
        batch_op.drop_index(batch_op.f('ix_srv_scope_change_revision'))

    op.drop_table('srv_scope_change')
    op.drop_table('srv_revision_counter')
    with op.batch_alter_table('srv_refresh_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_srv_refresh_token_user_id'))

    op.drop_table('srv_refresh_token')
    op.drop_table('srv_mutation_log')
    op.drop_table('srv_login_throttle')
    op.drop_table('srv_field_version')
    op.drop_table('srv_device')
    with op.batch_alter_table('srv_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_srv_conflict_user_id'))
        batch_op.drop_index(batch_op.f('ix_srv_conflict_row_id'))

    op.drop_table('srv_conflict')
    with op.batch_alter_table('srv_change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_srv_change_log_territory_rev')

    op.drop_table('srv_change_log')
    with op.batch_alter_table('srv_audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_srv_audit_log_user_id'))
        batch_op.drop_index(batch_op.f('ix_srv_audit_log_row_id'))
        batch_op.drop_index(batch_op.f('ix_srv_audit_log_at'))

    op.drop_table('srv_audit_log')
    step.downgrade()
