"""Synced schema step 0005: what a company's own customer lists and monthly figures carry.

- customer: `code` (客户编码, indexed: imports match on it first), `alias` (别名), the hospital
  fields the business documents list and no column held (department phones, drug and device
  committees, organisation structure), a pharmacy's or distributor's licence number; `phone`
  widens to 200 characters and `fax` to 80, so a list's phone cell is kept as written.
- customer_metric: `product_id` (figures per product as well as per drug class), indexed.

On SQLite the customer table is rebuilt (SQLite cannot change a column's declared type in
place); rows and indexes are kept. Run by the client's revision 0011 and the server's 0010.
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

NEW_CUSTOMER_COLUMNS = (
    ("code", AutoString(40)),
    ("alias", AutoString()),
    ("department_phones", AutoString()),
    ("drug_committee", AutoString()),
    ("device_committee", AutoString()),
    ("organisation_structure", AutoString()),
    ("licence_no", AutoString(60)),
)


def upgrade() -> None:
    with op.batch_alter_table("customer") as table:
        for name, kind in NEW_CUSTOMER_COLUMNS:
            table.add_column(sa.Column(name, kind, nullable=True))
        table.alter_column("phone", type_=AutoString(200), existing_type=AutoString(40),
                           existing_nullable=True)
        table.alter_column("fax", type_=AutoString(80), existing_type=AutoString(40),
                           existing_nullable=True)
    op.create_index(op.f("ix_customer_code"), "customer", ["code"])
    op.add_column("customer_metric", sa.Column("product_id", AutoString(36), nullable=True))
    op.create_index(op.f("ix_customer_metric_product_id"), "customer_metric", ["product_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_metric_product_id"), table_name="customer_metric")
    op.drop_column("customer_metric", "product_id")
    op.drop_index(op.f("ix_customer_code"), table_name="customer")
    with op.batch_alter_table("customer") as table:
        table.alter_column("fax", type_=AutoString(40), existing_type=AutoString(80))
        table.alter_column("phone", type_=AutoString(40), existing_type=AutoString(200))
        for name, _kind in reversed(NEW_CUSTOMER_COLUMNS):
            table.drop_column(name)
