"""`rounds-server export customers`: a territory's or a region's customer archive to an .xlsx,
for a manager to read or edit and import back (`import customers --update`).

The file is the one the desktop exports (`desktop.domain.customer_export`: every column of
the customer spreadsheet, then the latest month's figures), headers in Chinese unless asked
otherwise. Customers are read in batches and streamed to the file, so a large region does not
have to fit in memory.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from desktop.domain.customer_export import CUSTOMER, customer_rows, export_query, write_customers
from desktop.models import Territory
from server.accounts.users import find_region, find_territory
from server.core.db import read_session


class ExportError(ValueError):
    """Why nothing was exported (a territory or region that does not exist)."""


def export_customers(engine: Engine, out: Path, *, territory: str | None = None,
                     region: str | None = None, language: str = "zh_CN") -> int:
    """The customers of `territory` or of every territory of `region` (code, name or id) to
    `out`; returns how many. ExportError names a territory or region that does not exist."""
    with read_session(engine) as session:
        territory_ids = _territory_ids(session, territory, region)
        query = export_query(CUSTOMER.c.territory_id.in_(territory_ids))
        return write_customers(out, customer_rows(session, query), language)


def _territory_ids(session, territory: str | None, region: str | None) -> list[str]:
    if territory:
        found = find_territory(session, territory)
        if found is None:
            raise ExportError(f"There is no territory {territory!r}; give its code, name "
                              "or id.")
        return [found.id]
    found_region = find_region(session, region or "")
    if found_region is None:
        raise ExportError(f"There is no region {region!r}; give its code, name or id.")
    return list(session.exec(select(Territory.id).where(
        Territory.region_id == found_region.id, Territory.deleted == False)))  # noqa: E712


def run(args, settings, engine) -> int:
    """`export customers (--territory T | --region R) --out FILE [--lang zh_CN|en]`."""
    try:
        count = export_customers(engine, args.out, territory=args.territory,
                                 region=args.region, language=args.lang)
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    scope = f"territory {args.territory}" if args.territory else f"region {args.region}"
    print(f"exported {count} customers of {scope} to {args.out}")
    return 0
