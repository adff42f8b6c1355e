"""A database's schema as plain data, and how it differs from the models, for the tests that
hold the migrations of either side to the models and to each other."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, inspect


def drift_from_models(connection: Connection, metadata: list, include_object) -> list:
    """What autogenerate would write to bring the database to `metadata` (empty: no drift).
    Types, nullability, server defaults, indexes, unique and foreign keys are compared."""
    context = MigrationContext.configure(connection, opts={
        "compare_type": True, "compare_server_default": True,
        "include_object": include_object})
    return compare_metadata(context, metadata)


def schema_of(connection: Connection) -> dict:
    """Every table with its columns, keys, indexes and constraints, and the version stamp.
    On SQLite the statements SQLite keeps (sqlite_master) are compared to the letter: they
    include what reflection does not show (FTS5 tables, AUTOINCREMENT)."""
    stamp = sorted(connection.exec_driver_sql("SELECT version_num FROM alembic_version"))
    if connection.dialect.name == "sqlite":
        return {"alembic_version": stamp, "sqlite_master": sorted(connection.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"))}
    found = inspect(connection)
    schema = {"alembic_version": stamp}
    for table in found.get_table_names():
        schema[table] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"], c["default"])
                        for c in found.get_columns(table)],
            "primary_key": found.get_pk_constraint(table),
            "indexes": sorted(found.get_indexes(table), key=lambda i: i["name"]),
            "unique": sorted(found.get_unique_constraints(table), key=lambda u: u["name"]),
            "foreign_keys": sorted(found.get_foreign_keys(table), key=str),
            "checks": sorted(found.get_check_constraints(table), key=str),
        }
    return schema
