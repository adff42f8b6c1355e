"""Demo data for the server (`rounds-server seed-demo`), made by the shared generator in
desktop/demo/generator.py so that the client's offline demo and the server agree."""

from __future__ import annotations

from sqlmodel import Session, select

from desktop.domain.workflows import REP
from desktop.models import Territory, row_values
from server.accounts.users import AccountError, sync_team_member
from server.core.security import hash_password
from server.models import User
from server.sync.changes import SERVER_ACTOR, bulk_create_rows, save_row
from server.sync.revisions import lock_revisions

# Kept by the server from its accounts, so generated rows of these tables are not copied.
SERVER_MAINTAINED = frozenset({"team_member"})


def seed_demo(session: Session, *, customers: int = 600, visits: int | None = None,
              seed: int = 7) -> dict[str, int]:
    """Load the generated demo data and create its users (password DEMO_PASSWORD).
    Returns rows written per table. The caller commits."""
    from desktop.demo.generator import DEMO_PASSWORD, DEMO_USERS, DemoSpec, generate

    lock_revisions(session)
    if session.exec(select(User).where(User.username.in_(
            [u["username"] for u in DEMO_USERS]))).first() is not None:
        raise AccountError("This database already has the demo users; seed-demo only fills "
                           "an empty database (use a new --db).")
    counts: dict[str, int] = {}
    for table, batch in generate(DemoSpec(seed=seed, customers=customers, visits=visits)):
        if table in SERVER_MAINTAINED or not batch:
            continue
        bulk_create_rows(session, SERVER_ACTOR, table, batch, action="seed")
        counts[table] = counts.get(table, 0) + len(batch)
    password_hash = hash_password(DEMO_PASSWORD)  # one hash: argon2 is slow on purpose
    for spec in DEMO_USERS:
        user = User(id=spec["id"], username=spec["username"],
                    display_name=spec.get("display_name") or spec["username"],
                    role=spec["role"], region_id=spec.get("region_id"),
                    password_hash=password_hash)
        session.add(user)
        session.flush()
        for territory_id in spec.get("territory_ids") or ():
            territory = session.get(Territory, territory_id)
            if territory is not None and spec["role"] == REP \
                    and territory.owner_user_id != user.id:
                old = row_values(territory)
                territory.owner_user_id = user.id
                save_row(session, SERVER_ACTOR, "territory", territory, old)
        sync_team_member(session, user)
    counts["users"] = len(DEMO_USERS)
    return counts
